"""A table listing clips of a recording, a column headed "Clip" beside one headed "Time" (blind round 189): "| Clip |
Time | Note |" over "| Goal conceded | `17:45`–`18:10` | Full-back caught ball-watching |" -- each Time is the clip's
place in the club's video, whatever tense the clip's label or note is in (a past "conceded" read the range as the
day's clock), and a label naming a game's half ("| Half-time talk | `30:00` |") makes it no game clock. A table of
events with a Time column and no clip column stays a timeline of the day, a table of quarters a game's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's table": [
        ("# U16 camogie video review\n\nFootage: club Veo, full game `58:40`.\n\n| Clip | Time | Note |\n"
         "|---|---|---|\n| Puckout press | `03:12` | Good shape |\n| Goal conceded | `17:45`–`18:10` | Full-back "
         "caught ball-watching |\n| Free taking | `29:02` | Sinéad, over |",
         [(192.0, None), (1065.0, 1090.0), (1742.0, None)]),
    ],
    "fresh clip tables": [
        ("Footage: Hudl, full game 1:05:30.\n\n| Moment | Time | Comment |\n|---|---|---|\n| Turnover | 12:40 | Lost "
         "it in midfield |\n| Try scored | 21:15–21:40 | Winger finished well |", [(760.0, None), (1275.0, 1300.0)]),
        ("Our video review table:\n\n| Scene | Time | Who |\n|---|---|---|\n| Kick-off | 00:10 | all |\n| Penalty "
         "missed | 18:30–18:45 | Jo |", [(10.0, None), (1110.0, 1125.0)]),
        ("Match analysis, VEO upload\n\n| Clips | Time | Coach note |\n|---|---|---|\n| Press broken | 14:05–14:30 | "
         "Midfield dropped too deep |\n| Kickout won | 16:20 | Good |", [(845.0, 870.0), (980.0, None)]),
    ],
    "a game's word in a clip's label": [
        ("Footage: Hudl, full game 1:05:30.\n\n| Clip | Time | Note |\n|---|---|---|\n| Turnover | 12:40 | Lost it |\n"
         "| Half-time talk | 30:00 | skip |\n| Second half throw-in | 31:10 | ok |",
         [(760.0, None), (1800.0, None), (1870.0, None)]),
        ("Position in upload table:\n\n| Event | Position in upload |\n|---|---|\n| Half-time whistle | 48:10 |",
         [(2890.0, None)]),
        ("| Quarter | Time | Play |\n|---|---|---|\n| 3rd | 4:10 | Holding the ball |\n| 4th | 0:45 | Free kick |", []),
    ],
    "a timeline of the day stays none": [
        ("| Event | Time | Note |\n|---|---|---|\n| Police called | 17:45 | Neighbour rang |\n| Fire crew arrived | "
         "18:10 | Two engines |", []),
        ("| Shift | Time | Staff |\n|---|---|---|\n| Opened | 08:30–12:45 | Ann |\n| Closed | 17:45–18:10 | Ben |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clip_table_time(text, expected):
    assert found_spans(text) == expected
