"""Families of schedules and world times read as positions that blind round 49
(`tests/data/moments_genres_round49.jsonl`: timetables, departures, opening hours, listings, line-ups, trip reports)
exposed, each with sentences written for the family (not the round's own) and near-misses that must stay as they
are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a time zone of two letters is written in capitals: "Mt", "Pt" after a chapter's time are places in its title
    "a two-letter zone only in capitals": [
        ("0:00 Intro\n4:10 Mt Rainier from the plane\n9:45 Pt Reyes lighthouse",
         [(0.0, None, False), (250.0, None, False), (585.0, None, False)]),
        ("Day 2\n0:00 Breakfast\n3:20 Ct House steps\n7:45 Et cetera",
         [(0.0, None, False), (200.0, None, False), (465.0, None, False)]),
        # near-misses: zones in capitals stay times of day
        ("The webinar starts at 10:00 PT sharp.", []),
        ("We went live at 9:15 ET and ended at 11:40 MT.", []),
    ],
    # a service every so many minutes over a window of the day, its clause ended by a spaced dash: the window is a
    # timetable even when the words after the dash name the footage
    "a service every so often, its clause ended by a dash": [
        ("Shuttles leave every 20 mins between 7:30 and 19:00 — ours is at 6:15 in the vlog.", [(375.0, None, False)]),
        ("The cable car runs every 10 minutes from 9:00 – in the video we board at about 3:40.",
         [(220.0, None, True)]),
        # near-miss: the footage named before the dash keeps the stretch
        ("The bell rings every two minutes during the video, between 4:00 and 9:00 — count them.",
         [(240.0, 540.0, False)]),
    ],
    # clocks listed after one preposition in a sentence that tells times of day and names no footage: the whole list
    "a list of times of day after one preposition": [
        ("Buses leave Westport at 7:10 and 9:45, coming back from Achill at 11:20, 15:00 and 19:35.", []),
        ("The ferry sails from Oban at 8:00, returning from Mull at 10:30, 14:00 and 18:15.", []),
        # near-miss: the same list in a sentence naming the footage
        ("In the video the ball hits the bar at 1:15, 2:40 and 3:05.",
         [(75.0, None, False), (160.0, None, False), (185.0, None, False)]),
    ],
    # a timetable's verb standing as its label, no "at": "Departs 23:45, 00:15"
    "a timetable's verb as its label": [
        ("- Departs 06:10, 06:40, 07:10\n- Journey time 25 min", []),
        ("Sailing 14:30 from Oban, returns 17:45.", []),
        ("Night service: leaves 23:50, arrives 01:20.", []),
        # near-misses: a chapter list of the same verbs, and footage narrated with "at"
        ("0:00 Departs the harbour\n2:15 Arrives at the island", [(0.0, None, False), (135.0, None, False)]),
        ("In the clip the van leaves at 2:10 and returns at 3:05.", [(130.0, None, False), (185.0, None, False)]),
    ],
    # a service named by its clock and its kind: "the 8:05 school service"
    "a service named by its clock and its kind": [
        ("The 7:20 airport bus no longer stops at Elm Road.", []),
        ("Parents say the 9:10 school service has been cut from Monday.", []),
        ("Reminder that the 7:45 late bus stops at Kew.", []),
        # near-miss: a clock that opens the sentence, then the service in the footage
        ("At 2:10 the school bus pulls out of frame in the video.", [(130.0, None, False)]),
    ],
    # a programme's slot as its listing tells it
    "a programme's slot in its listing": [
        ("According to the listings it is on at 9:00 on BBC Four.", []),
        ("The radio schedule says the phone-in begins at 10:30, so set an alarm.", []),
        ("Our TV guide has the final starting at 19:45.", []),
        # near-miss: a chapter listing points into the video
        ("The chapter listing says the interview starts at 12:40.", [(760.0, None, False)]),
    ],
    # a clock whose stretch ends or starts at a time said in the day's words
    "a clock paired with a time in the day's words": [
        ("The after-party starts at 22:30 and finishes around 2am.", []),
        ("The beer tent is open from 21:00 until midnight.", []),
        ("Road closures from 9 a.m. to 14:30 near the bridge.", []),
        ("Evening session 18:30 to 11pm in the main hall.", []),
        # near-miss: a position whose clause names a time of day only after the footage
        ("The fight starts at 2:30 in the clip, which was filmed around 2am.", [(150.0, None, False)]),
    ],
    # opening hours from a one-digit morning hour to an afternoon's or evening's
    "opening hours from a morning hour": [
        ("The visitor centre, open 9:30–17:30, has toilets and a cafe.", []),
        ("The castle, open 9:00–17:00, sits ten minutes from the station.", []),
        # near-miss: a short stretch of footage after "open"
        ("Her eyes open 1:05–1:10 in the clip.", [(65.0, 70.0, False)]),
    ],
    # a performer on at a two-digit clock: a line-up's slot
    "a performer's slot": [
        ("The Hallé Orchestra is on at 19:30 for two hours.", []),
        ("Expect the headliners on from 21:15, with the support act on at 20:00.", []),
        ("The brass band's on at 14:15 by the bandstand.", []),
        ("The DJ is on at 23:00 till late.", []),
        # near-miss: a performer walking on in a recording
        ("The band walks on at 12:40 in the concert film.", [(760.0, None, False)]),
    ],
    # a trip report's leg told in the past, its subject left out, opening its sentence
    "a trip report's leg, its subject left out": [
        ("Landed at Changi at 06:25, bags by 06:50.", []),
        ("Arrived Keflavik at 06:40, then the Flybus at 07:15 into town.", []),
        ("Got back to the hostel at 23:10, knackered.", []),
        ("Checked in at 15:10 and went straight to the onsen.", []),
        # near-misses: the footage narrated in the present, and a leg named in the footage
        ("Landing at 2:10 in the video is rough.", [(130.0, None, False)]),
        ("He lands at 1:45 in the clip.", [(105.0, None, False)]),
        ("Landed at 12:40, check the video for the bumpy approach.", [(760.0, None, False)]),
    ],
    # a service named, then "at" and its two-digit clock, in a paragraph about travel that names no footage
    "a service then its clock": [
        ("Next leg: the Gatwick Express at 07:15 and then home.", []),
        ("Then the sleeper at 21:15 from Euston.", []),
        ("Caught the ferry at 16:40 back to the mainland.", []),
        # near-miss: a service pointed at in the footage
        ("Watch the tram at 04:12, it nearly clips the cyclist.", [(252.0, None, False)]),
    ],
    # a count's outcome declared at a clock
    "a count's outcome declared": [
        ("The final hour matters, after the result is declared at 23:40.", []),
        ("Results are declared shortly after 01:10 in most counts.", []),
        # near-miss: the declaration placed in the livestream
        ("The result is declared at 1:12:30 in the livestream.", [(4350.0, None, False)]),
    ],
    # clocks coordinated past a bracketed note of who each is for
    "a bracketed aside in a list of clocks": [
        ("The parade leaves at 10:30 (children) and 11:15 (adults) from the square.", []),
        ("Registration opens at 8:00 (walkers) and 9:30 (runners) in the park.", []),
        # near-miss: positions with the same asides
        ("In the clip the dog barks at 0:45 (left) and 1:20 (right).", [(45.0, None, False), (80.0, None, False)]),
    ],
    # a pipe table whose Time column stands beside a column naming who won or when: results, not positions
    "a results table's Time column": [
        ("Year | Winner | Time\n2019 | A. Kosgei | 2:21:18\n2021 | P. Jepkirui | 2:22:45", []),
        ("| Pos | Driver | Time |\n|---|---|---|\n| 1 | Norris | 1:31:04 |\n| 2 | Piastri | 1:31:09 |", []),
        # near-miss: a chapter table's Time column beside its scenes
        ("| Time | Scene |\n|---|---|\n| 0:45 | The storm |\n| 2:10 | The rescue |",
         [(45.0, None, False), (130.0, None, False)]),
    ],
    # a video's length said with "is only", "is barely"
    "a length said with only or barely": [
        ("the clip is only 3:40 so just watch it", []),
        ("The upload is barely 2:05, no need for chapters.", []),
        # near-miss: a position after the length
        ("The video is only 3:40 and the crash is at 2:10.", [(130.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_nine_schedule_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
