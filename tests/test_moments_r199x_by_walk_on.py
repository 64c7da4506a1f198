"""A dotted point opening its sentence with the contract's "by" or a bare "at", a little past the last dotted position
its paragraph placed (fitted round 199: a Coimbatore CCTV notice's "Near about 2.15 they turn towards DB Road. By 2.40
they are gone from the frame."): the notice walks on through the same clip, as a hedged point opening its sentence
already did ("near about 2.10 the motorcyclist is clipped", round 150). The writer's own day stays nothing ("By 2.10
we had left for home")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "by or at walking on": [
        ("The CCTV video is shared in the group. Please see at 0.38 the two-wheeler comes. Near about 2.15 they turn "
         "towards DB Road. By 2.40 they are gone from the frame.", [(38.0, None), (135.0, None), (160.0, None)]),
        ("Kindly watch the clip. At 0.52 the lorry stops near the gate. By 1.30 the driver is out and shouting.",
         [(52.0, None), (90.0, None)]),
        ("Dashcam video attached. At 0.45 the bus cuts in from the left. At 1.20 the conductor waves his hand.",
         [(45.0, None), (80.0, None)]),
    ],
    "left alone": [
        ("See the video, at 0.40 the bus comes. By 2.10 we had left for home.", [(40.0, None)]),
        ("See the clip, at 0.40 the bus comes. At 9.30 the shop opens tomorrow.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_by_walk_on(text, expected):
    assert found_spans(text) == expected
