"""A list entry's title, a dash, then the kind of work it is and its length in brackets (blind round 113): "2) *Tin
Crown* — teaser (1:36). The title card at 1:20 is a fake-out." The bracket after "teaser" is that work's length
(the contract's own example of a length is "Teaser (1:36)"), no moment, whether the clause ends there with a full
stop or a semicolon; positions in the same entry stay. A bracketed time after a work named as where a thing is ("the
cameo in the teaser (0:48).") cites a position and stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's kind after the title dash, then its bracketed length, is no moment": [
        ("Best game trailers this year\n\n1. *Ashfall* — reveal trailer (2:48). The dragon lands at 1:55.\n"
         "2. *Low Orbit* — teaser (0:58). Blink and you miss the logo at 0:51.", [(115.0, None), (51.0, None)]),
        ("Ads we loved:\n- Harbour Bank – spot (1:00). Watch the dog at 0:22.\n- Koru Air – short film (3:15).",
         [(22.0, None)]),
    ],
    "a bracketed time after a work named as where a thing is stays a position": [
        ("Ranked:\n\n1. *Ashfall* — the cameo in the teaser (0:48).", [(48.0, None)]),
        ("Spot the cameo in the teaser (0:48).", [(48.0, None)]),
        ("1. *Ashfall* — the dragon lands (1:55). Worth the wait.", [(115.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dashed_work_length(text, expected):
    assert found_spans(text) == expected
