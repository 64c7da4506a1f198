"""A part of a program's screen shown at a place in a demo or tutorial video (blind round 92, a lecture-capture
FAQ): "In the demo video, the speed menu is shown at 1:45." A thing in the picture "is shown at" a position (the
rule already knew boards, maps and slides); a programme "shown at 21:00 on Channel 4" is still a broadcast's
slot, a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a menu, a setting, a window shown at a position": [
        ("The zoom menu is shown at 1:45.", [(105.0, None)]),
        ("Handy tip from the walkthrough: the brightness setting is shown at 2:30.", [(150.0, None)]),
        ("Playback speed: the menu is shown at 4:00.", [(240.0, None)]),
    ],
    "a programme shown at a slot stays a time of day": [
        ("The new series is shown at 21:00 on Channel 4.", []),
        ("The documentary was first shown at 20:30 on BBC One.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_shown_on_screen(text, expected):
    assert found_spans(text) == expected
