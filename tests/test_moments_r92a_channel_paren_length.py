"""A work's channel and length in brackets after its title (blind round 92): "Review: The Restorers (RTÉ One, 58
minutes) ★★★★ ... the last five minutes, an unhurried tracking shot". The bracket names where the work airs and how
long it runs: its length, against which "the last five minutes" is 3180-3480. A bracket with seconds stays a
position, and one with a channel but no length states none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a channel and a length in brackets after a title is the work's length": [
        ("Review: Salt Roads (BBC Two, 59 minutes)\n\nThe final ten minutes, on the tide flats, are the best thing "
         "in it.", [(2940.0, 3540.0)]),
        ("Undertow (Netflix, 1 h 40 min) is slow to start, but the last 15 minutes fly.", [(5100.0, 6000.0)]),
    ],
    "no length, or seconds, stays as before": [
        ("Review: Salt Roads (BBC Two)\n\nThe final ten minutes are the best thing in it.", []),
        ("Then Kane (Spurs, 2 min 10 s) turns and shoots.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_channel_paren_length(text, expected):
    assert found_spans(text) == expected
