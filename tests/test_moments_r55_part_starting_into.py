"""A part of the footage given its length, then where it starts as an offset ("a 20-minute presentation, which
starts about 14 minutes into the livestream"): one range, start plus length, as the spec's start-plus-length row
reads it; and that length is the part's, not the work's, so an end form later counts from the work's length,
which may be set off by dashes ("the recording — 4 hours 38 minutes long —"). Round 55, sixteenth session."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "part-with-offset-start": [
        ("The mayor opened with a 15-minute speech, which starts about 9 minutes into the livestream.",
         [(540.0, 1440.0, True)]),
        ("There is a 90-second advert that begins 12 minutes in, and it is loud.", [(720.0, 810.0, False)]),
        ("The webcast carries a 10-minute debate, which begins 40 minutes into the webcast.",
         [(2400.0, 3000.0, False)]),
    ],
    "work-length-between-dashes": [
        ("The recording — 2 hours 5 minutes long — is on YouTube. A 20-minute speech, which starts about 10 "
         "minutes into the recording, opened it. The vote is in the final five minutes of the recording.",
         [(600.0, 1800.0, True), (7200.0, 7500.0, False)]),
        ("The video — 3 minutes long — shows the crash at 1:12. The last ten seconds show the crowd.",
         [(72.0, None, False), (170.0, 180.0, False)]),
    ],
    "near-misses": [
        # a part with no start keeps its length for an end form of it
        ("A 20-minute presentation opened the meeting. In the final five minutes of the presentation, she took "
         "questions.", [(900.0, 1200.0, False)]),
        # a stretch of the world, started after an event: nothing
        ("We took a 20-minute walk, which starts 10 minutes after the bell.", []),
        # a length between dashes of no footage, and no position
        ("The hike — 4 hours long — began at dawn.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_part_given_its_length_and_an_offset_start_is_one_range(text, expected):
    assert found_hedged(text) == expected
