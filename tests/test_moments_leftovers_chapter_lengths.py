"""An audiobook's or a book's chapters, each named by its number and title and closed by its length in brackets
("Chapter 1 – The Ferry (12:41)"): lengths, not positions. The line's opening "Chapter 1 –" names one chapter; it
is no "Chapters:" heading over a list of start times. Chapter lists that start at (0:00), or sit under a
"Chapters" heading, and a chapter cited in prose keep their positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES: dict[str, list[tuple[str, object]]] = {
    "numbered-chapters-with-lengths": [
        ("Unabridged, read by the author.\n\nChapter 1 – Low Water (14:05)\nChapter 2 – The Weir (21:40)\n"
         "Chapter 3 – Floodplain (17:12)", []),
        ("CHAPTER 1: Arrival (14:02)\nCHAPTER 2: The Market (20:40)\nCHAPTER 3: Night Bus (09:58)", []),
        ("Chapter 3 — The Storm (1:02:10)\nChapter 4 — Landfall (48:55)", []),
        ("- Chapter 7. Ash Wednesday (26:31)\n- Chapter 8. Lent (19:04)", []),
    ],
    # near-misses: start times of a chapter list (from 0:00, or under its heading), a heading's own list, prose
    "near-misses": [
        ("Chapter 1 – Intro (0:00)\nChapter 2 – Tools (3:41)\nChapter 3 – Wiring (9:12)",
         [(0.0, None), (221.0, None), (552.0, None)]),
        ("Chapters\nChapter 1 – Tools (2:10)\nChapter 2 – Wiring (12:41)", [(130.0, None), (761.0, None)]),
        ("Chapters: Intro (0:10) | Setup (1:30)", [(10.0, None), (90.0, None)]),
        ("Chapter 2 (12:41) is where the ferry sinks.", [(761.0, None)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_numbered_chapter_closed_by_a_time_states_its_length(text, expected):
    assert found_spans(text) == expected
