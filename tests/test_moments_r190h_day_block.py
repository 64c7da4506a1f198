"""A stretch of the day named by its clocks, then "block" or "slot" (blind round 190): "right after Stage 4 kicked in
(16:00 to 18:30 block)" is a load-shedding block of the day, both clocks on the quarter hour, not a stretch of the
neighbour's video. A stretch of footage named a block, in a sentence naming the recording or off the quarter hours,
stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's post": [
        ("Our substation in Randburg tripped again last night at 18:42, right after Stage 4 kicked in (16:00 to 18:30 "
         "block). My neighbour filmed the transformer sparking; the video is 3:12 long and has 41k views already.",
         []),
    ],
    "fresh blocks of the day": [
        ("Load-shedding again: Stage 2 hit us in the 20:00-22:30 slot, right as the match started.", []),
        ("Eskom's schedule put Randburg in the 04:00 to 06:30 block this morning.", []),
        ("Stage 4 means the 16:00–18:30 block is off, so the geyser is cold.", []),
        ("The water outage hit the 10:00 to 12:30 slot again (Dar es Salaam, Kinondoni).", []),
        ("Power went at 19:02 just after Stage 6 started (18:00 to 20:30 block). My brother filmed the pole box "
         "burning; the clip is 0:48 long.", []),
        ("Our street lost power again, Stage 3 (02:00 to 04:30 slot). My neighbour's video of the sparks is up.", []),
    ],
    "stretches of footage stay": [
        ("In the recording, the 12:00 to 14:30 block is the best bit.", [(720.0, 870.0)]),
        ("Watch the 1:05 to 1:20 block of the stream where the drums start.", [(65.0, 80.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_block(text, expected):
    assert found_spans(text) == expected
