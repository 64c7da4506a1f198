"""A race's lead or gap told as a measure that changed (blind round 178, a list of a cycling stage's moves): "the
break's lead drops from 3:40 to 2:05 in about eight kilometres". A lead, gap, advantage, margin or deficit that went
"from" one time "to" another is a measure of the race, as "boot time went from 1:10 to 0:48" is: no positions. Said
"in the clip", the same words place a stretch of the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("3. The chase organises. From 1:05:40 to 1:07:15 the Dutch team, Van Aken Cycling, take over the front and "
         "the break's lead drops from 3:40 to 2:05 in about eight kilometres. That's the race, really.",
         [(3940.0, 4035.0)]),
    ],
    "a lead, gap, advantage or margin that changed": [
        ("Replay notes: at 41:10 the chase starts, and the gap fell from 1:50 to 0:45 over the next climb.",
         [(2470.0, None)]),
        ("In the highlights, at 12:30 Sifan attacks; her advantage went from 0:08 to 0:31 in a lap.",
         [(750.0, None)]),
        ("The leaders' margin had shrunk from 2:40 to 1:15 by the bell, as you can see at 58:02.",
         [(3482.0, None)]),
        ("Watch the VOD from 1:02:00. The peloton's deficit climbed from 4:10 to 6:45 on the coast road.",
         [(3720.0, None)]),
    ],
    "the same words placing a stretch of the footage": [
        ("The lead guitar comes in from 2:10 to 2:40, then the drums at 3:05.", [(130.0, 160.0), (185.0, None)]),
        ("The gap in the footage runs from 4:12 to 4:30, where the camera cuts out.", [(252.0, 270.0)]),
        ("The lead goes from 1:10 to 1:45 in the clip: that's where he overtakes.", [(70.0, 105.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lead_changed(text, expected):
    assert found_spans(text) == expected
