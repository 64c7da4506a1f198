"""An amount read on a kitchen timer or a stopwatch (blind round 80): an air-fryer test's "golden at 12 minutes on the
fryer's own timer", in words or in digits ("done at 35:00 by the oven clock", "at 4:30 on my stopwatch"), is how long
the cooking or the timing ran, not a position in the test video, even beside the video's own positions. A counter of
the footage itself ("at 2:10 on the player's timer", "at 3 minutes on the video's timer") stays a position, as does a
timer the footage shows going off at a position ("Around 4:10 in the video the timer beeps")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an amount read on a device's timer is no moment": [
        ("The wedges are crisp at 16 minutes on the air fryer's timer, far sooner than the bag claims.", []),
        ("Our sourdough came out at 42 minutes by the oven clock.", []),
        ("The sponge sprang back at 28:00 on my kitchen timer, so we took it out.", []),
        ("She reaches the buoy at 4:30 on her stopwatch, a personal best.", []),
        ("The popcorn stops popping at two and a half minutes on the microwave clock.", []),
    ],
    "beside the video's own positions": [
        ("In our test video the rice is fluffy at 18 minutes on the cooker's own timer; at 6:40 you can see the lid "
         "steam.", [(400.0, None)]),
        ("Skip to 3:15 for the verdict. The chips were golden at 11 minutes on the fryer's timer.", [(195.0, None)]),
    ],
    "the footage's own counter, or a timer the footage shows, stays a position": [
        ("At 2:10 on the player's timer the lid pops open.", [(130.0, None)]),
        ("At 3 minutes on the video's timer the lid pops open.", [(180.0, None)]),
        ("Around 4:10 in the video the timer beeps and the basket slides out.", [(250.0, None)]),
        ("At 5 minutes the timer on the oven goes off in the clip.", [(300.0, None)]),
        ("Stop the clip at 1:40 on the timer display and read the dial.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_appliance_timers(text, expected):
    assert found_spans(text) == expected
