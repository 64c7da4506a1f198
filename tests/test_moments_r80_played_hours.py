"""A game review's opening hours are hours of play (blind round 80): "The opening hour is genuinely gripping" in a
review of a PS5 game whose paragraph links the reviewer's no-commentary playthrough is how the game plays, not the
first hour of any footage. A run through the game ("playthrough", "let's play") or the console it is reviewed on
("PS5", "Xbox Series X", "Nintendo Switch") names the play, as "gameplay" and "the first boss" already did. The
playthrough's own positions stay ("starts at 18:32", "roughly the three-hour mark"), as does a stretch said of the
video ("the first hour of the video"), and a film review's opening stretch stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a game's opening hours, beside its playthrough or console, are play": [
        ('Review: "Saltmarsh" (Nintendo Switch) — 8/10\n\nThe first hour is a lovely slow burn. My '
         "playthrough shows the ferry crash at 22:05.", [(1325.0, None)]),
        ("Tested on Xbox Series X. The opening two hours are the best stealth I have played in years.", []),
        ("The opening hour is superb. My full playthrough is on the channel; the lighthouse siege is at about 1:41:00.",
         [(6060.0, None)]),
        ("I streamed a let's play last week. The first hour is mostly menus and cutscenes, honestly.", []),
    ],
    "the footage's own first hour and a film's opening stretch stay ranges": [
        ("My playthrough video is below. In the first hour of the video you can see the whole tutorial.",
         [(0.0, 3600.0)]),
        ("The film runs 2h 10m. The first hour is the best thing Kerr has shot, and at 1:32:00 the storm arrives.",
         [(0.0, 3600.0), (5520.0, None)]),
        ("The stream VOD is four hours long; the opening hour is just the pre-show.", [(0.0, 3600.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_played_hours(text, expected):
    assert found_spans(text) == expected
