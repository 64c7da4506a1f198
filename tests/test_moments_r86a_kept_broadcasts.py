"""A range in the kept recording of a broadcast (blind round 86): "can be seen in the archived broadcast from 1:12:00
to 1:16:05" names a broadcast as a thing one watches, a noun, so the range is a position in it; only "broadcast"
as the verb of when something went out ("was broadcast from 19:30 to 21:15") tells clocks of the day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range in an archived, recorded or full broadcast is a position": [
        ("The blackout is visible in the archived broadcast from 2:03:10 to 2:05:00.", [(7390.0, 7500.0)]),
        ("You can find it in the recorded broadcast between 0:41:00 and 0:43:30.", [(2460.0, 2610.0)]),
        ("It is all there in the full broadcast from 1:05:20 to 1:09:45, uncut.", [(3920.0, 4185.0)]),
    ],
    "a broadcast's hours stay clocks of the day": [
        ("The final was broadcast from 19:30 to 21:15 on RTÉ Two.", []),
        ("The street was filmed between 15:20 and 15:40.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_kept_broadcasts(text, expected):
    assert found_spans(text) == expected
