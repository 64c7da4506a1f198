"""The footage's length told under a label ("Length of clip: 3 mins", "Duration of the video: 3 minutes", a label
opening the text as one opening a line) or as a timecode with its unit ("clip length 3:20 min", which is 3:20, not
"20 min"): the length the end and fraction forms count from, as "clip length: 3 min" and "runtime 3 mins" already
were. A label of something else ("Length of the walk: 3 hours") stays no footage length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled length is the footage's": [
        ("Length of clip: 3 mins. In the final 30 seconds the man runs.", [(150.0, 180.0)]),
        ("Duration of the video: 3 minutes. In the final 30 seconds the man runs.", [(150.0, 180.0)]),
        ("Length of the footage: 4 minutes. Halfway through, the barrier falls.", [(120.0, None)]),
        ("clip length 3:20 min. In the final 30 seconds the man runs.", [(170.0, 200.0)]),
        ("Video length 2:40 mins. In the last 10 seconds the car stops.", [(150.0, 160.0)]),
        ("Runtime 1:30 min. Ten seconds before the end the lights go out.", [(80.0, None)]),
    ],
    "left alone": [
        ("clip length: 3 min. In the final 30 seconds the man runs.", [(150.0, 180.0)]),
        ("runtime 3 mins. In the final 30 seconds the man runs.", [(150.0, 180.0)]),
        ("Length of the walk: 3 hours. In the final 30 seconds the man runs.", []),
        ("The clip is 3:20 long. At 2:10 the dog jumps.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_length(text, expected):
    assert found_spans(text) == expected
