"""An embedded player's furniture (blind round 78): a badge whose class names the length in short
('<span class="dur">38:27</span>', '<div class="len">4:02</div>') is the length of what it plays, and an embed's source
set to play from the start ('<iframe src="https://www.youtube.com/embed/x?start=0">') is no place the page points at.
A link that cites a later start, even an embed's, and a link restating its text at 0:00 stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a player's short length badge": [
        ('<div class="player"><audio src="/a.mp3"></audio><span class="dur">41:12</span></div>\n'
         "<p>The reading starts at 3:05.</p>", [(185.0, None)]),
        ('<div class="card"><div class="len">4:02</div><h3>Storm chasing</h3></div>', []),
    ],
    "an embed playing from its start": [
        ('<iframe width="560" src="https://www.youtube.com/embed/Qz81k?start=0"></iframe>\n'
         "<p>The dough goes in at 1:40.</p>", [(100.0, None)]),
        ('<iframe src="https://player.vimeo.com/video/5521?t=0"></iframe>', []),
    ],
    "an embed's or a link's own start stays a position": [
        ('<iframe src="https://www.youtube.com/embed/Qz81k?start=95"></iframe>', [(95.0, None)]),
        ("[0:00](https://youtu.be/abc?t=0) Intro\n[1:10](https://youtu.be/abc?t=70) Setup",
         [(0.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_player_furniture(text, expected):
    assert found_spans(text) == expected
