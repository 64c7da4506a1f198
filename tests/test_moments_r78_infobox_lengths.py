"""An infobox's length row (blind round 78): a wiki page's "| Length | 4:58 |" table row, or wikitext's "| length =
12:30" parameter, states the work's length, as "Length: 4:58" does: no moment, and the one its end forms count
from ("shown in the last 40 seconds" is 258-298). A table whose header names a Length column is no such row."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an infobox row's length is the work's": [
        ("Infobox\n| Type | Viral video |\n| Length | 3:20 |\n| Uploaded | 4 May 2024 |\n\nSynopsis\nThe dog "
         "finally catches the ball in the last 15 seconds.", [(185.0, 200.0)]),
        ("{{Infobox television episode\n| title = Low Tide\n| length = 22:40\n}}\nThe final minute is a single "
         "shot of the harbour.", [(1300.0, 1360.0)]),
        ("| Running time | 1:31:00 |\n| Language | Swahili |\n\nIts last ten minutes were cut by censors.",
         [(4860.0, 5460.0)]),
    ],
    "the row's length is no position": [
        ("| Director | Ana Ruiz |\n| Length | 12:05 |\n| Country | Chile |", []),
    ],
    "look-alikes stay as they are": [
        ("| Clip | Length | Start |\n|---|---|---|\n| Intro | 0:45 | 1:10 |", [(70.0, None)]),
        ("| Length | 4:00 |\n\nAt 1:12 the cat jumps.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_infobox_lengths(text, expected):
    assert found_spans(text) == expected
