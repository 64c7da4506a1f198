"""Families of missed positions and ranges that blind rounds 12 and 13
(`tests/data/moments_genres_round12.jsonl`, `..._round13.jsonl`) exposed, each with sentences written for
the family (not the rounds' own), and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # "like <length> in" hedging where a part of the footage is, however the clause goes on: it ends, a comment's
    # interjection or emoji follows, or a new clause starts; the part may be told by a relative clause
    "hedged offsets closing a clause": [
        ("the bit where the dog steals the toast is like 2min in lol", [(120.0, None, True)]),
        ("The moment with the goat is maybe 4 mins in 😂", [(240.0, None, True)]),
        ("the scene where she finds the letter is like 7 MIN IN, and it still gets me", [(420.0, None, True)]),
        ("the part that made me cry is like 12\u00a0min in haha", [(720.0, None, True)]),
        ("> **the best bit** is like 90 sec in\n", [(90.0, None, True)]),
        ("the part where the dog jumps is like 3min in fr", [(180.0, None, True)]),
        ("THE FAIL IS LIKE 3MIN IN LOLOL", [(180.0, None, True)]),
        # near-misses: a length of the world after "is like ... in"
        ("The part where we queue is like 20 min in the rain.", []),
        ("the bus ride is like 40 minutes in traffic when it rains", []),
        ("Ten minutes in the sauna is plenty lol", []),
    ],
    # a stretch played, its start and where the player stops each said with a verb: one range
    "start and stop verbs": [
        ("Q. Could we replay the bodycam starting at 0:42 and stopping at 1:10?", [(42.0, 70.0, False)]),
        ("Start at 5:02 and stop on 5:40 for the goal.", [(302.0, 340.0, False)]),
        ("Play it from the top, beginning at about 6:20 and then stopping at 7:05.", [(380.0, 425.0, True)]),
        ("I'd play it STARTING AT **2:05** and stopping at **2:31**.", [(125.0, 151.0, False)]),
        ("The clip was played from 3:14 and stopped at 3:40.", [(194.0, 220.0, False)]),
        ("Counsel asked to replay the tape from\u00a01:10, stopping at\u00a01:45.", [(70.0, 105.0, False)]),
        # near-misses: what the footage does at two points; a schedule said the same way
        ("The solo begins at 6:20 and ends at 7:05.", [(380.0, None, False), (425.0, None, False)]),
        ("The alarm starts at 0:05 and stops at 0:48.", [(5.0, None, False), (48.0, None, False)]),
        ("The siren sounds from 0:03 and stops at 1:29.", [(3.0, None, False), (89.0, None, False)]),
        ("The band played from 21:10 and stopped at 23:40 on Friday.", []),
        ("The concert starts at 19:30 and ends at 22:00 on Saturday.", []),
        ("The market opens at 08:00 and closes at 13:00.", []),
    ],
    # moving through the footage: a person taking the court or viewers to a point, or the footage reaching it
    "navigating to a point": [
        ("Counsel took the jury back to 04:12 and asked about the van.", [(252.0, None, False)]),
        ("Ms Obi then took the witness to 11:05, where the door opens.", [(665.0, None, False)]),
        ("<p>Mr Lee TOOK THE COURT BACK TO <b>4:05</b>.</p>", [(245.0, None, False)]),
        ("When the recording reached 03:05, the witness looked away.", [(185.0, None, False)]),
        ("the tape hit 1:02:10 before anyone spoke", [(3730.0, None, False)]),
        ("His mother walked out when the video reached 8:15 and came back after the lunch break.",
         [(495.0, None, False)]),
        ("(Audio played.)\n12   Q. Thank you. We\n13   paused at 00:02:14. Who is speaking?", [(134.0, None, False)]),
        # near-misses: the world reaching a time, or someone taken somewhere by a time
        ("The train reached 14:05 a minute late.", []),
        ("The bus took us to the depot by 14:30.", []),
        ("The tide reached 4 metres at 12:10.", []),
    ],
    # the footage watched, then the stretch of it, then the day it was watched: a range, not a clock
    "stretch of the footage watched on a day": [
        ("The panel viewed the dashcam clip between 1:05 and 1:40 on Monday morning.", [(65.0, 100.0, False)]),
        ("The jury was shown the doorbell footage from 0:12 to 0:40 on Wednesday.", [(12.0, 40.0, False)]),
        ("Magistrates watched the CCTV recording from 3:02 to 3:30 on 4 May.", [(182.0, 210.0, False)]),
        ("Jurors watched the <em>dashcam video</em> from\u00a01:36 to\u00a01:58 on Tuesday.", [(96.0, 118.0, False)]),
        # near-misses: a clock's stretch (two-digit hours), or watching with no footage named
        ("Police reviewed CCTV from 14:00 to 15:00 on Tuesday.", []),
        ("We watched the match from 19:45 to 21:40 on Saturday.", []),
        ("We watched from 2:30 to 4:00 on Sunday.", []),
    ],
    # a present passive tells what the footage shows ("is asked at"), as "he falls at" does; a past one reports
    "positions after a present passive": [
        ("In the full interview, the first question is asked at three minutes and ten seconds.",
         [(190.0, None, False)]),
        ("The door is opened at 2 min 5 s; roughly ten seconds after the door opens, a dog runs out.",
         [(125.0, None, False), (135.0, None, True)]),
        ("The flag IS FINALLY RAISED AT one minute and forty seconds.", [(100.0, None, False)]),
        # near-misses: a past report of the world
        ("The goal was scored at 87 minutes.", []),
        ("The runner collapsed at 40 minutes, medics said.", []),
    ],
    # a gap said the way people read a clock ("a minute ten later"), counted from the moment before
    "clock-reading gaps": [
        ("The lid opens at 2:05, and a minute ten later the lights flicker.",
         [(125.0, None, False), (195.0, None, False)]),
        ("At 4:30 the drummer counts in; roughly two minutes fifteen later he drops a stick.",
         [(270.0, None, False), (405.0, None, True)]),
        ("the dog barks at 3:00 and like a minute twenty earlier u can hear the door",
         [(180.0, None, False), (100.0, None, True)]),
        ("Ninety seconds in, the kettle clicks. A\u00a0minute\u00a0thirty later it boils over.",
         [(90.0, None, False), (180.0, None, False)]),
        # near-miss: a gap from a time of day counts in the world
        ("The meeting began at 10:00 and a minute ten later the mayor arrived.", []),
    ],
    # a chapter list set out as a table of bars or dots, under a heading that may hold a schedule: a column of
    # times rising from zero is chapters, not one line's running time
    "chapter columns between separators": [
        ("Webinar recording (aired 18:00–19:00 BST).\nSection A | 00:00 | Hello\nSection B | 04:12 | Setup\n"
         "Section C | 19:40 | Demo", [(0.0, None, False), (252.0, None, False), (1180.0, None, False)]),
        ("**Chapters**\n1 · 0:00 · intro\n2 · 2:30 · the build\n3 · 11:05 · results",
         [(0.0, None, False), (150.0, None, False), (665.0, None, False)]),
        ("Act one \u2022 00:00:00 \u2022 arrival\nAct two \u2022 00:41:10 \u2022 the storm",
         [(0.0, None, False), (2470.0, None, False)]),
        # near-misses: one line's running time; a column of lengths that no zero opens
        ("Episode 12 · 58:40 · Recorded 3 Oct 2026\nGuests: Mo and Lin", []),
        ("Ep 3 · 47:10 · Nov 2026\nEp 4 · 51:02 · Dec 2026", []),
    ],
    # a timecode said to be long states the footage's length, whatever noun it is said of, for "the last N seconds"
    "lengths said 'long'": [
        ("The last 15 seconds are muted; the file is 3:05 long.", [(170.0, 185.0, False)]),
        ("> - The final 10\u00a0seconds are black (it's 1:20 long, 720p).", [(70.0, 80.0, False)]),
        ("The upload is **4:00 long**. The last 30 seconds show the crowd.", [(210.0, 240.0, False)]),
        # near-misses: a length with nothing counted from its end; no length at all
        ("The file is 2:41 long and 311 MB.", []),
        ("The last 20 seconds are blacked out.", []),
    ],
    # the words of a quotation after a time are the speaker's: their future or their "tomorrow" does not make
    # the time a clock, and while the text walks through footage, "said at" quotes it
    "quoted words after a time": [
        ("The clip runs 3 minutes. At 0:40 he waves. What he said at 1:12–1:20 was "
         "\u201cI will be back tomorrow\u201d.",
         [(40.0, None, False), (72.0, 80.0, False)]),
        ('In the video he nods at 0:32. He says at 1:05 "we would never do that".',
         [(32.0, None, False), (65.0, None, False)]),
        ('The recording shows him at 0:10. What she said at 12:48 was "we will not cut pay".',
         [(10.0, None, False), (768.0, None, False)]),
        # near-misses: the world's future outside the quote; a report with no footage walked through
        ("The minister said at 10:30 that taxes will rise.", []),
        ("Police will give an update at 14:00.", []),
        ('She told reporters at 16:20 "we will appeal".', []),
    ],
    # "til" and "'til" as comments spell "until": the position the footage is fine or dull up to
    "informal 'til' before a position": [
        ("tbh the video is great til around 6 mins, then it drags", [(360.0, None, True)]),
        ("its all filler 'til like 4 min lol then it gets good", [(240.0, None, True)]),
        ("the stream is dead TIL 12:30 min, then she shows up", [(750.0, None, False)]),
        ("nothing happens \u2019til 2\u00a0mins in", [(120.0, None, False)]),
        # near-misses: a length counted, not a position; a time of day
        ("it took 20 mins til the bus came", []),
        ("the shop is open til 8:30 tonight", []),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_recall2_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
