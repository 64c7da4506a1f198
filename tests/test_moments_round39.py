"""Families of misses that blind rounds 39 and 41 (`tests/data/moments_genres_round39.jsonl`, `..._round41.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they are
(the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a thread's post stamp opening its line ("Reply 14:31 by Siggi_R", "posted 14:32 ·", "Edited 10:11"): when the
    # post was written, like an edit stamp; the positions in the posts under it stay
    "a forum post's stamp": [
        ("Posted 09:12 by marta_k\nThe weld cracks at 0:52.\n\nReply 09:40 by OldSparky\nand again at 1:30",
         [(52.0, None), (90.0, None)]),
        ("posted 14:32 · 3 likes\nthe dog jumps the fence at 0:40", [(40.0, None)]),
        ("Replied at 9:05 | 2 likes\nthe dive at 0:33 lol", [(33.0, None)]),
        ("COMMENTED 23:05 by kay_99: see 1:20", [(80.0, None)]),
        ("**Edited 10:11**\n\nThe puncture is at 2:05.", [(125.0, None)]),
        ("<p><b>Reply</b> 16:02 by Jo</p><p>at 1:15 the hull scrapes.</p>", [(75.0, None)]),
        ("Reply\u00a018:20 by Jo\nat 1:15 the hull scrapes.", [(75.0, None)]),
        ("Reply at 7:45 —\nthe fox is at 3:10", [(190.0, None)]),
        # near-misses: a replay (not a reply) at a position, a reply placed in the footage
        ("Replay at 0:47 — the bolt snaps.", [(47.0, None)]),
        ("Reply at 0:47 is where he falls.", [(47.0, None)]),
    ],
    # a working day's schedule told in prose: shifts and slots as clock ranges (a night shift runs past midnight),
    # a timetable's coordinated departures "in winter", a call's close "until 9:30 Eastern", a state of the world
    # "at some point after 16:40"
    "shifts and schedules in prose": [
        ("Nurses work 07:00 to 19:00 or 19:00 to 07:00, with a 45-minute break.", []),
        ("The kitchen runs 06:30 to 14:30, 14:00 to 22:00 and 21:30 to 06:00.", []),
        ("Staff on the 23:00 to 08:00 rota get an extra day off.", []),
        ("Buses leave at 07:10, 11:45 and 16:20 in summer, and at 07:10 only in January.", []),
        ("We'll open the phone lines until 10:30 Pacific.", []),
        ("The vigil was calm all evening. At some point after 21:10 it was not.", []),
        ("<p>Porters work 05:00\u00a0to\u00a013:00 and 21:00\u202fto\u202f05:00.</p>", []),
        ("**NIGHT SHIFT:** 21:00 TO 06:00, DAY SHIFT 06:00 TO 15:00", []),
        ("Lines stay open until 8:45\u00a0Central.", []),
        # near-misses: positions said in the same shapes
        ("The argument runs 04:10 to 05:30 in the video, then again at 07:45.", [(250.0, 330.0), (465.0, None)]),
        ("The goals come at 3:10, 7:45 and 9:20 in the highlights.", [(190.0, None), (465.0, None), (560.0, None)]),
        ("At some point after 3:10 the dog is back.", [(190.0, None)]),
        ("The 12:10 Central Park shot is lovely.", [(730.0, None)]),
    ],
    # a clock told in a sentence that states the footage's length and lies far past it is the time of day the
    # footage shows; so is a log's clock in brackets
    "a clock far past the footage's stated length": [
        ("The doorbell clip, which lasts about 90 seconds, shows the courier arriving at 18:05.", []),
        ("The two-minute CCTV video showed her leaving the bank at 14:32. She turns back 40 seconds in.",
         [(40.0, None)]),
        ("The camera's stamp reads 2023-05-01 09:12:40 but the dispatch log (09:20) is later.", []),
        ("Her account fits the 911 call log (22:41), not the stamp on the video.", []),
        ("<li>The 2-minute bodycam video shows the officer arriving at 23:40.</li>", []),
        ("The door alarm record (03:12) is earlier than the stamp.", []),
        # near-misses: a position inside the length, a bracketed position after a work
        ("The 30-minute video shows the courier arriving at 18:05.", [(1085.0, None)]),
        ("The two-minute clip shows the door opening at 01:20.", [(80.0, None)]),
        ("The captain's log (12:30) is read over the titles.", [(750.0, None)]),
    ],
    # figures measured in the world, not positions: a race's split, a mark out of ten "in my ranking", a measure that
    # changed "from 51 minutes in February", a work's length in brackets after a note, the first hours of a wait
    # longer than the footage
    "measured times and ratings": [
        ("She won in 2:21:04 after a 70:15 half split.", []),
        ("The 5k split of 16:40 was quick; a 33:10 halfway split followed.", []),
        ("At €89 it gets 8:10 in my rating of budget tripods.", []),
        ("After a 1:04:30 half-marathon split she slowed.", []),
        ("The footage (attached,\u00a01\u00a0min\u00a058\u00a0s) shows it. At 0:42 he runs.", [(42.0, None)]),
        ("Average wait times at the clinic rose from 35 minutes in June to 50 minutes in May.", []),
        ("The school released the footage (attached: 2 min 12 s) of the fight. At 1:05 the teacher steps in.",
         [(65.0, None)]),
        ("The clip is 3 minutes long. \"We heard nothing for the first four hours,\" he said. At 1:10 the bus comes.",
         [(70.0, None)]),
        # near-misses: positions in the same words
        ("The goal at 8:10 in my video is offside.", [(490.0, None)]),
        ("The clip is 3 minutes long. In the first 20 seconds the gate opens.", [(0.0, 20.0)]),
        ("The pack holds a 40-minute stream and a 2-minute teaser. Its first 15 minutes show the warm-up.",
         [(0.0, 900.0)]),
        ("The split screen at 2:15 shows both cars.", [(135.0, None)]),
    ],
    # positions lost: a quoted title ending in an event word ("Low Tide") before a present clause; a present
    # scene whose sentence goes on to ask or say what someone will do; "In 2:48 minute" (the minute of the video)
    "positions told around other words": [
        ('The album closes with "Night Storm", which begins at 6:10 after a long silence.', [(370.0, None)]),
        ("She appears once, at 14:02, asking her brother what he will do after the harvest.", [(842.0, None)]),
        ("At 3:40, after the dog has gone, the farmer turns to the camera and says he will sell the farm.",
         [(220.0, None)]),
        ("In 1:20 minute you can see the rust under the door.", [(80.0, None)]),
        ("in 4:05 minute the engine noise starts", [(245.0, None)]),
        ("In 2:48\u00a0minute you see the trunk.", [(168.0, None)]),
        # near-misses: the world's future, a time taken, a length
        ("At 17:02 the ferry will leave, asking nobody what they want.", []),
        ("He did the lap in 4:10 minutes.", []),
        ("The low tide, which begins at 9:30, will flood the road.", []),
    ],
    # the end forms: "the final 20 seconds, a second drone" (no "and a second" in the length), and a verbless
    # heading "Finally, the last minute." that the times after it place
    "the end of the footage": [
        ("The clip runs 2:30. In the final 10 seconds, a second car appears.", [(140.0, 150.0)]),
        ("The 4-minute video ends badly. In the last 30 seconds, a second shot is heard.", [(210.0, 240.0)]),
        ("The clip runs 5:00. In the final 20\u00a0seconds, a second drone crosses.", [(280.0, 300.0)]),
        ("The match video is an hour long. Finally, the last minute. Watch from 58:10 to 59:50.", [(3490.0, 3590.0)]),
        ("The match video is an hour long. Next, the opening minute. See 0:10 to 0:50.", [(10.0, 50.0)]),
        # near-misses: the last minute named in a sentence that says what happens in it
        ("The clip is 10 minutes long. The last minute is the best.", [(540.0, 600.0)]),
        ("The clip runs 2:30. In the final 10 seconds and a half the car stops.", [(139.5, 150.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_nine_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
