"""A dotted position whose sentence names the writer's own thing after the number (blind round 141, an Indian housing
society complaint letter listing the CCTV clip's moments): '1. At 2.15 in the video the said vehicle is entering the
basement ...', '3. Near about 5.10 the driver is coming out and checking my car and then going away' (310,
approximate). A sentence of the writer's own day ("I start at 8.15") is no walk through the footage, but the writer's
car, gate or driver seen in the footage after the number ("checking my car", "shouting at our driver") is the footage's
own: the dotted time goes on from the positions the paragraph placed in the clip. The writer as a subject, or the
writer's own thing before the number ("My shift starts at 8.15"), keeps the sentence the writer's day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'my'/'our' after a dotted time in a walk through the footage keeps it a position": [
        ("Kindly check the CCTV footage of the gate.\n\n1. At 1.05 in the video the delivery boy is entering the "
         "compound.\n2. Around 2.40 the boy is kicking my scooter and running away.", [(65.0, None), (160.0, None)]),
        ("Sir, the dashcam video is attached.\n\nAt 0.45 in the video the bus is overtaking from the wrong side. Near "
         "about 1.20 the conductor is shouting at our driver and throwing a stone.", [(45.0, None), (80.0, None)]),
        ("Please see the footage from the lift camera.\n\nAt 3.10 in the clip the man is pressing all buttons. "
         "Approximately 3.55 he is scratching our lift door with a key.", [(190.0, None), (235.0, None)]),
    ],
    "the writer's own day stays nothing": [
        ("At 1.05 in the video the boy enters the compound.\nMy shift starts at 8.15 and the guard changes at 8.30.",
         [(65.0, None)]),
        ("At 1.05 in the video the boy enters the compound.\nAround 2.40 I reached the gate and told the guard.",
         [(65.0, None)]),
        ("At 1.05 in the video the boy enters the compound. At 8.15 my husband came home and we checked the gate.",
         [(65.0, None)]),
        # with no first person at all, read as before
        ("At 1.05 in the video the boy enters the compound.\nAround 2.40 the boy is kicking the scooter and running "
         "away.", [(65.0, None), (160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_writers_thing(text, expected):
    assert found_spans(text) == expected
