"""Clocks on a log's dated lines (blind round 81, lists): an osprey cam's season timeline "- 19 Apr: First egg,
18:05." and "- 3 Jun: Second hatch (no footage — camera offline 06:00–14:30)" tell when things happened that day
(footage said to be missing names none). A dated line that places its times in a recording ("In the highlight reel
it's at 2:03", "in the clip, from 01:05 to 01:40") keeps them."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dated line's clocks of the day": [
        ("Heron-cam diary\n- 2 May: First egg, 06:40.\n- 5 May: Second egg at 19:25.\n"
         "- 30 May: Hatch! In the recap video it's at 1:12.", [(72.0, None)]),
        ("- Tue 14 May — feed down 13:00–15:30 (no footage)\n- Wed 15 May — chick fed at 07:55", []),
        ("2026-06-03: camera offline 02:10 to 05:45.\n2026-06-04: fledging, see 3:20 in the highlights.",
         [(200.0, None)]),
    ],
    "near-misses: a dated line placing its times in footage": [
        ("- 12 Jun: The fight is in the clip, from 01:05 to 01:40.", [(65.0, 100.0)]),
        ("- 12 Jun: In the highlights video the fox appears at 03:15.", [(195.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dated_entries(text, expected):
    assert found_spans(text) == expected
