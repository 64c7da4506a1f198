"""Families of misses that blind round 46 (`tests/data/moments_genres_round46.jsonl`) exposed, fixer B's share:
colloquial positions, times of day read as positions, clock readings and event clocks. Each family has sentences
written for it (not the round's own) and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a minute said by its number, as comments and regional English say it; ranges of them; not a match's minute,
    # a recipe's or a meeting's numbered minute
    "minute by its number": [
        ("Watch the vlog: at minute 9 the ferry docks and the ramp drops.", [(540.0, None, False)]),
        ("Oga check the video from minute 14 upward, na there e start.", [(840.0, None, False)]),
        ("In the stream, around minute 40 the host gives up.", [(2400.0, None, True)]),
        ("The clip is long. Skip to minute 6; the dog arrives at minute 7 and 15 seconds.",
         [(360.0, None, False), (435.0, None, False)]),
        ("In the recording, from minute 3 to minute 5 nobody speaks.", [(180.0, 300.0, False)]),
        ("In the recording, at minute 3 and minute 5 the phone rings.", [(180.0, None, False), (300.0, None, False)]),
        ("Saw the livestream: from minute 21 onwards, up to minute 26, the mic is dead.", [(1260.0, 1560.0, False)]),
        ("My video: at minute 1.45 the bus hits the pole.", [(105.0, None, False)]),
        # near-misses: a match's minute, a process timed by the minute, a meeting's numbered minute, a length
        ("The highlights video is good: Mensah scored at minute 12 with a header.", []),
        ("Stir the risotto at minute 5 and again at minute 10.", []),
        ("The council video was posted. The motion was agreed under Minute 12 of the previous meeting.", []),
        ("A 12 minute video of the walk is online.", []),
    ],
    # hours written with "h" and minutes, with no minute unit: a position when placed with a small hour or said into
    # the footage; the "h" clocks of French, African and Canadian usage stay times of day
    "hours h minutes": [
        ("At 1h17 the drummer drops a stick.", [(4620.0, None, False)]),
        ("The argument starts 2h05 into the livestream.", [(7500.0, None, False)]),
        ("Around 0h45 in the stream the chat floods.", [(2700.0, None, True)]),
        # near-misses: a clock of the day, a padded hour, a flight, a battery's life
        ("The ferry leaves at 21h30 from the harbour.", []),
        ("Doors open at 06h00.", []),
        ("Battery lasted me 9h30 in office use; see the video.", []),
        ("The meeting was recorded at 1h30 a.m. by the council.", []),
    ],
    # a mark of hours with the minutes said bare: "the 1-hour-14 mark"
    "hour mark with bare minutes": [
        ("At the 2-hour-05 mark the lights fail.", [(7500.0, None, False)]),
        ("Somewhere near the one-hour-twenty mark she laughs.", [(4800.0, None, True)]),
        # near-miss: the minute form keeps its seconds
        ("At the 1-minute-20 mark she laughs.", [(80.0, None, False)]),
    ],
    # a timecode with "minutes" after it and "in" the footage: a position, not the footage's length
    "timecode minutes in the video": [
        ("At 3:25 minutes in video the man is taking the bag.", [(205.0, None, False)]),
        ("Please see 1:40 minutes into the clip.", [(100.0, None, False)]),
        # near-misses: a length with one word before its noun, a length in passing
        ("It is a 4 minutes long video.", []),
        ("The whole thing is 12 minutes of video.", []),
    ],
    # big positions that look like clocks, once the text has placed a position that far into the footage: a
    # 30-hour stream's later bare times near it are positions too
    "big positions after one said into the footage": [
        ("The crash comes 14:05:20 into the stream.\n\nSkip to 14:04:50 for the run-up. At 14:05:20 the chair "
         "tips.", [(50720.0, None, False), (50690.0, None, False), (50720.0, None, False)]),
        ("It happens 9:12:00 into the livestream.\n\nIf you want the build-up, go to 9:11:30.",
         [(33120.0, None, False), (33090.0, None, False)]),
        # near-misses: with no position that far, a bare time with seconds stays a clock; a clock far past it too
        ("Skip to 14:04:50 for the run-up.", []),
        ("The crash comes 1:05:20 into the stream.\n\nAt 14:05:20 the lights in the lobby go out.",
         [(3920.0, None, False)]),
    ],
    # a clock hedged with "just before", "shortly after", "approx." in a sentence that tells the day's times
    "hedged clocks among the day's times": [
        ("The starters came at 19:50, the mains at 20:30, and dessert just before 22:00.", []),
        ("Doors at 19:00, the band at 20:15, the encore shortly after 22:30.", []),
        ("Check-in from 15:00, breakfast at 07:30, the pool approx. 21:00 last entry.", []),
        # near-miss: a hedged position in a sentence that names the footage
        ("The clip starts at 14:05 in the video and the crash is shortly after 16:00.", [(845.0, None, False),
                                                                                          (960.0, None, True)]),
    ],
    # lists of the day's clocks told line by line, after a line whose clock is a time of day or under a schedule's
    # label: an event page, a court's cause list, a conference table; chapter lists and transcripts keep theirs
    "lists of the day's clocks": [
        ("<ul>\n<li>Gates: 17:30</li>\n<li>Support act: 18:15</li>\n<li>Headliner approx. 20:40</li>\n</ul>", []),
        ("Court 2, Monday list\n\n10:00 a.m. mentions\n10:30 Patel v. Home Office (directions)\n"
         "12:00 Sentence, R v. Doyle\n14:15 Judgment", []),
        ("Festival timetable\n\n11:30 Opening\n13:00 Panel: Small Presses\n15:45 Readings", []),
        ('<table class="timetable">\n<tr><td>09:30–11:00</td><td>Workshop</td></tr>\n'
         "<tr><td>11:15</td><td>Talks</td></tr>\n</table>", []),
        # near-misses: a chapter list after a time of day said in a line's middle, one under an agenda from 0:00,
        # a transcript's turns, a list of positions after a blank line
        ("02:18 Why the 07:45 sailing was cut\n19:05 Harbourmaster interview",
         [(138.0, None, False), (1145.0, None, False)]),
        ("Agenda items below:\n0:00 Call to order\n3:41 Public comment\n27:15 Budget",
         [(0.0, None, False), (221.0, None, False), (1635.0, None, False)]),
        ("Doors open at 19:00.\n\n0:00 Intro\n12:40 The first song", [(0.0, None, False), (760.0, None, False)]),
        ("Ade (12:04): We did the first take at 10:30 yesterday.\nBola (12:31): It was a mess.",
         [(724.0, None, False), (751.0, None, False)]),
    ],
    # clock times said in a subtitle cue's dialogue are speech, not positions; the cue's timing is
    "clocks in a cue's dialogue": [
        ("1\n00:00:02,000 --> 00:00:04,500\nThe last ferry goes at 22:10.\n\n2\n00:00:05,000 --> 00:00:07,000\n"
         "We'll reach Bergen by 07:20.", [(2.0, 4.5, False), (5.0, 7.0, False)]),
        ("WEBVTT\n\n00:03.000 --> 00:05.000\n- Meet me at 9:40.\n- Fine.", [(3.0, 5.0, False)]),
        # near-misses: a note after the cue's blank line; a cue that names a position in the video
        ("00:03.000 --> 00:05.000\nHello.\n\nNote: the shot at 0:41 is soft.",
         [(3.0, 5.0, False), (41.0, None, False)]),
        ("00:03.000 --> 00:05.000\nRewind the video to 1:20.", [(3.0, 5.0, False), (80.0, None, False)]),
        # a note in a file of cues, a time written as a cue's: a position
        ("WEBVTT\n\n00:03.000 --> 00:05.000\nHello.\n\nNOTE the editor moved the next cue to 00:09.500",
         [(3.0, 5.0, False), (9.5, None, False)]),
        ("1\n00:00:03,000 --> 00:00:05,000\nHi.\n\nThe last cue was shifted to 00:01:12,250 yesterday.",
         [(3.0, 5.0, False), (72.25, None, False)]),
        ("WEBVTT\n\n00:01.000 --> 00:03.000\nReady?\n\nNOTE cue 2 was moved to 00:14.250 in the last pass.",
         [(1.0, 3.0, False), (14.25, None, False)]),
        ("1\n00:00:01,000 --> 00:00:02,500\nGo.\n\nLast week the client asked that the title card start at "
         "00:02:10,400 instead.", [(1.0, 2.5, False), (130.4, None, False)]),
        # a clock of the day said in a cue's dialogue stays out
        ("1\n00:00:01,000 --> 00:00:03,000\nThe bus leaves at 10:15 tomorrow.", [(1.0, 3.0, False)]),
    ],
    # an event's clock next to a position: a reading restated as a position said into the footage keeps it; a time
    # counted from liftoff, kick-off or the gun is the event's clock
    "event clocks next to positions": [
        ("The stadium clock showed 1:12:05 when he fell, which is 1:40:30 into the broadcast.",
         [(6030.0, None, False)]),
        ("The dashcam clock reads 08:14:52 as the van turns, 0:41:10 into the police video.", [(2470.0, None, False)]),
        ("Fairing separation comes about 3:05 after liftoff, at 22:40 in the stream.", [(1360.0, None, False)]),
        ("The first shot on goal is 0:45 after kick-off.", []),
        # near-misses: a reading on its own stays a clock; a position after a launch is still a position
        ("The stadium clock showed 1:12:05 when he fell.", []),
        ("The launch is at 14:20 in the video.", [(860.0, None, False)]),
    ],
    # a ratio named by the noun after it: a gradient, a scale, a dilution (the court's "1:50 gradient")
    "ratios named after them": [
        ("In the hearing video the engineer defends the 1:40 gradient of the ramp.", []),
        ("She built a 1:25 scale model of the bridge, shown at 3:10 in the clip.", [(190.0, None, False)]),
        ("Use a 1:20 dilution for the glass.", []),
        # near-miss: a chapter line that opens with its time
        ("0:00 Intro\n2:10 Gradient explained", [(0.0, None, False), (130.0, None, False)]),
    ],
    # a sentence that says it gives clock times gives examples of them, not positions
    "clock times given as examples": [
        ('Style sheet: write clock times with a colon, "at 14:30" or "by 9:05", never with a dot.', []),
        ("Use the 24-hour clock in captions: 07:45, not 7.45 am.", []),
        # near-miss: one time of day named beside a position
        ("The shadows at 1:33 put the time of day at roughly 3 pm.", [(93.0, None, False)]),
    ],
    # a range of the day's clocks as long, read as hours, as the hours told before it in its paragraph
    "a stretch of the day as long as the hours told": [
        ("The timelapse squeezes five hours of traffic into a minute. The camera ran from 07:00 to 12:00.", []),
        ("Next year the stream will last a sensible six hours, from 12:00 to 18:00.", []),
        # near-misses: a range of positions; hours told of another length
        ("The film is two hours long; the chase runs from 14:00 to 20:00.", [(840.0, 1200.0, False)]),
        ("The stream ran for six hours. Watch from 10:00 to 12:00 for the raid.", [(600.0, 720.0, False)]),
    ],
    # the writer's own journey told by the day's clock, even in a sentence that names the video elsewhere
    "own journey by the clock beside the video": [
        ("We had arrived at the toll plaza at 22:40 by bus, the video is of 12 mins only.", []),
        ("I reached the site at 18:05, and the video I took shows the wall falling at 2:10.", [(130.0, None, False)]),
        # near-miss: a position said into the video after a journey
        ("We got there late; at 12:40 in the video the gate opens.", [(760.0, None, False)]),
    ],
    # a forecast's clock: weather clearing, lifting or arriving by a time of day
    "a forecast's clock": [
        ("Weather: a cold start, with fog lifting around 10:30 and showers spreading from 16:00.", []),
        ("Outlook: mild, rain easing by 14:00.", []),
        # near-miss: weather seen in the footage at a position
        ("In the video the rain starts at 1:40 and the fog rolls in at 2:05.", [(100.0, None, False),
                                                                                (125.0, None, False)]),
    ],
    # a visit's or a booking's fixture named by its clock: "the 12:00 bugle call", "our 19:30 sitting"
    "fixtures named by their clock": [
        ("Day 2: the old town at 09:00, then the 11:00 guided tour of the castle.", []),
        ("We took the 19:30 sitting and the food was superb.", []),
        ("Get there early for the 10:00 parade.", []),
        # near-miss: a chapter line opening with its time
        ("0:00 Intro\n12:00 Tour of the workshop", [(0.0, None, False), (720.0, None, False)]),
    ],
    # clock times said in the turns of a recording's transcript are speech; the turns' stamps are the positions
    "clocks said in a recording's turns": [
        ("[00:02:10] HOST: So the ferry left at 6:15?\n[00:02:14] GUEST: It did, and we docked at 9:50.",
         [(130.0, None, False), (134.0, None, False)]),
        ("00:41:05 ANNA: Coming up at 8:30, the travel news.", [(2465.0, None, False)]),
        # near-misses: a turn that cites the video or points to a place in it, one that restates the position just
        # asked about, a court's realtime record stamped by the day's clock
        ("[00:07:00] GUEST: Skip to 5:10, the wheel comes off.", [(420.0, None, False), (310.0, None, False)]),
        ("00:10:02 COUNSEL: Look at 4:12 in the video.\n00:10:09 WITNESS: At 4:12 he turns.",
         [(602.0, None, False), (252.0, None, False), (609.0, None, False), (252.0, None, False)]),
        ("10:02:11 MS. PRATT: Let's play Exhibit 4 from 0:15.\n10:03:05 MS. PRATT: Stop it there, at 0:44.",
         [(15.0, None, False), (44.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_six_b_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
