"""A part's start told as a bare timecode, then its length (blind round 51, g51-reviews-02): "The film runs 128
minutes ... his confession scene, which begins at 1:21:40 and lasts nearly four minutes ... a short coda about
thirty seconds before the end" counts the coda from the film's 128 minutes (7650), not from the scene's four
(210). "begins 34 minutes into the film and lasts eleven minutes" was already a part's length; a start told as a
timecode no clock of the day reads (hours, minutes and seconds, or minutes past 23) needs no "into". A work's own
start ("begins at 0:00:00") and a clock's ("began at 08:30") still leave the length the work's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part's start and length are no length of the work": [
        ("The film runs 128 minutes. His confession scene, which begins at 1:21:40 and lasts nearly four minutes, is "
         "superb. There is a short coda about thirty seconds before the end.", [(4900.0, 5140.0), (7650.0, None)]),
        ("The documentary runs 52 minutes. The interview starts at 31:10 and runs for six minutes. The last 20 seconds "
         "are a dedication.", [(1870.0, 2230.0), (3100.0, 3120.0)]),
        ("The podcast episode runs 1 hour 20 minutes. Our segment begins at 1:02:15 and lasts eight minutes. The final "
         "minute is the sponsor read.", [(3735.0, 4215.0), (4740.0, 4800.0)]),
        ("The webcast is 2 hours 10 minutes long. Her speech, which starts at 45:30 and runs twelve minutes, gets a "
         "standing ovation. About 15 seconds before the end there is a holding card.", [(2730.0, 3450.0),
                                                                                      (7785.0, None)]),
    ],
    "a work's own start or a clock's start keep the length the work's": [
        ("The video begins at 0:00:00 and runs 4 minutes. The last 10 seconds are black.", [(0.0, 240.0),
                                                                                             (230.0, 240.0)]),
        ("Northwind's webcast began at 08:30 and runs 1 hour 14 minutes in the archived version. The last 30 seconds "
         "show the logo.", [(4410.0, 4440.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_start_length(text, expected):
    assert found_spans(text) == expected
