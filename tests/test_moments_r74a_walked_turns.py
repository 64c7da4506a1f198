"""Times said in a recording's stamped turns that walk through other footage (blind round 74, transcripts): a
podcast's hosts who play a trailer, or who have already placed a moment in it in a turn just before ("the first hit
is at the thirty-second mark"), go on to name more positions in it ("another at 1:04, and one at about 1:30"). A
clock of the day's shape said in such a turn is a position in that footage, not a time the speakers lived through.
A turn whose talk names no footage and follows no placed position keeps its clock as a time of day ("the train
leaves at 9:15"), and a turn's own stamp is no position said in the talk."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_TEASER = (
    "[00:00:05] MAYA: So we watched the teaser for Cold Harbour twice.\n\n"
    "[00:00:12] JON: And the bit everyone is talking about is at 1:12, when the lighthouse goes dark.\n\n")
_MARKED = (
    "[00:02:10] PRIYA: The first drum hit lands at the thirty-second mark.\n\n"
    "[00:02:16] [AUDIO PLAYS]\n\n")
FAMILIES = {
    "a turn after a trailer is named walks through it": [
        (_TEASER, [(5.0, None), (12.0, None), (72.0, None)]),
        ("[00:01:40] ROB: Right, let's roll the trailer.\n\n[00:01:44] [CLIP]\n\n"
         "[00:02:01] ROB: See the flare at 0:47? That is the whole film.\n\n",
         [(100.0, None), (104.0, None), (121.0, None), (47.0, None)]),
    ],
    "a turn after a position placed in the talk goes on placing positions": [
        (_MARKED + "[00:02:24] PRIYA: Then there's a second one at 0:48 and a third at about 1:05.\n",
         [(130.0, None), (30.0, None), (136.0, None), (144.0, None), (48.0, None), (65.0, None)]),
        ("[00:10:02] SAM: Skip to the two-minute mark of her speech and listen.\n\n"
         "[00:10:09] LEE: Mm.\n\n[00:10:12] SAM: And she says it again at 2:15, word for word.\n",
         [(602.0, None), (120.0, None), (609.0, None), (612.0, None), (135.0, None)]),
    ],
    "near-misses: clocks of the day said in turns stay as they were": [
        ("[00:00:04] ANNA: Morning.\n\n[00:00:09] TOM: The last bus went at 11:40, so we walked.\n",
         [(4.0, None), (9.0, None)]),
        ("[00:03:01] ANNA: I woke up at 6:15 and the power was out.\n\n"
         "[00:03:08] TOM: Same here, it came back on around 7:30.\n", [(181.0, None), (188.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_walked_turns(text, expected):
    assert found_spans(text) == expected
