"""Round 58, forum and chapters: a clock told beside a full date is the day's clock or a listed item's length, not a
position: a forum post's header ("**Name** · 02-01-2026, 19:22"), a podcast app's episode line ("· 12 Nov 2026 ·
1:12:40"), a lecture's hours in its title's bracket ("(recorded 14 Oct, Room B12, 9:00–10:50)"). Near-misses: a
date with no year, a position after a dated post, a bracket that names no recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a post's header stamped with a date in figures": [
        ("**TrainSpotter88** · 14-03-2026, 21:07\nThe derailment is at 3:10 in the video.", [(190.0, None)]),
        ("Posted by kaz_m — 03.11.2025 at 08:45\nSkip to 12:30 in the clip for the good bit.", [(750.0, None)]),
        ("**old_timer** | 2025/12/24 18:02\nThe crowd noise at 4:44 in the stream is unreal.", [(284.0, None)]),
        # near-miss: a day and month with no year, and a score after a date, stay what they were
        ("Watched it on 14-03, at 12:30 in the video the goal goes in.", [(750.0, None)]),
    ],
    "an episode listing with its dates and lengths": [
        ("Ep 88: The Night Shift · 4 Feb 2026 · 1:03:12\nEp 87: Cold Open · 28 Jan 2026 · 47 min\n"
         "In episode 88 the guest arrives at 12:05.", [(725.0, None)]),
        ("Bonus: Live in Leeds | March 3, 2026 | 58:40\nThe encore starts at 51:10 in the video.", [(3070.0, None)]),
        # near-miss: a date with no year before a position
        ("On 4 Feb, 12:05 into the video, the guest arrives.", [(725.0, None)]),
    ],
    "a recording's day and hours in its title's bracket": [
        ("HIST 210 — Lecture 3 (recorded 9 Sep, Hall C, 14:00–15:50)\n\nChapters\n00:00–12:40 Recap\n"
         "12:40–48:00 The Corn Laws", [(0.0, 760.0), (760.0, 2880.0)]),
        ("Town hall livestream (streamed 21 March from the civic centre, 19:00)\n\nThe vote is at 1:12:05.",
         [(4325.0, None)]),
        # near-miss: a bracket that names no recording keeps its range
        ("Council meeting highlights (the budget debate, 9:00–10:50 in the video)", [(540.0, 650.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_eight_stamp_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
