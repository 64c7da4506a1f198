"""A step of a recipe or a tutorial, a full sentence, then the medium and a timecode in brackets (blind round 113): "1.
Blend 4 tomatoes, 2 onions and a thumb of ginger. (video: 1:05)" under "steps (with where they are in the video)".
The bracket points at where the step is in the video, a position; read as a title line's note of the video's length
it was lost. A title line's bracket, which closes no sentence before it ("Sourdough basics (video 18:40)"), stays the
work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a step's bracketed video time after its sentence is a position": [
        ("Aunty Bisi's puff-puff, step by step\n\n1. Mix the flour, sugar and yeast. (video: 0:48)\n2. Leave it to "
         "rise for an hour. (video: 2:30)\n3. Fry in small balls. (clip: 5:12)", [(48.0, None), (150.0, None),
                                                                               (312.0, None)]),
        ("- Bleed the brake line until no bubbles show! (video 4:05)\n- Torque the caliper bolts. (video 7:40)",
         [(245.0, None), (460.0, None)]),
    ],
    "a title line's bracketed length stays one": [
        ("Sourdough basics (video 18:40)\n\nThe fold is at 3:10.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_step_video_pointer(text, expected):
    assert found_spans(text) == expected
