"""A stretch of a recording told in its minutes after a comma or a verb of watching (blind round 78): "Please watch
last year's lecture instead, minutes 20&ndash;45", "see minutes 5-12 of the stream". Only a stretch is read so (a
bare "minute 12" after a comma may be anything's), the match words of other sentences on the page do not make it a
match's minutes, and a match report's own minutes stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch in minutes after a comma or 'watch'": [
        ("The 2024 recording covers it better; watch it instead, minutes 12&ndash;30.", [(720.0, 1800.0)]),
        ("For the proof, see minutes 5-12 of the seminar video.", [(300.0, 720.0)]),
        ("Late work gets a penalty of 10%.\n\nNo recording this week. Use the old video instead, minutes 3 to 9.",
         [(180.0, 540.0)]),
    ],
    "a bare minute after a comma, or a match's minutes, are nothing": [
        ("The video was long, minute 12 of which I slept through.", []),
        ("The match video shows the goal rush, minutes 80–90 of the final.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_minute_stretches(text, expected):
    assert found_spans(text) == expected
