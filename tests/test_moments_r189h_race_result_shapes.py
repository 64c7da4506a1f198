"""Race results told in two shapes the race rules did not read (blind round 189): a split at "the halfway point"
("after the leaders went through the halfway point in 1:05:10"; "went through halfway in" was read) and a winner named
with a country ("The women's race went to Tirunesh Abera of Ethiopia in 2:28:03"; "went to Esi Mensah in" was read).
Neither is a position. Footage passed "through" to a time, and a race that "went to" a replay's time, stay
positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's text": [
        ("Singapore Marathon 2025: Kenyan Daniel Kiprop Rotich won the men's race in 2:12:48, 41 seconds ahead of his "
         "training partner, after the leaders went through the halfway point in 1:05:10. The women's race went to "
         "Tirunesh Abera of Ethiopia in 2:28:03.", []),
    ],
    "fresh results": [
        ("The lead pack came through the half-way mark in 1:08:44 and the title went to Joyce Chebet of Kenya in "
         "2:19:31.", []),
        ("They went through the halfway point in 31:02 at the Dublin 10 miler. The men's race went to Liam Byrne from "
         "Cork in 48:55.", []),
        ("Gold went to Amani Mwangi of Tanzania in 2:09:14 after the pack had gone through the half mark in 1:04:50.",
         []),
        ("The 50 km walk went to Ana Reyes of Mexico City in 3:58:20.", []),
    ],
    "positions stay": [
        ("On the replay the leaders went through the halfway point at 1:05:10 of the broadcast.", [(3910.0, None)]),
        ("The women's race went to the replay's 2:28:03, where Abera of Ethiopia crosses.", [(8883.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_result_shapes(text, expected):
    assert found_spans(text) == expected
