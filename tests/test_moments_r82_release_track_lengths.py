"""Tracks listed with their times under a release's label (blind round 82): a concert setlist's "Studio versions are
on the album Winter in Soweto (2025): Ntombi Yami 6:14, Ke Nako 5:58" gives each track's length on the record, no
position in the concert. The label names the release ("studio versions", "single edits", "on their debut EP") and
ends in a colon; the list runs from it, titles and times set apart by commas. A setlist's own stamps and a time said
"at" a point stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a track's length under a release's label": [
        ("Album versions for comparison: Red Dust 4:41, Harbour Lights 5:03.", []),
        ("00:00 Intro\n04:10 Red Dust\n\nSingle edits: Red Dust 3:28, Harbour Lights 3:55",
         [(0.0, None), (250.0, None)]),
        ("Both are on their debut EP (2024): Salt 3:12, Iron Gate 4:47, Low Sun 2:58.", []),
    ],
    "look-alikes: positions in the footage": [
        ("On the album launch stream: the title track starts at 12:40.", [(760.0, None)]),
        ("Studio versions aside, the live Red Dust peaks at 8:15.", [(495.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_release_track_lengths(text, expected):
    assert found_spans(text) == expected
