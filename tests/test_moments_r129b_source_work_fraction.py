"""A fraction through the work a viral clip was cut from, named by its adjective with its own length (blind round
129, factcheck): 'A 45-second Instagram reel ... The 2023 video shows the same smoke plume three-quarters of the way
through the 12-minute original.' The fraction states its own footage ("the 12-minute original": the source work), so
it counts from that length, not from the clip's length stated before it (the contract's fraction of "the 10-minute
video"). A fraction with no length of its own still counts from the length stated."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction through the N-minute original counts from its own length": [
        ("The 30-second TikTok is cut from a longer upload. The same crane appears halfway through the 20-minute "
         "original.", [(600.0, None)]),
        ("A 50-second clip circulating on X is lifted from a news report; the flag is visible a third of the way "
         "into the 9-minute source.", [(180.0, None)]),
        ("The 25-second WhatsApp forward shows a flooded underpass. It comes from a 2019 upload: the bus stalls a "
         "quarter of the way through the eight-minute unedited.", [(120.0, None)]),
    ],
    "a fraction with no length of its own counts from the length stated": [
        ("The 40-second clip went viral. The arrest happens halfway through the clip.", [(20.0, None)]),
        ("The 40-second clip went viral. Police bodycam shows the arrest halfway through the 16 min uncut "
         "recording.", [(480.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_work_fraction(text, expected):
    assert found_spans(text) == expected
