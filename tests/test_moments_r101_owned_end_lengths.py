"""An end form of a work named by its label's possessive, with its own length (blind round 101): 'In the last 20
seconds of Video C's 3-minute export a fire engine ... crosses', on a page that gave another video's length (4:12)
before. "of Video C's 3-minute export" is the form's own footage, as "of the 3-minute clip" is: the tail counts back
from 3:00, not from the nearest length stated."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form counts from the length of the work its possessive names": [
        ("Camera 1 is a 4:40 upload. The final 15 seconds of Camera 2's 90-second clip show the van leaving.",
         [(75.0, 90.0)]),
        ("Feed A runs 12 minutes. In the last 30 seconds of Feed B's 2-minute export, the gate closes.",
         [(90.0, 120.0)]),
        ("The livestream ran 3 hours. In the last 10 minutes of Thandi's one-hour recording the lights go out.",
         [(3000.0, 3600.0)]),
    ],
    "the first seconds of such a work stay a range from 0": [
        ("Clip 1 runs 4:00. In the first 8 seconds of Clip 2's 45-second export the bus is parked.", [(0.0, 8.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_owned_end_lengths(text, expected):
    assert found_spans(text) == expected
