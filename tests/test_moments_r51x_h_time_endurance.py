"""A device's endurance written as an h-time with its noun right after it (blind round 51): "Performance on my Deck:
locked 40 fps, about 2h10 battery" is how long the battery lasts, as are "about 3h20 screen-on time", "around 1h45
of battery" and "about 4h05 on a single charge"; the hedge that places "about 1h02" in a video does not place
these. Said "at" (where the footage shows the battery) or with no such noun after, an h-time stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "how long the device lasts": [
        ("Performance on my Deck: locked 40 fps, about 2h10 battery. The crash is at 14:22 in my video.",
         [(862.0, None)]),
        ("It did about 3h20 screen-on time, and the crash is at 1h02 in my video.", [(3720.0, None)]),
        ("I got around 1h45 of battery out of it.", []),
        ("Mine lasts about 4h05 on a single charge, the drop test is at about 1h10 in the stream.", [(4200.0, None)]),
        ("Got roughly 2h50 batt in the cold.", []),
    ],
    "positions left alone": [
        ("At 2h10 battery is at 20% in the timelapse.", [(7800.0, None)]),
        ("The battery warning pops up at 1h12.", [(4320.0, None)]),
        ("Skip to about 1h05, the charge cable falls out.", [(3900.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_h_time_endurance(text, expected):
    assert found_spans(text) == expected
