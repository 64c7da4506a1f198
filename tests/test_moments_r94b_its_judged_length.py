"""A work's length told as "it's" and a reviewer's word (blind round 94, a festival livestream list): 'the official
livestream is still up on the festival's page — it's a whopping 9 hours 14 minutes', then '— in the last 25
minutes of the stream'. The family: "it's a whopping/mere/brisk N" after a work named in its paragraph is that
work's length, as "it's N" and "it runs a whopping N" are: no moment, and the length end forms count from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "it's a judged length is the work's length": [
        ("The council's budget webcast is archived on YouTube; it's a punishing 5 hours 20 minutes. The vote comes "
         "in the last 15 minutes of the webcast.", [(18300.0, 19200.0)]),
        ("Our match replay is up now, and it's a mere 42 minutes. The winner is in the final minute of the replay.",
         [(2460.0, 2520.0)]),
    ],
    "it's a judged length alone is no moment": [
        ("The parade stream is still online - it's a whopping 7 hours 5 minutes.", []),
    ],
    "it's with no judging word stays a length": [
        ("The parade stream is still online; it's 7 hours 5 minutes. The fireworks are in the last 10 minutes of the "
         "stream.", [(24900.0, 25500.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_its_judged_length(text, expected):
    assert found_spans(text) == expected
