"""A rider's deficit on the standings, a result's total and a crew's time "went" (blind round 128): "He's 26, and
now 2:04 down on GC.", "Osei's 1:49:52 total won by 22 seconds", "The women's 4×400 relay in athletics went
3:24.11." The family: a time followed by how far a racer trails on the standings ("down on GC", "back on the
leader", "behind overall") or by "total", and a time a relay, heat or crew "went", is a race figure, no position.
A time placed in a recording stays a position, whatever words follow it ("down the descent", ", total chaos")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a deficit on the standings is a race figure": [
        ("After the time trial Kovač sits 3:10 back on the leader, with a rest day to come.", []),
        ("Yates is now 1:47 behind overall and needs the mountains.", []),
        ("She lost time on the cobbles and is 0:58 down on the maglia rosa.", []),
    ],
    "a result's total and a crew's time 'went' are race figures": [
        ("The Kenyan's 2:11:04 total was a course record by a distance.", []),
        ("In the mixed medley the men's quartet at Gold Coast went 3:01.42 to win.", []),
    ],
    "counter-cases: a time placed in the recording stays a position": [
        ("In the onboard VOD the crash comes at 2:04 down the descent into Bormio.", [(124.0, None)]),
        ("On the replay the break goes clear at 1:12:40, total chaos behind.", [(4360.0, None)]),
        ("At 14:05 total bedlam: the winner crosses the line in the stream.", [(845.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_standings_deficit(text, expected):
    assert found_spans(text) == expected
