"""Times that are no positions on pages of round 64 (blind): a hockey report's goals "at 4:12, 11:37 and 18:50 of
the third" (the period said once, after the last) and a player's ice time ("Matthews played 24:31"); an all-night
event's hours "(22:00–10:00)"; an audiobook's chapter lengths with part headings between them and a shop's other
titles ("Customers also listened to: The Long Winter (9 hrs 14 mins)"); a title with its year and length ("Love
Love Peace Peace (2016), 6 min 10 sec"). The same numbers told of footage stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "game clocks and time played": [
        ("Tampa scored at 2:41, 9:05 and 16:30 of the second to take control.", []),
        ("The Oilers replied at 7:15 and 12:02 of the third.", []),
        ("McDavid played 23:47 and had two assists.", []),
        ("Hedman logged a team-high 26:10 of ice time.", []),
    ],
    "an event's hours through the night": [
        ("Tickets for the warehouse all-nighter (22:00–09:00) go on sale Friday.", []),
        ("The Long Night party runs 23:00 to 10:30 at the Depot.", []),
    ],
    "an audiobook's lengths and a shop's other titles": [
        ("Chapters\nOpening Credits — 00:00:41\nPart One: The Shore\nChapter 1 — 00:32:10\nChapter 2 — 00:29:45\n"
         "Part Two: The Sea\nChapter 3 — 00:40:02\n", []),
        ("Listeners also enjoyed: The Quiet Coast (7 hrs 40 mins), Iron Winter (11 hrs 5 mins)", []),
        ("• Euphoria (2012), 3 min 05 sec — the winning song", []),
        ("- Nosferatu (1922), 1:34:10 — the restored cut", []),
    ],
    "near misses: positions": [
        ("In the highlights, the goals come at 1:12, 3:40 and 5:05 of the video.",
         [(72.0, None), (220.0, None), (305.0, None)]),
        ("In the replay, Matthews played the puck at 4:10.", [(250.0, None)]),
        ("(Video played from 00:04:10 to 00:05:02.)", [(250.0, 302.0)]),
        ("(Exhibit 4 played 00:01:10 to 00:01:40.)", [(70.0, 100.0)]),
        ("The fight in the video is from 20:10 to 21:40.", [(1210.0, 1300.0)]),
        ("The final (2016), at 6:10, shows the goal.", [(370.0, None)]),
        ("Chapters\nIntro — 0:00\nPart One: The Shore\nThe harbour — 4:10\nThe storm — 9:30\n",
         [(0.0, None), (250.0, None), (570.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_clocks_and_listed_lengths_are_no_positions(text, expected):
    assert found_spans(text) == expected
