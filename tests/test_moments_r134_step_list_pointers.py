"""A step list's bracketed, medium-labelled time closing a step that is no closed sentence (blind round 134): "1. Mix
flour and water, autolyse 30 min (video: 1:05)" ... "3. Stretch and folds ×4, every 30 min (video: 4:15–7:40)". Read
as a title line's note of a video's length, the step's place was lost (and the end form "the final minute of the
video" then counted from the last one). Another item of the same list places a stretch or an "at" point: the list
walks through one recording, so each step's bracket is where it is, as round 113 read the step closed by a stop. A
list of works, each its own bracketed length and the places inside it told after that length, keeps its lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a step's labelled bracket in a list that places a stretch is a position": [
        ("Jollof for a crowd — full video 14:20\n\n1. Blend peppers, onions and tomatoes (video: 0:45)\n2. Fry the "
         "base down, 25 min on low (video: 2:10)\n3. Rice in, stir and cover (video: 6:05–8:30)",
         [(45.0, None), (130.0, None), (365.0, 510.0)]),
        ("Brake bleed, my way\n- Crack the nipple, quarter turn (clip: 1:40)\n- Pump and hold, repeat x5 (clip: "
         "3:05)\n- Top up the reservoir at 4:50 in the clip",
         [(100.0, None), (185.0, None), (290.0, None)]),
    ],
    "end forms then count from the video's own length": [
        ("Hand-pulled noodles — my video is 12:00\n\n1. Knead, rest 20 min (video: 1:10)\n2. Stretch and fold "
         "(video: 3:00–5:30)\n3. Plating in the last 30 seconds of the video.",
         [(70.0, None), (180.0, 330.0), (690.0, 720.0)]),
    ],
    "a list of works, each bracket its own length, keeps its lengths": [
        ("My workout series:\n1. Core Burner (video: 18:20)\n2. Leg Day (video: 21:40) — warm-up from 0:00 to "
         "3:10", [(0.0, 190.0)]),
        ("Sourdough basics (video 18:40)\n\nThe fold is at 3:10.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_step_list_pointers(text, expected):
    assert found_spans(text) == expected
