"""Round 50: a title that names its page a live blog anywhere on its line ("Courtroom live blog: Day 6 of the
inquest", "Election night live-blog — Leeds count") makes the clocks opening its lines the posts' times of day, told
oldest first as well as newest first; positions in the posts stay. Near-misses: a chapter list with no such title, a
live blog named in passing in prose."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "stamps under a title naming a live blog": [
        ("Courtroom live blog: day 3 of the Harlow trial\n\n10:05 — The jury returns.\n\n10:20 — The CCTV is played "
         "again; the van appears at the 2:40 mark.\n\n10:45 — Short adjournment.",
         [(160.0, None, False)]),
        ("Council budget live blog | Leeds Civic Hall\n\n14:02 — Members take their seats.\n\n14:30 — The clerk plays "
         "the consultation video; at 1:15 a resident complains about bins.\n\n15:10 — Vote called.",
         [(75.0, None, False)]),
        ("Election night live-blog — Tynemouth count\n\n23:10 — Turnout 61%.\n\n23:48 — Ballot boxes arrive.\n\n"
         "00:20 — First declaration expected.", []),
    ],
    "no live blog title: the line stamps are chapters": [
        ("Chapters\n\n10:05 — The jury returns.\n\n10:20 — The CCTV is played again.",
         [(605.0, None, False), (620.0, None, False)]),
        ("I followed the BBC's live blog all night. Key moments of the stream:\n12:05 — the first result\n"
         "18:40 — the concession speech",
         [(725.0, None, False), (1120.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_live_blog_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
