"""A crew's duty period named by its clocks after "the" (blind round 30, g30-longform-04): "He had kept the
00:00-04:00 and 12:00-16:00 watches for 71 consecutive days" names two watches of the ship's day, no stretches of the
radar video the article is about. A stretch of clocks right before "watch", "watches", "shifts" or "duty" (a part of
the day between: "afternoon watch", "day shifts"), or coordinated with one that is, is a time of day, as "the 6:30
train" is. "watch" as a verb ("At 2:30 watch the left side") or in a compound ("watch-along"), and a stretch said to
be in the clip, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a duty period named by its clocks": [
        ("He had kept the 00:00-04:00 and 12:00-16:00 watches for 71 consecutive days, with a day off in port.", []),
        ("The second mate stands the 04:00–08:00 watch, so he was on the bridge when the alarm sounded.", []),
        ("Cadets share the 12:00–16:00 afternoon watch with the third officer.", []),
        ("Nurses on the ward work the 07:00-19:00 day shifts in pairs.", []),
    ],
    "watch as a verb or a compound, and a stretch in the clip, stay positions": [
        ("At 2:30 watch the left side of the frame: the mast snaps.", [(150.0, None)]),
        ("In the video, the 2:30 watch-along chat lights up.", [(150.0, None)]),
        ("The crew member kept watch from 0:45 to 1:20 in the clip, scanning the horizon.", [(45.0, 80.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_duty_watches(text, expected):
    assert found_spans(text) == expected
