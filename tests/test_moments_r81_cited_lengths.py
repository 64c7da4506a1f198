"""A cited work's length in brackets (blind round 81): a wiki citation '<ref>Launch trailer (1:52), Studio official
channel.</ref>' or a source line's 'Teaser (0:58), posted on YouTube' names the work and its length, as the spec's
'Teaser (1:36)' does. A position told before the citation, and a bracketed time in a part of the footage, stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's length inside a wiki citation": [
        ("* The ship is first seen in the announcement trailer, at 0:41.<ref>Announcement trailer (1:52), "
         "Tidewright Games channel.</ref>", [(41.0, None)]),
        ("The mask was redesigned.<ref>Gameplay video (12:05). Retrieved 3 March 2025.</ref>", []),
    ],
    "a cited work's length before its source": [
        ("Sources: Teaser (0:58), posted on the studio's YouTube channel.", []),
        ("Source: Full livestream (2:14:30), archived by the council.", []),
        ("See: Launch trailer (1:52), Tidewright Games channel, 2024.", []),
    ],
    "a bracketed position stays": [
        ("In the trailer (0:41), the ship breaks the ice.", [(41.0, None)]),
        ("The drone footage (0:45) shows smoke over the ridge.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cited_lengths(text, expected):
    assert found_spans(text) == expected
