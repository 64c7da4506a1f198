"""A chapter list whose stamped lines name the parts of a trailer or a clip (blind round 74, transcripts): "00:27
Trailer part 1\\n01:22 Trailer part 2", "- 03:10 Clip: the crash". The stamp opening a line of a list of stamped
lines is where that part starts, a position, and no length of a trailer or a clip (as "the 1:22 trailer" would be):
an end form elsewhere ("the final ten seconds of the trailer") does not count from it. A stamp alone before a work's
noun ("the 2:31 trailer") is still that work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stamped list line naming a part is no length": [
        ("[00:50] The final ten seconds of the trailer are the best bit.\n\n"
         "Chapters\n00:00 Intro\n00:40 Trailer part one\n02:05 Trailer part two\n03:30 Thoughts\n",
         [(50.0, None), (0.0, None), (40.0, None), (125.0, None), (210.0, None)]),
        ("In the last 15 seconds of the clip the lights go out.\n\nTimestamps\n0:00 Setup\n0:35 Clip plays\n"
         "1:50 Reaction\n", [(0.0, None), (35.0, None), (110.0, None)]),
        ("- 0:00 Cold open\n- 1:15 Clip from the match\n- 2:40 Reaction", [(0.0, None), (75.0, None), (160.0, None)]),
    ],
    "near-misses: a stamp before a work's noun in prose is its length": [
        ("The 2:31 trailer hides the twist. The final ten seconds of it are black.", [(141.0, 151.0)]),
        ("We posted the 1:40 clip this morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stamped_part_lines(text, expected):
    assert found_spans(text) == expected
