"""A slot of the day said to run on to the day's close (blind round 110): "The livestream on the festival's channel
starts at 14:00 and runs till close." The family: a start on the quarter hour, then "and runs till close", "goes on
until late", "runs all day", is when a broadcast or an event starts in the day, as "and runs for four hours" already
was; footage runs on to its own end, never to closing time. A part of footage that starts at a time and runs for a
while, or to the end of the video, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a start that runs on to the day's close is a time of day": [
        ("Coverage on the club channel begins at 18:30 and goes on until late.", []),
        ("The fan zone stream opens at 11:00 and runs all day.", []),
        ("Our radio simulcast kicks off at 19:15 and carries on into the night.", []),
    ],
    "a part of footage that starts and runs on stays a position": [
        ("In the replay the fight starts at 14:00 and runs for about two minutes.", [(840.0, 960.0)]),
        ("The drone shot starts at 3:15 and runs to the end of the video.", [(195.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_runs_till_close(text, expected):
    assert found_spans(text) == expected
