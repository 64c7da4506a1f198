"""Families of misses that blind rounds 35 and 37 (`tests/data/moments_genres_round35.jsonl`, `..._round37.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they are
(the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a "Chapters" heading on its own line makes the bracketed times closing the lines under it positions, not the
    # lengths of titled clips; so does a run of such lines with a (0:00) entry above
    "bracketed times under a chapter heading": [
        ("Chapters\nWelcome (0:00)\nSanding the deck (4:12)\nOiling (19:30)",
         [(0.0, None), (252.0, None), (1170.0, None)]),
        ("Chapters\nSanding the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("## Timestamps:\n- Sanding the deck (4:12)\n- Oiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("**CONTENTS**\nSanding the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("Chapters\nSanding\u00a0the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("Welcome (0:00)\nSanding the deck (4:12)\nOiling (19:30)", [(0.0, None), (252.0, None), (1170.0, None)]),
        # near-misses: titled clips under no chapter heading are lengths; a heading above a blank line heads nothing
        ("Videos\nTeaser (1:36)\nTrailer (2:31)", []),
        ("Chapters are below the video.\nTeaser (1:36)\nTrailer (2:31)", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_seven_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
