"""Seconds counted "later" in the sentence after a line that only told the file's metadata clocks (blind round 134):
"The shop's wall clock is legible at 00:00:14:20 in the original file ... The EXIF says 16:19:02, but the camera was
set to UTC+1 and the upload was at 17:02 CET. Two seconds later the clock is out of shot." A file's EXIF stamp and its
upload time are no event to count seconds from (as round 123 read a post's upload clock): the gap counts from the
footage's position before them (16.667). A relative after a clock that tells when something happened in the world
still counts from that clock, and yields nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "seconds after a line of metadata clocks count from the footage": [
        ("The bus timetable board is readable at 0:41 in the clip. The file's metadata shows 09:12:40 and it was "
         "posted at 10:05 EAT. Three seconds later a lorry hides the board.", [(41.0, None), (44.0, None)]),
        ("Frame 00:01:02:10 shows the petrol station sign. EXIF reads 2023:08:14 18:22:05; the uploader says it was "
         "shared at 19:40 IST. Some 4 seconds later the sign is blocked by a lorry.",
         [(62.333, None), (66.333, None)]),
    ],
    "a relative after a clock of a world event counts from that clock": [
        ("The barrier lifts at 0:41 in the clip. The convoy reached the border at 09:12 local time. Three minutes "
         "later the gates closed.", [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_seconds_past_metadata(text, expected):
    assert found_spans(text) == expected
