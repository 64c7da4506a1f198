"""An hour of the day named as such before its clock range (blind round 85): a licensing decision "to remove the hour
between 02:00 and 03:00 on weekends" names a stretch of the day, not of the footage (as "worked 9:30–17:00" does).
Look-alikes: a recording's hours named with the recording, and a stretch counted from its first hour, stay ranges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the hour of the day before its clock range": [
        ("The council voted to remove the hour between 01:00 and 02:00 on weekends.", []),
        ("We watched the officer's body-worn video, which runs 4 minutes. At 1:10 the manager refuses entry. The "
         "committee's decision to remove the hour between 01:00 and 02:00 at weekends was lawful.", [(70.0, None)]),
        ("The licence was changed to drop the two hours between 02:00 and 04:00 during the festival.", []),
        ("Deliveries are banned during the two hours from 07:00 to 09:00 on school days.", []),
        ("The licence now excludes the late hours between 23:30 and 01:30.", []),
    ],
    "a recording's hours stay ranges": [
        ("In the video, the hour between 1:00:00 and 2:00:00 is dead air.", [(3600.0, 7200.0)]),
        ("The stream's final hour, between 3:10:00 and 4:10:00, is the best part of the video.",
         [(11400.0, 15000.0)]),
        ("The hour from 2:00:00 to 3:00:00 of the livestream is the debate.", [(7200.0, 10800.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_hours(text, expected):
    assert found_spans(text) == expected
