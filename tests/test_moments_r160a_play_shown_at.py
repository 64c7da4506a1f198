"""A moment of play said to be shown at a time (blind round 160): "the first wicket is shown at 13:05 and the second
roughly half a minute after it", in a recap that sends the reader to the extended highlights. "Is shown at" after a
programme ("the final was shown at 20:00") is a broadcast's slot; after a wicket, a goal or a try it is where the
package shows that moment, as it already was for a board or a map in the picture. The relative after it counts from
it. A broadcast's slot stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a moment of play shown at a time is a position": [
        ("Worth ten minutes of anyone's evening: the opening try is shown at 14:40 and the reply about twenty "
         "seconds after it.", [(880.0, None), (900.0, None)]),
        ("Forget the first half. The equalising goal is shown at 17:25 in the replay, from three angles.",
         [(1045.0, None)]),
        ("Blink and you miss it: the run-out is shown at 16:12.", [(972.0, None)]),
    ],
    "a programme shown at a time is a broadcast's slot": [
        ("The semi-final was shown at 19:30 on RTÉ Two.", []),
        ("Tonight's game is shown at 20:00 on Sky Sports.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_play_shown_at(text, expected):
    assert found_spans(text) == expected
