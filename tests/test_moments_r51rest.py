"""Families of errors that round 51 (`tests/data/moments_genres_round51.jsonl`: long pasted pages) and the other
fitted sets still showed after its first fixes. Each family has sentences written for it (not the rounds' own) and
look-alikes that must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a clock that ends a stretch opened by a time in the day's words is a time of day, hedged or not, and a plan
    # set ahead of such a time stays one when pasted HTML spaces the "p.m."
    "clocks paired with a day time, hedged or HTML-spaced": [
        ("The vigil went on from 7 p.m. until about 9:15; in the clip the candles go out at 0:48.", [(48.0, None)]),
        ("The session itself lasted from 6pm to nearly 9:30, though the stream is shorter.", []),
        ("Volunteers worked from 10am till roughly 12:40, and the video shows the cake at 3:05.", [(185.0, None)]),
        ("<p>Eat at 7:30 for an 8&nbsp;p.m. curtain. The recipe video shows the glaze at 3:15.</p>", [(195.0, None)]),
        ("Arrive by 6:45 for a 7&#160;pm start.", []),
        # look-alikes: a stretch of footage between two positions, hedged; a plan with no day time
        ("The chant runs from 2:10 until about 2:45 in the clip.", [(130.0, 165.0)]),
        ("In the video the lights go out at about 9:15 and come back at 9:40.", [(555.0, None), (580.0, None)]),
    ],
    # a compact measure in hours and minutes placed nowhere (no "at", "to", "from", no list line, no "onward", no
    # clause told at it) is what something lasted, not a position
    "unplaced compact hours": [
        ("The planning meeting is on the town's channel, 2 hrs 48 mins, and the vote is at 1:20:00.", [(4800.0, None)]),
        ("Started 10:02 a.m., finished 3:15 p.m. (on tape 5 h 13 min).", []),
        ("Our archive copy, 4h07m, has the speech at 2:11:30.", [(7890.0, None)]),
        ("The old firmware read 0:45 as 45h0m by mistake.", [(45.0, None)]),
        ("Full stream (3h 05m) linked below.", []),
        # look-alikes: placed by "at", "to", a list line, "onward", a clause told at it, "into"
        ("The funniest bit is at 2h14m, trust me.", [(8040.0, None)]),
        ("Jump to 1 h 40 min for the encore.", [(6000.0, None)]),
        ("- 1h20m — the council answers the petition", [(4800.0, None)]),
        ("3h10m onward is just the raffle.", [(11400.0, None)]),
        ("somewhere around 1h50m she finally wins the bid", [(6600.0, None)]),
        ("The goal comes 1 h 12 min into the broadcast.", [(4320.0, None)]),
    ],
    # a two-part time the writer notes as hours and minutes ("(hrs:mins)", "is h:mm") counts hours; Markdown code
    # may hold a hedged time ("~`1:47`")
    "times noted as hours and minutes": [
        ("| Mayor leaves | ~`1:47` (hrs:mins) |", [(6420.0, None)]),
        ("In the archive the alarm sounds at 3:05 (h:mm) and the hall is empty by 3:09 (h:mm).",
         [(11100.0, None), (11340.0, None)]),
        ("The walkout at 2:18 in the council stream is hours:mins, not minutes.", [(8280.0, None)]),
        # look-alikes: minutes and seconds noted, or no note
        ("The goal is at 3:05 (mm:ss).", [(185.0, None)]),
        ("The goal is at 3:05 in the replay, and hours later the fans were still singing.", [(185.0, None)]),
    ],
    # a bracketed compact length right after a stretch, equal to the time between its ends, is that stretch's
    # length (as "departs 10:15, arrives 11:50 (1 h 35 min)" is a journey's)
    "a stretch's length bracketed after it": [
        ("Use the stretch from 12:10 to 14:40 (2 min 30 s) for the reel.", [(730.0, 880.0)]),
        ("The fight is 1:02:10-1:04:00 (1m50s), then the crowd at 2m10s.", [(3730.0, 3840.0), (130.0, None)]),
        ("Trim `0:05:20`–`0:06:05` (0 min 45 s) before export.", [(320.0, 365.0)]),
        # look-alikes: a bracketed position that is not the stretch's length
        ("Use the stretch from 12:10 to 14:40 (then 3m5s for the close-up).", [(730.0, 880.0), (185.0, None)]),
        ("Keep 2:00–2:30 (the cheer at 2m15s).", [(120.0, 150.0), (135.0, None)]),
    ],
    # a work's length compared with another's then told after a comma, dash or bracket, and a length restated in
    # brackets with a note ("(11:48, to be exact)"), are lengths
    "lengths compared or restated with a note": [
        ("The director's cut runs a bit longer, 2:04:10, because of the extra scene.", []),
        ("The director's cut runs a little longer (2:04:10) and the chase is at 1:10:00.", [(4200.0, None)]),
        ("The broadcast version is slightly shorter — 52:30 — and the interview starts at 12:40.", [(760.0, None)]),
        ("The teaser runs closer to a minute (0:58, to be exact); the logo is at 0:40.", [(40.0, None)]),
        # look-alikes: a position that opens the next clause; a bracketed time that is not the length
        ("The clip is longer, 2:10 is where it drags.", [(130.0, None)]),
        ("The trailer runs about two minutes, and the title card (1:12, in red) is the best bit.", [(72.0, None)]),
    ],
    # a clock right after a weekday and its day of the month ("Sunday 29th, 16:00") is a time of day, as one right
    # after a weekday alone already was
    "clocks after a weekday and its date": [
        ("Sunday 29th, 16:00 — live Q&A only.", []),
        ("Next streams: Thursday the 3rd, 20:15 — the finale watch-along. In this VOD the reveal is at 1:20:15.",
         [(4815.0, None)]),
        ("Rehearsal moved to Tuesday 11th at 18:45; the run-through video has the lift at 2:05.", [(125.0, None)]),
        # look-alikes: a position told after a day's name that is not right before it
        ("The Sunday 29th upload is the long one; at 16:00 in it the roof goes on.", [(960.0, None)]),
    ],
    # a finisher by place on a results line ("first woman 19:02"), and a finish told in the past with "came in at"
    # in a clause naming no footage, are race times
    "results by place and finishes that came in": [
        ("Results: first man 17:12 (Tom B.), first woman 19:40 (Ana K.).", []),
        ("Fastest junior 21:05 (Mia L., JW11), second veteran 23:30.", []),
        ("The sweepers came in at 55:10.", []),
        ("Our back markers came in at 1:02:10, cheered all the way.", []),
        # look-alikes: told in the present, in footage, or "into" a video
        ("In the video the bass comes in at 1:12.", [(72.0, None)]),
        ("The second drone came in at 2:10 in the clip.", [(130.0, None)]),
        ("The first woman appears at 0:40 in the clip.", [(40.0, None)]),
        ("The last girl 2:10 into the video waves.", [(130.0, None)]),
    ],
    # food and service counters keep hours like shops: "the kiosk ... they open at 8:30" is a time of day
    "counters that keep hours": [
        ("Coffee afterwards at the kiosk — they open at 8:30.", []),
        ("Registration opens at 7:15, so come early.", []),
        ("The deli on the corner opens at 7:45 and the clip shows it at 0:12.", [(12.0, None)]),
        # look-alikes: the counter in footage, told in the present with a position
        ("In the stall-holder's video the awning collapses at 1:45.", [(105.0, None)]),
        ("The food truck in the clip opens its hatch at 0:32.", [(32.0, None)]),
    ],
    # a verse or a page-and-line cite has two numbers: "Chapter 1:05:10" is a video's chapter at a timecode
    "chapters at timecodes with hours": [
        ("Chapter 1:05:10 should be 1:04:50, the goal is earlier.", [(3910.0, None), (3890.0, None)]),
        ("Chapter 0:42:15 is mislabelled; the tasting starts at 0:44:00.", [(2535.0, None), (2640.0, None)]),
        # look-alikes: verses and sections with two numbers
        ("The sermon was on John 3:16, chapter 3:17 too, and the clip shows the choir at 0:45.", [(45.0, None)]),
        ("Sections 2:14 through 2:20 of the statute were struck down.", []),
    ],
    # someone says something at a position, in the present: what is said may be told in the past
    "a position where someone says something past": [
        ("At 3:10 the minister says the plan was approved in 2019.", [(190.0, None)]),
        ("At 12:40 she claims the factory was closed in 1998, but it was 2001.", [(760.0, None)]),
        ("At 1:02:15 I wrongly say the bridge was opened by the mayor.", [(3735.0, None)]),
        # look-alikes: the world's past, told without a speaker at the position
        ("At 8:50 the station was evacuated.", []),
        ("At 9:10 police say the road was closed.", []),
    ],
    # an end form right after a position past the length found counts from a length that reaches that position
    # (the short one stated earlier is another work's), unless a work is named between or the form names its own
    "end forms after a position past the nearest length": [
        ("The stream runs 4 hours 10 minutes; the recap cut is 15 minutes long. The raid is at 3:40:00. "
         "The final 10 minutes are the credits.", [(13200.0, None), (14400.0, 15000.0)]),
        ("The livestream runs 2 hours 5 minutes. The highlights package is 9 minutes long. Skip to 1:40:00 for "
         "the speeches; the last 3 minutes are the fireworks.", [(6000.0, None), (7320.0, 7500.0)]),
        # look-alikes: a position inside the short work; a new work's length stated after the position
        ("The stream runs 4 hours 10 minutes; the recap cut is 15 minutes long. At 12:00 the raid starts. "
         "The final 2 minutes are the credits.", [(720.0, None), (780.0, 900.0)]),
        ("The film runs 1 hour 50 minutes. The chase starts at 1:02:00. The trailer runs 2:10. "
         "The last five minutes are pure silence.", [(3720.0, None)]),
    ],
    # what a work "clocks in at" is its length, whatever its subject
    "lengths a work clocks in at": [
        ("The highlights cut is up on the channel — it clocks in at just under 18 minutes.", []),
        ("The recap clocks in at 12 minutes, and the goal is at 3:10.", [(190.0, None)]),
        ("The director's cut, clocking in at nearly three hours, has the duel at 2:10:00.", [(7800.0, None)]),
        # look-alikes: a position "at" with another verb; "clocks in" of a person, then a position in footage
        ("The recap shows the goal at 12 minutes 5 seconds.", [(725.0, None)]),
    ],
    # an edit's length where it stands, told against the length it must reach, is a length
    "an edit's length against its target": [
        ("The draft video is at 6:20 and needs to be under 4 minutes for Instagram. Cut the intro at 0:45.",
         [(45.0, None)]),
        ("Our edit's at 12:30 but has to come down to ten minutes; the drone shot at 3:10 stays.", [(190.0, None)]),
        ("The rough cut is currently at 48:10, so it must lose eight minutes.", []),
        # look-alikes: a position where the video stands, then other words
        ("The video is at 2:10 where he falls, and needs to be watched twice.", [(130.0, None)]),
        ("In the video, the bus is at 2:10 and the car at 2:40.", [(130.0, None), (160.0, None)]),
    ],
    # a time of day set aside, quoted again as the figure told before, is that time of day again
    "a time of day quoted again": [
        ("Police first gave the time of the crash as 21:15. The dashcam shows the impact at 0:48.\n\n"
         "Why the '21:15' figure was wrong\nThe dispatcher logged the call late.", [(48.0, None)]),
        ("The blast came at 06:10 local time, not 06:40 as the agency said. The clip has it at 0:31.\n\n"
         "The “06:40” report\nIt came from a repost.", [(31.0, None)]),
        # look-alikes: the same digits quoted in a line naming footage; unquoted in a chapter list
        ("The rally began at 10:45, police said. In the livestream, “10:45” is also where the speech starts.",
         [(645.0, None)]),
        ("The rally began at 10:45.\n\nChapters\n10:45 The speech\n12:00 The march", [(645.0, None), (720.0, None)]),
    ],
    # records or witnesses put an event at a clock, in a clause naming no footage: a time of day
    "events put at a clock": [
        ("Witness statements put the call to 999 at 21:47.", []),
        ("Rail records put that freight service through the crossing at 17:41:50, a minute early.", []),
        ("Neighbours put the first bang at about 23:10; the doorbell clip has it at 0:14.", [(14.0, None)]),
        # look-alikes: an event put at a position in footage
        ("The timeline puts the first shot at 2:10 in the video.", [(130.0, None)]),
        ("Investigators put the moment of impact at 0:48 in the dashcam clip.", [(48.0, None)]),
    ],
    # a labelled item listed right before or after a world clock's item is a time of day too
    "labelled items next to a world clock": [
        ("Things to bring: a watch (start 7:45, gates close 12:00) and sunscreen.", []),
        ("Kit list (registration 6:10, finish by 11:00 a.m.).", []),
        ("Saturday: doors 18:30 · support 19:15 · headliner 20:45.", []),
        # look-alikes: a position "into" footage after a world clock; a trailer's position
        ("The address was delivered at 8:00; at 7:30 into the address, he mentions the strike.", [(450.0, None)]),
        ("Doors 19:00, the trailer 2:10.", [(130.0, None)]),
        ("Skip to 4:20, recorded 4:20 onwards", [(260.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_r51rest_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "start"), [
    ("The bell rings at about `0:42` in the clip.", 42.0),
    ("| Mayor leaves | ~`1:47` (hrs:mins) |", 6420.0),
    ("Look at roughly <code>3:10</code> in the video.", 190.0),
])
def test_r51rest_hedge_before_code(text: str, start: float) -> None:
    """A hedge before a time in Markdown or HTML code hedges the time."""
    assert [(m.start, m.approximate) for m in extract_moments(text)] == [(start, True)]
