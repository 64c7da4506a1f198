"""A speedrun's time told with its runner in an aside ("27:41.3 by the runner Kestrel, was set ...") or as how fast
speedrunners finish ("the speedrunners do it in 2:35:10"): a race time, not a position in the run's video.
Round 30, sixteenth session."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "speedrun-times": [
        ("The any-percent record, 18:02.9 by the runner Ovi, stood for a year.", []),
        ("The world record in Hollow Pines, 1:12:40 by the speedrunner mara_k, was set in June.", []),
        ("My first run took 30 hours; the speedrunners do it in 2:35:10.", []),
        ("Top speedrunners finish it in just under 41:20 now.", []),
    ],
    "near-misses": [
        # a position in the run's video stays one
        ("In the speedrunner's video the clip happens at 11:02.7.", [(662.7, None)]),
        ("The speedrun video shows the skip at 12:30 in the run.", [(750.0, None)]),
        # a goal credited to its scorer with a comma after: a position in the highlights
        ("The goal at 14:02 by Salah, a header, is the best.", [(842.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_speedrun_time_is_no_position(text, expected):
    assert found_spans(text) == expected
