"""A dotted time in the next paragraph of an order, a little on from the footage's last dotted position, its clause
telling what is seen there (blind round 142): "At 2.14 in the footage the applicant is seen entering with a rod.
From 3.05 to 3.40 the assault continues." then, in the next numbered paragraph, "Learned counsel for the applicant
submits that at near about 4.10 the applicant is seen leaving alone". No length is told, so the walk on through the
clip is read from what is seen ("is seen", "can be seen", "is visible") shortly after the last point placed. A dotted
clock of the day, one far past the last point, or one with nothing seen stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_PLACED = ("2. The prosecution relies on the CCTV recording from the petrol pump (Exhibit 7). At 1.20 in the recording "
           "the respondent is seen arriving on a motorcycle. From 1.45 to 2.30 the quarrel goes on.\n\n")

FAMILIES = {
    "a dotted point a little on, its clause telling what is seen, walks on through the clip": [
        (_PLACED + "3. It is argued for the respondent that at about 3.05 the complainant can be seen pushing him.",
         [(80.0, None), (105.0, 150.0), (185.0, None)]),
        (_PLACED + "3. The defence says that at 2.50 the two other men are clearly visible near the pump.",
         [(80.0, None), (105.0, 150.0), (170.0, None)]),
    ],
    "a dotted clock of the day, a far one or one with nothing seen stays nothing": [
        (_PLACED + "3. The respondent was seen at the police station at 11.30 am the next day.",
         [(80.0, None), (105.0, 150.0)]),
        (_PLACED + "3. It is submitted that at 9.40 the complainant is seen at the hospital.",
         [(80.0, None), (105.0, 150.0)]),
        (_PLACED + "3. The matter is adjourned; the parties shall appear at 2.45 before the Registrar.",
         [(80.0, None), (105.0, 150.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_walk_on(text, expected):
    assert found_spans(text) == expected
