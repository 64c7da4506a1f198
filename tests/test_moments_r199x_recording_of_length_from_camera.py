"""A recording "of" its whole length in minutes and seconds, then the camera it comes from (blind round 199): "a
recording of 3 minutes 40 seconds from the forecourt camera" runs 3:40, not 3 minutes (its first words alone were
read when "from" barred the whole), and the end forms count from it; "a clip of 30 seconds from the end" and "a clip
of 1 minute 12 seconds into the game" tell no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recording's length, then its camera": [
        ("The exhibit is CCTV footage (Exhibit P3), a recording of 3 minutes 40 seconds from the forecourt camera. "
         "Some 15 seconds before the end of the recording the motorcycle leaves.", [(205.0, None)]),
        ("Police released a video of 2 minutes 10 seconds from the officer's body camera. In the final 10 seconds "
         "of the video he runs.", [(120.0, 130.0)]),
        ("We have a clip of 1 minute 30 seconds from her phone. Halfway through the clip the door opens.",
         [(45.0, None)]),
    ],
    "no whole length": [
        ("A clip of 1 minute 12 seconds into the game went viral. In the last 10 seconds of the clip he falls.", []),
        ("A clip of 30 seconds from the end is all we saw. In the last 10 seconds of the clip he falls.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_of_length_from_camera(text, expected):
    assert found_spans(text) == expected
