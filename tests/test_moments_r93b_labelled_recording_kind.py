"""A labelled recording's length in brackets with what kind of recording it is (blind round 93): 'Video A (0:42,
filmed from a balcony) and Video B (1:15, a dashcam) show the same white trucks'. A note after the comma saying what
the recording is (a dashcam, a phone clip, drone footage) marks the bracket as the whole recording's length, as a
note of where it was filmed or posted already does; a position in brackets with what happens there stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled recording's bracket with its length and its kind is no moment": [
        ("Clip 1 (0:38, a doorbell camera) and Clip 2 (2:05, a phone video from across the street) both show the "
         "van. The driver gets out at 0:12 in Clip 1.", [(12.0, None)]),
        ("Video 3 (4:40, the drone) picks the convoy up at 1:10.", [(70.0, None)]),
        ("Footage 3 (1:02, an iPhone recording) is the clearest; the blast is at 0:51.", [(51.0, None)]),
    ],
    "a bracketed position with what happens there stays one": [
        ("In Video B (0:44, a man runs past) the smoke is already visible.", [(44.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_recording_kind(text, expected):
    assert found_spans(text) == expected
