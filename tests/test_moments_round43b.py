"""Families of misses that blind round 43 (`tests/data/moments_genres_round43.jsonl`) exposed in lengths, subtitle
forms and attribute values, each with sentences written for the family (not the round's own) and near-misses that
must stay as they are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # a run of times next to a total they add up to: the parts' lengths, whatever the list's markup
    "lengths that add up to a total": [
        ("Side one.\n1. Marrow – 3:10\n2. Quiet Field – 4:55\n3. Tin Roof – 2:05\nTotal length: 10:10", []),
        ("<ul><li>Opening – 6:40</li><li>Variations – 12:02</li></ul><p><b>Total running time:</b> 18:42</p>", []),
        ("| Movement | Length |\n|---|---|\n| Allegro | 9:15 |\n| Adagio | 11:30 |\n| **Total** | **20:45** |", []),
        ("Total time 1:02:00. Parts: Prologue 14:30, Crossing 31:10, Harbour 16:20.", []),
        ("1. **Marrow** (3:10)\n2. **Quiet Field** (4:55)\n\nTOTAL: 8:05", []),
        # near-misses: a chapter list's starts never add up to its video's length; a position after the total
        ("Chapters\nIntro – 0:00\nThe climb – 1:45\nSummit – 4:10\nTotal length: 6:00",
         [(0.0, None), (105.0, None), (250.0, None)]),
        ("Total runtime 8:10 (Marrow 3:10, Field 5:00). The drummer waves at 2:10 in the video.", [(130.0, None)]),
    ],
    # a track listing's label as a sentence of its own, credits after a title, Markdown emphasis on the title
    "a track listing's items": [
        ("Track listing. Words by Oda except where noted.\n1. \"Salt\" – 3:33\n2. \"Kite\" (Oda, Brun) – 4:01", []),
        ("Tracklist:\n- *Salt* – 3:33\n- *Kite* – 4:01", []),
        ("Songs:\n1. **\"Salt\"** — 3:33\n2. **\"Kite\"** — 4:01", []),
        # near-misses: a chapter list written the same way, with or without emphasis
        ("Chapters:\n- *Intro* – 0:00\n- *Climb* – 1:45", [(0.0, None), (105.0, None)]),
        ("Timestamps:\n\"Salt\" (Oda, Brun) – 0:40\n\"Kite\" – 3:10", [(40.0, None), (190.0, None)]),
    ],
    # a result's label before a time: a race time, not a position
    "a result's label": [
        ("Finish time: 2:04:51.", []),
        ("**Official time:** 3:58:12", []),
        ("Winning time – 1:59:40. She waves to the camera at 1:02:10 in the stream.", [(3730.0, None)]),
        ("FINAL TIME: 27:31.4", []),
        # near-misses: a position after "for a final time", a crossing told in the broadcast
        ("For a final time at 2:10 he waves.", [(130.0, None)]),
        ("She crosses the line at 2:04:51 in the broadcast.", [(7491.0, None)]),
    ],
    # a figure stated for a thing ("rated at", "quoted at") is a specification, not a position
    "a length rated or quoted": [
        ("The battery is rated at 8.5 hours, which my test did not reach.", []),
        ("Endurance is quoted at\u00a012 hours by the maker.", []),
        ("The lamp is RATED FOR 30 hours.", []),
        ("Its runtime is advertised at 45 minutes.", []),
        # near-misses: an offset into the footage after the same words
        ("The drone is estimated at 3 minutes into the video to be at 400 m.", [(180.0, None)]),
        ("At 8.5 hours into the stream the host falls asleep.", [(30600.0, None)]),
    ],
    # a signed time, or a shift's amount, is an amount, never a position
    "a shift or an offset's amount": [
        ("In Subtitle Edit, shift everything by -00:00:01.250 from cue 88 (00:30:02.100) on.", [(1802.1, None)]),
        ("Use an offset of +0:03 for the audio; the door slams at 1:12.", [(72.0, None)]),
        ("Delay the subs by 00:00:01.500 and the chorus at 00:02:10.000 lines up.", [(130.0, None)]),
        ("Audio sync: (−0:02) fixes it.", []),
        # near-misses: a range with a spaced dash, a list's bullets, a position after "shifted by"
        ("Play 2:10 -2:40 again.", [(130.0, 160.0)]),
        ("Chapters\n- 0:00 Intro\n- 1:45 Climb", [(0.0, None), (105.0, None)]),
        ("The subtitles at 00:12:04,500 are late; shifted by 2 s they fit.", [(724.5, None)]),
    ],
    # a time inside an HTML tag's attribute is markup, and a zone's offset after an ISO 8601 time is no time at all;
    # a link's own time ("?start=212", "&amp;t=83s") still counts
    "attribute values and zone offsets": [
        ('<time datetime="2024-06-11T19:40:00+05:30">11 June</time><p>The stage gives way at 2:14.</p>',
         [(134.0, None)]),
        ('<meta property="article:modified_time" content="2024-06-11T19:40:00-04:00">', []),
        ('<time datetime="2024-06-11T19:40:00Z">11 June</time>', []),
        ("Uploaded 2024-06-11 19:40:00+01:00. The stage gives way at 2:14.", [(134.0, None)]),
        ('<div data-start="1:12" title="at 2:30">The crane tips over at 0:45.</div>', [(45.0, None)]),
        ("<span data-time='3:10' class=x>goal</span> at 3:12", [(192.0, None)]),
        ("Filmed at 14:05 UTC+05:30, the clip shows the crash at 0:41.", [(41.0, None)]),
        # near-misses: a link's time in its attribute, an embed's start, an anchor's text
        ('<iframe src="https://www.youtube.com/embed/x?start=95" width="560"></iframe>', [(95.0, None)]),
        ('<a href="https://www.youtube.com/watch?v=abc&amp;t=83s">1:23</a>', [(83.0, None)]),
        ("Play 1:02:03-1:02:40 again.", [(3723.0, 3760.0)]),
    ],
    # a subtitle cue's timing in prose, with its arrow, is a range even after "runs" or "spans"; so is a stretch of
    # two whole timecodes after "needed", counted at the text's frame rate
    "a cue's timing in prose": [
        ("Cue 88 of the French SRT runs 00:30:02,100 --> 00:30:05,400 but the line is said at 00:30:03,000.",
         [(1802.1, 1805.4), (1803.0, None)]),
        ("The sub in cue 9 spans 00:14:03,120 --> 00:14:06,880.", [(843.12, 846.88)]),
        ("Line 57 (00:03:12,040 --> 00:03:15,900) is mistimed.", [(192.04, 195.9)]),
        ("Deliverables are 24 fps. Fix the flash frame at 00:01:00:12 and the dip needed 00:02:10:00-00:02:11:06.",
         [(60.5, None), (130.0, 131.25)]),
        ("QC (25 fps): caption at 00:12:31:10 overlaps; title card needed 00:22:40:00 \u2013 00:22:44:12",
         [(751.4, None), (1360.0, 1364.48)]),
        # near-misses: a cue's length, a clip's running time, a task's length
        ("Cue 3 lasts 00:00:02,000, too short.", []),
        ("The clip runs 2:30.", []),
        ("Pitching the tent took me 4:30.", []),
    ],
    # minutes and seconds written with a dot (Indian and Australian usage) in a sentence naming footage, inside the
    # clip's stated length; a dotted clock of the day stays out
    "dotted minutes and seconds inside a stated clip length": [
        ("The mishap took place at 09.45 hrs near the flyover. In the 2-min video, the bus is seen skidding at 0.48 "
         "and the conductor jumping out around 1.05.", [(48.0, None), (65.0, None)]),
        ("The 4-minute video shows the bowler at 2.05 and the catch at 3.10.", [(125.0, None), (190.0, None)]),
        ("In the 5-minute video, the batsman is out at 3.10 \u2014 watch the replay at ~4.02.",
         [(190.0, None), (242.0, None)]),
        ("In the 10-min clip, posted at 7.30, the bus tips over at 2.15.", [(135.0, None)]),
        ("In the 3-min clip, the fight runs from 1.12 to 1.40, and the police come at 2.05.",
         [(72.0, 100.0), (125.0, None)]),
        ("<p>In the 3-min clip, the crowd surges at <b>1.12</b>-1.20, between 1.30 and 1.45 the gate falls.</p>",
         [(72.0, 80.0), (90.0, 105.0)]),
        ("In the 2-min video the goalkeeper slips AT\u00a01.02 and the ball rolls in from 1.05.",
         [(62.0, None), (65.0, None)]),
        # near-misses: a clock of the day past the clip's length or said as one, a price, a clip's airing, no length
        ("In the 3-min clip the lights go out at 7.30.", []),
        ("In the 2-min video the stock trades at 1.12.", []),
        ("The ABC screened the 10-minute clip at 7.30.", []),
        ("The clip shows the crowd at 1.12.", []),
        ("The 3-min clip was filmed at 14.20 hrs IST.", []),
        ("In the 3-min clip he lifts 1.12 kg and the bat costs about 1.12 the most.", []),
        # a length told in another paragraph is not this paragraph's clip (but the same paragraph's is)
        ("Watch the 5-minute video below.\n\nIn the video the match started at 2.40, after a power cut.", []),
        ("Watch the 5-minute video below. In the video the goal comes at 2.40, after a corner.", [(160.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_three_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "approximate"), [
    ("In the 2-min video, the bus skids at 0.48 and the conductor jumps out around 1.05.", [False, True]),
    ("Cue 88 of the French SRT runs 00:30:02,100 --> 00:30:05,400.", [False]),
])
def test_round_forty_three_hedges(text: str, approximate: list[bool]) -> None:
    assert [h for _, _, h in found_hedged(text)] == approximate
