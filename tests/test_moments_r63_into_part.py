"""Round 63: an offset said into a part of the footage ("about twelve seconds into the tractor sequence") counts
from the position told just before, where that position's sentence named the part ("The sequence ... begins at
4:30"): the part starts there. Into a part no position was told for, it stays an offset into the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset into a part whose start was told": [
        ("The chase scene starts at 4:10. Ten seconds into the scene, a car flips.",
         [(250.0, None, False), (260.0, None, False)]),
        ("The montage opens about 3:05 into the video. About six seconds into the montage, the singer waves.",
         [(185.0, None, True), (191.0, None, True)]),
        ("The rescue sequence begins at 12:40, shot from the bank.\n\nRoughly twenty seconds into the rescue "
         "sequence, a rope snaps.", [(760.0, None, False), (780.0, None, True)]),
        # near-misses: the position told before names no such part; no position told at all
        ("At 2:00 the crowd cheers. Ten seconds into the scene, a car flips.",
         [(120.0, None, False), (10.0, None, False)]),
        ("Twelve seconds into the final scene, she cries.", [(12.0, None, False)]),
        ("At 1:30 the band walks on. Twenty seconds into the video, the lights dim.",
         [(90.0, None, False), (20.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_into_part_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
