"""A range told "between" two spoken offsets, the first in one unit (blind round 177, a parliamentary transcript):
"Between three minutes and three minutes forty seconds, the same officer waves through a tanker". One spoken amount
says its units largest first; the "and" here starts again at minutes, so it joins two amounts, not the parts of
one (read before as 400 s, or nothing): the range 180-220. "Two minutes and thirty seconds" stays one amount, and a
length's verb before the range keeps it a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Mr Speaker, I have the video from the Ofankor barrier here. Two minutes and ten seconds into the video, you "
         "can see the officer collecting money from a tro-tro driver. Between three minutes and three minutes forty "
         "seconds, the same officer waves through a tanker without inspection.", [(130.0, None), (180.0, 220.0)]),
    ],
    "two spoken amounts joined by and, the second starting again at a unit as large": [
        ("Between 3 minutes and 3 minutes 40 seconds, the same officer waves through a lorry.", [(180.0, 220.0)]),
        ("Between 2 minutes and 3 minutes into the clip, the steward waves them on.", [(120.0, 180.0)]),
        ("Between two minutes thirty and three minutes into the clip, the referee looks away.", [(150.0, 180.0)]),
        ("Between an hour and an hour ten minutes into the stream, the host leaves the desk.", [(3600.0, 4200.0)]),
        ("Between 2 min 05 sec and 2 min 31 sec, a figure crosses the yard.", [(125.0, 151.0)]),
    ],
    "one amount, or a length, stays as it was": [
        ("Between two minutes and thirty seconds into the clip, the officer waves.", [(150.0, None)]),
        ("The wait at the barrier was between three minutes and three minutes forty seconds.", []),
        ("Each inspection lasts for between 2 minutes and 2 minutes 30 seconds.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_between_spoken_amounts(text, expected):
    assert found_spans(text) == expected
