"""Lengths that round 54 (`tests/data/moments_genres_round54.jsonl`) left unread, so that its end forms and fractions
counted from nothing or from the wrong length: a work's length said with "it" opening the paragraph after the one
that named the work, an advert's length, an amount of footage released or its "full" length, and a forum byline's
age ("u/name · 2h") taken for a length. Sentences written for each family (not the round's own), with look-alikes
that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # "It runs ..." opening a paragraph: the work is the one the paragraph before named
    "it opening the paragraph after the work": [
        ("I saw the documentary twice.\n\nIt runs 1 hr 30 min, and drags. The last ten minutes are superb.",
         [(4800.0, 5400.0)]),
        ("The new film from Molloy is here.\n\nIt lasts 96 minutes. Halfway through, a storm hits.",
         [(2880.0, None)]),
        # look-alikes: no work named in either paragraph; the work two paragraphs back
        ("We waited at the gate.\n\nIt lasted 40 minutes. The last ten minutes were cold.", []),
        ("I saw the film.\n\nWe went for pizza.\n\nIt lasted 40 minutes. Halfway through, the rain came.", []),
    ],
    # an advert is a filmed work with a length
    "advert lengths": [
        ("The bakery's 40-second Christmas advert is a hit. In the final ten seconds, the dog steals the cake.",
         [(30.0, 40.0)]),
        ("Their 60-second commercial ends well: the last 15 seconds show the whole town.", [(45.0, 60.0)]),
        # look-alike: an ad break's length in the world, no end form
        ("After a 30-second ad, the stream resumed at 4:10.", [(250.0, None)]),
    ],
    # how much footage was released, or its full length
    "footage released, full length": [
        ("The force released 8 minutes of dash-camera footage. Halfway through the video, the car stops.",
         [(240.0, None)]),
        ("The council posted the full three minutes and ten seconds from the doorbell camera. In the final 10 "
         "seconds, a man waves.", [(180.0, 190.0)]),
        # look-alike: a stretch of the footage, not its whole
        ("The first 8 minutes of the footage are dark; at 9:10 the lights come on.", [(0.0, 480.0), (550.0, None)]),
    ],
    # a forum byline's age is no length
    "forum post ages": [
        ("**u/kea_watch** · 3h\nThe clip is 2:40. In the last 30 sec you see it land.", [(130.0, 160.0)]),
        ("Posted by u/ferry_fan · 5h\nFilmed this at the pier, it's 1:50 long. Check 0:42.", [(42.0, None)]),
        # look-alike: a page's dotted metadata still gives a length
        ("Vlog • 14 min • 2 days ago\n\nIn the last minute we reach the summit.", [(780.0, 840.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round54_lengths(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a runtime read off a player or a site, and the other copy's set against it
    ("Runtime shows 52:10 on Netflix vs 49:30 on the DVD, so the PAL speed-up fits.", []),
    ("Length says 1:02:10 on my copy versus 58:40 on the listing.", []),
    # look-alikes: two positions set against each other, no length before them
    ("The goal is at 12:31 vs 12:58 on the other feed.", [(751.0, None), (778.0, None)]),
])
def test_round54_runtime_read_and_set_against(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the work's length said as its own, the work named a little before (the paragraph before too)
    ("The documentary is back.\n\nThe first thing you notice is the colour. There are barely 20 lines of dialogue "
     "in its 52 minutes.\n\nThe final three minutes are the best.", [(2940.0, 3120.0)]),
    ("The new film drags across all of its 95 minutes. Halfway through, a storm.", [(2850.0, None)]),
    # look-alikes: a stretch of the work ("its first 10 minutes"); an event's length, no work named
    ("The film is lean. In its first 10 minutes nothing happens; the final minute is loud.", [(0.0, 600.0)]),
    ("The storm raged. In its 48 hours the town flooded. The last ten minutes were calm.", []),
])
def test_round54_its_length(text, expected):
    assert found_spans(text) == expected
