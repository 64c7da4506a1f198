"""A span of clocks of the day told after the footage's length and far past it (blind round 59): "the 47-second clip
did not have to be accurate to the minute because a phone mast record placed the appellant's mobile near the shop
between 01:52 and 02:10" was kept as the range 112-130. A single clock of the day's shape told so ("The CCTV footage,
which runs to just under four minutes, showed him entering the shop at 21:47") was already the time of day the
footage shows; a span of two such clocks is the same. A span inside the length, or said to be in a longer recording
named right after it (a point there too), stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a span of day clocks past the length told before it": [
        ("The three judges said the 47-second clip did not have to be accurate to the minute because a phone mast "
         "record placed the appellant's mobile near the shop between 01:52 and 02:10.", []),
        ("The 90-second video shows the gate, and the logs place the lorry there from 22:05 to 22:40.", []),
        ("Her 2 minute clip of the queue, filmed outside the stadium, covers the crush between 14:10 and 14:25.", []),
        ("The clip, which runs to just under four minutes, shows the van from 21:47 – 21:52.", []),
    ],
    "a span inside the length, or said in a longer recording, stays a range": [
        ("The 47-second clip runs from 00:10 to 00:40 on the timeline.", [(10.0, 40.0)]),
        ("The clip, which runs to just under four minutes, shows the van from 21:47 to 21:52 in the longer recording.",
         [(1307.0, 1312.0)]),
        ("The clip, which runs to just under four minutes, shows the van at 21:47 in the longer recording.",
         [(1307.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_span_past_length(text, expected):
    assert found_spans(text) == expected
