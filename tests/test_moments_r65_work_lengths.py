"""Lengths an end form or a fraction counts from, missed in blind round 65 (reviews-04, sports-03): a broadcast told
as minutes of television ("Fifty-eight minutes of television that feel like twenty. ... The last five minutes")
and a motor race's onboard video ("halfway through the four-minute onboard"). Hours of television watched, with
no end form, give nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "minutes of television": [
        ("Fifty minutes of television that feel like ten. The last five minutes are the weakest part.",
         [(2700.0, 3000.0, False)]),
        ("Ninety minutes of television. The final ten minutes are tense.", [(4800.0, 5400.0, False)]),
    ],
    "a race's onboard video": [
        ("About halfway through the three-minute onboard he loses the rear at the chicane.", [(90.0, None, True)]),
        ("The two-minute onboard is brutal. In the final 20 seconds the tyres give up.", [(100.0, 120.0, False)]),
    ],
    "near-misses stay as they were": [
        ("I watch three hours of television a day. The clip shows the goal at 0:40.", [(40.0, None, False)]),
        ("The onboard camera shows the crash at 1:12.", [(72.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_lengths(text, expected):
    assert found_hedged(text) == expected
