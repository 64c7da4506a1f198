"""A trailing hedge said after the footage the time is in (blind round 202, a workshop page: "If the embed don' load,
it's at 32:10 in the full video, roughly."): "in the full video" names where the time is, and the hedge closing the
clause after it still hedges the time, as "at 32:10, roughly" does. A hedge opening a clause about something else
("roughly where the rain starts") and a time with no hedge stay exact."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the hedge after the footage named": [
        ("If the embed don' load, it's at 32:10 in the full video, roughly.", [(1930.0, None, True)]),
        ("The goal comes at 41:05 in the stream or so, after the break.", [(2465.0, None, True)]),
        ("She starts singing at 2:40 in the original clip, approximately.", [(160.0, None, True)]),
        ("The bridge falls at 0:52 in her video-ish, hard to tell.", [(52.0, None, True)]),
    ],
    "exact stays exact": [
        ("The goal is at 41:05 in the stream, roughly where the rain starts.", [(2465.0, None, False)]),
        ("The speech begins at 12:10 in the video, and roughly half the hall leaves.", [(730.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hedge_after_footage(text, expected):
    assert found_hedged(text) == expected
