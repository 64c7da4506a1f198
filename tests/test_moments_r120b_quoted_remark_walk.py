"""Sentences of quoted speech between two times do not end the walk through the footage (blind round 120, a longform
piece on an ocean rower's GoPro file: '"That's me," Kirsty said, pointing to a leg ..., between 6:02 and 6:40. "I'm
trying to get to the EPIRB. I'd decided the boat wasnae coming back up on its own." The boat did come back up, at
7:15, rolling through a full 360 degrees'). The text walks through footage when a moment was placed within the last
two sentences of the paragraph; a remark quoted whole, said while watching, is not counted in those two, so the
writer's past tense after it tells the footage, as it does right after a position. Sentences of narration still
count, and a new paragraph still ends the walk."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted remark does not end the walk": [
        ('The van stops at 1:12. "There she is. That is my aunt. She never wore a coat." The door opened at 1:30, '
         "and she got out.", [(72.0, None), (90.0, None)]),
        ('"Watch his hands," Tendai says, at 0:48. “He always did that. Every single time. Even at school.” He '
         "looked up at 0:55 and smiled.", [(48.0, None), (55.0, None)]),
    ],
    "narration or a new paragraph still ends it": [
        ("The van stops at 1:12. The family moved to Leeds that spring. They sold the farm. The door opened at "
         "1:30, and she got out.", [(72.0, None)]),
        ('The van stops at 1:12. "There she is. That is my aunt."\n\nThe office opened at 9:30 the next day.',
         [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_remark_walk(text, expected):
    assert found_spans(text) == expected
