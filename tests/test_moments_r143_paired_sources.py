"""Two sources named side by side as a sentence's subject, each with its timecode in brackets (blind round 143): "The
phone video (2:47) and the CCTV export (10:00) share the moment the barrier lifts: 1:06 in the phone video, 06:31 in
the CCTV export. ... Halfway through the CCTV export, the camera is turned away; the last minute is black." Each
bracket is its work's length, given as the sources are introduced before they are synced (no moment), and the
fraction and end forms count from the length of the work they name. One work citing a position in brackets ("The
drone footage (0:45) shows smoke") and positions after "In" stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "two sources introduced with their lengths in brackets": [
        ("The bodycam clip (4:12) and the doorbell footage (1:30) overlap for a few seconds. The gate opens at "
         "2:40 in the bodycam clip.", [(160.0, None)]),
        ("Our dashcam video (6:00), the bystander's recording (2:15) and a news clip were compared. In the "
         "final 30 seconds of the dashcam video the lorry brakes.", [(330.0, 360.0)]),
        ("The drone footage (8:00) and the council's CCTV file (3:20) were both released on Friday. Halfway "
         "through the drone footage the flood reaches the bridge.", [(240.0, None)]),
    ],
    "counter-cases: one work citing a position, or positions after 'In'": [
        ("The drone footage (0:45) shows smoke over the depot.", [(45.0, None)]),
        ("In the phone video (1:06) and the CCTV export (6:31) the barrier lifts.", [(66.0, None), (391.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_paired_sources(text, expected):
    assert found_spans(text) == expected
