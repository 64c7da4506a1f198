"""A match's whole highlights named as a field, its time closing it (blind round 153): a ranked list of a weekend's
goals, each placed in the highlights, then 'Full highlights 11:20. Attendance 1,204.' The whole cut named with
"full" (or "extended", "condensed", "whole") and its bare time is that cut's length (the contract's length of a
video), as "; full recording 2:41:07" already was: no moment. A time placed in the highlights ("In the extended
highlights, 14:05 is ...", "from 14:05") or a field going on into a clause stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole match cut named as a field, its time closing it, is its length": [
        ("Best tries of the round, ranked:\n3. Kolisi's charge — 1:12\n2. The intercept, at 3:40\n1. Length-of-the-"
         "field score, 6:55\n\nExtended highlights 14:05. Crowd 38,000.", [(72.0, None), (220.0, None), (415.0, None)]),
        ("Five best saves:\n1. Reflex save, 0:52\n2. Double save at 2:10\n\nThe whole highlights package – 7:45 – is "
         "on the club site.", [(52.0, None), (130.0, None)]),
        ("Condensed replay 40:12. The red card is at 22:30.", [(1350.0, None)]),
        ("Hurling final page · full highlights 9:58 · the equaliser comes at 8:41.", [(521.0, None)]),
    ],
    "a time placed in the highlights stays a position": [
        ("In the extended highlights, 14:05 is the brawl.", [(845.0, None)]),
        ("Watch the extended highlights from 14:05 for the brawl.", [(845.0, None)]),
        ("Full highlights at 11:20, the late winner.", [(680.0, None)]),
        ("Full highlights 11:20 to 11:50 shows the scuffle.", [(680.0, 710.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whole_highlights(text, expected):
    assert found_spans(text) == expected
