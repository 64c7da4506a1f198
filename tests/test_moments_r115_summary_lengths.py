"""A broadcast's summary named with its length, the footage the end forms count from (blind round 115): "In the
race's 12-minute summary on YouTube, the attack comes two minutes before the end, and the finish line is 90 seconds
before the end" (600 and 630). The family: a produced cut of an event called by its kind (a summary, a recap, a
round-up, a wrap-up, a digest), said with its length as an adjective, is a work with a length, as "the 12-minute
video" is; "before the end", "the final N seconds" and fractions count from it. The length itself stays no moment,
and a summary with no length gives the end forms nothing to count from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a summary, recap or round-up with its length is the work the end forms count in": [
        ("In the league's 8-minute recap, the equaliser comes three minutes before the end.", [(300.0, None)]),
        ("The broadcaster's 15-minute round-up shows the crash 90 seconds before the end.", [(810.0, None)]),
        ("The winning putt is in the final 30 seconds of the six-minute summary on iPlayer.", [(330.0, 360.0)]),
        ("Halfway through the ten-minute digest, the chairman loses his temper.", [(300.0, None)]),
        ("Their 4-minute wrap-up saves the best for a minute from the end.", [(180.0, None)]),
    ],
    "no length, no count from the end; the length itself is no moment": [
        ("In the club's summary on YouTube, the goal comes two minutes before the end.", []),
        ("After a 10-minute recap of the rules, the session resumed at 7:40pm.", []),
        ("The 12-minute summary is on the tour's channel.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_summary_lengths(text, expected):
    assert found_spans(text) == expected
