"""A footage length set off after the footage as "N of it", and a placing hedge that is no length (blind round 137):
"It's a grand bit of footage altogether, 16 minutes and 40 seconds of it, and ..." is the video's length, so "The
last two minutes are the fireworks" is 880-1000; and "Mary Kenny's hen house on the back of a trailer, which won
Best Float, is a bit after 6:00" is where the float is (a hedged position), not the length of a farm trailer read as
a video's. "the whole recording — 7 hours 12 minutes of it" was read so already; any work set off the same way is.
A hedged "a little under eleven minutes of it", a part watched ("I watched 10 minutes of it"), and a length said with
a hedge of amount ("runs just over 6 minutes") stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "footage set off as 'N of it' is its length": [
        # the round's case (g137-regional-04)
        ("It's a grand bit of footage altogether, 16 minutes and 40 seconds of it, and there's more tractors in it "
         "than at the Ploughing.\n\n- The parade starts at the 1:20 mark.\n- The last two minutes are the fireworks.",
         [(80.0, None), (880.0, 1000.0)]),
        ("The drone video is up, 12 minutes of it, all shot over the estuary. The final minute is the sunset.",
         [(660.0, 720.0)]),
        ("We got the bodycam clip — 3 min 20 s of it — from the council. Halfway through, the van arrives.",
         [(100.0, None)]),
    ],
    "a hedge placing a thing after or before a time is no length": [
        # the round's case (g137-regional-04)
        ("- Mary Kenny's hen house on the back of a trailer, which won Best Float, is a bit after 6:00.",
         [(360.0, None)]),
        ("The clip, which the club posted, is shortly before 2:10 where the keeper slips.", [(130.0, None)]),
    ],
    "a hedged or partial amount, and a length's own hedge, stay as they were": [
        ("The film he shot, a little under eleven minutes of it, sat in a tin. The digitised copy runs 10 minutes 48 "
         "seconds. Halfway through the film the train appears.", []),
        ("I watched 10 minutes of it, then gave up. The video, 30 minutes long, ends at a wedding.", []),
        ("The video runs just over 6 minutes. The last 30 seconds show the crowd.", [(330.0, 360.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_of_it(text, expected):
    assert found_spans(text) == expected
