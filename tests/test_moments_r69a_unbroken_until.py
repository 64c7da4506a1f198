"""A stretch whose end is told by a negated verb of ending (blind round 69): "the single-take ambush that starts at
1:07:42 and doesn't cut until 1:13:10". A start told with a verb, then "does not / doesn't / never / won't" and a
verb of cutting or stopping "until" the end: one range, as "starts at X and runs until Y" is. A start and a later
point told of something else ("and I didn't notice until"), or two positions with no negated verb of ending, stay
as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a start, then a negated verb of ending until its end": [
        ("The hallway fight starts at 42:10 and doesn't cut until 45:55; the camera never blinks.",
         [(2530.0, 2755.0)]),
        ("The tracking shot begins at 1:02:05 and does not break until 1:04:30.", [(3725.0, 3870.0)]),
        ("The drone pass opens at 3:12 and never stops until 4:01.", [(192.0, 241.0)]),
        ("In the clip the brawl starts at about 8:40 and won't let up till 9:15.", [(520.0, 555.0)]),
    ],
    "look-alikes that tell two positions": [
        ("The chase starts at 12:10 and the sirens stop at 13:05.", [(730.0, None), (785.0, None)]),
        ("The hum starts at 0:40 and I didn't notice it until 1:20.", [(40.0, None), (80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_unbroken_until(text, expected):
    assert found_spans(text) == expected
