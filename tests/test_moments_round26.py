"""Families of misses that blind rounds 26, 27 and 28 (`tests/data/moments_genres_round26.jsonl`, `..._round27.jsonl`,
`..._round28.jsonl`) exposed in lists and metadata, each with sentences written for the family (not the rounds' own)
and near-misses that must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a list's header giving its work's length in brackets, a heading saying the list's times are runtimes, a total,
    # a release's rating then its length, an exhibit played in full: lengths, while the entries below stay positions
    "lengths in list headers and metadata": [
        ("Highlights from the webinar recording (52:30):\n- the demo starts at 4:10\n- questions from 41:00",
         [(250.0, None), (2460.0, None)]),
        ("Stand-out moments in the *Harbour* clip (2:05):\n1. the gull steals a chip – 0:14\n2. the wave – 1:31",
         [(14.0, None), (91.0, None)]),
        ("**Top 10 tries of the round (video 9:05):**\n1. Lomu – 0:40\n2. Carter – 3:12",
         [(40.0, None), (192.0, None)]),
        ("<p>Clip of the week (video\u00a03:30):</p>\n<ul><li>the fall at 0:50</li></ul>", [(50.0, None)]),
        ('Album at a glance (running times from the vinyl):\n1. "Cold Light" – 4:12\n2. "Iron Bay" – 5:07', []),
        ("Now showing; rated 15; 1 h 54 min.", []),
        ("Drama | PG-13 | 2h 10m", []),
        ("Certificate 15 | 1h 58m | Drama", []),
        ("Episode lengths:\n- Pilot – 52:10\n- The Crossing – 48:30", []),
        ("Total viewing time around 1h20m.", []),
        ("Total watch time ~1h06m.", []),
        ("Ex. 15  Dashcam. Shown in full (2 min 30 s).", []),
        ("Playlist runtimes:\n* Ep 1 – 14:22\n* Ep 2 – 18:05", []),
        ("Ex. 4  Doorbell camera. Shown in its entirety (1:12).", []),
        ("The interview was played from start to finish (14:30) before the judge ruled.", []),
        # near-misses: a transcript's timed speaker label, a list of moments, a time in brackets in prose
        ("SPEAKER 1 (12:04):\nRight, let's begin.", [(724.0, None)]),
        ('Best bits of the album stream:\n1. "Cold Light" – 4:12\n2. "Iron Bay" – 5:07',
         [(252.0, None), (307.0, None)]),
        ("The officer appears in the clip (0:45).", [(45.0, None)]),
        ("Key moments in the 'Dune' trailer (2:55):\n- 0:12 the worm\n- 1:40 the title", [(12.0, None), (100.0, None)]),
        ("The best bits (times from the DVD):\n1. The chase – 48:12\n2. The kiss – 1:02:10",
         [(2892.0, None), (3730.0, None)]),
    ],
    # a stage's times after a set list, a line-up's first entry read as the others, a travel list's legs
    "line-ups, stage times and travel schedules in lists": [
        ("Best bits of the stream:\n1. Opening song – 0:45\n2. Encore – 1:21:30\nThe set ran 1h35. West Holts Stage, "
         "20:15–21:30.", [(45.0, None), (4890.0, None)]),
        ("Highlights of the concert film:\n1. Intro – 0:30\n2. Solo – 41:10\nFilmed on the Big Top stage, 21:00 to "
         "22:10.", [(30.0, None), (2470.0, None)]),
        ("Sunday running order, Park Stage:\n18:15 The Marrow Twins\n19:40 Lake Orphan\n21:05 Vesna (till 23:00)", []),
        ("Friday bill, second tent:\n20:00 The Lodes\n21:30 Hollow Pine", []),
        ("Trip notes (Vienna):\n- flight 13:35 from Gatwick\n- connection in Munich 16:10", []),
        ("Bike trip:\n- train 08:12 to Carlisle\n- return 18:05", []),
        ("Trip:\n- depart 07:10 Leeds (train)\n- arrive 12:05", []),
        ("Saturday line-up:\n- 19:30 The Quells\n- 21:00 Marrow Lake\n- 22:45 Ostrava", []),
        ("Glade Stage, 19:00-19:45.", []),
        ("Pyramid Stage (21:45–23:20).", []),
        # near-misses: a recap video's list by song, a stage named before a time in the video, a list of the video
        ("Recap video, by song:\n18:15 the opener kicks in\n19:40 the guest appears", [(1095.0, None), (1180.0, None)]),
        ("Main stage, 21:45 in the video: the lights fail.", [(1305.0, None)]),
        ("The singer falls off the stage, 12:40 is where it happens.", [(760.0, None)]),
        ("The singer falls off the stage (12:40).", [(760.0, None)]),
        ("Highlights from the travel video:\n- return 16:15 is where the cat escapes", [(975.0, None)]),
    ],
    # a pair told as a ratio of two things, a mix or a measure by weight is no clock
    "ratios in recipes": [
        ("The 1:40 rice to water ratio is far too wet.", []),
        ("Use a 1:20 bleach-to-water mix for the tiles.", []),
        ("Mix the clay slip 1:10 by weight.", []),
        ("The 1:50\u00a0SALT TO FLOUR RATIO is too much.", []),
        # near-misses: a chapter naming a ratio, a time followed by "to the water", a ratio shown at a position
        ("Chapters:\n0:00 intro\n0:45 back to basics\n2:10 water to flour ratio explained",
         [(0.0, None), (45.0, None), (130.0, None)]),
        ("At 1:40 she adds the rice to the water.", [(100.0, None)]),
        ("The 1:15 coffee to water ratio is shown at 3:20 in the video.", [(200.0, None)]),
    ],
    # a list of timed blocks that follow each other from 0:00 keeps every block, whatever its label says
    "ranges in a list of timed blocks": [
        ("Yoga flow\n1. Breathing 0:00-3:00\n2. Sun salutes 3:00-11:45\n3. Finisher 11:45-18:10",
         [(0.0, 180.0), (180.0, 705.0), (705.0, 1090.0)]),
        ("STRETCH ROUTINE\n- Neck rolls: 0:00 – 2:30\n- Hamstrings: 2:30 – 7:45\n- Finisher: 7:45 – 12:00",
         [(0.0, 150.0), (150.0, 465.0), (465.0, 720.0)]),
        ("<ul><li>Warm-up: 0:00–5:00</li>\n<li>Circuit: 5:00–12:30</li>\n<li>Finisher: 12:30–20:00</li></ul>",
         [(0.0, 300.0), (300.0, 750.0), (750.0, 1200.0)]),
        # near-misses: a day's sessions from 09:00, a race's finish band
        ("Conference day:\n- Registration: 09:00–10:30\n- Keynote: 10:30–12:00\n- Finishers' lunch: 12:00–13:00", []),
        ("Parkrun results:\n- Finish: 21:10–24:00 for most of the pack", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_six_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
