"""An end form said of a restored film named as such (blind round 59): a newsreel's restoration "which runs nine minutes
exactly", then "In the last minute of the restoration, the cinema manager ... turned the camera on himself", gave
nothing: a stretch said "of" something that is no work ("in the final minute of the match") is no stretch of footage,
and "restoration" was not among the works, though its length was already read ("a digital restoration that runs 11
minutes 6 seconds"). A restoration or a remaster is the work; a building's restoration, its length never told, stays
nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of a restoration or a remaster": [
        ("The restoration, which runs nine minutes exactly, took 14 months and cost £38,000.\n\nPerhaps the most "
         "moving part of the film is its ending. In the last minute of the restoration, the cinema manager, Harold "
         "Metcalfe, turned the camera on himself.", [(480.0, 540.0)]),
        ("The 4K restoration is 94 minutes long. The final ten minutes of the restoration restore the lost ending.",
         [(5040.0, 5640.0)]),
        ("Sony's remaster runs 1 hour 12 minutes, and the last 30 seconds of the remaster still have the hiss.",
         [(4290.0, 4320.0)]),
    ],
    "a restoration that is no film stays nothing": [
        ("The restoration of the church took nine months. In the last minute of the restoration, the roof was "
         "finished.", []),
        ("The restoration of the organ cost £40,000 and the final hour of the restoration was the tuning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_end_of_restoration(text, expected):
    assert found_spans(text) == expected
