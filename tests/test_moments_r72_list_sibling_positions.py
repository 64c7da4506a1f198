"""A bracketed time closing a list item whose siblings place their things in the footage (blind round 72): a "Top 5
saves" list whose items read "— highlights at 0:55", "— 1:40 to 1:48", "stop at 4:02" and "3. Full-stretch dive at
the near post (2:32)". When another item of the same list says where its thing is, with "at" and a time or a range,
the list walks through one recording and the bracketed time is a position too, however short and capitalised the
item is; a list of titled works with their lengths only ("1. Storm (4:40)") stays lengths, and so does a bracket
right after an item's title that the item goes on past ("- **Leg Day** (21:40) — start at 2:30"): each item is a work
of its own (found by round 47's lists, an unfitted round, which this family had broken)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed time beside siblings placed in the footage is a position": [
        ("Best tries of the round\n\n1. Mbeki's chip and chase — at 0:40\n2. The forwards' maul try (1:22)\n"
         "3. Late winner in the corner — 2:05 to 2:18", [(40.0, None), (82.0, None), (125.0, 138.0)]),
        ("My favourite bits of the stream:\n- Chat loses it at 31:10\n- Boss fight on hard mode (34:02)\n"
         "- Rage quit (51:40)", [(1870.0, None), (2042.0, None), (3100.0, None)]),
        # losing one's temper at a place in the footage is no lost match's score
        ("The streamer totally loses it around 42:15 when the boss respawns.", [(2535.0, None)]),
        ("Best moments:\n- Dad loses it at 12:05\n- The cake collapses (13:40)", [(725.0, None), (820.0, None)]),
        ("Lost it 12:10 on penalties.", []),
    ],
    "a list of works and their lengths stays lengths": [
        ("Tracklist\n1. Opening Night (3:12)\n2. Storm Warning (4:40)\n3. Coda (2:05)", []),
        ("Shorts in the programme:\n- Harbour Lights (12:30)\n- The Long Field (18:05)", []),
    ],
    "a bracket the item goes on past is its own work's length, beside positions in each work": [
        ("Four guitar lessons worth your time\n\n- **Blues in A** (18:20) — the turnaround is explained at 6:05.\n"
         "- **Travis Picking** (24:10) — skip to 3:40.\n- **Barre Chords** (12:00) — the last two minutes are "
         "drills.", [(365.0, None), (220.0, None), (600.0, 720.0)]),
        ("Recipes this week:\n1. *Soda bread* (9:45) — the fold is at 2:10\n2. *Colcannon* (7:30) — from 1:00 to "
         "1:40 it's peeling", [(130.0, None), (60.0, 100.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_list_sibling_positions(text, expected):
    assert found_spans(text) == expected
