"""Families of false alarms that blind round 43 (`tests/data/moments_genres_round43.jsonl`) exposed, world clocks
read as positions, each with sentences written for the family (not the round's own) and near-misses that must stay
as they are (the round itself is scored in test_moments_rounds.py once it has a floor)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a timetable told in prose: a service's runs ("the first at", "the last leaving the pier at"), a meal served in
    # sittings, a deadline ("the cut-off ... is"), a service's last run named with its stop, a court's return
    "schedules and timetables in prose or lines": [
        ("The island ferry runs four crossings a day in winter, the first at 08:10 and the last leaving the pier "
         "at 16:30.", []),
        ("Two buses a day serve the glen; the first at 06:55, the last at 17:40.", []),
        ("The shuttle departs hourly from 09:00; the last one returns at 17:30.", []),
        ("The first tour is at 10:00 and the last at 16:00.", []),
        ("Supper is served in two sittings, at 18:45 and 20:15.", []),
        ("Breakfast was served from 07:00 to 09:30 in the hall.", []),
        ("Lunch is served\u00a0at 12:30 in the canteen.", []),
        ("The deadline for entries is 17:00 on Friday.", []),
        ("<p>The cut-off at the second aid station, Loch Brae, is 14:15.</p>", []),
        ("Line 12, weekdays\nDepot 05:50 · Mill Lane 06:04 · Park Gate 06:20\nthen every 15 min until 19:00\n"
         "Last tram from Park Gate 23:48", []),
        ("**Last train to St. Ives** 21:40", []),
        ("JUDGE HALE: We'll take a short recess. Back at 2:40.\n(Recess taken from 2:27 p.m. to 2:43 p.m.)", []),
        ("We'll stop there for lunch. Back at 1:30, please.", []),
        ("Court adjourned. We'll be back at 2:15.", []),
        ("<li>Last ferry from Oban 18:40</li>", []),
        # near-misses: the footage's own runs, a cut-off in a video, a return told as footage
        ("The clip shows two ferries: the first at 0:45 and the last leaving the harbour at 3:10.",
         [(45.0, None), (190.0, None)]),
        ("In the video, dinner is served at 12:30 and the toast comes at 14:05.", [(750.0, None), (845.0, None)]),
        ("The cut-off is at 3:10 in the video.", [(190.0, None)]),
        ("In the clip the first goal is at 12:40 and the last at 44:10.", [(760.0, None), (2650.0, None)]),
        ("The first tour is at 10:00 in the video.", [(600.0, None)]),
        ("He takes a break. Back at 3:15 he is at the wheel again.", [(195.0, None)]),
        ("The train leaves the station at 12:40 in the film.", [(760.0, None)]),
    ],
    # world times among clock times: an active past a few hours after the paragraph's am/pm clock, the writer's own
    # journey after an opening clock, a clock days on, a clock apposed to a gap from a world event, and a time to the
    # second minutes from a clock reading earlier in the paragraph (and a gap counted from it is no position either)
    "narrative world times among clock times": [
        ("Crews were called to the mill at 2:40 a.m. The first pump arrived at 2:52. At 3:30 the chimney fell, the "
         "chief said.", []),
        ("Police were alerted at 11:05 p.m.; at 11:40 officers found the van.", []),
        ("CREWS WERE CALLED AT 3:12 A.M. AT 4:05 THE ROOF COLLAPSED.", []),
        ("The bulletin went out at 9 a.m. and by 9:20 the queue was round the block.", []),
        ("At 21:15 we stopped at Kilbride Junction for a crew change.", []),
        ("At 06:40 I set off from the bothy.", []),
        ("She logged every outage: 04:15 on 3 May, back on at 22:40 two days later.", []),
        ("The pumps restarted at 06:10 three days later.", []),
        ("The crew arrived 11 minutes after the first call, at 07:52.", []),
        ("<p>The fire brigade arrived 11&nbsp;minutes after the first 999 call, at 07:52.</p>", []),
        ("The lobby camera's clock reads 21:14:05 as the door opens. The guard's log records a shout at 21:16:40; the "
         "lights fail four seconds later.", []),
        # near-misses: footage named, no am/pm clock before, a reaction at a position, a clip named before its time
        ("The storm hit at 4 a.m. In the video, at 4:10 the roof lifts.", [(250.0, None)]),
        ("At 2:40 he paused.", [(160.0, None)]),
        ("The stream started at 9 p.m. and by 9:15 in the video he is live.", [(555.0, None)]),
        ("At 1:20 I laughed so hard.", [(80.0, None)]),
        ("At 3:10 in the video, two days later, she returns.", [(190.0, None)]),
        ("The last clip in the compilation, at 11:02, is the best.", [(662.0, None)]),
        ("Thirty seconds after the whistle, at 14:10 in the video, he scores.", [(850.0, None)]),
        ("The dashcam's clock reads 01:02:10 at 0:05. The crash is at 01:04:30 in the recording.",
         [(5.0, None), (3870.0, None)]),
    ],
    # a clock in the picture: a device's timestamp in apposition, a sign or a board that shows the time, and a
    # second reading coordinated with the first ("reads 7:20 in one shot and 6:55 in the next")
    "clocks shown in the picture": [
        ("The dashcam's own timestamp, 21:06:33, was entered as evidence.", []),
        ("Its time stamp: 14:55:02, the officer noted.", []),
        ("At 0:27 the chemist's sign shows 11:58 and 31\u00b0C.", [(27.0, None)]),
        ("At 0:12 the pharmacy SIGN READS 14:02.", [(12.0, None)]),
        ("<p>The station's departure board shows 21:05 at 0:33 in the clip.</p>", [(33.0, None)]),
        ("A continuity slip (the hall clock reads 8:10 in one shot and 7:45 in the next) is at 17:48 on the DVD.",
         [(1068.0, None)]),
        ("The wall clock shows 10:10 in the wide shot and 10:40 in the close-up.", []),
        ("The clock shows 9:15 in the first frame, and then 9:05 after the cut, at 12:40 in the film.",
         [(760.0, None)]),
        # near-misses: a sign seen at a position; a time said at a position after a reading; a cue's own timestamp
        ("The sign appears at 0:45 and the board is shown at 1:10.", [(45.0, None), (70.0, None)]),
        ("The map is briefly shown at 2:05, before the convoy moves.", [(125.0, None)]),
        ("The licence plate is shown at 3:12 and the driver at 3:20.", [(192.0, None), (200.0, None)]),
        ("The documentary is shown at 21:00 on BBC Four.", []),
        ("The clock reads 7:20 in one shot and at 6:55 in the video the car leaves.", [(415.0, None)]),
        ("The timestamp, 00:12:04, marks the cue.", [(724.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_three_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "approximate"),
    [
        # a fraction of an hour with its article keeps the hedge before it (round 43's regional usage)
        ("The choir's bit was about a quarter-hour into the stream.", 900.0, True),
        ("Roughly a half-hour in, the lights fail.", 1800.0, True),
        ("The lights fail a half hour into the video.", 1800.0, False),
        ("The anthem is a quarter-hour in.", 900.0, False),
    ],
)
def test_a_fraction_of_an_hour_with_its_article(text: str, start: float, approximate: bool) -> None:
    (moment,) = extract_moments(text)
    assert (moment.start, moment.approximate) == (start, approximate)
