"""A regatta's results, each division labelled by its boat's class and distance ("Men's single paddle, 2 km:",
"Mixed six-paddle, 4 km:") and each place a paddler, a crew of two joined by "and" or a crew named by its island
(blind round 202: "1. Lagi and Mele Talia (Vaitupu) 6:05.3; 2. Nanumaga crew 6:31.0"): race times, as "Men's race:
1. Kiplagat 2:08:41" already were. Positions told in the same labels, and a numbered chapter list, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a division labelled by its boat's class and distance": [
        ("Men's single paddle, 2 km: 1. Falani Tausi (Nanumea) 11:42.6; 2. Sio Iakopo (Nukufetau) 11:58.1; "
         "3. Peni Talaka (Funafuti) 12:20.9.", []),
        ("Men's K1, 500 m: 1. Tom Reed 1:45.3; 2. Ola Berg 1:47.9.", []),
        ("Mixed six-paddle, 4 km: 1. Niutao crew 21:14; 2. Nui 21:40.", []),
    ],
    "a crew of two, or a crew named by its island": [
        ("Women's double sculls, 1000 m: 1. Ana and Rosa Lima (Porto) 3:41.20; 2. Braga crew 3:44.05.", []),
        ("Women's double, 1 km: 1. Lagi and Mele Talia (Vaitupu) 6:05.3; 2. Nanumaga crew 6:31.0.", []),
    ],
    "positions left alone": [
        ("Women's double, 1 km: the finish is at 6:05 in the replay.", [(365.0, None)]),
        ("Chapters: 1. Intro 0:00; 2. Setup 1:30; 3. The race 4:10.", [(0.0, None), (90.0, None), (250.0, None)]),
        ("Mixed six-paddle, 4 km, in the video: the crews turn the buoy at 3:10 and Niutao leads from 5:20.",
         [(190.0, None), (320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_boat_class_results(text, expected):
    assert found_spans(text) == expected
