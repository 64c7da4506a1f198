"""A dotted point told as shown there, further on than a walk's step (blind round 174, an Indian derby report): the
highlights "11.20 minutes long", "Moura's goal is at 2.14 of the highlights", "The equaliser is near about 4.50",
"from 6.05 to 6.40", then a new paragraph's "Sen's winner itself is shown from three angles at 9.58" is 598. A page
that placed its footage's dotted positions walks on with a later sentence's dotted numbers only a little past the
last one (two minutes); one said in the passive to be shown, seen or visible at the number, inside the length the
page told, is in the footage however far on. A point past that length, or one of the writer's day, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

PAGE = ("The official highlights package is up on the league's channel and it is 11.20 minutes long. Moura's goal "
        "is at 2.14 of the highlights. The equaliser is near about 4.50, and the slow-motion angle makes it clear.\n\n")

FAMILIES = {
    "a point shown there, further on": [
        (PAGE + "Sen's winner itself is shown from three angles at 9.58, and the celebration is worth the price.",
         [(134.0, None), (290.0, None), (598.0, None)]),
        (PAGE + "The red card can be seen clearly at 8.15, though the referee is half hidden.",
         [(134.0, None), (290.0, None), (495.0, None)]),
        ("The court viewed the CCTV clip, which is 14.30 minutes long. At 1.05 in the clip the car is parked.\n\n"
         "The second vehicle is visible only at 9.20, when it turns in.", [(65.0, None), (560.0, None)]),
        (PAGE + "The penalty shout is replayed twice at 7.10 and the pundits are split.",
         [(134.0, None), (290.0, None), (430.0, None)]),
    ],
    "past the length, or no showing, stays nothing": [
        (PAGE + "The trophy lift is shown from the stands at 12.40, after the broadcast ended.",
         [(134.0, None), (290.0, None)]),
        (PAGE + "The supporters' bus left the ground at 9.58, and the fans sang all the way home.",
         [(134.0, None), (290.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_shown_further_on(text, expected):
    assert found_spans(text) == expected
