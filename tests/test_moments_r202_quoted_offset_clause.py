"""A hedged offset opening a reply's quoted line, then the clause it opens with a longer subject (blind round 202's
Savai'i thread: "    > Like 1 min in the policeman on the motorbike appears"): the quoted post's position again, its
footage the one the thread named before the reply's paragraph, as the post's own line already was. A quoted line
with no footage named, or a stay in a place ("in the oven"), stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted line repeats a hedged offset and its clause": [
        ("This video of the bus race lol. Like 1 min in the policeman on the motorbike appears.\n\n    Mele T. · 4h\n"
         "    > Like 1 min in the policeman on the motorbike appears\n"
         "    haha and 10 seconds later he waves them through",
         [(60.0, None), (60.0, None), (70.0, None)]),
        ("Posted the ferry video. About two minutes in the captain on the bridge starts waving.\n\nReply:\n> About two "
         "minutes in the captain on the bridge starts waving\nyes and he keeps going", [(120.0, None), (120.0, None)]),
        ("Here's the goat clip. Roughly 3 min in the goat on the roof jumps down.\n\n> > Roughly 3 min in the goat on "
         "the roof jumps down\n> ha\nclassic", [(180.0, None), (180.0, None)]),
    ],
    "quoted lines left alone": [
        ("My sponge recipe is below.\n\n> About ten minutes in the cake on the rack starts to sink\nthat's normal", []),
        ("Here's my baking video.\n\n> About ten minutes in the oven browns the top\ntrue", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_offset_clause(text, expected):
    assert found_spans(text) == expected
