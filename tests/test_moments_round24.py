"""Families of misses that blind rounds 24 and 25 (`tests/data/moments_genres_round24.jsonl`, `..._round25.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they
are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a finisher's time: "came home in", "finished inside", "seventh in", "went to <name>, <age>, in", a half "in"
    "race results in long reads": [
        ("Both of the club's veterans came home in 3:02:44, arm in arm.", []),
        ("For once the whole podium finished under 2:08:00 in the rain.", []),
        ("The junior title went to Mirela Costa, 19, in 2:31:10, her first win.", []),
        ("Oduya won in 2:06:02, with Brandt fourth in 2:08:40 and Lee, the Olympian, tenth in 2:11:09.", []),
        ("She covered the opening half in 1:11:30 and the back half faster still.", []),
        ("Ahmed was 12th in 2:14:51.", []),
        # near-misses: positions in a film with "first in", "the second half" and "came home"
        ("The keeper appears first in 1:02:10 of the broadcast.", [(3730.0, None)]),
        ("In the documentary the second half in the stadium starts at 1:03:58.", [(3838.0, None)]),
        ("She came home in the footage at 0:41, soaked.", [(41.0, None)]),
    ],
    # a measured time and how it changed ("response times had fallen from 50 minutes to under 20") is no position
    "averages and response times that changed": [
        ("The clinic's average wait has fallen from 45 minutes to under 15.", []),
        ("Queue times have risen from ten minutes to nearly an hour since May.", []),
        ("Median boarding time dropped from 30 minutes to 22 after the app launched.", []),
        ("Response times had fallen from 50:00 to under 20:00, the council said.", []),
        # near-misses: the picture and the play head move "from" a position
        ("The picture drops from 40 minutes to the end.", [(2400.0, None)]),
        ("Play it from 40 minutes; the crowd falls silent from 12 minutes.", [(2400.0, None), (720.0, None)]),
    ],
    # a comment's offset "in"/"through", then what happens there: an adverb before the verb, "of the video is",
    # "through when", a correction "not at the start"
    "colloquial offsets and a new clause": [
        ("lol like 4 mins in the drummer literally falls off his stool", [(240.0, None)]),
        ("LIKE 2min in the\u00a0dog just sits down", [(120.0, None)]),
        ("The funniest part of the stream is like 12 minutes in when the cat appears.", [(720.0, None)]),
        ("The best part of the match video is roughly twenty minutes through where the roof leaks.", [(1200.0, None)]),
        ("the crash happens two minutes ten in not at the end", [(130.0, None)]),
        # near-misses: lengths in the world stay lengths
        ("I left it ten minutes in the oven.", []),
        ("like 3 min in the microwave is enough", []),
        ("We were ten minutes through when the alarm went off.", []),
    ],
    # clocks of the world: a post's edit stamp, a court record's clock, a key/value Markdown table of an evening
    "edit stamps, court records and key/value tables": [
        ("Edit 14:02: fixed link. Great vid, subbed.", []),
        ("**Update at 9:15** – typo fixed. The goal is at 3:10.", [(190.0, None)]),
        ("MR OKAFOR: Pause there.\n(Transcript page 12, line 4; proceedings at 14:05.)", []),
        ("The court adjourned at 12:50. The clip shows the car at 2:14.", [(134.0, None)]),
        ("| What | When |\n|---|---|\n| Gates open | 17:30 |\n| Running time | 1:52:10 |", []),
        # near-misses: an "Edit:" label before a timestamp, a timestamp after "edit", a table logging footage
        ("EDIT 2: the drop is 41:20, sorry all", [(2480.0, None)]),
        ("edit 3:10 is where he falls", [(190.0, None)]),
        ("| Scene | Time |\n|---|---|\n| Doors open on screen | 0:12 |\n| Goal | 34:12 |",
         [(12.0, None), (2052.0, None)]),
    ],
    # a stretch told with its length, then two clocks as far apart read as hours and minutes: times of day
    "a stretch's length told, then its clocks": [
        ("In the broadcast the break happens at 1:02:10. The lifts stopped for about 25 minutes between 9:35 and "
         "10:00.", [(3730.0, None)]),
        ("The replay shows the crash at 14:20. Power was then cut for roughly an hour, between 14:10 and 15:10.",
         [(860.0, None)]),
        ("The stream shows the start at 0:30. The scoreboard failed for 40 minutes between 8:10 and 8:50.",
         [(30.0, None)]),
        # near-misses: seconds apart as minutes and seconds, or a length with seconds in its clocks, stay ranges
        ("The video shows the start at 0:30. The screen freezes for about 40 seconds between 8:10 and 8:50.",
         [(30.0, None), (490.0, 530.0)]),
        ("The video shows the start at 0:30. The screen stays black for 20 minutes between 1:10:00 and 1:30:00.",
         [(30.0, None), (4200.0, 5400.0)]),
    ],
    # a clause opened like the one before it, whose clock said am or pm: the same day's clock
    "a clause parallel to an am/pm clock": [
        ("By 6:15am the ferries were full, and by 7:05 the harbour road was closed.", []),
        ("At 6pm the gates opened, and at 6:40 the first band came on.", []),
        ("Until 11 p.m. the bar stayed open; until 11:30 the music kept going.", []),
        # near-misses: a position after a footage clause, clauses without an am/pm clock
        ("At 0:45 the dog barks, and at 1:10 the cat answers.", [(45.0, None), (70.0, None)]),
        ("By 2:10 the crowd is singing, and by 2:40 the band stops.", [(130.0, None), (160.0, None)]),
        ("At 9pm the lights dim in the video, and at 1:10 the cat answers.", [(70.0, None)]),
    ],
    # a numbered point of the footage (a cue, a marker, a subtitle) with its time in brackets is a position
    "numbered points of the footage with a bracketed time": [
        ("Marker 3 (01:02:10) flags the dropout; Marker 4 follows ten seconds later.",
         [(3730.0, None), (3740.0, None)]),
        ("Subtitle 212 (0:47:31) has a typo.", [(2851.0, None)]),
        ("cue 14 (00:02:03:00) starts too early", [(123.0, None)]),
        # near-misses: a numbered work or shot with its length in brackets stays a length
        ("Episode 3 (52:10) covers the trial.", []),
        ("Shot 12 (0:45) is handheld.", []),
    ],
    # a work's length as a timecode after "a"/"this" ("a 2:30 short") is what end-relative forms count in
    "a timecode length of a short or an excerpt": [
        ("the twist lands in the final 20 seconds of this 3:10 short lol", [(170.0, 190.0)]),
        ("the best line is in the first 15 seconds of a 1:45 excerpt", [(0.0, 15.0)]),
        ("The dog runs in the last 10 seconds of the 4:00 clip.", [(230.0, 240.0)]),
        # near-misses: "short" the adjective, a race's last seconds
        ("I was short of time at 2:30 so I left.", []),
        ("She scored in the last 10 seconds of a short match.", []),
        ("He collapsed in the last 10 seconds of a 2:30 race.", []),
    ],
    # an offset "after the start" set off after an am/pm clock restates that clock: a time of the world
    "an offset from the start restating an am/pm clock": [
        ("The last walker reached the summit at 3:10pm, seven hours and ten minutes after the start, in fog.", []),
        ("Our bus pulled in at 6 a.m., about an hour after the start.", []),
        # near-misses: offsets from the footage's start, an am/pm clock elsewhere
        ("The bell rings ten minutes after the start of the video.", [(600.0, None)]),
        ("We began filming at 3pm. The bell rings ten minutes after the start.", [(600.0, None)]),
        ("The stream opened at 8pm, and ten minutes after the start the host appears.", [(600.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_four_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
