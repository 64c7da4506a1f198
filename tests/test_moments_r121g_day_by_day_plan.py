"""A plan told day by day under a schedule's label lists each day's clocks (blind round 121): "Our 3-day Cape Town
itinerary (filmed for the channel, edit coming soon)\\nDay 1 — 07:30 breakfast at the Bo-Kaap café, 09:00 cable car
..., 13:00 Kalk Bay fish and chips.\\nDay 2 — 05:45 pickup ..." gives no position: every clock on a line a day's label
opens is that day's time, whatever the order across days (Day 2's 05:45 after Day 1's 13:00). A day's line naming the
video, or day lines under no schedule's label, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the clocks of a plan's day lines are times of day": [
        ("Our 3-day Cape Town itinerary (filmed for the channel, edit coming soon)\nDay 1 — 07:30 breakfast at the "
         "Bo-Kaap café, 09:00 cable car (R420 return), 13:00 Kalk Bay fish and chips.\nDay 2 — 05:45 pickup for the "
         "Cape Point drive, 72 km each way; 16:30 penguins at Boulders.\nDay 3 — 10:00 Kirstenbosch, 2-hour walk; "
         "flight at 19:15.\nBudget: R9,800 for two. The finished vlog will be about 18 minutes.", []),
        ("Weekend schedule for the retreat\nSaturday: 08:00 yoga on the lawn, 10:30 silent walk, 15:00 workshop\n"
         "Sunday: 07:15 sunrise swim, 11:00 closing circle", []),
        ("Edinburgh Fringe itinerary\n- Day 1: 11:20 free show at the Pleasance, 14:40 comedy in the Cowgate\n"
         "- Day 2: 09:45 brunch, 12:10 Royal Mile walk\n\nThe recap reel (6:12) has the juggler at 2:05.",
         [(125.0, None)]),
        ("Agenda for our Lisbon trip\nDay 1 - 06:40 flight lands, 12:00 tram 28\nDay 2 - 10:00 Belém, 18:30 fado "
         "night", []),
        ("Two-day Kyoto schedule\nDay 1 — 08:15 Fushimi Inari, 11:30 lunch at Nishiki, 17:45 Gion walk\nDay 2 — "
         "06:30 Arashiyama bamboo grove, 14:20 Kinkaku-ji", []),
    ],
    "a day's line naming the video stays a list of positions": [
        ("Our trip itinerary vlog\nDay 1 — 03:15 in the video we land, 07:40 in the video the hotel", [(195.0, None),
                                                                                                     (460.0, None)]),
    ],
    "day lines under no schedule's label stay as they were": [
        ("Best bits of the vlog\nDay 1 — 07:30 the cable car, 09:00 the beach", [(450.0, None), (540.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_by_day_plan(text, expected):
    assert found_spans(text) == expected
