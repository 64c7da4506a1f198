"""Families of misses that blind rounds 26, 27 and 28 (`tests/data/moments_genres_round26.jsonl`, `..._round27.jsonl`,
`..._round28.jsonl`) exposed in world clocks told in prose: windows and schedules, event clocks, post stamps and
said times, each with sentences written for the family (not the rounds' own) and near-misses that must stay as
they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a range of two clocks that a world noun, an opening or a habit governs: opening hours, permits, outages
    "windows and schedules of the world's day": [
        ("Parking permit: 08:00–18:30, Monday to Saturday.", []),
        ("<p>Visiting hours: 14:00&ndash;16:00 and 18:30&ndash;20:00.</p>", []),
        ("The water outage in Ward 9 runs 09:00-13:00 and again 15:30–17:00.", []),
        ("The new bakery opens on the corner from 07:00 to 15:00 every weekday.", []),
        ("Owls usually hunt between 22:00 and 02:00, the ranger says.", []),
        ("The regatta is on 12 August, starting at 10:30.", []),
        ("Pickup\u00a0window:\u00a016:00–17:30.", []),
        # near-misses: ranges and points in footage stay positions
        ("The permit hearing in the video runs from 10:00 to 16:00.", [(600.0, 960.0)]),
        ("In the stream the feeding is between 10:00 and 14:00.", [(600.0, 840.0)]),
        ("The fox hunts between 12:07 and 14:31.", [(727.0, 871.0)]),
        ("On 3 May, starting at 2:10 in the video, the host explains.", [(130.0, None)]),
        ("The best part of the game is from 10:00 to 12:30.", [(600.0, 750.0)]),
        ("Her performance from 12:00 to 14:30 is stunning.", [(720.0, 870.0)]),
    ],
    # a news story's own clocks: a timeline going on after an am/pm clock (footage placed in between), a gauge's
    # reading at a clock, a clock in the scene read many words after its noun, a report's record of a clock
    "event clocks in news prose": [
        ("The alarm went off at 4:40 a.m. on Friday. The doorbell clip shows the fox at 0:21. Firefighters got there "
         "at 5:05 and left by 6:15.", [(21.0, None)]),
        ("Snow began around 7 pm. A viewer's clip shows the plough at 1:12; the road was shut at 8:20.",
         [(72.0, None)]),
        ("The tide gauge at Leith read 5.2 metres at 23:40, the highest since 1953.", []),
        ("The big station clock above the platform, just visible in the first shot, reads 08:14.", []),
        ("The referee's report logs the red card at 20:47:12, long after the broadcast had ended.", []),
        # near-misses: footage positions after an am/pm clock, a reading in footage, a clock with no reading
        ("The raid began at 5 a.m. In the bodycam video the door gives way at 0:41 and the dog barks at 1:05.",
         [(41.0, None), (65.0, None)]),
        ("The drone climbs to 120 metres at 2:10 in the video.", [(130.0, None)]),
        ("The old clock on the wall behind the bar falls over at 3:12.", [(192.0, None)]),
    ],
    # a live blog's post times opening its lines, newest first, and a correction's stamp: the blog's clock
    "post and update stamps": [
        ("Live: council budget vote\n21:14 The motion passes 31-20. Watch the moment in our clip at 2:05.\n"
         "21:02 Debate closes.\n20:48 Cllr Ames walks out.", [(125.0, None)]),
        ("- **16:30** Storm reaches the coast\n- **16:05** Ferries cancelled\n- **15:50** First warnings issued",
         []),
        ("*Correction 11:20: this story misnamed the mayor.* The speech in the video starts at 4:10.",
         [(250.0, None)]),
        ("Clarified 08:05 - the figures are for 2023.", []),
        # near-misses: lines opening with positions going forward (chapters), a correction pointing at footage
        ("Chapters:\n12:40 the save\n15:02 the goal\n18:30 the red card",
         [(760.0, None), (902.0, None), (1110.0, None)]),
        ("Timestamps\n01:10 intro\n04:20 main part", [(70.0, None), (260.0, None)]),
        ("Correction: the goal is at 13:10 in the replay.", [(790.0, None)]),
    ],
    # a time of day a speaker guesses opening a transcript's line, a service's time told with its noun; the
    # lines' running stamps stay positions
    "said times in transcripts": [
        ("[00:04:10] OFFICER: When did you leave?\n[00:04:13] DRIVER: 22:40, 22:45 perhaps. I was tired.",
         [(250.0, None), (253.0, None)]),
        ("00:31:02 REPORTER: And the shelling?\n00:31:05 RESIDENT: 05:50 or so, before light.",
         [(1862.0, None), (1865.0, None)]),
        ("Ama (02:10): Is the bus quicker?\nKofi (02:14): No, the bus is 3:40, the ferry's 1:15.",
         [(130.0, None), (134.0, None)]),
        ("LEE (00:58): The flight takes 11:20 door to door.", [(58.0, None)]),
        ("[00:10:02] MOTHER: 18:40, or 18:45 I think.", [(602.0, None)]),
        ("WITNESS:\u00a021:10\u202for so.", []),
        # near-misses: a guess at a position in the footage, a position said in a turn
        ("[00:02:00] HOST: 14:10 maybe in the replay, that's where he slips.", [(120.0, None), (850.0, None)]),
        ("[00:05:00] GUEST: Look at 3:20, the train is moving.", [(300.0, None), (200.0, None)]),
    ],
    # an offset counted from a post or an upload told in the past: a span of the world, not from the last moment
    "offsets from a post": [
        ("The ball hits the post at 2:30 in the clip. Her coach uploaded a second angle about twenty minutes later.",
         [(150.0, None)]),
        ("At 0:45 the roof caves in. A neighbour posted her own video an hour afterwards; it is darker.",
         [(45.0, None)]),
        ("The bear climbs the fence at 1:05. The ranger TWEETED a still two hours later.", [(65.0, None)]),
        # near-misses: offsets in the footage after a moment, a post shown in the footage
        ("At 0:45 the roof caves in. Ten seconds later the dust clears.", [(45.0, None), (55.0, None)]),
        ("At 3:00 the streamer reads the chat; twenty seconds later he posts the link.",
         [(180.0, None), (200.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_seven_families(text: str, expected: list[tuple[float | None, float | None]]) -> None:
    assert found_spans(text) == expected
