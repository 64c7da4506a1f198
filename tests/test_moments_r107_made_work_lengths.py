"""A made work's length told with its kind (blind round 107): "Made a 4-minute animation 🚂 of the Scottish railway
network ... The final 20 seconds are the Beeching cuts as a bonus." An animation, a cartoon, a slideshow or an
animatic is footage like a video: its stated length is what "the final N seconds" counts back from (220-240 here).
A length of something not watched ("a 4-minute walk") still gives the end forms nothing to count from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an animation's or a slideshow's stated length": [
        ("I put together a 3-minute animation of Lagos traffic over a day. The last 15 seconds are rush hour.",
         [(165.0, 180.0)]),
        ("Our 90-second cartoon for the campaign is up. The final 10 seconds carry the phone number.",
         [(80.0, 90.0)]),
        ("Here's the 2-minute slideshow from the wedding; the last 30 seconds are the bloopers.", [(90.0, 120.0)]),
        ("The studio shared a 5-minute animatic. Halfway through, the dragon lands.", [(150.0, None)]),
        ("She cut a 3-minute mashup of the leaders' debates. The final 30 seconds are the best.", [(150.0, 180.0)]),
        ("My 6-minute stop-motion of the Lego build is done; the last 40 seconds are the reveal.", [(320.0, 360.0)]),
    ],
    "a length of something not watched": [
        ("It's a 4-minute walk from the station. The final 20 seconds of the climb hurt.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_made_work_lengths(text, expected):
    assert found_spans(text) == expected
