"""A hedge said first as "more or less" (blind round 80): South African, Indian and other Englishes put it before the
time, with "at" or "the" between ("more or less at the 4 min mark", "more or less at 2:30", "More or less three
minutes in"). It hedges the time itself, as "roughly" does: the moment is approximate. Said after the time it still
hedges only when it closes its clause ("at 1:28:40, more or less."), not when it opens the next one ("at 1:28:40 more
or less everyone leaves"), and "more or less" with no time after it hedges nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'more or less' before a time hedges it": [
        ("Then more or less at the five minute mark the gate swings open.", [(300.0, None, True)]),
        ("The kettle whistles more or less at 1:12 in my video.", [(72.0, None, True)]),
        ("More or less two minutes in, the goat walks into the frame.", [(120.0, None, True)]),
        ("Check the clip: the ref blows more or less at the 0:48 mark, not before.", [(48.0, None, True)]),
        ("Our bakkie appears more or less around 3:05 in the dashcam video.", [(185.0, None, True)]),
    ],
    "exact times beside 'more or less' elsewhere stay exact": [
        ("At 2:40 the dog more or less gives up and lies down.", [(160.0, None, False)]),
        ("The whole clip is more or less boring, but at 0:55 the lights go out.", [(55.0, None, False)]),
        ("At 1:28:40 more or less everyone leaves the hall.", [(5320.0, None, False)]),
        ("It starts at 1:28:40, more or less.", [(5320.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_more_or_less(text, expected):
    assert found_hedged(text) == expected
