"""A work called long, its compact length set off right after it (blind round 90): "Please note it is a long one —
3hrs 12mins — because of the harvest", "a long one: 5h 40m", "It is long, 2 hrs 40 mins". The hours and minutes
set off by a dash, colon, comma or bracket after "long" (or "a long one", "lengthy") are how long the work is, no
position; said "in" or "into" after them they are still a position ("long, 1h 05m in and ...")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compact length set off after 'long'": [
        ("The full recording of the crusade is on our channel. It is a long one — 4hrs 05mins — so take your "
         "time.", []),
        ("The stream VOD is up on Twitch, a long one: 5h 40m, so pace yourselves.", []),
        ("The whole convention video is online. It is long — 2 hrs 35 mins — sorry in advance.", []),
        ("The full recording is on our channel. It is a long one (4hrs 5mins) because of the baptisms.", []),
    ],
    "a length said 'in' after 'long' is still a position": [
        ("The full VOD is up. The boss fight is long, 1h 05m in and he is still going.", [(3900.0, None)]),
        ("The stream is up. Skip the long intro, 0h 22m in is where it starts.", [(1320.0, None)]),
    ],
    "a position told plainly stays": [
        ("The service video is long, but the sermon starts at 1h 12m.", [(4320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_called_long(text, expected):
    assert found_spans(text) == expected
