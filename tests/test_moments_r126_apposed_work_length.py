"""A work's length and its noun set after a comma or a dash, closing the clause, with no determiner (blind round
126): "Super Rugby Pacific highlights — Crusaders v Blues, 6:24 package." The timecode is the package's length, no
position, and the length that "the last 20 seconds of it" counts back from. Counter-cases: a timecode apposed after
a comma but followed by "into" or by a verb stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode and work noun apposed after a comma or dash is the work's length": [
        ("Derby highlights, 9:41 reel. The winner is the final 30 seconds of it.", [(551.0, 581.0)]),
        ("Highlights — Leinster v Munster, 11:02 package. Keenan's try is at 3:15.", [(195.0, None)]),
        ("NBA recap: Celtics at Knicks — 7:50 video. The buzzer-beater is in the last 15 seconds.",
         [(455.0, 470.0)]),
    ],
    "a timecode apposed but followed by into or a verb stays a position": [
        ("The collision comes late, 5:12 into the package.", [(312.0, None)]),
        ("At the 40th minute, 2:10 video shows the foul.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_apposed_work_length(text, expected):
    assert found_spans(text) == expected
