"""Families of misses that blind rounds 39 and 41 (`tests/data/moments_genres_round39.jsonl`, `..._round41.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they are
(the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a thread's post stamp opening its line ("Reply 14:31 by Siggi_R", "posted 14:32 ·", "Edited 10:11"): when the
    # post was written, like an edit stamp; the positions in the posts under it stay
    "a forum post's stamp": [
        ("Posted 09:12 by marta_k\nThe weld cracks at 0:52.\n\nReply 09:40 by OldSparky\nand again at 1:30",
         [(52.0, None), (90.0, None)]),
        ("posted 14:32 · 3 likes\nthe dog jumps the fence at 0:40", [(40.0, None)]),
        ("Replied at 9:05 | 2 likes\nthe dive at 0:33 lol", [(33.0, None)]),
        ("COMMENTED 23:05 by kay_99: see 1:20", [(80.0, None)]),
        ("**Edited 10:11**\n\nThe puncture is at 2:05.", [(125.0, None)]),
        ("<p><b>Reply</b> 16:02 by Jo</p><p>at 1:15 the hull scrapes.</p>", [(75.0, None)]),
        ("Reply\u00a018:20 by Jo\nat 1:15 the hull scrapes.", [(75.0, None)]),
        ("Reply at 7:45 —\nthe fox is at 3:10", [(190.0, None)]),
        # near-misses: a replay (not a reply) at a position, a reply placed in the footage
        ("Replay at 0:47 — the bolt snaps.", [(47.0, None)]),
        ("Reply at 0:47 is where he falls.", [(47.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_nine_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
