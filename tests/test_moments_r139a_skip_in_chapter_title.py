"""A listener told to skip a stretch of the show inside a chapter's title (blind round 139): '~0:00 Intro (skip the
first 4 minutes if you don't want our banter)'. A figure in a chapter's title is the topic's ('2:30 Battery — it died
in the first 40 minutes of gaming') and no position; but a playback verb ('skip', 'jump past', 'fast-forward
through') aims the stretch at the episode itself, as 'at 3:05' in a title aims at its position, so it is a range
of the footage. The same stretch told as what happened in the world stays set aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch the listener is told to skip is the episode's": [
        ("0:00 Welcome (skip the first 3 minutes if you only want the draft)\n3:10 Draft picks\n19:45 Mailbag",
         [(0.0, None), (0.0, 180.0), (190.0, None), (1185.0, None)]),
        ("0:00 Cold open — jump past the first 90 seconds for the news\n1:30 Headlines\n12:00 Weather",
         [(0.0, None), (0.0, 90.0), (90.0, None), (720.0, None)]),
    ],
    "a stretch of the topic in a chapter's title stays none": [
        ("0:00 Intro\n2:30 Battery — it died in the first 40 minutes of gaming\n9:00 Camera",
         [(0.0, None), (150.0, None), (540.0, None)]),
        ("0:00 Intro\n2:30 Marathon chat — she hit the wall in the last 10 minutes\n9:00 Mailbag",
         [(0.0, None), (150.0, None), (540.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_skip_in_chapter_title(text, expected):
    assert found_spans(text) == expected
