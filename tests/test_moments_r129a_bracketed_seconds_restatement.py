"""A position's timecode restated in seconds in brackets, after an equals sign or "i.e." (blind round 129, visual):
"its timecode 00:01:12:05 (= 72.2 s) shows the jeepney swerving". The bracket's seconds are a second mention of the
same position (as the round's gold and as "(72.2 s in)" already reads), not a bare amount. A length restated so
("runs 1:12 (= 72 s)") and a bracket with no equals sign stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "seconds after an equals sign restate the position": [
        ("Grab the frame at 00:02:05:15 (= 125.5 s) for the caption.", [(125.5, None), (125.5, None)]),
        ("At 3:10 (i.e. 190 seconds) the drone banks left.", [(190.0, None), (190.0, None)]),
        ("On the bodycam at 0:48 [= 48 s] the badge is legible.", [(48.0, None), (48.0, None)]),
    ],
    "a length restated, or no equals sign, stays": [
        ("The reel runs 1:12 (= 72 s) and the car turns at 0:40.", [(40.0, None)]),
        ("At 2:05 (125 seconds) the door opens.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_seconds_restatement(text, expected):
    assert found_spans(text) == expected
