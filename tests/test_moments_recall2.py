"""Families of missed positions and ranges that blind rounds 12 and 13
(`tests/data/moments_genres_round12.jsonl`, `..._round13.jsonl`) exposed, each with sentences written for
the family (not the rounds' own), and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases


def _found(text: str, duration: float | None = None) -> list[tuple[float, float | None, bool]]:
    return [(m.start, m.end, m.approximate) for m in extract_moments(text, duration)]


FAMILIES = {
    # "like <length> in" hedging where a part of the footage is, however the clause goes on: it ends, a comment's
    # interjection or emoji follows, or a new clause starts; the part may be told by a relative clause
    "hedged offsets closing a clause": [
        ("the bit where the dog steals the toast is like 2min in lol", [(120.0, None, True)]),
        ("The moment with the goat is maybe 4 mins in 😂", [(240.0, None, True)]),
        ("the scene where she finds the letter is like 7 MIN IN, and it still gets me", [(420.0, None, True)]),
        ("the part that made me cry is like 12\u00a0min in haha", [(720.0, None, True)]),
        ("> **the best bit** is like 90 sec in\n", [(90.0, None, True)]),
        # near-misses: a length of the world after "is like ... in"
        ("The part where we queue is like 20 min in the rain.", []),
        ("the bus ride is like 40 minutes in traffic when it rains", []),
        ("Ten minutes in the sauna is plenty lol", []),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_recall2_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert _found(text) == expected
