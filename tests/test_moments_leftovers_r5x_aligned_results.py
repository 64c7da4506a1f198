"""A results table whose columns are lined up with spaces instead of pipes (a leftover of blind round 58): its times
under a "Time" (or "Time/Gap") heading beside a column naming who raced are race times, as in a pipe table; a
chapter table lined up the same way, or a Time column beside a Scene column, stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a space-aligned results table": [
        ("Women's 10,000 m final\n\nPos  Athlete        Nat  Time\n1    B. Chebet      KEN  29:54.14\n"
         "2    S. Hassan      NED  30:01.32\n3    G. Tsegay      ETH  30:06.11\n", []),
        ("Stage 9 result\n\nRank\tRider\tTeam\tTime/Gap\n1\tT. Pogacar\tUAE\t4:12:08\n2\tJ. Vingegaard\tTVL\t+0:42\n",
         []),
        ("Pos  Driver        Laps  Time/Gap     Pts\n1    C. Sainz      58    1:32:07.986  25\n"
         "2    C. Leclerc    58    +2.366s      18\n", []),
        ("Year  Winner       Winning time\n2023  K. Kiptum    2:00:35\n2024  J. Korir     2:02:44\n", []),
    ],
    "a space-aligned table that lists footage stays positions": [
        ("Chapters of the video\n\nTime   Scene\n0:00   Intro\n4:12   The climb\n9:40   Summit\n",
         [(0.0, None), (252.0, None), (580.0, None)]),
        ("Highlights\n\nTime   Driver       Moment\n1:12   M. Verstappen  overtake into turn 1\n"
         "3:05   L. Norris      pit stop\n", [(72.0, None), (185.0, None)]),
        ("Clip list\n\nTime   Scene\n2:30   Crowd\n", [(150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_space_aligned_results_column_holds_race_times(text, expected):
    assert found_spans(text) == expected
