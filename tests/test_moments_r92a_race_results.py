"""A race's result told with its time (blind round 92): "won the Nairobi City Marathon on Sunday in 2:05:41",
"Race 22 result: Waikato Uni 5:48.21, Hamilton RC 5:51.07", "she finished third in the women's pair (7:12.05)".
A race won with the day it was won told between, a result label listing crews or riders with times to the
hundredth, and a place in a named event with its time bracketed after, are race times, no moment. A time placed in
the footage near them, and a chapter list under a results-like word, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a race won, with when, then its time, is a race time": [
        ("Amina Yusuf won the Lagos City Marathon yesterday in 2:24:10, a personal best.", []),
        ("The Dutch crew took the title on Saturday in 6:01.44 after a late sprint.", []),
        ("Mbeki won the Comrades ultra marathon last year in 5:29:03 and is back again.", []),
    ],
    "a results label lists times to the hundredth": [
        ("Heat 3 results: Otago Uni 6:12.40, Canterbury RC 6:15.02, Wairau 6:19.88.", []),
        ("Final result: Ng 1:58.31, Baptiste 1:58.90.", []),
    ],
    "a place in a named event, the time bracketed after": [
        ("At the 2022 trials he finished fourth in the men's lightweight single (7:01.36), just short.", []),
        ("She came fifth in the 1500m freestyle (16:21.09) at her first Games.", []),
    ],
    "positions near them stay positions": [
        ("He won the race on Sunday; in the stream the finish is at 2:05:41 and the crash at 1:12:40.",
         [(7541.0, None), (4360.0, None)]),
        ("Race results video chapters:\n0:00 Intro\n1:30 Heat 1\n4:05 Heat 2", [(0.0, None), (90.0, None),
                                                                              (245.0, None)]),
        ("He finished fourth in the highlight video at 2:14, oddly.", [(134.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_results(text, expected):
    assert found_spans(text) == expected
