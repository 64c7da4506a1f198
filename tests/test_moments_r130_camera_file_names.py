"""A camera's file name beside a length in brackets (blind round 130): "Drone footage over the Waikato river after the
flood (DJI_0455, 5 min 30 s). ... In the last 30 seconds the drone climbs". The name is one of the file's
properties, as a codec or a size is ("(H.264, 1080p, 2 min 03 s)"), so the length beside it is the file's length:
no moment, and the one the end forms count from. A file name with "at" and a time, or a camera's number beside a
time, still places a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length beside a camera's file name is the file's length": [
        ("Helmet camera run down the Fort William track in the rain (GOPR0231, 4:12). At 3:50 he crashes; in the "
         "final 20 seconds he walks off.", [(230.0, None), (232.0, 252.0)]),
        ("Phone video of the storm surge hitting the seawall at Galveston (VID_20240912, 2 min 10 s). In the last "
         "ten seconds a wave tops the rail.", [(120.0, 130.0)]),
        ("Bodycam export from the second unit at the scene (AXON_00417, 6:40). Halfway through the clip the door "
         "opens.", [(200.0, None)]),
    ],
    "a file name with a position still places it": [
        ("The rider clips a root (GOPR0231 at 3:50) and goes over the bars.", [(230.0, None)]),
        ("The man falls (camera 2, 1:12) and gets up.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_camera_file_names(text, expected):
    assert found_spans(text) == expected
