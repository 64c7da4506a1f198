"""A report told in the present by someone in the footage the text walks through (round 36): "Ice crushing is shown at
[7:05], and he admits the jug cracked after 6 months at 11:40" places where he admits it; the past tense is the
report's, not the day's. Without the walk, or told by no one in the footage ("Police say the gunman fired at 10:41"),
the clock stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past told in the present, in footage walked through": [
        ("The noise test is at (4:51). Ice crushing is shown at [7:05], and he admits the jug cracked after 6 months "
         "at 11:40.", [(291.0, None), (425.0, None), (700.0, None)]),
        ("The harbour appears at 2:05 in the video. The old pier is shown at 3:30, and she explains that the bridge "
         "collapsed at 10:15.", [(125.0, None), (210.0, None), (615.0, None)]),
        ("The unboxing is at 1:10. The hinge test comes at 4:20, and he mentions the screen cracked twice at 12:45.",
         [(70.0, None), (260.0, None), (765.0, None)]),
    ],
    "left alone": [
        ("He admits the jug cracked at 11:40.", []),
        ("At 2:10 the officer draws. Police say the gunman fired at 10:41.", [(130.0, None)]),
        ("The harbour appears at 2:05 in the video. The old pier is shown at 3:30. The bridge collapsed at 10:15, "
         "officials said.", [(125.0, None), (210.0, None)]),
        ("The harbour appears at 2:05 in the video. The old pier is shown at 3:30. She said the bridge collapsed at "
         "10:15.", [(125.0, None), (210.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_told_now_past_report(text, expected):
    assert [(round(s, 1), e) for s, e in found_spans(text)] == expected
