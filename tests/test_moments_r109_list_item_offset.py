"""A hedged offset opening a list item, then the clause it opens, unpunctuated, in a list whose introducing paragraph
names the footage (blind round 109): a parish README's "Known issues for whoever is editing the YouTube version:",
an In/Out table, then "- Somewhere around 48 minutes in the wireless lav dies; the backup comes in ...". The list mark
opens the clause as a sentence's start does, and the list (and the table before it) is read with the paragraph that
introduces it. A list whose paragraphs name no footage, and a stay somewhere ("in the sun"), stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset opening a list item under a paragraph naming the footage": [
        ("Notes for the person editing the webinar recording:\n\n- Slides are on the drive.\n- About 12 minutes in "
         "the host loses her connection.", [(720.0, None)]),
        ("The service ran long. Fixes for whoever cuts the Facebook video:\n\n| Issue | In | Out |\n|---|---|---|\n"
         "| Hum | `00:02:10` | `00:02:50` |\n\n- The hymn numbers are on the sheet.\n- Roughly 41 minutes in the "
         "choir mic cuts out; leave it.", [(130.0, 170.0), (2460.0, None)]),
        ("Edit notes on the match livestream:\n\n* Give the sponsor slate 5 seconds.\n* Around 63 minutes in the "
         "commentary feed drops.", [(3780.0, None)]),
    ],
    "a list naming no footage, or a stay somewhere, stays nothing": [
        ("Our drive to the coast:\n\n- We left at nine.\n- Roughly 40 minutes in the kids start fighting.", []),
        ("Things to do with the webinar recording:\n\n- Share it.\n- About ten minutes in the sun dries the towels.",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_list_item_offset(text, expected):
    assert found_spans(text) == expected
