"""Families of misses that blind round 33 (`tests/data/moments_genres_round33.jsonl`) exposed, each with
sentences written for the family (not the round's own) and near-misses that must stay as they are (the round
itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a request to work the player at a time ("asked for it to be paused at", "asked the usher to pause at",
    # "told the clerk to play it from") is a position in any tense, and what follows counts from it
    "requests to play or pause footage at a time": [
        ("The coroner asked for it to be stopped at 2:05, where the van mounts the kerb.", [(125.0, None)]),
        ("Ms Lund asked the usher to pause at 3:12, and again at 3:40, when the door opens.",
         [(192.0, None), (220.0, None)]),
        ("She told the clerk to play it from 6:30; the lorry appears at 6:41.", [(390.0, None), (401.0, None)]),
        ("The judge will ask for it to be played from 07:45 tomorrow.", [(465.0, None)]),
        ("THE CHAIR ASKED FOR IT TO BE PAUSED AT\u00a04:10, where the flag is visible.", [(250.0, None)]),
        ("The chair asked for it to be paused at <b>4:10</b>. About twenty seconds later the flag falls.",
         [(250.0, None), (270.0, None)]),
        # near-misses: stopping a vehicle, a request about a performance at a time of day
        ("He asked the driver to stop at 9:15 for a break.", []),
        ("We had the car stopped at 14:20 by police.", []),
        ("The band asked for it to be played at the wedding at 9:30.", []),
    ],
    # wiki synopses: "take" the noun (a shot) before the span it runs is no "took 4:30"; an event noun ("band",
    # "parade") in an earlier clause of a sentence walking through footage does not make another subject's
    # "begins at" a time of day
    "positions in wiki synopses": [
        ("'''Low Tide''' is a 2019 documentary. Its most praised shot, a single take from 2:10 to 5:02, "
         "was filmed in one night.", [(130.0, 302.0)]),
        ("The single's video is built on one unbroken take from 1:05 to 3:40, shot in a car park.",
         [(65.0, 220.0)]),
        ("At the 0:30 mark the band walks on stage, and the guitar solo begins at 1:12.", [(30.0, None), (72.0, None)]),
        ("At the 1:10 mark the parade turns the corner, while the fireworks start at 2:45.",
         [(70.0, None), (165.0, None)]),
        # near-misses: "took" and "takes" as verbs, event clocks with no footage named
        ("The whole job took from 9:10 to 11:00.", []),
        ("The repair takes 4:30 on average.", []),
        ("The festival opened at noon, and the headliner started at 22:10.", []),
        ("The band played for an hour, and the show ended at 23:10.", []),
    ],
    # a stretch of a course covered, described at length, then "in" and its time: a race time
    "a course's stretch covered in a time": [
        ("She swam the 4 km leg from the pier to the lighthouse, against the tide for most of it, in 1:12:40.", []),
        ("He rode the 60-mile stage over both passes, which climbs 2,000 metres in all, in 2:48:10.", []),
        ("They covered the final section, from the bridge to the summit cairn, in 41:05.", []),
        # near-misses: a semicolon opens the footage's own clause, footage named between
        ("The video follows her as she rides the final stage; in 3:20 she passes the lake.", [(200.0, None)]),
        ("He ran the last lap, shown from a drone in the highlights, in 3:51.", [(231.0, None)]),
    ],
    # an offset "after he started" set off after an am/pm clock (and its day) restates that clock
    "an offset after a start restating an am/pm clock and its day": [
        ("The highlights show the start at 0:15. The last finisher came home at 12.51pm on Sunday, 29 hours and "
         "51 minutes after he started.", [(15.0, None)]),
        ("The video shows her dive at 1:10. She reached the beach at 4.05pm on the Tuesday, about nine hours after "
         "she started.", [(70.0, None)]),
        # near-misses: offsets from the footage's own start
        ("The video shows the start at 0:12. Twenty seconds after it starts, the keeper falls.",
         [(12.0, None), (32.0, None)]),
        ("The clip shows the kick-off at 0:12; twenty seconds after it starts, the keeper falls.",
         [(12.0, None), (32.0, None)]),
    ],
    # times "twice a day", "three times per day": a daily schedule
    "a daily schedule": [
        ("The boat, a converted fishing vessel, goes out to the island twice a day at 10:00 and 14:30.", []),
        ("Feeding is twice per day at 9:30 and 16:00.", []),
        # near-misses: footage watched twice a day, footage named
        ("I rewatch it twice a day; the drop at 2:10 never gets old.", [(130.0, None)]),
        ("Twice in the video, at 1:20 and 3:05, the dog barks.", [(80.0, None), (185.0, None)]),
    ],
    # a place's opening hours in brackets ("library hours (9:30–17:00)") are times of day, not a cited range
    "opening hours in brackets": [
        ("- Item 2: budget\n- Item 5: pool hours (06:30–21:00)", []),
        ("Agenda: 3. Pool hours (06:30–21:00) and fees.", []),
        ("The museum's OPENING HOURS [10:00-18:00] stay the same.", []),
        # near-misses: footage named for its hours, cited positions in brackets
        ("In the office hours segment, the phone rings (12:10) twice.", [(730.0, None)]),
        ("The best part of the library hours video (2:10–2:40) is the cat.", [(130.0, 160.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_three_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
