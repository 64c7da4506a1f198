"""A whole work's bracketed length in a clause joined on (blind round 84): "..., and the club's highlights package
(7:41) is worth a look" tells the package's length as "The club's highlights package (7:41) is worth a look" does at
a sentence's start: no position, and the length the end forms count from ("The last 30 seconds of the package").
A position cited in brackets after footage that is no whole work stays ("..., and the drone footage (0:45) shows
smoke")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a joined clause's work and its length": [
        ("Rovers won 3-1 on Saturday, and the league's highlights package (5:20) is on YouTube.", []),
        ("The hosts led at the break, but the club's extended highlights (9:05) are worth it. The final 20 seconds "
         "are the trophy lift.", [(525.0, 545.0)]),
        ("The crowd was 4,100; the broadcaster's recap (3:12) is short. The last ten seconds show the winning try.",
         [(182.0, 192.0)]),
    ],
    "positions in joined clauses stay": [
        ("The fire spread fast, and the drone footage (0:45) shows smoke over the ridge.", [(45.0, None)]),
        ("The game was tight, and the winner comes at 4:10 of the highlights package.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_joined_subject_lengths(text, expected):
    assert found_spans(text) == expected
