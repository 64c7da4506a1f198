"""Nigerian Pidgin's copula "na" ("it's") before a length (round 59's forum-07): "Na 3:05 total" tells the clip's
length, as "It's 3:05 total" does; "na" before a position ("Na 2:15 we see am") or after one stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "na before a length": [
        ("E start for 0:42 where the man dey shout. Na 3:05 total.", [(42.0, None)]),
        ("Abeg watch am, na 1:50 long.", []),
    ],
    "near-misses": [
        ("Make you check 1:45, na there e fall.", [(105.0, None)]),
        ("Na 2:15 we see am, the bus reverse.", [(135.0, None)]),
        ("The clip is 2:15 total.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pidgin_na_before_a_length(text, expected):
    assert found_spans(text) == expected
