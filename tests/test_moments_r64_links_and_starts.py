"""A parliament player's link shown as its time ("[2:03:15](…?in=02:03:15)": one moment, as a ?t= link shown as its
time is) and a start hedged with a tilde before its length ("starts ~0:04:30, lasts about 12 minutes": one
approximate range, as "starts about 0:04:30" was) (blind round 64)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an in= link shown as its time": [
        ("→ [1:12:40](https://parliamentlive.tv/event/index/ab12?in=01:12:40) the vote is called.",
         [(4360.0, None, False)]),
        ('See <a href="https://parliamentlive.tv/event/index/ab12?in=00:41:05">41:05</a> for the answer.',
         [(2465.0, None, False)]),
        ("Clip: https://parliamentlive.tv/event/index/ab12?in=02:10:00", [(7800.0, None, False)]),
        # an in= with no timecode is no time
        ("Search results: https://example.org/find?in=5&q=flood", []),
    ],
    "a tilde on the start of a start plus a length": [
        ("- **Opening statement** — starts ~0:04:30, lasts about 12 minutes", [(270.0, 990.0, True)]),
        ("The chair's summing-up starts ~1:12:00 and runs for about ten minutes.", [(4320.0, 4920.0, True)]),
        ("Her reply begins ~ 2:10, lasting 45 seconds.", [(130.0, 175.0, True)]),
        # near misses: a start told alone, and a whole event's slot in the day
        ("The key exchange starts ~0:04:30 and is quoted in full below.", [(270.0, None, True)]),
        ("The livestream starts at 19:00, lasts about 2 hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_links_and_tilde_starts(text, expected):
    assert found_hedged(text) == expected
