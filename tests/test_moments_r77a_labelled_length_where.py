"""A work's label, its length in words, then where it is (blind round 77, lists): "VOD: 5 hours 48 minutes on the
organiser's channel." is the VOD's length, as "VOD: 5 hours 48 minutes." is, so a bare h:mm:ss past five hours in
the list below ("starts roughly 5:36:10") is inside it and stays a position. A time on a clock or a screen after the
length ("Clip: 45 seconds on the clock") is no place where the work is."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled length, then where the work is": [
        ("Grand final, all five maps.\nVOD: 6 hours 20 minutes on the league's channel.\n\n- Comeback: 5:41:10\n"
         "- Trophy lift: starts about 6:12:30", [(20470.0, None), (22350.0, None)]),
        ("Full stream: 5 hours 30 minutes on Twitch.\n\nThe last ten minutes are the ceremony.", [(19200.0, 19800.0)]),
        ("Video: 2 hours 10 minutes on YouTube. The final ten minutes are the awards.", [(7200.0, 7800.0)]),
    ],
    "no length without a work where it is": [
        ("Clip: 45 seconds on the clock, then the buzzer.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_length_where(text, expected):
    assert found_spans(text) == expected
