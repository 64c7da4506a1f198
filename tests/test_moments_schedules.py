"""Families of schedules and times in the world that blind rounds 10 and 11
(`tests/data/moments_genres_round10.jsonl`, `..._round11.jsonl`) exposed, each with sentences written for the
family (not the rounds' own) and near-misses that must stay footage positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # cells of a table column headed by a time in the world are a timetable, HTML or pipe
    "timetables in tables": [
        ("<table><tr><th>Pier</th><th>Departs</th></tr><tr><td>North Quay</td><td>06:50</td></tr>"
         "<tr><td>Lighthouse</td><td>07:05</td></tr><tr><td>Ferry Point</td><td>07:20</td></tr></table>", []),
        ("<table><thead><tr><th>Session</th><th>Time</th></tr></thead><tbody><tr><td>Keynote</td><td>09:30</td></tr>"
         "<tr><td>Panel</td><td>11:15</td></tr></tbody></table>", []),
        ("| Station | Arr. |\n|---|---|\n| Kingsbridge | 10:42 |\n| Marlow Road | 10:58 |\n| Terminus | 11:10 |", []),
        ("| Act | Stage time |\n|:--|:--:|\n| Support | 19:30 |\n| Headliner | 21:00 |", []),
        ("Stop | Dep.\n---|---\nDepot | 7:15\nBridge St | 7:29", []),
        ('<table><thead><tr><th scope="col">Stop</th><th scope="col"><abbr title="Departure">Dep.</abbr></th></tr>'
         "</thead><tr><td>Depot</td><td><b>07:15</b></td></tr><tr><td>Quay</td><td><span>07:40</span></td></tr></table>",
         []),
        # near-misses: a table that logs footage (a time under an hour, or the time first under "Time")
        ("<table><tr><th>Shot</th><th>Time</th></tr><tr><td>Wide</td><td>00:00</td></tr>"
         "<tr><td>Close-up</td><td>12:40</td></tr></table>", [(0.0, None), (760.0, None)]),
        ("<table><tr><th>Time</th><th>Event</th></tr><tr><td>01:12</td><td>Van arrives</td></tr>"
         "<tr><td>02:40</td><td>Door opens</td></tr></table>", [(72.0, None), (160.0, None)]),
        ("| Time | What happens |\n|---|---|\n| 00:12 | the van pulls in |\n| 01:05 | the door opens |",
         [(12.0, None), (65.0, None)]),
        ("Scene | Time\n---|---\nIntro | 0:00\nChase | 12:40", [(0.0, None), (760.0, None)]),
    ],
    # times coordinated with a time in the world (a comma, "and", "or" between) are in the world too
    "coordinated world times": [
        ("Patients were seen at 14:20 and 15:05, the ward log shows.", []),
        ("Flights left at 10:05, 10:40 and 11:20 once the fog lifted.", []),
        ("The gates were closed at 21:10 and 21:40.", []),
        ("Trams leave at 05:50 or 06:20 on Sundays.", []),
        ("Clinics run at 09:00, 11:00 and 14:00 on weekdays.", []),
        ("Services at 07:15 and 07:45 were cancelled.", []),
        # near-misses: coordinated footage positions stay positions; a position said into the footage
        ("In the clip the goalkeeper dives at 2:10 and 2:45.", [(130.0, None), (165.0, None)]),
        ("In the recording the alarm sounds at 14:20, 15:05 and 16:10.", [(860.0, None), (905.0, None), (970.0, None)]),
        ("The ferry left at 09:15, and 1:20 into the video you can see it turning.", [(80.0, None)]),
    ],
    # a schedule's label or service words before a clock: meals and opening hours, a service's runs, a start
    # order, a planned finish, the next item of a labelled line-up
    "schedules with labels or service words": [
        ("Brunch 9:30–12:00, and the coffee was excellent.", []),
        ("The gallery sets visiting hours of 10:00 to 17:30 during the summer.", []),
        ("Line 3 runs every 20 minutes from 06:10, and the fare is £2.", []),
        ("The Grand Prix is on Sunday afternoon, lights out at 14:00 local.", []),
        ("She is the last rider away at 15:28, four minutes behind her rival.", []),
        ("The last ferry is 22:50, so book a cabin.", []),
        ("The first boat out is 06:15 and the return crossing leaves at 17:40.", []),
        ("Kovač starts at 13:58, a minute ahead of the race leader, who is the last rider away at 13:59.", []),
        ("The marathon has an estimated finish at about 11:40 for the leaders.", []),
        ("Gates 11:00; warm-up 12:15; final 13:30.", []),
        ("Check-out 11:00, and the staff were lovely.", []),
        ("Sailings at 08:00, 12:00, and 16:00.", []),
        ("The buses run every 15 minutes between 07:00 and 19:00.", []),
        ("High tide 06:42, low tide 12:55.", []),
        ("Boarding closes at 06:20, so be early.", []),
        ("Visiting is from 14:00 to 16:00.", []),
        ("Registration 08:30, talks from 09:15 in the main hall.", []),
        # near-misses: a label's item said in the footage; a list of footage positions; a blink every so often
        ("Doors 19:00, the band walks on at 2:10 in the video.", [(130.0, None)]),
        ("Kick-off 15:00, goal at 12:40 in the highlights.", [(760.0, None)]),
        ("Intro 0:00, first goal 12:40, red card 31:05.", [(0.0, None), (760.0, None), (1865.0, None)]),
        ("In the clip a light blinks every 2 minutes until 14:10.", [(850.0, None)]),
        ("In the clip a bus passes every 2 minutes between 1:10 and 3:30.", [(70.0, 210.0)]),
        ("Breakfast scene at 3:20 in the film: the toast burns.", [(200.0, None)]),
    ],
    # world times told in narrative and transcripts: a clause opening "by" in the past after a world time, a time
    # someone put on an event, a speaker's own journey, a clock said aloud (a subtitle cue's dialogue is speech), a
    # camera's clock, a wall clock read again in another shot
    "past or spoken world times": [
        ("The alarm was raised at 01:15. Within ten minutes the crew had dressed; by 01:30 the engine was on the road.",
         []),
        ("The drone clip shows the roof giving way at 0:31. Neighbours put the time at 04:15.", [(31.0, None)]),
        ("The phone video shows the first flames at 0:12. Witnesses placed the time of the fire at about 22:40.",
         [(12.0, None)]),
        ("The bodycam clip starts at 0:05 with the knock on the door. Paramedics were called at 23:10.", [(5.0, None)]),
        ("[00:00:21] AMIR: So we set off early—\n[00:00:24] AMIR: and we only reached Leeds at 9:05.",
         [(21.0, None), (24.0, None)]),
        ("[00:10:02] CHAIR: Thank you. It's 12:05; we'll resume at 12:45.", [(602.0, None)]),
        ("12\n00:04:10,200 --> 00:04:12,000\n- It's 7:30 already.\n\nthat line is out of sync by a second.",
         [(250.2, 252.0)]),
        ("The sirens go off at 0:40 in the clip. Time on the CCTV is showing 21:04.", [(40.0, None)]),
        ("The bus hits the bike at 0:52 in the clip. As per the CCTV, time is showing 18:47 then.", [(52.0, None)]),
        ("- the oven clock says 6:40 at 3:12 in the video, and 7:05 in the following scene", [(192.0, None)]),
        ("The wall clock reads 3:05 at 14:10 in the film, and 3:20 in the last scene.", [(850.0, None)]),
        # near-misses: the same words placing footage
        ("In the video it's 2:10 when he falls.", [(130.0, None)]),
        ("The player's time shows 2:10 when he falls.", [(130.0, None)]),
        ("Which bit do you mean? It's 3:40.", [(220.0, None)]),
        ("The clock on the wall reads 3:15 at 4:20 in the clip, and at 5:10 the door opens.",
         [(260.0, None), (310.0, None)]),
        ("I reached the summit at 1:12 in the vlog.", [(72.0, None)]),
        ("The pot boils at 4:10; by 5:30 the pasta is done.", [(250.0, None), (330.0, None)]),
        ("[00:00:30] HOST: the goal is at 1:20 in the clip; it's 2:05 into the stream now.",
         [(30.0, None), (80.0, None), (125.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_schedule_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
