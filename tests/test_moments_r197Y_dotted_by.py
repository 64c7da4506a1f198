"""A dotted position said "by", the contract's exact "by" (blind round 197): in a bail order walking through "a mobile
video of 4.10 minutes duration", "even by 3.25 no feature of the face is visible" is 205, as "by 3:25" is; its clause
may go on with a negated subject ("no feature", "nobody", "nothing"). An amount changed "by" and a day's "by 9.30"
stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted point said by": [
        ("The prosecution relies on a mobile video of 4.10 minutes duration. At 1.14 the face is covered, and even by "
         "3.25 no feature of the face is visible.", [(74.0, None), (205.0, None)]),
        ("The clip is 3.40 minutes long. At 0.48 the boy climbs the gate, and by 2.10 he is gone.",
         [(48.0, None), (130.0, None)]),
        ("Learned counsel took me through the CCTV clip of 6.05 minutes duration. Near about 4.10 the lorry reverses; "
         "by 4.40 nobody is near the gate.", [(250.0, None), (280.0, None)]),
        ("The video is 2.30 mins. At 0.20 the dog barks and by 1.05 nothing is left of the cake.",
         [(20.0, None), (65.0, None)]),
    ],
    "left alone": [
        ("The video is 4.10 minutes. The fare went up by 2.50 last month.", []),
        ("The video is 4.10 minutes. We reached home by 9.30 in the night.", []),
        ("The clip is 3.40 minutes. At 0.30 the car stops. The petrol price was cut by 1.20 yesterday.",
         [(30.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_by(text, expected):
    assert found_spans(text) == expected
