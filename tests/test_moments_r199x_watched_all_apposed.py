"""A work watched whole, its length set off after "all of it" (fitted round 199: "the dhow race went out on a
livestream ... I watched all of it, 4 hours 20 minutes, from a flat"): the length of the recording, so "The last 10
minutes of the stream" later counts back from it, as round 88's "all six hours and twelve minutes of it" does. A
stretch of the writer's own day so set off ("waited all of it, two hours, in the rain") names no recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a watched whole's length set off": [
        ("The regatta went out on a livestream and I watched all of it, 4 hours 20 minutes, from a flat.\n\n"
         "The last 10 minutes of the stream are the prize-giving.", [(15000.0, 15600.0)]),
        ("The council put the meeting on YouTube. I sat through the whole thing, 2 hours 10 minutes, with tea.\n\n"
         "In the final five minutes of the video the mayor walks out.", [(7500.0, 7800.0)]),
        ("Their match stream was free, and we watched all of it (1 hour 50 minutes) in the clubhouse.\n\n"
         "The last 30 seconds of the stream are a penalty save.", [(6570.0, 6600.0)]),
    ],
    "left alone": [
        ("The queue was long and we waited through all of it, two hours, in the rain. The last 10 minutes of the "
         "wait were the worst.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watched_all_apposed(text, expected):
    assert found_spans(text) == expected
