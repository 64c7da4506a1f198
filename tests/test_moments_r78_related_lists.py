"""A list of other pages under a "Related" heading (blind round 78): "**Related**\\n- Day 2: Jury seated after 41
questioned\\n- Day 1: Motions in limine on the 911 call (3:21)": each item's bracketed time is that linked page's
video length, as on a line labelled "Watch next:": no moment. A list under another heading ("Key moments:") still
cites positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an item under a related heading gives a linked page's length": [
        ("At 0:40 the bus turns.\n\n**Related**\n- Council votes on bus lanes\n- Driver interview (4:12)",
         [(40.0, None)]),
        ("## Read more\n1. Floods close the ring road (2:05)\n2. Mayor answers questions (11:40)", []),
        ("Related stories:\n* Week one: the opening statements (6:30)\n* Week two: the CCTV (3:02)", []),
    ],
    "look-alikes stay as they are": [
        ("Key moments:\n- the goal (3:21)\n- the save (4:10)", [(201.0, None), (250.0, None)]),
        ("**Related**\n\nIn the video, the driver waves at 1:15.", [(75.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_related_lists(text, expected):
    assert found_spans(text) == expected
