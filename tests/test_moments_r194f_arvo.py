"""Australian and New Zealand "arvo", the afternoon, before a clock (blind round 194): "Happened this arvo around
4:15" tells when it happened, as "this afternoon around 4:15" does; the clip's positions stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock after arvo is the day's": [
        ("Happened this arvo around 3:25. Clip is up and the ute goes through the red at 0:38.", [(38.0, None)]),
        ("Filmed it yesterday arvo, about 5:10, at the lights. At 0:21 the cyclist swerves.", [(21.0, None)]),
        ("It bucketed down at Bondi on Sunday arvo at 2:45. In the video the umbrellas fly at 1:02.", [(62.0, None)]),
    ],
    "an arvo session's position in the replay": [
        ("The arvo session at 2:30 on the replay shows the catch.", [(150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_arvo(text, expected):
    assert found_spans(text) == expected
