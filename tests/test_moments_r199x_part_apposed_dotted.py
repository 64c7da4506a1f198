"""A dotted point set off after a part of the footage it names (fitted round 199: a batik interview's "From 3:15 until
4:00 is the block stamping ... And near the end, near 6.40, the wax boiling."): the number says where "near the end"
is, in the video the paragraph is walking through, however far past the last position it lies. Not the end of a day
("near the end of the day, around 5.20") nor a sentence of the writer's own."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part of the footage, then its dotted time": [
        ("INTERVIEWER: In your YouTube video, what should people watch?\nGUEST: From 3:15 until 4:00 is the block "
         "stamping. And near the end, near 6.40, the wax boiling.", [(195.0, 240.0), (400.0, None)]),
        ("In her video, from 1:10 to 1:40 she folds the cloth. Towards the end, around 5.20, she dips it in the dye.",
         [(70.0, 100.0), (320.0, None)]),
        ("Watch the clip: at 0:15 the lorry arrives. Right at the end, at 4.05, the driver waves.",
         [(15.0, None), (245.0, None)]),
    ],
    "left alone": [
        ("In her video, from 1:10 to 1:40 she folds the cloth. Near the end of the day, around 5.20, we went home.",
         [(70.0, 100.0)]),
        ("Watch the clip: at 0:15 the lorry arrives. Near the end, around 5.20, I switched it off to cook.",
         [(15.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_apposed_dotted(text, expected):
    assert found_spans(text) == expected
