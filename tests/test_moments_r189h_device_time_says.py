"""A recording device's own time read in a post that walks through its footage (blind round 189): "Happened around
5:15 pm Thursday, dashcam time says 17:14:52." is what the dashcam's clock shows, a time of the world, as "the
dashcam's clock says" was read; "time" after the device's name is its clock. A device's time said into the clip, and
a sentence that only names the camera, keep their positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's post": [
        ("Dashcam here: youtu.be/pRmta44x?t=38. The U-turn is at 0:38, and watch the cyclist at 0:51, he had to bail "
         "onto the footpath. Happened around 5:15 pm Thursday, dashcam time says 17:14:52.",
         [(38.0, None), (38.0, None), (51.0, None)]),
    ],
    "fresh device times": [
        ("Uploaded the doorbell video: the fox comes in at 0:12 and grabs the shoe at 0:30. Doorbell time says "
         "02:41:09, so middle of the night.", [(12.0, None), (30.0, None)]),
        ("Here's the clip, skip to 1:02 for the swerve, 1:20 for the horn. Dash-cam time says 18:03:22 btw.",
         [(62.0, None), (80.0, None)]),
        ("The shoplifter enters at 0:15 and leaves at 0:52. CCTV time shows 14:22:10 on that frame.",
         [(15.0, None), (52.0, None)]),
        ("Bodycam clip is in the exhibit. He draws at 1:15 and the shot is at 1:21; body-cam time reads 23:48:05.",
         [(75.0, None), (81.0, None)]),
    ],
    "positions stay": [
        ("At 0:40 the van reverses into the bollard. Dashcam time is 1:10 in the clip when he gets out.",
         [(40.0, None), (70.0, None)]),
        ("Watch from 0:05 to 0:20 and see the camera at 0:45 when the time says so.", [(5.0, 20.0), (45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_device_time_says(text, expected):
    assert found_spans(text) == expected
