"""Families of misses that blind rounds 22 and 23 (`tests/data/moments_genres_round22.jsonl`, `..._round23.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they
are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a link whose visible text is a time and whose target carries that time in another form is one moment
    "a link's target restating its text in another form": [
        ("- **Soldering** – [4:05](https://vimeo.com/5551234#t=4m5s)\n"
         "- **Testing** – [9:40](https://vimeo.com/5551234#t=9m40s)", [(245.0, None), (580.0, None)]),
        ('Skip to <a href="https://www.youtube.com/watch?v=abc123&t=1h2m3s">1:02:03</a> for the vote.',
         [(3723.0, None)]),
        ("The bridge section: [**03:20**](https://youtu.be/qwerty?t=200s)", [(200.0, None)]),
        ("<A HREF='https://vimeo.com/77#t=0m48s'>0:48</A>\u00a0is where the kite lifts.", [(48.0, None)]),
        ("Watch from [1:10](https://youtu.be/zz?t=1m10s) to [1:30](https://youtu.be/zz?t=1m30s).", [(70.0, 90.0)]),
        # the visible text may wrap the time in words, symbols, emphasis or tags, or say it in units
        ("Chapters: [▶ 12:05 The vote](https://youtu.be/k9?t=725), [at 14:40](https://youtu.be/k9?t=14m40s)",
         [(725.0, None), (880.0, None)]),
        ('<a href="https://vimeo.com/8#t=95"><strong>1:35</strong></a> and [1m 35s](<https://vimeo.com/8#t=95>)',
         [(95.0, None), (95.0, None)]),
        # near-misses: a link whose target is another time, or whose text is no time, still tells its own time
        ("Jump: [155s](https://vimeo.com/1#t=155)", [(155.0, None)]),
        ("the goal is at [2:35](https://youtu.be/x?t=3m10s) on the stream", [(155.0, None), (190.0, None)]),
        ("watch [this bit](https://vimeo.com/1#t=2m35s) again", [(155.0, None)]),
    ],
    # clocks of the world in prose and lists, beside true positions: a speaker's time check, a habit, a return
    # deadline, a state that lasted, a timetable moved past midnight, a night of a trip, a gap read on an overlay
    "world clock times in prose and lists": [
        ("PRESENTER: It's 7:48. Rain is easing in the west.\nPRESENTER: In the clip at 2:10 you can see the flood.",
         [(130.0, None)]),
        ("Choir practice is at 7:30 as usual; the recording of last week's solo is great at 3:15.", [(195.0, None)]),
        ("The coach leaves at 21:45 and we reach the border around 5:20.", []),
        ("Meet at the quay for 07:00, home by 13:30.", []),
        ("Day 2: leave camp at 05:30, back at the hut by 15:00.", []),
        ("The footbridge was closed from 07:20 until 10:05. The video shows the crack at 0:42.", [(42.0, None)]),
        ("The new timetable moves the last ferry from 22:50 to 00:20.", []),
        ("The new timetable moves the last ferry from <b>22:50</b> to <b>00:20</b>.", []),
        ("Meet at the quay for 07:00, HOME\u00a0BY 13:30.", []),
        ("Frost formed at about 03:00 on the third night; in the video it appears at 1:05.", [(65.0, None)]),
        ("The cam's overlay reads 18:02:10 when he enters at 0:31; by the overlay that was 18:02:55 when he left.",
         [(31.0, None)]),
        # near-misses: positions said with the same words stay positions
        ("Which bit? It's 3:40.", [(220.0, None)]),
        ("The chorus comes back at 2:30, and the drums are back by 3:10 in the video.", [(150.0, None), (190.0, None)]),
        ("The hero is back in the house by 4:10 in the film.", [(250.0, None)]),
        ("In the video the gate is closed from 0:40 until 1:10.", [(40.0, 70.0)]),
        ("The intro ends at 1:30 in the video as usual.", [(90.0, None)]),
    ],
    # an offset compared with another world time, said of what should have happened, counted from a race's start,
    # or from the credits (an end whose length is not stated) is not counted from the moment before
    "relative times anchored on the world or on other things": [
        ("At 0:50 the levee breaks. The warning went out two hours later than engineers had urged.", [(50.0, None)]),
        ("The dam is seen at 1:20. Officials say the spillway should have been opened at least a day earlier.",
         [(80.0, None)]),
        ("At 3:05 the ferry docks. It could have sailed forty minutes sooner, and it left 25 minutes later "
         "than planned.", [(185.0, None)]),
        ("The last rider reached the summit at 23:10 on Sunday, 38 hours and 12 minutes after the start.", []),
        ("The show's best scene is at 41:30, and it closes with a song about thirty seconds before the credits.",
         [(2490.0, None)]),
        # near-misses: offsets from the moment before, or from the start of the footage, stay positions
        ("The goal comes at 3:10. About 30 seconds later, the fans invade.", [(190.0, None), (220.0, None)]),
        ("At 2:00 the lights dim; a minute earlier the crowd was silent.", [(120.0, None), (60.0, None)]),
        ("Twenty seconds after the start the dog runs in.", [(20.0, None)]),
        ("Six hours after the start of the livestream the host falls asleep.", [(21600.0, None)]),
    ],
    # lengths and scores read as positions: a work's length in words in brackets, a time something took someone,
    # a running time after a title that follows a dash, a score after the side beaten
    "lengths and scores read as positions": [
        ("The clip (1m 38s) was shot from a balcony; the flash is at 0:52.", [(52.0, None)]),
        ("Our interview (about 14 minutes) is online, and the key answer comes at 6:05.", [(365.0, None)]),
        ("Assembling the desk took us 12:40 on the first try; the timelapse is at 2:10–3:00 in the video.",
         [(130.0, 180.0)]),
        ("Newsletter: Issue 12 – The Salt Road (43:50). Highlights: the border at 12:15.", [(735.0, None)]),
        ("Rovers edged Kelty Hearts 21:18 on Friday, and the winning try is 3:40 into the highlights.",
         [(220.0, None)]),
        ("Hull lost to the Wildcats 16:30 at home.", []),
        ("The clip\u202f(1m\u00a038s) was shot from a balcony; the flash is at 0:52.", [(52.0, None)]),
        ("**Rovers** BEAT the Lions\u00a027:19.", []),
        # near-misses: a timecode in brackets after the work cites a position; positions after the same verbs stay
        ("He falls in the video (0:45).", [(45.0, None)]),
        ("He beats Smith at 2:10 in the video.", [(130.0, None)]),
        ("The crowd surges — at the gate (4:12) a man falls.", [(252.0, None)]),
    ],
    # positions the rules set aside: chapters after an emoji bullet, a passage played in court on a named day, a
    # cue time in a tally's words, a restatement of a mission clock, an offset from what was just placed, a
    # transcript turn timed in the recording whose speaker tells a clock
    "missed positions": [
        ("📌 0:00 Intro\n📌 12:40 Night bus\n📌 18:05 Ferry crossing", [(0.0, None), (760.0, None), (1085.0, None)]),
        ("▶ 0:00 Welcome\n▶ 21:30 Last train home", [(0.0, None), (1290.0, None)]),
        ("The prosecutor replayed the sequence, from 33:10 to 34:02, at Monday's session.", [(1990.0, 2042.0)]),
        ("In the .srt the vote count between 00:51:10,200 and 00:51:13,900 reads 'two to one'.", [(3070.2, 3073.9)]),
        ("Stage separation is at T+2:41 on the mission clock, which is 28:40 in the video.", [(1720.0, None)]),
        ("The speech begins at 4:00. Thirty seconds after it starts, a heckler shouts.",
         [(240.0, None), (270.0, None)]),
        ("WITNESS (12:05 in the video): We got there at 23:10 on Friday.\nCOUNSEL: And roughly a minute later you "
         "leave?", [(725.0, None), (785.0, None)]),
        ("Best bits:\n- the opening gag (0:30)\n- the clock runs out at about 52:10", [(30.0, None), (3130.0, None)]),
        ("The dashcam shows the lorry at 2m10s. Its clock reads 07:41:05. About 20 seconds later it brakes.",
         [(130.0, None), (150.0, None)]),
        # near-misses: clocks of the world stay so
        ("The car stops at 0:40. The camera clock reads 23:14:05 when the man gets out. Ten seconds later he runs.",
         [(40.0, None)]),
        ("We caught the 12:40 night bus home.", []),
        ("The jury watched the portion from 12:10 to 13:00 on Monday.", []),
        ("WITNESS: We got there at 23:10 on Friday. About a minute later we left.", []),
        ("The council voted 12:3 in favour.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_two_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
