"""Quoted speech opening with the time (blind round 89): a character's line "It's 4:15, the shop's closed", ‘Dad,
it's 7:50!’, "It is now 11:05." tells the time in the story, a clock of the day, whatever its hour; a quoted line
placing footage ("It's 3:40 in the video") and the positions a note gives for the line stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the time told in a quoted line is no position": [
        ('- Cue at 0:12:31 ("It\'s 5:20, we\'re shutting"): the actor really says five-twenty.', [(751.0, None)]),
        ("Her first line, “It's 8:45 already,” is cut from the trailer.", []),
        ("The caption ‘Dad, it’s 7:50!’ needs a comma, not a dash.", []),
        ('Subtitle 14 reads "It is now 11:05." and should be two lines.', []),
    ],
    "a quoted line placing footage stays a position": [
        ('"It\'s 3:40 in the video," she told the panel.', [(220.0, None)]),
        ("Which bit? It's 3:40, where he falls.", [(220.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_time_told(text, expected):
    assert found_spans(text) == expected
