"""Round 50: a file's length told as an edit sheet or a source note tells it. A broadcast's total running time with
its label ("protest package (2:30 TRT)", "Package TRT 2:10") and a length in a source line that goes on with the
file's picture ("phone footage from the stringer, 11 min 06 s, 1080p 30fps") are lengths, not positions.
Near-misses: a position said into the video, a position beside the picture's specs."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a total running time with its label": [
        ("Rough cut of the flood package (1:45 TRT)\n\n- Use 00:00:10:00 to 00:00:14:00 for the open.",
         [(10.0, 14.0, False)]),
        ("Package TRT 2:10. The mayor's bite is at 0:48.", [(48.0, None, False)]),
        ("Promo for the late news, 0:30 TRT, cut from the 6pm piece; the goal is at 0:12.", [(12.0, None, False)]),
    ],
    "a length in a source note with the file's picture": [
        ("Source: drone footage from the council, 4 min 20 s, 4K 25fps.\n- The breach is at 2:05.",
         [(125.0, None, False)]),
        ("Rushes: phone video, 2 min 10 s, 1080p.\nAt 1:30 the wall gives way.", [(90.0, None, False)]),
        # near-misses: a position said into the video; a position beside the picture's specs
        ("In the video, 2 min 10 s in, the wall gives way.", [(130.0, None, False)]),
        ("At 1:20 in the phone footage, 1080p, the wall gives way.", [(80.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_source_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
