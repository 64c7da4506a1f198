"""A whole work's length in brackets right after the work, in three more shapes (blind rounds 71 and 121): the
work as the subject of a clause put after another ("If you only have a few minutes, the RTÉ highlights (6:40) cover
it well"), the work told with the channel it is on ("In the race video on the AK channel (2:44), the bell lap starts
at 1:05"), and a video credited to its maker ("The video (18:05) is by a Glasgow maker"). Each bracket says how long
the work runs; the positions after it stay. A bracket that cites a position in the work ("he slips in the video
(0:45)", "the clip (0:45) is where it turns") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the rounds' cases": [
        ("If you only have a few minutes, the RTÉ highlights (6:40) cover it well - the penalty shout that wasn't "
         "given is at 2:55 and the winner at 5:12.", [(175.0, None), (312.0, None)]),
        ("In the race video on the AK channel (2:44), the bell lap starts at 1:05, and his kick is at 1:38.",
         [(65.0, None), (98.0, None)]),
        ("Joining squares, 11:30 onwards. The video (18:05) is by a Glasgow maker with 210k subscribers.",
         [(690.0, None)]),
    ],
    "fresh works and their lengths": [
        ("After a slow start, the club's highlights package (8:15) is worth a look: the opener is at 1:20.",
         [(80.0, None)]),
        ("In the full replay on the league's YouTube channel (1:52:10), the decisive break comes at 1:31:05.",
         [(5465.0, None)]),
        ("The clip on the council's Facebook page (3:20) shows the flood barrier failing at 2:05.",
         [(125.0, None)]),
        ("The tutorial (24:30) was by a Leeds baker; the lamination is at 9:10.", [(550.0, None)]),
    ],
    "brackets that cite a position stay positions": [
        ("He slips in the video (0:45) and nobody helps him.", [(45.0, None)]),
        ("The clip (0:45) is where it turns.", [(45.0, None)]),
        ("Watching closely, the goalkeeper (2:10) comes off his line too early.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_length_paren(text, expected):
    assert found_spans(text) == expected
