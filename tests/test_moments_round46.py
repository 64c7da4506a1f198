"""Families of misses that blind round 46 (`tests/data/moments_genres_round46.jsonl`, lengths beside positions)
exposed in lengths, starts told with their lengths and end forms, each with sentences written for the family (not
the round's own) and near-misses that must stay as they are (the round itself is held at a floor in
test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a thing told with its length and where it begins is the spec's start plus length, a range, whatever the verb
    # ("begins at", "beginning at") or the noun (a take, an ovation); rounds 7 and 12's golds were corrected to it
    "a start told with its length": [
        ("The best bit is a 90-second tracking shot beginning at 12:05, all through the market.", [(725.0, 815.0)]),
        ("A three-minute standing ovation begins at 1:52:30 and nobody cuts away.", [(6750.0, 6930.0)]),
        ("Watch the 20-second pan that begins at 0:41 over the harbour.", [(41.0, 61.0)]),
        ("The film's 45-second single take starting at 1:10:00 is the reason to see it.", [(4200.0, 4245.0)]),
        ("In the recording, a one-minute silence begins at 4:05.", [(245.0, 305.0)]),
        # near-misses: a clip's length beside a position in it; a walk of the writer's day; a length that only
        # restates a range's own span; a verb "takes"
        ("A 30-second clip of the crash went viral, and the car spins at 0:12.", [(12.0, None)]),
        ("He took a ten-minute walk from 9:15 that morning.", []),
        ("A 73-second gap between 13:02 and 14:15 is never explained.", [(782.0, 855.0)]),
        ("The 12-minute video takes us to 3:40 before the reveal.", [(220.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_six_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
