"""A listed work's quoted title opening its item, a spaced dash, then its length in words closing the clause (blind
round 134): '1. "Pigeon vs. parking ticket" — 45 s, 2.3M views. The best bit is in the last 10 seconds.' and '3.
"Magpie swoop season" — 1 min 20 s; the swoop happens 25 seconds in.' The length is the titled clip's, as "Teaser
(1:36)" is: no position (the bare "1 min 20 s" was kept as an offset), and the one the item's end forms count from (the
last 10 seconds counted from another item's "3:12 long"). An offset said into the work after the dash ("— 25 s in")
and a position told after a title with "at" stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted title's dashed length in a list item is the item's length": [
        ('Top goat clips this week\n\n1. "Goat on a trampoline" – 38 s, 900K views. Watch the last 8 seconds.\n2. '
         '"Kid meets hose" – 2 min 05 s; it slips at the 1:10 mark.', [(30.0, 38.0), (70.0, None)]),
        ('- “Koala vs. sprinkler” — 1 min 12 s. The sprinkler wins 40 seconds in.\n- “Cat in a box” — 50 sec',
         [(40.0, None)]),
        ('#3 "Dog learns the lift" (Lagos) - 1 min 40 s; the doors close on him in the final 15 seconds.',
         [(85.0, 100.0)]),
    ],
    "a dashed offset into the work or an 'at' after a title stays a position": [
        ('1. "Goat on a trampoline" — 25 s in, it bounces off the net.', [(25.0, None)]),
        ('2. "Kid meets hose" — at 1:05 he slips.', [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_item_lengths(text, expected):
    assert found_spans(text) == expected
