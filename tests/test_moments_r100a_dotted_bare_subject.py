"""A dotted point opening its clause, its subject after it with no article (blind round 100, regional, Indian
English): "Exactly at 0.47 the Swift is reversing and at 1.12 uncle comes out shouting." A word other than an
article after a lone dotted point was read as the point's own verb ("the bus at 4.40 was late": a clock inside its
subject). After "and", "then" or a comma, or at the sentence's start, the point opens a clause, and a bare subject
with its verb in the present follows: a position in the clip like the one before it. A point inside its subject,
and a clause in the past about the writer's day, stay no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted point opening its clause before a bare subject": [
        ("Kindly see the dashcam video of the gate incident. At 0.21 the auto stops near the gate and at 0.48 "
         "watchman runs out with a stick. Video is 1.30 minutes.", [(21.0, None), (48.0, None)]),
        ("CCTV clip of the temple procession is shared. At 1.05 the elephant turns, then at 1.40 mahout climbs "
         "down. Clip is 2.20 minutes only.", [(65.0, None), (100.0, None)]),
    ],
    "a dotted clock inside its subject, or of the writer's day, stays none": [
        ("In the video the school bus at 4.40 was late and the parents waited.", []),
        ("We reached the station at 6.10 and at 6.25 train was leaving.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_bare_subject(text, expected):
    assert found_spans(text) == expected
