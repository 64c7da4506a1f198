"""An event-anchored amount as a trailing aside (blind round 90, factcheck): "About 2:41:30 into the broadcast, the
official walks her to the station, some four minutes after her race." The aside, after a comma and closing its
sentence, says how far the placed moment is from another event; counting it from the placed moment would be wrong,
so it is nothing. An event-anchored amount opening its own clause after the moment it counts from ("At 1:10 the first
shot is fired; twenty seconds after the first shot, ...") still counts from it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a trailing aside from another event is nothing": [
        ("At 12:40 the medic reaches him, about three minutes after the crash.", [(760.0, None)]),
        ("Around 0:52 in the clip the gates open, some ten seconds after the whistle.", [(52.0, None)]),
        ("At 1:05:10 the count begins, roughly two minutes after the polls.", [(3910.0, None)]),
    ],
    "an amount after the event the moment placed still counts": [
        ("At 1:10 the first shot is fired; twenty seconds after the first shot, the crowd runs.",
         [(70.0, None), (90.0, None)]),
        ("The alarm sounds at 2:00. Thirty seconds after the alarm, the doors close.", [(120.0, None), (150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_asides(text, expected):
    assert found_spans(text) == expected
