"""A webcam's archived stream is footage (blind round 70): "the port's public webcam, whose overnight stream has been
archived on YouTube (positions in the 8-hour archive ...)", "On the webcam archive, the boom can be seen swaying from
about 5:38:00", "emergency lights are visible in the final half hour of the archive". A webcam names footage as a
dashcam or a bodycam does, and an archive is the recording kept of a stream: its length is stated ("the 8-hour
archive"), its end forms count from that length, and a time to the second hours into it is a position, not the
night's clock. Before, "of the archive" read as another event's end and the hours-in position as a time of day. A
clock the webcam's owner tells with no footage word in reach stays a time of day, and an archive that is a place
keeps its opening hours."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a webcam names footage: a time to the second hours in is a position": [
        ("On the harbour webcam, the tug can be seen listing from about 5:12:30.", [(18750.0, None)]),
        ("The ferry ramp drops at 6:40:05 on the webcam.", [(24005.0, None)]),
    ],
    "an archive's stated length and its end forms": [
        ("The beach webcam's night stream is on YouTube (times refer to the 10-hour archive). The tide turns "
         "in the last hour of the archive.", [(32400.0, 36000.0)]),
        ("The 6-hour archive of the stream is online. Dawn breaks in the final 20 minutes of the archive.",
         [(20400.0, 21600.0)]),
        ("The 9-hour archive is online. The fog lifts at 7:02:10 in the archive.", [(25330.0, None)]),
    ],
    "a clock with no footage word, or an archive that is a place, is no position": [
        ("The harbourmaster closed the gates at 04:12:30 that night.", []),
        ("The ferry left the pier at 06:40:05, an hour late.", []),
        ("The county archive holds 40 years of parish records.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_webcam_archives(text, expected):
    assert found_spans(text) == expected
