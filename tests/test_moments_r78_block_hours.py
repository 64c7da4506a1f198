"""Block hours past midnight (blind round 78): a stream archived in blocks of whole hours that run past midnight
("PM block 16:00–04:00", "block 14:00–02:00") tells hours of the day, read backwards as a clock range: neither end is
a position. A forward stretch said in the recording stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "block hours past midnight are no positions": [
        ("Night recordings are kept as one file (block 14:00–02:00).", []),
        ("Stream archive: PM block 16:00–04:00. At 1:12:30 in the PM block the owl returns.", [(4350.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("The tense part runs from 12:00 to 14:30 in the recording.", [(720.0, 870.0)]),
        ("At 1:12 the owl lands and at 0:40 it had called.", [(72.0, None), (40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_block_hours(text, expected):
    assert found_spans(text) == expected
