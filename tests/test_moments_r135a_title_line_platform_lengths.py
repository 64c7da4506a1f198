"""A title line's closing brackets that give the work's platform or medium and its length, the line then closed by a
list header's colon or an emoji (blind round 135): "Tracklist for the mix (YouTube, 58:14):", "Makeup tutorial steps
(video 11:00, filmed in one take) 💄". The bracket is the whole work's length, no moment, and the length the items'
end forms count from ("in the final 45 seconds"). A bracketed time said "at", and a bracketed time closing a line of
prose about what happens, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a platform's or medium's length closing a title line is no moment": [
        ("Tracklist, Sunday sunrise mix (Mixcloud, 1:12:40):\n[00:00] Intro\n[05:12] Kora loop\n[11:48] Dub section",
         [(0.0, None), (312.0, None), (708.0, None)]),
        ("Lesson plan for the whole course (Spotify, 47:05):\n1. 02:30 warm-up\n2. 10:15 scales\n3. 31:40 first song",
         [(150.0, None), (615.0, None), (1900.0, None)]),
    ],
    "the length the items' end forms count from": [
        ("Knife skills class, every step (video 9:30, shot on a phone) 🔪\n- Dicing onions: 2:10\n"
         "- Plating: in the last 30 seconds", [(130.0, None), (540.0, 570.0)]),
    ],
    "a bracketed position stays one": [
        ("Our cat vs. the cucumber, best bit:\nHe leaps sideways off the counter (0:45) 😂", [(45.0, None)]),
        ("Tonight's highlights package is up on YouTube.\nKey moments (YouTube, at 3:10): the red card",
         [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_line_platform_lengths(text, expected):
    assert found_spans(text) == expected
