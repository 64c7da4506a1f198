"""Families of misses that blind round 51 (`tests/data/moments_genres_round51.jsonl`, long pasted pages) exposed in
its subtitle, wiki, regional, forum, local-news, fact-check and transcript genres, each with sentences written for the
family (not the round's own) and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # Nigerian Pidgin's "reach" for "to" in a range opened by "from"
    "a range told with reach": [
        ("From 3:10 reach 3:40 na only di crowd wey dey shout.", [(190.0, 220.0)]),
        ("Check am well: from 0:45 reach 1:02 dem dey drag di man.", [(45.0, 62.0)]),
        ("di fight start from 1:10 go reach 1:40 for di video", [(70.0, 100.0)]),
        # near-misses: "reach" with no "from" is no range; the world's "reach"
        ("Dem reach 2:30 for di junction, na there e happen.", [(150.0, None)]),
        ("Di matter don reach police, dem go talk tomorrow.", []),
    ],
    # "N from now" said on a transcript line whose stamp places it: counted from that stamp, like "later"
    "from now on a stamped line": [
        ("[0:12] about a minute from now you'll see the dough rise\n[1:15] there it goes",
         [(12.0, None), (72.0, None), (75.0, None)]),
        ("[02:10] HOST: two minutes from now we go to the phones\n[02:40] GUEST: great",
         [(130.0, None), (250.0, None), (160.0, None)]),
        ("00:45 so thirty seconds from now the timer beeps", [(45.0, None), (75.0, None)]),
        # near-misses: prose about the world's future; days are no moment
        ("At 2:10 the mayor says the vote is about an hour from now.", [(130.0, None)]),
        ("[0:30] the results come out two days from now", [(30.0, None)]),
    ],
    # a schedule's label word ("curtain", "doors", "gates") as a thing the reader is told to watch
    "a watched label word": [
        ("Theres a window open. Watch the curtain at 1:09.", [(69.0, None)]),
        ("Keep an eye on the doors at 0:41, they swing shut.", [(41.0, None)]),
        ("Look at the gates at 2:10 in the clip, nobody is there.", [(130.0, None)]),
        # near-misses: a venue's day
        ("Curtain at 19:30, doors open at 19:00.", []),
        ("See the curtain at 7:30 tonight.", []),
    ],
    # a sighting someone reported, told in the present after the past verb of saying
    "a reported sighting": [
        ('Someone in the other thread said the figure appears at "exactly 1:06".', [(66.0, None)]),
        ("A reader wrote that the shadow moves at 1:52 but I cannot see it.", [(112.0, None)]),
        ("My neighbour swore the light flickers at 0:38, and it does.", [(38.0, None)]),
        ("she claimed the face shows up at 2:14, no it doesnt, theres nothing at 2:14", [(134.0, None), (134.0, None)]),
        # near-misses: what was said is a schedule, or a past event of the world
        ("The council said the meeting starts at 7:30.", []),
        ("Police said the suspect appeared at 9:05 at the station.", []),
    ],
    # a plural work's noun said to "are" a timecode: its length; an end form counts back from it
    "a plural work's length with are": [
        ("Highlights are 14:12 on the club channel. The winner is right at the end, final 40 sec or so.",
         [(812.0, 852.0)]),
        ("The replays are 3:30 on the app; the save is at 1:10.", [(70.0, None)]),
        ("The clips were 2:00 on the club's page, the goal in the last 15 seconds.", [(105.0, 120.0)]),
        # near-misses: two positions listed after "are"; a length said with "long" beside a position
        ("The two highlights are 2:10 and 4:40 in the package.", [(130.0, None), (280.0, None)]),
        ("Both replays are 1:05 long, and the save comes at 0:40.", [(40.0, None)]),
    ],
    # chat's bare tail after a comma or a dash: "final 40 sec", "last 20 seconds"
    "a bare last or final after a comma": [
        ("The vid is 6:00 — final 30 secs is the best bit.", [(330.0, 360.0)]),
        ("The clip is 3:00 long; last 20 seconds (the crash) is brutal.", [(160.0, 180.0)]),
        ("video is 2:00, the dog comes back at the end, final 10 seconds", [(110.0, 120.0)]),
        # near-misses: a match's last minutes; no length stated
        ("They scored twice, final 10 minutes of the match.", []),
        ("great vid, final 30 secs is the best bit.", []),
    ],
    # a length in brackets of a work other than the footage: a quoted title's, a page's other videos'
    "another work's length in brackets": [
        ('The song in the pub scene ("Salt on the Window", 3:12) needs the lyric subtitled from 00:33:05 for ten '
         "seconds.", [(1985.0, 1995.0)]),
        ("In the kitchen scene (‘Night Bus’, 4:05) the radio plays; the cut is at 12:10.", [(730.0, None)]),
        ("Also Watch: Bengaluru rains: Underpasses flooded at Hebbal, KR Puram (2:41) | Metro trial run (3:05)", []),
        ("Watch next: Storm hits the pier at dawn, boats lost (4:12) · Mayor on the flood defences (2:50)", []),
        # near-misses: a position cited in brackets; positions in a line with no label of other videos
        ("He stumbles (the crash, 3:12) and gets up.", [(192.0, None)]),
        ("Watch the crowd surge (2:41) and the police line (3:05).", [(161.0, None), (185.0, None)]),
    ],
    # a day's name as a caption or a display writes it (capitals, another language) before a clock
    "a shown day's clock": [
        ('The on-screen caption "MARDI 04:30" at 0:14 needs a forced subtitle.', [(14.0, None)]),
        ('The caption "TUESDAY 04:30" appears at 0:14.', [(14.0, None)]),
        ("The chyron says SAMSTAG 22:10 over the crowd at 3:40.", [(220.0, None)]),
        ("Title card: Jueves 23:15. It comes up at 1:02.", [(62.0, None)]),
        # near-misses: a chapter line and a position after a day's name in prose
        ("Chapters: MON 0:00 intro", [(0.0, None)]),
        ("On Tuesday the clip was posted; at 4:30 the car turns.", [(270.0, None)]),
    ],
    # a clock in a sentence naming a part of the sun's day and no footage
    "a sun's-day clock": [
        ("Going up the hill Sat for sunrise (5:38 am, civil twilight 5:06). Plan is one shot every 4 s.", []),
        ("Heading out for sunset (19:42) with the drone.", []),
        ("Twilight ends at 17:05 here in December, so we shot early.", []),
        # near-misses: the sun's day in footage; a chapter line opening with its position
        ("The timelapse reaches sunrise at 0:52 in the video.", [(52.0, None)]),
        ("Golden hour starts around 2:10 in the timelapse.", [(130.0, None)]),
        ("0:00 Intro\n21:20 Sunset at the old fort", [(0.0, None), (1280.0, None)]),
        ("(0:00) Intro\n(3:10) Dusk shots (18:40, first light)\n(6:00) Outro",
         [(0.0, None), (190.0, None), (360.0, None)]),
    ],
    # a stretch played or shown, told as its length then its start: one range
    "a played length and its start": [
        ("I'll play about 20 seconds starting at 1:12:30, where the host says it.", [(4350.0, 4370.0)]),
        ("The prosecutor played 45 seconds beginning at 12:10.", [(730.0, 775.0)]),
        ("The channel ran two minutes from 1:05:00 of the raw feed.", [(3900.0, 4020.0)]),
        # near-misses: a band's set and an evening's clock are the world's
        ("He played 20 minutes from 7:30 that evening.", []),
        ("The band played for an hour starting at 21:00.", []),
    ],
    # a numbered frame of the work, restated as "which is" a timecode: the frame's position, not the work's length
    # (and two mentions, the frame and its restatement, as round 51's Decisions and gold have it)
    "a frame restated as a timecode": [
        ("Both are at 25 fps. The first frame matches frame 11,650 of the on-board footage, which is 7:46.",
         [(466.0, None), (466.0, None)]),
        ("At 30 fps, frame 1,800 of the bodycam video, which is 1:00, shows the door.", [(60.0, None), (60.0, None)]),
        # near-misses: the work's own length said the same way
        ("The on-board footage, which is 11:30, shows the bus.", []),
        ("The dashcam video, which is 4:20 long, shows the crash at 2:17.", [(137.0, None)]),
    ],
    # bracketed line stamps of a text that says its stamps are clock times
    "stamps declared clock times": [
        ("[14:32] CHAIR: Order, order.\n[14:40] MR SMITH: I rise to speak.\nNote: all times are BST. The clip we "
         "posted starts at 0:12.", [(12.0, None)]),
        ("[09:10] HOST: welcome back.\n[09:40] GUEST: at 2:10 in the clip you see it.\nTimes in brackets are local "
         "time.", [(130.0, None)]),
        # near-misses: a transcript whose stamps are its own positions
        ("[00:12] HOST: welcome\n[00:40] GUEST: thanks\n(Times are positions in the episode.)",
         [(12.0, None), (40.0, None)]),
        ("[09:10] HOST: welcome back.\n[09:40] GUEST: the clock time was wrong.", [(550.0, None), (580.0, None)]),
    ],
    # an end form or a fraction naming a work whose length was told with its name before it ("The theatrical cut
    # runs 97 minutes"), where the page states several lengths
    "a work named before its length": [
        ("The theatrical cut runs 97 minutes; a 52-minute version aired on TV. An official trailer (2:11) was "
         "released in July. Critics praised the storm roughly halfway through the theatrical cut.", [(2910.0, None)]),
        ("The director's cut runs 2 hours. The trailer is 2:00 long. The storm comes halfway through the trailer.",
         [(60.0, None)]),
        ("The long version is 3:20 and the short clip is 1:45 long. Halfway through the long version a shadow "
         "crosses.", [(100.0, None)]),
        ("The extended edit runs 12 minutes and the teaser is 0:30 long. The final minute of the extended edit is "
         "the reveal.", [(660.0, 720.0)]),
        # near-misses: a name said only where the length was told; the end form names another work
        ("The phone clip is 40 seconds long. At 0:05 in the phone clip the door opens. The source video is 3 minutes "
         "long; the phone clip stops 20 seconds before the end of the source.", [(5.0, None), (160.0, None)]),
    ],
    # a work's length told after a relative clause between the noun and its verb
    "a length after a relative clause": [
        ("The video, which police released on Tuesday, runs 4 minutes 10 seconds. The last minute shows the arrest.",
         [(190.0, 250.0)]),
        ("The recording, which the council posted online, lasts 2:05:00; the vote comes in the final 10 minutes.",
         [(6900.0, 7500.0)]),
        ('The stream, which is still up on the page, runs an hour and 20 minutes. "Watch the last minute," she said.',
         [(4740.0, 4800.0)]),
        # near-misses: a position told the same way
        ("The clip, which was filmed at dusk, is 1:12 into the stream.", [(72.0, None)]),
    ],
    # a work's length as a metadata label ("Episode length 1:04:37"), the length an end form naming that work counts
    # from when another work's runtime is told nearer
    "a work's length label": [
        ("Posted 3 May · Episode length 58:20 · Explicit\n\nHOST: the match ran 1 hour 40 minutes, the programme ran "
         "2 hours in all.\n\nHOST: In the last two minutes of this episode we read your letters.", [(3380.0, 3500.0)]),
        ("Film runtime: 1:32:00\n\nThe broadcast ran 3 hours.\n\nThe final minute of the film is silent.",
         [(5460.0, 5520.0)]),
        # near-misses: a label of another thing's length; a position beside a label
        ("Battery length 2:10 per charge. The clip is 3:00 long; the drop is at 1:10.", [(70.0, None)]),
        ("Episode length 44:10 · Chapters: 0:00 Intro, 12:30 The interview", [(0.0, None), (750.0, None)]),
    ],
    # a length "in total" is whole: "ran 5 hours 2 minutes in total", not 5 hours before "2 minutes in"
    "a length in total after its verb": [
        ("The programme ran 5 hours 2 minutes in total, and the last 10 minutes of the programme were the recount.",
         [(17520.0, 18120.0)]),
        ("The stream lasted 2 hours 30 minutes in all; the final 5 minutes of the stream are the raffle.",
         [(8700.0, 9000.0)]),
        # near-misses: "in" a place after a length
        ("The video runs 3 minutes in the app, and the goal is at 1:10.", [(70.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_one_c_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


# Hedges carried by the families above.
HEDGED = [
    ("[0:12] about a minute from now you'll see the dough rise", [(12.0, None, False), (72.0, None, True)]),
    ("Highlights are 14:12. The winner is at the end, final 40 sec or so.", [(812.0, 852.0, True)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_round_fifty_one_c_hedges(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
