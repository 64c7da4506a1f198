"""A range whose ends are offsets to the second in two units (blind round 72): an inquest's "Between 2 min 05 sec and
2 min 31 sec, a figure ... can be seen". Opened by "between" or "from", both ends said as minutes and seconds (or
hours and minutes) are positions, as a lone "at 2 min 05 sec" is: the range from the one to the other, even where a
spoken duration would read "2 min 05 sec and 2 min 31 sec" as one amount. A length's verb before the range ("for
between", "lasts between", "grew from") keeps it a length's bounds; one-unit ends ("between 2 and 3 minutes") stay
as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "two-unit offsets from one to the other are a range": [
        ("Between 1 min 12 sec and 1 min 40 sec the boat drifts out of shot.", [(72.0, 100.0)]),
        ("The jury saw, from 3 min 02 sec to 3 min 20 sec, the van reversing.", [(182.0, 200.0)]),
        ("Between 4m10s and 4m45s the drone loses the signal.", [(250.0, 285.0)]),
        ("Between 1 minute 5 seconds and 1 minute 30 seconds of the footage, she is on the phone.",
         [(65.0, 90.0)]),
    ],
    "a length's bounds and one-unit ends stay as they were": [
        ("Microwave it for between 2 min 30 sec and 3 min 10 sec.", []),
        ("The average wait grew from 1 min 5 sec to 1 min 40 sec last year.", []),
        ("Each round lasts between 2 min 30 and 3 min 10.", []),
        ("It takes between 2 and 3 minutes to boil.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compound_offset_ranges(text, expected):
    assert found_spans(text) == expected
