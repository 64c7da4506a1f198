"""Footage of a place, then the place's opening verb and a time (blind round 127): an edit log's "B-roll of the clinic
opens at 08:02 (check the white balance)". The clinic does not open at 08:02: the B-roll of it does, at 8:02 into the
raw file. A venue noun governed by "<footage> of" is what the footage shows, so its "opens at" tells a position; the
venue on its own still keeps the day's hours."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "footage of a venue opens at a position": [
        ("- Drone shots of the market open at 01:14 (stabilise them)", [(74.0, None)]),
        ("Aerials of the harbour start at 03:40, then the pier.", [(220.0, None)]),
        ("Cutaways of the hospital begin at 12:05 in the second card.", [(725.0, None)]),
    ],
    "the venue itself keeps its hours": [
        ("The clinic opens at 08:00 on weekdays.", []),
        ("The market opens at 07:30 and the B-roll was shot then.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_of_venue(text, expected):
    assert found_spans(text) == expected
