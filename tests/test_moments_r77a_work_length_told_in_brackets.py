"""A whole work's length in brackets right after its noun (blind round 77, reviews and lists): "This week's episode
(1:12:30) is a good one" (the work as its sentence's subject, then judged with "is"/"was") and "with timings in the
weekly highlights reel (9:48) so you can jump straight there:" (the line introducing a list, closed by its colon,
the list's items placing things in that work). Both are the work's length, no moment, and the one its end forms
count from. A bracketed time said to be where something is ("The episode (12:40) is where she finally breaks"),
footage other than a whole work ("The clip (0:45) is the clearest angle") and a bracket in prose that introduces no
list stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole work as the subject, its length in brackets, then judged": [
        ("This week's episode (58:40) is a cracker. The best bit starts 31 minutes in.", [(1860.0, None)]),
        ("The film (2:04:10) was too long by half, but the last ten minutes are superb.", [(6850.0, 7450.0)]),
        ("Our stream (3:12:05) is a marathon; the final ten minutes are the payoff.", [(10925.0, 11525.0)]),
        ("Kemi's podcast (47:15) is her best yet.", []),
    ],
    "a work's length in the line that introduces a list": [
        ("Every save, with times in the full highlights reel (6:20) so you can skip ahead:\n- Near-post block at "
         "0:40\n- Tip over the bar: 2:15\n- Penalty save — last 30 seconds of the reel",
         [(40.0, None), (135.0, None), (350.0, 380.0)]),
        ("Where to look in the match video (1:42:10):\n\n1. Opening goal at 12:05\n2. Red card at 58:30",
         [(725.0, None), (3510.0, None)]),
    ],
    "positions in brackets stay positions": [
        ("The episode (12:40) is where she finally breaks.", [(760.0, None)]),
        ("The clip (0:45) is the clearest angle.", [(45.0, None)]),
        ("Key moments in the video (2:14): the fall and the rescue.", [(134.0, None)]),
        ("- Second goal in the replay (1:12)\n- Third goal at 2:40", [(72.0, None), (160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_length_told_in_brackets(text, expected):
    assert found_spans(text) == expected
