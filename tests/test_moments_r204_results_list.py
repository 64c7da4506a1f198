"""An athletics results list (fitted round 204: the Nandi County championships' "Men's 10,000m: 1. Kibet Chelimo
(Kapsabet Harriers) 28:14.6; 2. Amos Kiprono 28:15.1" and "Women's 1500m: 1. Faith Jerotich, 17, 4:09.32
(championship record, old mark 4:10.05 from 2018)"): race times, no moment, where the division's distance is written
with a thousands comma, where a ranked name carries the athlete's age, and where the record beaten is told as the "old
mark". A highlight's ranked list of positions in a video stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a results list's race times": [
        ("County championships (results)\n\nMen's 10,000m: 1. Kibet Chelimo (Kapsabet Harriers) 28:14.6; 2. Amos "
         "Kiprono 28:15.1; 3. Daniel Rotich 28:31.9.", []),
        ("Schools meet, day two.\n\nGirls' 5,000m: 1. Mercy Wanjiru 16:02.4; 2. Ann Njeri 16:10.9.", []),
        ("Provincial trials.\n\nWomen's 1500m: 1. Faith Jerotich, 17, 4:09.32; 2. Mercy Chebet, 19, 4:11.70.", []),
        ("Regional finals.\n\nMen's 800m: 1. Tomás Ferreira, 21, 1:47.90 (meet record, old mark 1:48.15 from "
         "2019); 2. Rui Lopes 1:48.62.", []),
        ("The national record fell: Ama Owusu ran 2:01.33, beating the previous mark of 2:01.80.", []),
    ],
    "left alone": [
        ("Best bits of the stream, in order:\n\n1. Kibet's kick at 28:14; 2. the photo finish at 31:02.",
         [(1694.0, None), (1862.0, None)]),
        ("Highlights video, in order:\n1. Kibet Chelimo kicks at 28:14\n2. Amos Kiprono dips at 28:15",
         [(1694.0, None), (1695.0, None)]),
        ("In the replay, the old mark on the track is visible at 4:10.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_results_list(text, expected):
    assert found_spans(text) == expected
