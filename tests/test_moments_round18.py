"""Families of misses that blind rounds 18 and 19 (`tests/data/moments_genres_round18.jsonl`, `..._round19.jsonl`)
exposed in tables, grids, logs and lists of times that are no positions, each with sentences written for the
family (not the rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a floor
in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a timetable set in spaced columns, or a table cell holding a set's clock range under a "Time" header
    "grids and tables of clock times": [
        ("Ferry timetable (weekdays)\nPier 1\t07:10\t09:10\t11:10\nIsland\t07:45\t09:45\t11:45", []),
        ("Gym hours\nMon-Fri   06:00  22:00\nSat-Sun   08:00  20:00", []),
        ("Tide times today: Harbour  04:12  10:31  16:40", []),
        ("Northgate\u00a0\u00a007:02\u00a0\u00a007:32\u00a0\u00a008:02\n"
         "Market\u00a0\u00a0\u00a0\u00a007:09\u00a0\u00a007:39\u00a0\u00a008:09", []),
        ("<table><tr><th>Room</th><th>Talk</th><th>Time</th></tr><tr><td>A</td><td>Keynote</td>"
         "<td>09:00&ndash;09:45</td></tr><tr><td>B</td><td>Quiz</td><td>23:30&ndash;00:15</td></tr></table>", []),
        ("| Stage | Act | Time |\n|---|---|---|\n| Main | Loop Dogs | 19:30–20:40 |\n| Tent | DJ set | 22:30 - 01:00 |",
         []),
        ("<table><tr><th>Room</th><th>Session</th><th>Times</th></tr><tr><td>1</td><td>Opening</td>"
         "<td>09:00 – 09:40</td></tr></table>", []),
        # near-misses: a shot list from 0:00, a list of one time a line, times named in the footage, a footage
        # table's ranges under a Time header
        ("| Step | Time |\n|---|---|\n| Intro | 0:00–0:45 |\n| Demo | 0:45–6:10 |", [(0.0, 45.0), (45.0, 370.0)]),
        ("Shot list\nWide     0:00   0:42\nClose    0:42   1:30\nDrone    1:30   2:05",
         [(0.0, None), (42.0, None), (42.0, None), (90.0, None), (90.0, None), (125.0, None)]),
        ("Best bits\n12:10  the goal\n13:05  the red card", [(730.0, None), (785.0, None)]),
        ("In the video the dog barks at 12:10 13:05 and again later.", [(730.0, None), (785.0, None)]),
        ("Edit list\nCam A   12:10  12:55\nCam B   14:02  14:40 (in the video)",
         [(730.0, None), (775.0, None), (842.0, None), (880.0, None)]),
        # a schedule's next range in prose, after its times of day and no position between
        ("Pool lanes close from 12:00 to 13:30 today. Lane 4 is shut 15:00–16:15 too.", []),
        ("Water is off from 09:00 to 11:00 on Tuesday, says the council. Flats on Hill Road lose supply "
         "13:00–15:30.", []),
        # near-misses: a range said in the footage, off the quarter hour, or in another paragraph
        ("The rally began at 10:45. In the video, the crowd surges from 02:15 to 03:00.", [(135.0, 180.0)]),
        ("At 8:50 the station was evacuated. Officers clear the concourse from 02:10 to 03:05.", [(130.0, 185.0)]),
        ("Road closed from 06:00 to 09:00 today.\n\nThe bit I mean is 01:00–01:30.", [(60.0, 90.0)]),
    ],
    # a table whose header names a Start and an End column logs one range a row (Markdown or HTML)
    "tables with Start and End columns": [
        ("| Segment | Start | End |\n|---|---|---|\n| Cold open |\u00a000:00\u00a0| 01:10 |\n"
         "| Interview | 01:10 | 14:30 |", [(0.0, 70.0), (70.0, 870.0)]),
        ("| # | Topic | From | To |\n|:-:|---|---|---|\n| 1 | Setup | **0:00** | **2:15** |\n"
         "| 2 | Wiring | 2:15 | 9:40 |", [(0.0, 135.0), (135.0, 580.0)]),
        ("| Part | Start time | End time |\n| --- | --- | --- |\n| Keynote | 0:05:00 | 0:48:30 |\n"
         "| Q&A | 0:48:30 | 1:02:10 |", [(300.0, 2910.0), (2910.0, 3730.0)]),
        ("| Shot | TC In | TC Out |\n|---|---|---|\n| A | 00:00:04 | 00:00:09 |", [(4.0, 9.0)]),
        ("| Part | Start (mm:ss) | End (mm:ss) |\n|---|---|---|\n| Intro | 00:00 | 00:40 |", [(0.0, 40.0)]),
        ("<table>\n<tr><th>Scene</th><th>Start</th><th>End</th></tr>\n<tr><td>Arrival</td><td>0:00</td>"
         "<td>0:32</td></tr>\n<tr><td>Speech</td><td><b>0:32</b></td><td>4:05</td></tr>\n</table>",
         [(0.0, 32.0), (32.0, 245.0)]),
        # near-misses: a rota's clocks in Start and End columns; a table of one time a row
        ("| Shift | Start | End |\n|---|---|---|\n| Early | 06:00 | 14:00 |\n| Late | 14:00 | 22:00 |", []),
        ("<table><tr><th>Shift</th><th>Start</th><th>End</th></tr><tr><td>Early</td><td>06:00</td>"
         "<td>14:00</td></tr></table>", []),
        ("| Moment | Time |\n|---|---|\n| Kickoff | 0:00 |\n| Goal | 12:40 |", [(0.0, None), (760.0, None)]),
    ],
    # a chat log's line stamps are the chat's clock; the positions inside the messages stay
    "chat logs": [
        ("[09:41] pixelfox: the goal is at 3:12 in the highlights\n[09:42] pixelfox: no wait 3:20\n"
         "[09:42] gr4ce: yeah 3:20 lol", [(192.0, None), (200.0, None), (200.0, None)]),
        ("[22:03] <moss> skip to 12:40 for the fight\n[22:04] <birch> lol", [(760.0, None)]),
        ("> [18:30] tomtom: rewind to 0:55\n> [18:31] ana_b: the ref at 1:02 smh", [(55.0, None), (62.0, None)]),
        ("[14:02:11] jun: watch 5:45\n[14:02:40] jun: ok", [(345.0, None)]),
        ("21:14 <moss> skip to 12:40 for the fight\n21:15 <birch> 12:40 is wild", [(760.0, None), (760.0, None)]),
        ("**[21:14] kayo:** check 0:42\n**[21:15] m1ra:** lol", [(42.0, None)]),
        # near-misses: a transcript's stamps cite the footage; a list of bracketed stamps with no speaker
        ("[00:01:12] HOST: Welcome back.\n[00:01:20] GUEST: Thanks.", [(72.0, None), (80.0, None)]),
        ("[02:21] TOPE: we start\n[02:25] MUSA: yes", [(141.0, None), (145.0, None)]),
        ("[21:14] the moment he slips\n[21:40] the moment he falls", [(1274.0, None), (1300.0, None)]),
    ],
    # times to the tenth or hundredth of a second listed as splits, or a rival's result beside a winning time
    "splits and results with fractions": [
        ("Sector times: S1 0:31.22, S2 1:04.90 and S3 1:39.75.", []),
        ("Her splits were 29.8, 1:01.4 and 1:33.0 before she faded.", []),
        ("Intermediates: Ruiz 14:02.5, Okafor 14:09.1", []),
        ("SPLITS:\u00a0 lap 1 1:02.3 / lap 2 2:05.9", []),
        ("He won in 9:58.31 from Lukas Brandt (10:02.07).", []),
        ("Lap times: 1:02.3, 1:01.9 and 1:00.8.", []),
        ("<p>Splits were <b>1:02.3</b>, <b>2:05.1</b>.</p>", []),
        # near-misses: decimal positions in footage, a split seen at a position
        ("Frame-by-frame: the flash is at 01:17.4 in the 60 fps copy and the glass breaks at 01:17.7.",
         [(77.4, None), (77.7, None)]),
        ("Her splits are on screen at 2:08.4 in the broadcast.", [(128.4, None)]),
        ("The winner clocked 4:01.2, but the replay shows her lunge at 0:42.5 in the video.", [(42.5, None)]),
        ("The lap was 1:02.3 and I show it at 0:12.5 in the clip.", [(12.5, None)]),
    ],
    # chapter lists and description boxes: a pace or target inside an entry, a running time told as a total, a
    # cut length or a title line's length, a compact length after a whole work
    "chapter lists and description boxes": [
        ("Chapters\n(0:00) Warm-up\n(3:15) Main set – 6 x 800 m at 2:55 pace\n(19:40) Cool-down\n"
         "The whole workout took an hour, cut down to 24:30 for YouTube.",
         [(0.0, None), (195.0, None), (1180.0, None)]),
        ("Timestamps:\n0:00 intro\n4:10 build\nTotal video 12:48", [(0.0, None), (250.0, None)]),
        ("Sets of 400 m: my 1:20 rep target is ambitious; the first one is at 2:10 in the video.", [(130.0, None)]),
        ("STILL WATERS (2025) — short film, 9:45\n\nShot on 16 mm in Tasmania.", []),
        ("* Whole stream (4h 05m): twitch.tv/videos/1234\n* The fall: https://youtu.be/abc?t=95", [(95.0, None)]),
        # near-misses: a comma before a position in a comment; a compact position in an aside
        ("Best bits of the documentary, 14:32\nand the ending at 20:10 is great", [(872.0, None), (1210.0, None)]),
        ("We watched the full session (and at 3h 12m the chair resigns).", [(11520.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_eighteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
