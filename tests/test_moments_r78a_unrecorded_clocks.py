"""A clock in the note that a sitting has no recording (blind round 78): a course page's "No recording (fire alarm at
10:52; we lost the last half of the class)", "- No stream today: the encoder crashed at 19:05". What was not recorded
has no positions, so the clock is the day's. The note's next sentence may send the reader to another recording, whose
positions stay positions; so do times in a line that only mentions a recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock in a no-recording note is the day's": [
        ("<ul>\n<li>No recording (power cut at 11:40, the projector died). Watch the 2025 video instead, from 4:10."
         "</li>\n</ul>", [(250.0, None)]),
        ("- No stream today: the encoder crashed at 19:05.", []),
        ("Week 3. No video — the camera battery ran out at 14:20.", []),
    ],
    "a recording's positions stay positions": [
        ("- Recording: the proof starts at 10:52.", [(652.0, None)]),
        ("No recording issues this week. The demo is at 12:15 in the video.", [(735.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_unrecorded_clocks(text, expected):
    assert found_spans(text) == expected
