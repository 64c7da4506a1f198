"""Replies walking on through the same clip in dotted minutes and seconds (blind round 94, forum): a dashcam post
'The clip is 1.20 minutes long ... At 0.34 in the video a container truck ... starts drifting', then replies in other
paragraphs 'The drift starts near about 0.38', 'From 0.38 to 0.45 he is fully in your lane', 'the rear wheel touches
the line at 0.37', 'Also note at 1.02 you overtake', '(visible at 1.05)'. Once a page has placed its clip's dotted
positions and told the clip's length, the next dotted times near the last one placed and inside that length are the
same clip's positions, whoever writes them; a time of the day ("we left at 6.10 in the morning"), one past the
clip's length, or one on a page that placed none stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_POST = ("Dashcam from Saturday, the video runs 2.10 minutes. At 0.52 in the video the bus swings out without "
         "signalling.\n\n")

FAMILIES = {
    "a reply's dotted times near the clip's placed ones are positions": [
        (_POST + "Reply: look again, the bus is still straight at 0.52. It only swings near about 0.57, and from "
         "0.57 to 1.04 it blocks both lanes.", [(52.0, None), (52.0, None), (57.0, None), (57.0, 64.0)]),
        (_POST + "Reply: bro the cyclist cuts in at 1.08, watch the mirror (clear at 1.11).",
         [(52.0, None), (68.0, None), (71.0, None)]),
    ],
    "times of the day, past the clip, or with no clip placed stay nothing": [
        (_POST + "Reply: I drive there daily, usually at 8.15 in the morning.", [(52.0, None)]),
        (_POST + "Reply: the bus at 3.40 is another one.", [(52.0, None)]),
        ("We left home at 0.45 and reached the toll at 1.05. The clip is 2.10 minutes long.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_replies(text, expected):
    assert found_spans(text) == expected
