"""An esports round's timer, told as the time left "on the spike" or "on the bomb" (blind round 135): "9. 1v4 clutch
with 0:07 on the spike". Like "with 4:31 on the clock" it is a game clock, the time left in the round, no position
in the compilation. A play placed "at" a time of the video, planting the spike included, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "time left on the spike or the bomb is a game clock": [
        ("Best CS2 moments this week:\n3. Defuse with 0:03 on the bomb timer\n2. Ninja defuse with 0:05 on the bomb\n"
         "1. The triple kill at 2:14 of the highlight reel", [(134.0, None)]),
        ("Top Valorant clutches of the split: Sova's 1v3 with 0:11 on the spike was voted best.", []),
    ],
    "a play placed in the video stays a position": [
        ("Valorant VOD review: at 0:07 he plants the spike, and the clutch is at 1:12.", [(7.0, None), (72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round_timer(text, expected):
    assert found_spans(text) == expected
