"""A work's noun that is a participle after a verb of being or getting (blind round 161, a drone clip of Basant in
Lahore): "The exact frame where the string is cut is 00:01:58:12; we exported that still." is 118.4 (30 fps). "cut"
after "is" is the verb's participle, not an edit of the footage, so the "is" after it is the frame's, and the
timecode is where the frame is, no length of a cut. A cut named by a determiner or a possessive ("the director's cut
is 2:14:00", "the final cut was 4:12") stays the cut's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a participle after a verb of being or getting names no work": [
        ("Drone footage from the Basant rooftops in Lahore (DJI Mini 4, 30 fps, 4:12 long). The kite-fighting pech "
         "that everyone shared is from 1:48 to 2:05. The exact frame where the string is cut is 00:01:58:12; we "
         "exported that still. Altitude 62 m, wind 18 km/h, flight ended at 5:47 pm PKT.",
         [(108.0, 125.0), (118.4, None)]),
        ("The bodycam video is grainy. The moment the power gets cut is 0:41, and the torches come on right after.",
         [(41.0, None)]),
        ("Watch the ribbon: the point where it was cut was 2:06 in the council's upload.", [(126.0, None)]),
        ("The still we used, where the rope is finally cut, is at 3:15 of the rescue clip; the frame where the rope "
         "is cut is 3:15.", [(195.0, None), (195.0, None)]),
    ],
    "a cut named as the work keeps its length": [
        ("The director's cut is 2:14:00; the ending in the last 10 minutes is new.", [(7440.0, 8040.0)]),
        ("The final cut was 4:12, and in the last 30 seconds the dog runs.", [(222.0, 252.0)]),
        ("The festival cut is 9:40. Nothing else to report.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_participle_noun(text, expected):
    assert found_spans(text) == expected
