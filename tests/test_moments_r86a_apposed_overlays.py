"""A screen clock's reading set beside its name (blind round 86): "The port camera's overlay (06:31:44) runs about
40 seconds ahead", "these match the cam's own overlay, 05:42 and 06:58 local time" read the burnt-in clock, not the
footage. A position in brackets after a work ("the clip (0:48)") or after other nouns stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock's reading beside its name": [
        ("The doorbell camera's overlay (21:14:07) is about a minute slow.", []),
        ("We did not trust the dashcam clock (07:02:55) for timing.", []),
        ("Those are the positions in the file; on the OSD, 04:10 and 04:12.", []),
    ],
    "brackets after other words stay positions": [
        ("The van turns (0:48) and stops.", [(48.0, None)]),
        ("The overlay flickers at 0:31 (see the corner).", [(31.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_apposed_overlays(text, expected):
    assert found_spans(text) == expected
