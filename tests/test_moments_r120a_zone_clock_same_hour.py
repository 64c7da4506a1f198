"""A bare clock in the same hour soon after a clock told with an Australian, New Zealand or African zone (blind round
120): 'The ship's transponder shows it leaving the anchorage at 04:12 AWST on 29 June ... At 04:51 its speed drops
to 0.1 knots'. The later clock takes up the zoned one as the day's, as it already does after GMT, AEST or a.m./p.m.;
every zone the time-of-day suffix knows ("AWST", "ACST", "NZST", "SAST", "EAT") counts as told. A position named in
the footage after such a clock, or in another hour, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare clock in the same hour after a zoned clock is the day's": [
        ("The tracker logged the yacht leaving Fremantle at 05:30 AWST. At 05:58 its speed falls to zero.", []),
        ("The mooring's sensor logged the surge arriving at 06:20 SAST, and at 06:48 the level peaked.", []),
        ("Flight logs have the glider launching at 14:05 ACST; at 14:37 it stops climbing over the ridge.", []),
        ("The buoy data shows the swell building from 02:10 NZST. At 02:45 the buoy logs waves above six metres.", []),
    ],
    "a position in the footage after a zoned clock stays a position": [
        ("The clip was posted at 09:10 AWST. At 0:45 in the video the boat tips.", [(45.0, None)]),
        ("The livestream began at 19:00 AEST. At 19:20 in the stream the host leaves.", [(1160.0, None)]),
        ("Posted 18:20 AWST, the four-minute video shows the rescue; at 3:10 the swimmer is pulled out.",
         [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_zone_clock_same_hour(text, expected):
    assert found_spans(text) == expected
