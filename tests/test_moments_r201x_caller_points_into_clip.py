"""A caller pointing into the clip a phone-in is talking about, the time then what happens at it joined by "and"
("CALLER: It's 1:20 and he falls"): a position, as "It's 1:45 where the dog jumps" is (round 92) and as callers'
"At about 1:15 in it" are (rounds 145, 169). A time told as the time stays a time of day: with no footage talked
about, with what is going on now after it ("and I'm still up", "and the crowd is still outside", "and here's Jim"),
in a presenter's turn (round 193: "PRESENTER: It's 8:20, and we're still on the Madina flood video"), or with a
clock's two-digit hour."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a caller's time and what happens at it, in a clip being talked about, is a position": [
        ("PRESENTER: We're talking about the bridge video this morning.\nCALLER: It's 1:20 and he falls.",
         [(80.0, None)]),
        ("HOST: Line two, you've seen the dashcam clip?\nCALLER (Maria): Yeah, it's 0:48 and the truck swerves.",
         [(48.0, None)]),
        ("We're all watching that footage from the market. It's 2:05, and the stall collapses.", [(125.0, None)]),
        ("PRESENTER: Sam's on the line about the flood video.\nSAM: It's 1:20 and you can see the car float off.",
         [(80.0, None)]),
        ("HOST: Go ahead, Bongani, you've watched the taxi clip.\nBONGANI: Ja, it's 3:10 and then she just "
         "drives off.", [(190.0, None)]),
    ],
    "left alone": [
        ("PRESENTER: We're talking about the bridge video.\nCALLER: It's 6:15 and I'm still up.", []),
        ("PRESENTER: The flood video is everywhere.\nCALLER: It's 7:05 and the kids are still asleep.", []),
        ("PRESENTER: It's 8:20, and we're still on the Madina flood video.", []),
        ("PRESENTER: It's 7:42 and here's Jim on line two about the bridge video.", []),
        ("HOST: You've seen the bridge video.\nCALLER: It's 18:20 and he falls asleep on the bus.", []),
        ("Good morning, it's 6:05 and the traffic on the M50 is already bad.", []),
        ("In the clip it's 1:45, and the dog jumps.", [(105.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_caller_points_into_clip(text, expected):
    assert found_spans(text) == expected
