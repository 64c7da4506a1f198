"""Families of misses that blind rounds 16 and 17 (`tests/data/moments_genres_round16.jsonl`, `..._round17.jsonl`)
exposed in lists, structure and numbers that are no positions, each with sentences written for the family (not the
rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a floor in
test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a track listing's "title – 3:41" items are the tracks' lengths; the label decides (a chapter list looks alike)
    "track listings are lengths": [
        ('Tracklist: 1. "Paper Moon" – 4:02 2. "Salt Road" – 3:18 3. "Ferris" – 6:55. In the video for "Ferris" '
         "the wheel stops at 1:12.", [(72.0, None)]),
        ("Track listing\n1. Paper Moon – 4:02\n2. Salt Road – 3:18\n3. Ferris – 6:55\nThe band walks on at 0:40 "
         "of the live film.", [(40.0, None)]),
        ('Side one: "Paper Moon" – 4:02; "Salt Road" – 3:18; "Ferris" – 6:55.', []),
        ("<p><b>Tracks:</b> “Paper Moon” — 4:02 · “Salt Road” — 3:18</p>", []),
        ("SONGS:\n- Paper\u00a0Moon - 4:02\n- Salt Road - 3:18", []),
        ('<h3>Track listing</h3><ol><li>"Ash" – 3:41</li><li>"Coldwater" – 4:12</li></ol>'
         "<p>The video cuts at 2:05.</p>",
         [(125.0, None)]),
        ('Track listing: 1. "Ash" –\u00a03:41\u00a0 2. "Coldwater" –\u202f4:12', []),
        # near-misses: a chapter list written the same way, with no track label, and a song cited mid-sentence
        ('Chapters: "Intro" – 0:00; "The climb" – 1:45; "Summit" – 6:10.', [(0.0, None), (105.0, None), (370.0, None)]),
        ('Songs: the chorus of "Ferris" kicks in at 1:45 in the clip.', [(105.0, None)]),
    ],
    # "The runtime is 2:41:00", "its length's 48:12": a running time stated with a copula, in prose or a question
    "running time said with 'is'": [
        ("Does anyone have the subs for the Telugu cut? The runtime is 2:41:00 and mine are for the 2:28 theatrical "
         "version.", []),
        ("Anyone know if the running time was 1:52:10 on the festival print? The dog appears at 1:12:05.",
         [(4325.0, None)]),
        ("Its length's 48:12, and the ref's mistake comes at 31:40.", [(1900.0, None)]),
        ("How long is the director's cut? The runtime is **2:58:14**; the extra scene is at 2:10:03 in it.",
         [(7803.0, None)]),
        ("Is the runtime really 2:41:00? The cameo is at 1:12:40 in that cut.", [(4360.0, None)]),
        # near-miss: a position in the same sentence as a length
        ("The run time is 14:02 but the clip starts at 1:30", [(90.0, None)]),
    ],
    # an episode's broadcast slot in brackets after its date; a scene "of/to" an event is footage, not the event
    "broadcast slots after a date; scenes of events": [
        ("Original air date: 3 March 2019 (Channel 4, 22:15). Running time 47 minutes. The fire starts at 12:10.",
         [(730.0, None)]),
        ("First shown 3 March 2019 (Channel 4, 22:15); the confession comes at 41:05.", [(2465.0, None)]),
        ("Aired on 12 May (21:30) with the twist at 38:20.", [(2300.0, None)]),
        ("The flashback to the pit strike runs from 24:30 to 31:15.", [(1470.0, 1875.0)]),
        ("The montage of the protest march runs from 3:10 to 4:02 in the documentary.", [(190.0, 242.0)]),
        ("The reconstruction of the 1987 storm starts at 12:40.", [(760.0, None)]),
        # near-misses: the events themselves keep their clock times
        ("The pit strike began at 10:45 and the pickets left at 14:30.", []),
        ("Aired on 12 May at 21:30.", []),
    ],
    # a winner's, stage or net time, a margin "0:52 ahead", a list of splits, a distance "in" a time, "went through
    # (halfway) in": race numbers in long reads; the footage's own positions in the same texts stay
    "race numbers in long reads": [
        ("Stage winner's time: 4:02:19. The breakaway goes at 1:12 in the highlights.", [(72.0, None)]),
        ("Winners’ time 2:11:05; in the replay the sprint starts at 3:40.", [(220.0, None)]),
        ("The champion's time was 2:05:41; her time: 2:07:10. The stream shows the kick at 1:58:20.",
         [(7100.0, None)]),
        ("Van Aert crossed the line in 5:01:33, 0:52 ahead, and the clip shows the attack at 2:05.",
         [(125.0, None)]),
        ("Jansen was 0:38 ahead on the final climb.", []),
        ("WINNER\u2019S TIME:\u00a03:21:47. Her splits were 14:58,\u00a015:02 and\u202f15:31.", []),
        ("His splits were 14:58, 15:02, 15:10 and 15:31; the fall is at 2:44 in the race video.", [(164.0, None)]),
        ("**Splits:** 4:31, 4:29, 4:35, 4:40 and 4:22.", []),
        ("She ran the 12th mile in 6:10 and the final lap in 1:02.", []),
        ("They were told to go through 20 km in 1:02:30. They went through in 1:02:11, well inside the plan.", []),
        ("The leaders had gone through halfway in 1:04:30 and reached the halfway mark in just under 64 minutes.", []),
        ("The official time was 3:58:10 and the net time 3:57:40; in her video the finish arch appears at 5:02.",
         [(302.0, None)]),
        # near-misses: a fraction of footage, a package's end, "ahead" and "split" that are no race's
        ("Halfway through the 20-minute highlights package the rain starts.", [(600.0, None)]),
        ("The club posted a 3-minute video. In the final 30 seconds of the package, the car spins.", [(150.0, 180.0)]),
        ("The crash is at 2:10, ahead of the pit stop. Skip ahead to 4:05 for the podium.",
         [(130.0, None), (245.0, None)]),
        ("The split screen at 1:12 shows both cars.", [(72.0, None)]),
    ],
    # a workout's parts ("1:30 max", "20:00 on the bike") are durations; a routine's length counts its end; a
    # chapter line naming a version by its length is no entry
    "workout and recipe lists": [
        ("My week: Mon push 4x8, Tue pull 5x5, rest 90 seconds between sets, 1:30 max. Cardio 20:00 on the bike.", []),
        ("Leg day: squats 5x5, rest 2:00 max between sets; finisher 12:00 on the rower.", []),
        ("Warm-up 5:00 on the treadmill, then planks 1:00 minimum, 3 rounds.", []),
        ("REST 90 S, 1:30&nbsp;MAX; cardio 20:00\u202fon the bike", []),
        ("Yoga for runners (15-min routine)\nHamstrings: 0:00–5:00\nHips: 5:00–11:00\nBreathing in the last 4 minutes.",
         [(0.0, 300.0), (300.0, 660.0), (660.0, 900.0)]),
        ("The 30-minute workout ends with planks: they fill the final 5 minutes.", [(1500.0, 1800.0)]),
        ("0:00 Intro\n0:45 Dough\n2h30m overnight version linked below\n6:10 Baking",
         [(0.0, None), (45.0, None), (370.0, None)]),
        # near-misses: positions said with "at" before such words
        ("In the video the rider falls at 1:30 on the bike's second lap.", [(90.0, None)]),
        ("The coach demos the squat at 1:30 max depth.", [(90.0, None)]),
    ],
    # a bracket after "in the video" cites where in it; a range's end named on the way ("to the final frame at");
    # a corrected clock ("16:10 local time, not at 09:30") and a clock before a report ("the 13:58 report") are clocks
    "brackets, named range ends and corrected clocks": [
        ("The menu demo in the video (3:47) undersells how fiddly the dial is.", [(227.0, None)]),
        ("The hinge squeak in my review video (5:02) annoys people.", [(302.0, None)]),
        ("The ending, from 3:50 to the final frame at 4:12, was reshot after the tape was damaged.",
         [(230.0, 252.0)]),
        ("The storm sequence runs from 1:05 through the closing shot at 2:40.", [(65.0, 160.0)]),
        ("The shadows say the clip was filmed around 16:10 local time, not at 09:30 as the uploader claimed.", []),
        ("The blast is audible between the 1- and 2-minute marks, which matches the 13:58 report from residents.",
         [(60.0, 120.0)]),
        ("The 21:40 post on the forum says the crowd broke up.", []),
        # near-misses: a work's length in brackets, a corrected position, a range that names no end
        ("The director's cut (2:31:00) adds a prologue.", []),
        ("The goal is at 2:10 in the video, not at 3:10 as the thumbnail says.", [(130.0, None), (190.0, None)]),
        ("The band plays from 2:10 to the end credits at 5:58 in the video.", [(130.0, 358.0)]),
    ],
    # a past report of a moment ("Critics highlighted the shot at 1:48") whose event is told in the present in a
    # clause after the time ("in which the lighthouse collapses"): the footage, not the world
    "past report, present clause after the time": [
        ("Reception: The teaser runs 2:31. Critics highlighted the shot at 1:48 in which the lighthouse collapses.",
         [(108.0, None)]),
        ("Critics highlighted the stunt at 2:14 in which the car flips.", [(134.0, None)]),
        ("Reviewers praised the reveal at 4:40, where the mask comes off.", [(280.0, None)]),
        ("Viewers mocked the gaffe at 3:05 when the host trips over the cable.", [(185.0, None)]),
        # near-misses: the clause after the time is in the past, so the report tells the world
        ("Police arrived at 9:40 when the crowd was dispersing.", []),
        ("Officers arrived at 9:40, when the protesters marched off.", []),
        ("The rally began at 10:45 when the speakers arrived.", []),
    ],
    # "with a penalty in the final minute" in a paragraph naming no footage, before any length: the match's end,
    # not the end of a replay whose length a later paragraph states
    "an event's end before any footage is named": [
        ("They won the cup 3-2 with a header in the final minute.\n\nThe club's highlights package runs 9 minutes "
         "and is worth a look.", []),
        ("The hosts levelled halfway through the second half.\n\nThe 12-minute highlights reel is online.", []),
        # near-misses: footage named in the paragraph, or a length already stated, still place the end
        ("In the final 30 seconds of the clip, the car crashes.\n\nThe 3-minute clip was posted on Sunday.",
         [(150.0, 180.0)]),
        ("Halfway through, the mood changes in the video.\n\nIt is a 10-minute video.", [(300.0, None)]),
        ("The 9-minute highlights package is online.\n\nIn the final minute, the keeper makes two saves.",
         [(480.0, 540.0)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
