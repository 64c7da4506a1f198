"""A programme's slot in the day told as a start and a length of hours ("BBC iPlayer coverage starts at 11:00 and
runs 12 hours"), from blind round 58 (`tests/data/moments_genres_round58.jsonl`, lists): the start is a clock on the
quarter hour, not minutes into footage, so no start-plus-length range. Sentences written for the family, with
near-misses (a start said in the footage, a length of minutes, a start no clock could be) that stay ranges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a slot in the day: a quarter-hour start and a length of hours": [
        ("BBC Two coverage starts at 11:00 and runs 12 hours.", []),
        ("The livestream begins at 14:30 and lasts three hours.", []),
        ("Radio coverage starts at 10:45 and runs for four hours, with news on the hour.", []),
        ("The broadcast begins at 19:30 and runs two hours. The goal comes at 1:12:40 in the replay.",
         [(4360.0, None)]),
        # near-misses: a length of minutes, a start in the footage, a start no clock of the day reads
        ("The interview starts at 3:40 and runs 12 minutes.", [(220.0, 940.0)]),
        ("The panel starts at 11:00 and runs 20 minutes.", [(660.0, 1860.0)]),
        ("The debate starts at 1:15:00 into the stream and runs two hours.", [(4500.0, 11700.0)]),
        ("The marathon segment starts at the 2:30 mark and runs an hour.", [(150.0, 3750.0)]),
        ("The Q&A starts at 45:00 and runs an hour.", [(2700.0, 6300.0)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_slot_in_the_day_is_no_range(text, expected):
    assert found_spans(text) == expected
