"""A track's title quoted again (blind round 81, lists): a tracklist's "[24:31] Koyo – 4:44 (Dub)" titles a track
"4:44", and the prose's "the transition at 24:31 into "4:44"" names that track again, not a position at 4:44. The
same time said as a position, unquoted ("At 3:16 the kick drops out"), stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title quoted again is the title": [
        ('[00:00] Intro\n[04:10] Mensah – 3:16 (Club Mix)\n[09:40] Outro\n\nThe blend into "3:16" at 04:10 is the '
         "highlight.", [(0.0, None), (250.0, None), (580.0, None), (250.0, None)]),
        ("0:00 Opening\n2:45 Song: 11:11\n7:30 Close\n\nEveryone asks about ‘11:11’ — it starts at 2:45.",
         [(0.0, None), (165.0, None), (450.0, None), (165.0, None)]),
    ],
    "near-misses: the same time as a position": [
        ("[00:00] Intro\n[04:10] Mensah – 3:16 (Club Mix)\n[09:40] Outro\n\nAt 3:16 the kick drops out.",
         [(0.0, None), (250.0, None), (580.0, None), (196.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_titles(text, expected):
    assert found_spans(text) == expected
