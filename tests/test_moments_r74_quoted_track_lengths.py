"""An album's opener or closer named by its quoted title, its length in brackets (blind round 74): "Opener 'Tinker's
Bell' (4:02) is a hand-me-down melody", "Closer 'Maggie's Field' (6:40)". Straight single quotes with an apostrophe
inside the title still close it; the bracket is the track's length. A position in brackets after quoted speech, or
said with "at", stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted track's length after its kind": [
        ("Opener 'Tinker's Bell' (4:02) is a hand-me-down melody.", []),
        ("Closer 'Maggie's Field' (6:40) is lovely and long.", []),
        ("The single 'Rosie's Lament' (3:52) was a hit in Cork.", []),
        ("The ballad 'Tom's Return' (5:11) closes side one.", []),
        ("The instrumental \"Kerry's Reel\" (2:48) is the weak link.", []),
    ],
    "a position in brackets stays": [
        ("The film 'Night Bus' (at 1:12) shows the crash.", [(72.0, None)]),
        ("In the opener, 'Get down!' (1:12) is shouted.", [(72.0, None)]),
        ("In the video the opener is at 1:12.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_track_lengths(text, expected):
    assert found_spans(text) == expected
