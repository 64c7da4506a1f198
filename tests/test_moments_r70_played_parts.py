"""A verb of playing or showing, in any tense, whose object is a part of the footage (excerpts, portions,
sections), then its times read to the second (blind round 70): "the government would play excerpts at 00:42:10 to
00:51:30, 01:58:00 to 02:06:45". Positions in the recording, each range of the list; an orchestra's excerpts at
a clock of the evening are not."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "parts of the footage to be played, then their times": [
        ("The prosecution will play excerpts at 00:12:40 to 00:19:05 and 01:03:00 to 01:08:30.",
         [(760.0, 1145.0), (3780.0, 4110.0)]),
        ("Counsel said the defence would show portions from 00:35:10 to 00:41:00.", [(2110.0, 2460.0)]),
        ("The state plans to play sections at 01:10:20 to 01:12:00, 02:30:00 to 02:41:15, and a final clip.",
         [(4220.0, 4320.0), (9000.0, 9675.0)]),
    ],
    "an evening's excerpts at a clock": [
        ("The orchestra will play excerpts from 19:30 in the park.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_played_parts(text, expected):
    assert found_spans(text) == expected
