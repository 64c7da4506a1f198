"""A dotted stretch named as a part of the footage a review walks through (fitted round 199: a Kuching laksa review's
"The prawn stock (4:48) ... Only thing: the plating part, from 9.40 until 9.55 the sound drop."): the part's noun
("part", "bit", "section") says the stretch is the video's, however far past the last position it lies, as
Malaysian and Indian English write a video's minutes and seconds with a dot. Not a part of the day, nor the writer's
own day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part of the footage, then its dotted stretch": [
        ("Quite good lah. In the video the sambal frying part (2:15) is the best. The prawn stock (4:48) she uses "
         "the shells. Only thing: the plating part, from 9.40 until 9.55 the sound drop.",
         [(135.0, None), (288.0, None), (580.0, 595.0)]),
        ("At 1:20 in the vlog the stall opens. The noodle-pulling bit from 6.10 to 6.45 is amazing.",
         [(80.0, None), (370.0, 405.0)]),
        ("In the video the goal comes at 0:48. The celebration section, from 5.05 to 5.30, is too long.",
         [(48.0, None), (305.0, 330.0)]),
    ],
    "left alone": [
        ("At 1:20 in the vlog the stall opens. The best part, from 9.40 until 9.55 we queued for the bus.",
         [(80.0, None)]),
        ("At 1:20 in the vlog the stall opens. The lunch part of the day, from 12.30 to 1.15, is busy.",
         [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_dotted_stretch(text, expected):
    assert found_spans(text) == expected
