"""A noun ending in "-ed" or "-eed" is no past-tense verb (blind round 197): "the wheel reaches full speed at 3:52" is
what the footage shows, not a report of the world's day as "the bomb exploded at 8:46" is; "speed", "need", "seed",
"bed", "hundred" only look like "-ed" verbs."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an -ed noun before the time": [
        ("Note: the wheel reaches full speed at 3:52. Dai says it turns 90 times a minute.", [(232.0, None)]),
        ("The boat picks up speed at 2:30 and the bow lifts.", [(150.0, None)]),
        ("Watch how the pigeon finds the seed at 0:42.", [(42.0, None)]),
        ("The kids jump on the bed at 1:20 and it collapses.", [(80.0, None)]),
        ("The drummer doubles the speed around 4:05 in the video.", [(245.0, None)]),
    ],
    "a past-tense report stays the day's": [
        ("The protesters crossed the bridge at 10:45 that morning.", []),
        ("The power failed at 21:10 and stayed off all night.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ed_noun(text, expected):
    assert found_spans(text) == expected
