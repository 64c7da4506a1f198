"""An appliance's or a workout's duty cycle said with no amount for its rest part (blind round 162, a review of a mixer
grinder): "Manual says 30 seconds on, then rest." is how long to run it, not "30 seconds on" from the position before
(a "later"). "then rest", "then off", "then let it cool" after the work part say so, as a rest part with its own
amount ("20 seconds on, 10 off") already did. A plain "Thirty seconds on, he gets up" or "..., then he gets up" after a
position still counts from it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work part followed by a rest with no amount is no relative": [
        ("Video is 11 minutes long. From 5.10 to 6.02 she makes coconut chutney and you can see the lid shaking. "
         "Third, the overload switch trips if you run it more than 3 minutes continuously. "
         "Manual says 30 seconds on, then rest.",
         [(310.0, 362.0)]),
        ("At 4:15 the coach shows the plank. Hold it 45 seconds on, then rest and repeat.", [(255.0, None)]),
        ("Around 2:40 in the video he blends the nuts; the jug's label says a minute on, then let it cool.",
         [(160.0, None)]),
        ("At 1:05 she switches the hand blender on. Two minutes on, then off for a minute, or the motor "
         "overheats.", [(65.0, None)]),
        ("At 7:30 the trainer starts the bike block: 20 sec on, then recover, eight times.", [(450.0, None)]),
    ],
    "a relative 'on' after a position stays": [
        ("At 2:10 he falls. Thirty seconds on, he gets up.", [(130.0, None), (160.0, None)]),
        ("At 2:10 he falls. Thirty seconds on, then he gets up.", [(130.0, None), (160.0, None)]),
        ("The crash is at 4:00. A minute on, the marshals arrive and then rest the bike on the kerb.",
         [(240.0, None), (300.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_interval_then_rest(text, expected):
    assert found_spans(text) == expected
