"""The smaller families of round 54 (`tests/data/moments_genres_round54.jsonl`): dotted minutes said to be in a clip
whose length an earlier paragraph told, "Watch top left at 0:47" (the verb, not a stopped watch), a clip's time of
circulating, an event a log shows at a clock, a time named as the work's length a few words on, and a work judged at
its length ("should not work at six minutes"). Sentences written for each family (not the round's own), with
look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "dotted minutes said in the clip": [
        ("We have seen the full 5-minute video.\n\nFrom 1.10 to 1.35 in the video, the officer is seen arguing.",
         [(70.0, 95.0)]),
        ("The 3-min clip is doing the rounds.\n\nAt 2.05 in the clip, the bus tilts.", [(125.0, None)]),
        # look-alikes: a dotted clock of the day not said in the clip; in the clip but past its length
        ("We have seen the full 5-minute video.\n\nThe rally ran from 11.20 to 11.45 near the square.", []),
        ("We have seen the full 5-minute video.\n\nFrom 7.10 to 7.35 in the video, he waves.", []),
    ],
    "watch the verb, a corner of the picture": [
        ("Watch top left at 0:47, the lights stop.", [(47.0, None)]),
        ("In the video, watch bottom left at 1:12.", [(72.0, None)]),
        # look-alikes: a watch or a clock stopped or left at a time
        ("His watch stopped at 4:10 when he fell.", []),
        ("The clock on the wall was left at 9:15 all night.", []),
    ],
    "a clip's time of circulating": [
        ("The clip that started circulating at around 07:40 is 1:14 long; the blast is at 0:41.", [(41.0, None)]),
        ("The video circulated at 21:15 on WhatsApp; the crash is at 0:12.", [(12.0, None)]),
        # look-alike: things circulating in the picture, placed in the video
        ("The leaflets circulating at 2:10 in the video are fake.", [(130.0, None)]),
    ],
    "an event a log shows at a clock": [
        ("Q. The call log shows a call at 23:08 lasting four minutes. Is that the call?", []),
        ("Phone records list a text at 21:14 to her brother.", []),
        # look-alike: placed in the video
        ("The log shows the door opening at 2:10 in the video.", [(130.0, None)]),
    ],
    "a time named as the work's length": [
        ("On the wall someone had written 4:50 in marker – the length of the video, I realized.", []),
        ("The sign said 2:10, the running time of the clip.", []),
        # look-alikes: a position with a dash aside that names no length of the work
        ("At 2:10 – the length of the queue outside – the door opens.", [(130.0, None)]),
        ("He falls at 2:10, the moment of the video everyone shares.", [(130.0, None)]),
    ],
    "a work judged at its length": [
        ("The closer is a slow ballad that should not work at six minutes and somehow does.", []),
        ("A single take like that shouldn't hold up at nine minutes, but it does.", []),
        # look-alikes: positions said with "at"
        ("The joke still works at two minutes, when the dog appears.", [(120.0, None)]),
        ("At six minutes the song turns.", [(360.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round54_rest(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range of clock-shaped times that holds a camera clock's reading told earlier is a stretch of that clock
    ("Video A: the camera clock reads 08:14:52 when the first car spins. About a minute in, the truck brakes.\n\n"
     "Video C: the DOT camera, they gave us 08:10 to 08:30.", [(60.0, None)]),
    ("The camera clock reads 21:47:13 as the van stops.\n\nThe council released 21:30 to 22:00 from the street "
     "camera.", []),
    # look-alikes: a range that holds no reading; hours written "00"
    ("The camera clock reads 08:14:52 at the start.\n\nThe good bit is from 03:10 to 03:30 in the clip.",
     [(190.0, 210.0)]),
    ("The dashcam clock reads 00:12:40 at the start.\n\nThe crash is from 00:10 to 00:20.", [(10.0, 20.0)]),
])
def test_round54_clock_range_around_a_reading(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clock, then a journey from a named place and how long it takes or when it gets in: a departure
    ("RailAir coach is your friend. First one's at 06:20 from T5, takes about 50 mins and it's £23.", []),
    ("The train leaves at 7:05 from Heuston and arrives in Galway by 9:40.", []),
    # look-alikes: positions from a named camera, from the left
    ("Watch at 2:10 from Camera B, then at 3:05 from the drone.", [(130.0, None), (185.0, None)]),
    ("At 1:20 from the left, a car arrives.", [(80.0, None)]),
])
def test_round54_departure_from_a_place(text, expected):
    assert found_spans(text) == expected
