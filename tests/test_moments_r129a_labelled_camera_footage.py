"""A recording named by its camera's letter or a platform's live stream (blind round 129, visual): "Camera A (a
Facebook Live, 41 minutes, started 14:02 EAT) hears the bang at 23:18." A time of day in the sentence (the stream's
start) made every bare clock in it a clock of the day, as no footage word was found; "Camera A", "Cam 2", "a Facebook
Live" name the footage, so the sentence keeps its position (1398). A camera installed or switched off at a time, with
no recording named, stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled camera or a live stream names the footage": [
        ("Cam 3 (begun 16:20 BST) catches the flare at 12:40.", [(760.0, None)]),
        ("Camera B, which went live at 09:05 local, records the impact at 31:02.", [(1862.0, None)]),
        ("The Instagram Live (opened 21:40 WAT) shows the crowd scatter at 14:10.", [(850.0, None)]),
    ],
    "a camera with no recording named keeps the day's clocks": [
        ("The shop opened at 9:15 and the camera was switched off at 17:30.", []),
        ("The bus left at 06:40 and reached the camp at 08:15.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_camera_footage(text, expected):
    assert found_spans(text) == expected
