"""Several clocks in the picture read as "those are" (blind round 77): "On the burnt-in clocks those are 02:14:40
and 02:17:12", "By the cameras' own clocks these were 01:58:10 and 02:00:41": what the devices' clocks say, not
positions, though the hour reads like a recording's (a plural "clocks" names them as well as the
singular). The positions in the clips the readings restate stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "readings of several clocks in the picture": [
        ("The light flashes at 0:55 in the first clip and at 2:31 in the second. On the burnt-in clocks those are "
         "01:12:09 and 01:14:40.", [(55.0, None), (151.0, None)]),
        ("The door opens at 1:02 in both files. By the cameras' own clocks these were 03:20:11 and 03:21:02.",
         [(62.0, None)]),
    ],
    "positions in the clips stay": [
        ("The clocks show the same flash at 0:40 in the video.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clocks_those_are(text, expected):
    assert found_spans(text) == expected
