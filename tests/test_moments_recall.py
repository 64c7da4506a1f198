"""Families of missed positions and ranges that blind rounds 10 and 11
(`tests/data/moments_genres_round10.jsonl`, `..._round11.jsonl`) exposed, each with sentences written for
the family (not the rounds' own), and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases


def _found(text: str, duration: float | None = None) -> list[tuple[float, float | None, bool]]:
    return [(m.start, m.end, m.approximate) for m in extract_moments(text, duration)]


FAMILIES = {
    # "like" hedging a length said "in", then what happens there: an approximate position
    "colloquial hedged offsets": [
        ("the funniest bit is like 2min in when the dog steals the toast", [(120.0, None, True)]),
        ("haha like 4 min in she casually walks into the glass door", [(240.0, None, True)]),
        ("my favourite moment is maybe five minutes in where the drummer drops a stick",
         [(300.0, None, True)]),
        ("ok so like 90 sec in he just falls off the ladder lol", [(90.0, None, True)]),
        # near-misses: a length of the world, with or without "when"; a length after "was"
        ("The ferry ride is like 20 minutes in when the sea is calm.", []),
        ("we were like 10 min in the lift when it stopped", []),
        ("the wait is like 15 min in the morning", []),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_recall_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert _found(text) == expected
