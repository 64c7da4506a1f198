"""A range whose two ends are offsets spelled out in words, each to the second (blind round 94, court): 'From three
minutes and ten seconds to three minutes and fifty seconds the camera shows you weaving between lanes'. Both ends are
positions said in two units, as "From 3 min 10 sec to 3 min 50 sec" already is: one range, not a point at its first
end. A range of spelled amounts after a verb of length or change
("ran for between two minutes and ten seconds and ...", "fell from six minutes and ten seconds to ...") stays a
length, and a single spelled offset stays a point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range of two spelled offsets to the second is one range": [
        ("From two minutes and five seconds to two minutes and forty seconds, the bodycam shows the officer "
         "sprinting across the car park.", [(125.0, 160.0)]),
        ("Between one minute twenty seconds and one minute fifty-five seconds the drone footage shows the roof "
         "giving way.", [(80.0, 115.0)]),
        ("from four minutes and thirty seconds to five minutes and two seconds of the CCTV, the accused can be "
         "seen at the till.", [(270.0, 302.0)]),
    ],
    "a range of spelled amounts after a verb of length stays a length": [
        ("Each interview ran for between two minutes and ten seconds and three minutes and five seconds.", []),
        ("Her mile time fell from six minutes and ten seconds to five minutes and fifty seconds over the season.", []),
    ],
    "a lone spelled offset stays a point": [
        ("At three minutes and twelve seconds into the footage, the van reverses.", [(192.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spelled_ranges(text, expected):
    assert found_spans(text) == expected
