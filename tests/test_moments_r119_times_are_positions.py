"""A list's heading that says its times are positions in the one recording (blind round 119): "Top 5 goals of the
WSL season (times are positions in our 8-minute compilation)" over "5. Harrington vs Spurs (0:15) — curler from 25
yards". The heading tells what every bracketed time of its items is: where that item is in the compilation, not the
length of a titled clip of its own. Said as "times are positions/points/places" or "times are where ... is", with no
"below" or "listed" needed; a heading that says its times are lengths, or run times, keeps them lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a heading saying its times are positions makes its items' bracketed times positions": [
        ("Best saves of the IPL final (timings are positions in the 6-minute highlights reel)\n\n"
         "1. Rahane dive (0:22) - full stretch\n2. Pant stumping (1:48) - lightning hands\n"
         "3. Boundary catch (4:05) - over the rope", [(22.0, None), (108.0, None), (245.0, None)]),
        ("Top 4 tries of the round (times are points in our 7-minute package)\n\n"
         "4. Mitchell vs Storm (0:31) — chip and chase\n3. Ngata vs Eels (2:10) — 80 metres\n"
         "2. Ryan vs Broncos (3:44) — dummy half\n1. Kelly vs Roosters (5:58) — length of the field",
         [(31.0, None), (130.0, None), (224.0, None), (358.0, None)]),
        ("Favourite bits of the livestream (the times are where each one is in the VOD)\n\n"
         "- Cat walks on keyboard (0:47) — chaos\n- Donation goal (1:12:30) — cheers\n- Power cut (2:05:10) — darkness",
         [(47.0, None), (4350.0, None), (7510.0, None)]),
        ("Goalkeeping clinic (each time is where the save happens in our 5-minute reel)\n\n"
         "- Near-post block (0:18) — strong wrist\n- Tip over the bar (2:02) — full stretch\n"
         "- Penalty save (3:40) — guessed right", [(18.0, None), (122.0, None), (220.0, None)]),
        ("Our favourite catches (timestamps show where each one is in the video)\n\n"
         "1. Slip catch (0:09) — low and sharp\n2. Boundary relay (1:30) — two fielders\n"
         "3. Caught and bowled (2:15) — reflex",
         [(9.0, None), (90.0, None), (135.0, None)]),
    ],
    "a heading that says nothing of positions, or says lengths, keeps the items' lengths": [
        ("Videos from this week's channel (times are lengths)\n\n1. Ferry vlog (12:40) — sea day\n"
         "2. Market tour (8:05) — busy\n3. Night walk (15:20) — calm", []),
        ("New uploads this month (run times are places to start a binge, honestly)\n\n1. Ocean Song (3:40) — slow one\n"
         "2. City Lights (4:12) — upbeat\n3. Rain (2:55) — mellow", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_times_are_positions(text, expected):
    assert found_spans(text) == expected
