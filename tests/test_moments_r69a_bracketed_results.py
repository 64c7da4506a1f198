"""A result's time in brackets (blind round 69): a finisher by place with the time bracketed after ("Lindqvist third
(30:01.77)") and a leaderboard's time ("the online leaderboard (1:09.1 at the top)"). Each is a race or lap time,
no position in any footage, however the writer bracketed it. A position bracketed after a lap or a place in the
footage ("the last lap (at 5:40)", "the second crash (2:14) is worse", "in Welsh first (0:42:10)") stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a finisher by place, the time bracketed": [
        ("Okafor won in 13:02.40 and Brandt was home second in 13:04.11, with Mireles third (13:05.96).", []),
        ("Final standings: Howe second (4:02.8), Lund fourth (4:05.0).", []),
        ("Mireles third (31:05.96).", []),
        ("The second crash (2:14) is worse than the first.", [(134.0, None)]),
        ("Two clips matter. The second (1:12) shows the van.", [(72.0, None)]),
        ("The host greets the crowd in Welsh first (0:42:10), then in English.", [(2530.0, None)]),
    ],
    "a leaderboard's time in brackets": [
        ("My best on Harbour Loop is 58.3 s, miles off the global leaderboard (54.7 at the top) and the weekly "
         "leaderboard (1:02.6 for first).", []),
        ("I'm nowhere near the time-trial leaderboard (2:11.4 at the top), but the replay at 0:40 shows why.",
         [(40.0, None)]),
        ("In the official trailer, the last lap (at 5:40) is the best bit.", [(340.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_results(text, expected):
    assert found_spans(text) == expected
