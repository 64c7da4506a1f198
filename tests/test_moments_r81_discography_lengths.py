"""A discography's listed singles (blind round 81): '* "Harbour Lights" (2016) – 3:44' under a "Singles" heading
(wiki "=== Singles ===", "Discography", "Singles:"). The bracketed release year is no writers' credit but the item's
year, and the dashed time each single's length. A chapter list of starts written the same way with no such label stays
positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a single's release year, then its length": [
        ('=== Singles ===\n* "Harbour Lights" (2016) – 3:44\n* "Red Dirt Road" (2019) – 4:02\n'
         '* "Slow Tide" (2022) – 4:37', []),
        ('Singles:\n- "Paper Boats" (2011) - 2:58\n- "Westbound" (2013) - 3:31', []),
        ('== Discography ==\n* "Lantern" (2008) – 3:05, reached No. 9\n* "Ember" (2010) – 3:49', []),
    ],
    "an unlabelled list of starts stays positions": [
        ('Chapters:\n* "Intro" – 0:00\n* "The climb" – 1:45\n* "Summit" – 4:10', [(0.0, None), (105.0, None),
                                                                              (250.0, None)]),
        ('In the video, watch for:\n* "Harbour Lights" (2016) – 3:44\n* "Slow Tide" (2022) – 7:37',
         [(224.0, None), (457.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_discography_lengths(text, expected):
    assert found_spans(text) == expected
