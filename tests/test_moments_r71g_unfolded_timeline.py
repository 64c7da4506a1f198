"""A heading that says how a day's events unfolded heads a timeline of the day's clocks (blind round 71): "How
Saturday's climate march unfolded\\n\\n11:00 - Marchers gather ...\\n12:15 - ...\\n15:30 - Organisers announce the march
is over." lists times of day, as a "Timeline" heading's lines do; the livestream's "at 2:41:15" after it is still a
position. A heading on how the video unfolds walks through positions, and a clock list under no such heading stays
as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "lines under a heading on how the day unfolded are times of day": [
        ("How Saturday's climate march unfolded\n\n11:00 - Marchers gather at Parliament Square, police estimate "
         "8,000.\n12:15 - The head of the march reaches Trafalgar Square.\n13:40 - A group of around 40 sit down on "
         "Whitehall.\n14:05 - Police begin arrests; the Met later confirms 23.\n15:30 - Organisers announce the march "
         "is over.\n\nThe organisers' livestream (4 hr 12 min) captured the moment officers moved in at 2:41:15, "
         "where you can hear a steward asking people to link arms.", [(9675.0, None)]),
        ("How the night of the flood unfolded\n\n21:10 - The river tops the levee at Breede Street.\n22:45 - "
         "Residents are told to leave.\n23:30 - The bridge is closed.", []),
        ("How Tuesday's strike unfolded:\n- 06:00 picket lines form outside the depot\n- 08:20 first buses "
         "cancelled\n- 12:45 talks resume at the Town Hall", []),
        ("**How the cup final day unfolded**\n07:30 Gates open to the fan zone\n14:15 Team buses arrive\n16:00 "
         "Kick-off\n\nThe club's highlights video (9:58) shows the winner at 8:41.", [(521.0, None)]),
    ],
    "a heading on how the video unfolds walks through its positions": [
        ("How the video unfolded\n\n0:00 - The crowd gathers.\n1:15 - The first chant.\n2:40 - Police move in.",
         [(0.0, None), (75.0, None), (160.0, None)]),
    ],
    "a list of positions under another heading stays as it was": [
        ("The key moments\n\n11:00 - The crowd gathers.\n12:15 - The first chant.", [(660.0, None), (735.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_unfolded_timeline(text, expected):
    assert found_spans(text) == expected
