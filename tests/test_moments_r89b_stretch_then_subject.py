"""A stretch said before a clause whose subject is the work (blind round 89): "For the first two minutes the
recording shows a corridor" places 0-120 and tells no length of the recording, so a later "the final minute of
the recording" counts back from the length the text did state ("14 minutes and 22 seconds long"). A length said as
the work's adjective ("a 3-minute clip", "the two-minute phone video") stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch before the work's clause is no length of it": [
        ("Her video is 5 minutes 10 seconds long.\n\nFor the first 30 seconds the video is dark.\n\n"
         "In the last minute of the video the crowd cheers.", [(0.0, 30.0), (250.0, 310.0)]),
        ("The bodycam file, 9 minutes long, is hard to watch. For the first three minutes the footage shakes; "
         "the final two minutes of the footage are calm.", [(0.0, 180.0), (420.0, 540.0)]),
    ],
    "a length said as the work's adjective stays a length": [
        ("It is a 3 minute clip. The last ten seconds are black.", [(170.0, 180.0)]),
        ("In the two-minute phone video the final 20 seconds show the car.", [(100.0, 120.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stretch_then_subject(text, expected):
    assert found_spans(text) == expected
