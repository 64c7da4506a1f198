"""Families of false alarms that blind rounds 14 and 15 (`tests/data/moments_genres_round14.jsonl`,
`..._round15.jsonl`) exposed, each with sentences written for the family (not the rounds' own) and
near-misses that must stay as they are (the rounds are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases


def _found(text: str, duration: float | None = None) -> list[tuple[float, float | None]]:
    return [(m.start, m.end) for m in extract_moments(text, duration)]


FAMILIES = {
    # a track's length in a credit line, the work's own length in an aside, a hedged spoken running time
    "lengths in credits and asides": [
        ('Theme tune: "Paper Boats" by J. Okafor (3:12), licensed from the label.', []),
        ("<p>Closing track: “Salt Roads”, by Mirela Dunn (3:47).</p>", []),
        ('Outro music: *"Ember"* by K. Ameh (2:58).', []),
        ("Heads up, the upload is really long [2:10:05] but worth it.", []),
        ("The shorter cut (1:58) opens on the harbour; at 0:40 the boat sinks.", [(40.0, None)]),
        ("Runtime: roughly 1 hr 32 min. The goal comes about 1 hr 2 min in.", [(3720.0, None)]),
        ("The screening has a running time of about 2 hr 5 min.", []),
        # near-misses: a quoted word said "by" a place; a long pass is a moment cited in brackets
        ('The dog barks "Hello" by the door (2:58), then runs off.', [(178.0, None)]),
        ("His long pass (12:40) finds the winger.", [(760.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fourteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert _found(text) == expected
