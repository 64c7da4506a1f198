"""A race won "to win in" a time (blind round 178, a list of a cycling stage's moves): "Ó Murchú holds on by 12 seconds
to win in 3:41:27". The bare verb after "to" tells the winning time as "won in" and "wins in" do: a race time, no
position; a time said where it is in the footage stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("5. The finish. At 52:10 a touch of wheels takes down the bunch. Ó Murchú holds on by 12 seconds to win in "
         "3:41:27, and Dineen finishes 1:12 behind to lose the jersey.", [(3130.0, None)]),
    ],
    "a winning time told with the bare verb": [
        ("At 0:40 you see the breakaway. Kamau kicks with a lap to go to win in 27:41.3 ahead of his training "
         "partner.", [(40.0, None)]),
        ("Highlights: at 1:12 the sprint starts. Tadesse went clear to win in 2:06:41 in Valencia.", [(72.0, None)]),
        ("Watch from 2:10: she needs a fast final lap to win in under 4:05, and she does it.", [(130.0, None)]),
        ("The eight from Hamilton rowed through the field to win in 5:41, the replay shows it from 3:02.",
         [(182.0, None)]),
    ],
    "a win named beside a position stays a position": [
        ("She goes for the win in the last lap at 12:40, and the replay at 13:05 shows the lunge.",
         [(760.0, None), (785.0, None)]),
        ("The stage was Ó Murchú's to win in the final kilometre; the attack comes at 1:20:00 in the replay.",
         [(4800.0, None)]),
        ("At 3:20 he lines up the putt to win in the clip, and at 3:31 it drops.", [(200.0, None), (211.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_to_win_in(text, expected):
    assert found_spans(text) == expected
