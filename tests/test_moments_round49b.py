"""Families of misses that blind round 49 (`tests/data/moments_genres_round49.jsonl`) exposed in lengths, ranges and
the forms that need a length: a stated length read as a position, a range cut to a point, an end form or a fraction
counted from the wrong length. Each family has sentences written for it (not the round's own) and near-misses that
must stay as they are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # the work, then its length in brackets with a note after it or said as what it is ("(it's 4 min 10 s)"): a
    # length, never a position, and the one an end form counts from
    "a length in brackets with a note": [
        ("The drone video (2 min 14 s, shot at dawn by a resident) shows the bridge. The final 20 seconds show the "
         "ferry.", [(114.0, 134.0, False)]),
        ("Watch the released dashcam (it's 4 min 10 s): the last 30 seconds are the crash.",
         [(220.0, 250.0, False)]),
        ("The footage of the parade (it’s 6 min 5 s) shows the float tipping at 3:12.", [(192.0, None, False)]),
        ("Key moments in the council recording (it runs 12 min 30 s):\n- 2:10 the vote\n- final 45 s — the walkout",
         [(130.0, None, False), (705.0, 750.0, False)]),
        # near-misses: a bracketed timecode cites a position; "at" in the brackets places one
        ("In the video (0:45) he falls off the ladder.", [(45.0, None, False)]),
        ("The clip (at 1 min 5 s the dog jumps) is short.", [(65.0, None, False)]),
        ("Agenda:\n- final vote\n- last 5 minutes of debate", []),
    ],
    # "is" cut to "'s" on the work's noun, "only", "runtime is", "the total ride is": the work's length
    "a length said with 's, only or total": [
        ("This clip's only three minutes, so watch the last 20 seconds.", [(160.0, 180.0, False)]),
        ("Vid's just 90 seconds long; the final ten seconds are the splash.", [(80.0, 90.0, False)]),
        ("The episode runtime is 42:30, and the last five minutes are the twist.", [(2250.0, 2550.0, False)]),
        ("The total ride is 1 h 20 min, and the last 15 minutes are the descent.", [(3900.0, 4800.0, False)]),
        # near-misses: a position said into the work; a delay's or a journey's total is no work's length
        ("The video's 3 minutes in when the dog barks.", [(180.0, None, False)]),
        ("The total delay was 40 minutes, and in the last 10 minutes of the video the train arrives.", []),
        ("total journey was 24h 15m, and the last 30 minutes of the video show landing.", []),
    ],
    # a fraction of a work that states its own length ("halfway into the 96-minute documentary"): that length, not
    # another work's stated before it
    "a fraction of a work with its own length": [
        ("The trailer runs 2:30. About halfway into the 96-minute documentary the whale surfaces.",
         [(2880.0, None, True)]),
        ("The bodycam is 9 minutes long. Roughly halfway through the 4-minute phone video, the door opens.",
         [(120.0, None, True)]),
        ("Two cuts: the 60-minute one and the 90-minute one. A quarter of the way into the 90-minute cut, it rains.",
         [(1350.0, None, True)]),
        # near-miss: with no length of its own the fraction counts from the stated one
        ("The film runs 100 minutes. Halfway through the film the twist lands.", [(3000.0, None, True)]),
    ],
    # a work's length after its year in brackets ("(1995, 170 min)") is read whole, not cut to "70 min"
    "a work's year and length in brackets": [
        ("*Heatwave* (1998, 140 min) — halfway through the film the city blacks out.", [(4200.0, None, True)]),
        ("*Dust* (2004, 95 min): the storm, 1:02:10.", [(3730.0, None, False)]),
    ],
    # a length said as what a thing is ("which is close (it's 3 h 12 min, ...)", "that's 1h 10m all told"): a measure,
    # not a position; "it's 2m30s in" is one
    "a compact length said with it's": [
        ("She guessed the record, which is close (it's 3 h 12 min, set in 2011). The last five minutes of the "
         "podcast are bloopers.", []),
        ("that's 1h 10m all told, so settle in.", []),
        ("Honestly it's 2h 5m, too long for a vlog.", []),
        # near-misses: said into the footage
        ("In the stream it's 2m30s in when the lights fail.", [(150.0, None, False)]),
        ("It's 1h05m into the VOD when he quits.", [(3900.0, None, False)]),
    ],
    # a time given in answer to "how long ...?" just asked: a length guessed; a game's save time ("41:17 played")
    "a length answered or played": [
        ('Quiz night recap. Question six: "How long is the Dune director\'s cut?" Priya said 2:55:00, way off.', []),
        ("How long was the longest rally ever? Someone in chat said 29:03 and got it.", []),
        ("My save says 62:05 playtime and the boss still beats me. In the VOD the boss appears at 1:02:10.",
         [(3730.0, None, False)]),
        ("Save file: 103:40 played, two endings left.", []),
        # near-misses: a question asking for a position, a time said "at", footage played back
        ("How long into the video before the dog appears? About 2:30.", [(150.0, None, True)]),
        ("How long did the standing ovation last? Our clip has it at 1:12, and it goes on.", [(72.0, None, False)]),
        ("The clip played back at 0:45 shows the tackle.", [(45.0, None, False)]),
        ("[00:03:50] HOST: How long did you wait outside?\n[00:04:12] JO: Ages, honestly.",
         [(230.0, None, False), (252.0, None, False)]),
    ],
    # a verb of recording before "the first N hours": the stretch of the world recorded, not a range of footage
    "the first hours recorded": [
        ("We streamed the first three hours (the VOD is 3:02:40 long). The boss shows up at 1:12:00 in the VOD.",
         [(4320.0, None, False)]),
        ("They only recorded the first 40 minutes; the recording is 41:10 long and the fight starts at 12:00.",
         [(720.0, None, False)]),
        # near-misses: footage watched, or a stretch of the recording
        ("I only watched the first ten minutes of the video.", [(0.0, 600.0, False)]),
        ("In the first 30 seconds of the recording a car passes.", [(0.0, 30.0, False)]),
    ],
    # "from the start to 3:44": a range from 0, not a point at its end
    "from the start to a time": [
        ("“Watch it from the start to 3:44 and tell me who attacked who.”", [(0.0, 224.0, False)]),
        ("Play the clip from the beginning of the clip until 1:10, then stop.", [(0.0, 70.0, False)]),
        ("From the very start to about 0:50 the camera is shaking.", [(0.0, 50.0, True)]),
        # near-miss: the start of something else is no start of the footage
        ("The lead changed hands from the start of the second half to 2:10, the ref said.", []),
    ],
    # a start, its verb of lasting, an aside, then the length: one range
    "a start plus a length with an aside": [
        ("In the long cut the speech begins at 1:09:40 and runs — I timed it — for eleven minutes and twelve "
         "seconds.", [(4180.0, 4852.0, False)]),
        ("The chase starts at 42:10 and lasts (by my count) about three minutes.", [(2530.0, 2710.0, True)]),
        ("In the film, lunch begins at 32:10 and lasts about four minutes.", [(1930.0, 2170.0, True)]),
        # near-misses: a schedule's meal; a dash that opens a new clause
        ("Dinner starts at 19:00 and runs for two hours.", []),
        ("The song begins at 3:10 — and then, 20 seconds later, the lights go.",
         [(190.0, None, False), (210.0, None, False)]),
    ],
    # a clock told with its part of the day ("at 6:40 in the evening light"): a time in the story's world, however
    # much the sentence speaks of footage; "about twenty seconds later" after it counts from the footage's position
    "a clock with its part of the day": [
        ("The film ends at 6:40 in the evening.", []),
        ("The video closes on the harbour at 5:15 in the early morning mist.", []),
        ("At 1:15:00 the mother stands. The film ends on a cut to the lake at 6:40 in the evening light, and about "
         "twenty seconds later, the credits.", [(4500.0, None, False), (4520.0, None, True)]),
        # near-misses: a part of the footage named by its part of the day
        ("At 3:20 in the evening scene the door opens.", [(200.0, None, False)]),
        ("At 2:10 in the night footage a fox crosses.", [(130.0, None, False)]),
    ],
    # a relative clause interrupted by the work's length ("a film that, at 141 minutes, asks"): a length
    "a length apposed in a relative clause": [
        ("Both are fair responses to a film that, at 141 minutes, asks a great deal of a Tuesday night.", []),
        ("It is a documentary which, at nearly three hours, never drags; the storm is at 1:10:00.",
         [(4200.0, None, False)]),
        ("The recording, at about 47 minutes, is the longest of the set.", []),
        # near-miss: a position told in apposition, then what the footage shows
        ("The recording, at 47 minutes, shows the officer at the door.", [(2820.0, None, False)]),
    ],
    # a film's rushes or dailies said to run to a length: the length the end forms of the rushes count from
    "the rushes' length": [
        ("The broadcast version ran 4 minutes 10 seconds. The digitised rushes run to 18 minutes 30 seconds. "
         "There is more in the rushes. In the last three minutes, the crowd turns to the camera.",
         [(930.0, 1110.0, False)]),
        ("The dailies run to 12 minutes; the final 40 seconds are the slate.", [(680.0, 720.0, False)]),
        # near-miss: a person who rushes to a length is no film's
        ("He rushes to the door at 0:40 in the clip.", [(40.0, None, False)]),
    ],
    # a part of the footage named by its time ("the 11:02 shot"): a position, however the sentence is told
    "a shot named by its time": [
        ("At 11:02 in the rushes the camera is on the crane. Later he let me watch the 11:02 shot, twice, and then "
         "he put the tarpaulin back on.", [(662.0, None, False), (662.0, None, False)]),
        ("The editor showed me the 0:45 frame on his laptop last week.", [(45.0, None, False)]),
        # near-misses: a service named by its clock; a shoot's clock on a set
        ("He took the 9:15 ferry home.", []),
        ("We were filming all day. I caught the 6:30 train home after the 16:40 shot wrapped.", []),
    ],
    # a work, its timecode in brackets, a comma, then positions inside it: the work's length, which the sentence's
    # end form counts from
    "a bracketed length before positions inside it": [
        ("In the club's highlights package (4:32), the opener is at 0:41 and the equaliser at 1:58; the winner "
         "comes in the last thirty seconds of the video.",
         [(41.0, None, False), (118.0, None, False), (242.0, 272.0, False)]),
        ("In the council's stream (2:10:00), the vote comes at 1:02:10 and the walkout in the final five minutes.",
         [(3730.0, None, False), (7500.0, 7800.0, False)]),
        # near-miss: a bracketed time with no position after it cites one
        ("In the video (0:45), he falls off the ladder.", [(45.0, None, False)]),
    ],
    # hours and minutes with a colon and an hours word ("skip to near about 3:05 hours"), placed or said into the
    # footage: hours and minutes, not minutes and seconds
    "hours and minutes with a colon and hours": [
        ("The replay has that over at 3:02:15 — or skip to near about 3:05 hours for the final wicket.",
         [(10935.0, None, False), (11100.0, None, True)]),
        ("Skip to 2:40 hours for the presentation ceremony.", [(9600.0, None, False)]),
        ("At 1:10 hrs into the replay the rain starts.", [(4200.0, None, False)]),
        # near-misses: a length of footage; a clock of the day in hours; a world time told with no placing word
        ("We have 2:30 hours of footage from the rally.", []),
        ("The convoy left at 14:30 hrs and the clip starts at 0:12.", [(12.0, None, False)]),
        ("Around 1:45 hours the rain came down, the groundsman said.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_nine_b_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
