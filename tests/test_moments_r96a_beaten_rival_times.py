"""A beaten rival named in a race result, their time in brackets after the name (blind round 96): 'He finished 19
seconds clear of Josphat Kemboi (1:00:00), with defending champion Elias Rotich third in 1:00:27.' The bracket is
the rival's finishing time, a race time, as a results list's "Kemboi 1:00:00" is; the same bracket after a name in
a sentence that walks through the highlights is a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a beaten rival's bracketed time is a race time": [
        ("Wanjiru won the women's race in 2:21:40, finishing 48 seconds ahead of Tsegaye Bekele (2:22:28).", []),
        ("She edged out Ana Duarte (2:24:51) on the line to win the Lisbon marathon.", []),
        ("Hamid held off Connor Walsh (58:12) to win the Cork 10-miler by four seconds.", []),
    ],
    "a bracket after a name in the highlights is a position": [
        ("In the highlights, Moreau pulls clear of Duarte (4:10) on the final climb before winning the stage.",
         [(250.0, None)]),
        ("The club's video shows Okello finishing ahead of Brandt (1:12) in a sprint for the line.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_beaten_rival_times(text, expected):
    assert found_spans(text) == expected
