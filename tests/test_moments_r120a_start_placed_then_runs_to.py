"""A stretch told with a verb of starting and a verb of running on, the start placed in its footage or pointed at
before the end is told (blind round 120): 'The cannon starts firing at 0:52 in the PCG video and continues to 1:09',
'The viral clip begins here, at 14:35, and runs to 14:54, ending mid-sentence'. The words between ("in the PCG
video", "here,") only say which footage and where; the sentence is still one range, as round 113's 'starts at 7:05
and runs to 9:40' is. Two verbs that tell two moments, and a start in a place rather than in footage, stay as they
were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a start placed in its footage, then its end, is one range": [
        ("Smoke starts rising at 1:14 in the second clip and continues until 1:31, when the camera turns away.",
         [(74.0, 91.0)]),
        ("The chanting starts at 0:40 on the bodycam footage and lasts till 0:58.", [(40.0, 58.0)]),
    ],
    "a start pointed at with 'here,' or 'there,', then its end, is one range": [
        ("The scuffle begins right there, at 3:02, and goes on until 3:20.", [(182.0, 200.0)]),
        ("The interview proper begins just here, at 6:05, and runs through 9:12.", [(365.0, 552.0)]),
    ],
    "two moments, or a start in a place, stay as they were": [
        ("The exchange starts at 2:10 in the video; the reply comes at 2:40.", [(130.0, None), (160.0, None)]),
        ("Her answer begins at 4:31 in the interview, and at 5:02 she is cut off.", [(271.0, None), (302.0, None)]),
        ("The march starts at 10:15 in the town centre and runs for two hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_start_placed_then_runs_to(text, expected):
    assert found_spans(text) == expected
