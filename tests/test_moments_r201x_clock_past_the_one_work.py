"""A clock of the day's shape alone in a sentence naming no footage, well past the one length the text tells of the
footage it names, is the time of day (blind round 201's festa fireworks steps): "How to film the Mqabba festa
fireworks (our six-minute video, step by step) ... Fireworks start at 23:00, after the procession." is no position
23 minutes into a six-minute video, though the page names the video. A clock inside the length, or a second length
told, leaves it a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock far past the one length told": [
        ("How to film the Mqabba festa fireworks (our six-minute video, step by step)\nStep 1: at 1 min 05 s the "
         "petards go off.\nStep 2: 40 seconds before the end, the finale.\nFireworks start at 23:00, after the "
         "procession.", [(65.0, None), (320.0, None)]),
        ("Our four-minute video of the Thaipusam kavadi, step by step\n- at 0:40 the kavadi is lifted\n- at 2:10 the "
         "drums\nThe procession leaves the temple at 19:30, so come early.", [(40.0, None), (130.0, None)]),
        ("Making kottu at home (a 5-minute video)\nAt 1:20 the roti is chopped. At 3:05 the egg goes in.\n"
         "The shop opens at 17:00 on weekdays.", [(80.0, None), (185.0, None)]),
        ("Boat race practice (our three-minute clip)\nStep 1: the first 20 seconds show the start.\nStep 2: at 1m10s "
         "the crews turn.\nRacing starts at 14:00, after lunch.", [(0.0, 20.0), (70.0, None)]),
        ("Lantern festival (our eight-minute video, step by step)\nStep 1: at 2m15s the lanterns rise.\nStep 2: "
         "halfway through the eight-minute video, the dragon.\nThe parade starts at 21:00, after the speeches.",
         [(135.0, None), (240.0, None)]),
    ],
    "left alone": [
        ("Our six-minute video, step by step\nAt 1:05 the petards go off. The finale is at 05:20, just before the end.",
         [(65.0, None), (320.0, None)]),
        ("The two-minute teaser is out; the full stream runs 2:30:00. The fireworks start at 23:00 in the stream.",
         [(1380.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_past_the_one_work(text, expected):
    assert found_spans(text) == expected
