"""A race's division label opening a sentence of crews' or swimmers' times to the hundredth, listed unranked, is a
list of results (blind round 201's dragon boat results): "Men's open 250m final: Stanley Tigers 58.91, Sai Kung
Sharks 59.40, Tai Tam Dragons 1:00.12" and "Women's 500m: Aberdeen Pearl in 2:31.44" are no positions, as a ranked
list ("1. Kiplagat 2:08:41") already was not. A race's replay walked through in its video stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "unranked results under a division's label": [
        ("Stanley dragon boat races: results\nMen's open 250m final: Stanley Tigers 58.91, Sai Kung Sharks 59.40, Tai "
         "Tam Dragons 1:00.12. Women's 500m: Aberdeen Pearl in 2:31.44, a course record by nearly two seconds.", []),
        ("Women's 200m freestyle final: Okafor 1:58.42, Lindqvist 1:59.07, Mensah 2:00.15.", []),
        ("Junior boys (4,000 m): Tau 12:41.30, Waqa 12:55.08.", []),
        ("Men's 1500m: Kiprono in 3:35.71, Barasa 3:36.02 and Otieno 3:37.45.", []),
    ],
    "left alone": [
        ("Men's 1500m final replay: at 3:35 in the video Kiprono kicks past Barasa.", [(215.0, None)]),
        ("Women's 500m final, the replay: the crash is at 1:02.50 in the video.", [(62.5, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_division_results(text, expected):
    assert found_spans(text) == expected
