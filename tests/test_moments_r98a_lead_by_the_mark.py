"""A lead told by a mark (blind round 98, longform): "the eventual winner, Taft, is still last about six seconds in and
leads by the 0:20 mark". "leads by" opens a margin ("leads by 1:05 over the chasing group"), but a time said as "the
... mark" is a place in the footage, never a tally, a lead or a score: the mark is a position. A bare margin or a
score after the same verbs stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a mark after a lead's 'by' is a position": [
        ("In the replay the Cork boat is ahead by the 2:05 mark.", [(125.0, None)]),
        ("In the race video, the grey filly was behind at 0:30 but led by the 1:12 mark.",
         [(30.0, None), (72.0, None)]),
        ("Watch the heat on the fair's channel: the red piglet trails early and leads by the 0:35 mark.",
         [(35.0, None)]),
    ],
    "a margin or a score is no position": [
        ("The Saints lead by 1:05 over the chasing group.", []),
        ("The home side led 3:2 at the break.", []),
        ("The council approved it 9:4, with one abstention.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lead_by_the_mark(text, expected):
    assert found_spans(text) == expected
