"""Someone coming upon the footage at a clock of the day (blind round 112): "Volunteer rescuer Ciarán Mulkerrin,
who runs a small wildlife rescue from his home in Barna, saw the video at 12:05". Saw, was sent, received, came
across or first watched the video, the clip or the footage, then "at" a clock: when that person met it, a past act
of the world, however much the sentence speaks of the footage (it names it as the object). A thing seen in the
footage ("you see the car at 1:12"), or a time with "in" after it, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the footage come upon at a clock is the day's": [
        ("At 0:37 Ms Geraghty can be heard calling to a passer-by for help. Volunteer rescuer Ciarán Mulkerrin, who "
         "runs a small wildlife rescue from his home in Barna, saw the video at 12:05. He is not in the clip.",
         [(37.0, None)]),
        ("Her neighbour was sent the clip at 07:15 and called the council before eight.", []),
        ("The duty officer first watched the footage around 22:40, an hour after it was posted.", []),
        ("I came across this video at 19:30 on my way home and shared it at once.", []),
    ],
    "a thing seen in the footage stays a position": [
        ("You see the car at 1:12 swerve into the kerb.", [(72.0, None)]),
        ("I saw the video at 0:45 in, where the dog jumps.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_came_upon_footage(text, expected):
    assert found_spans(text) == expected
