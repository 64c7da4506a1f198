"""A time said as the size of a lead or a gap in a race, the margin's noun right after it (blind round 119, a
cycling stage): "Lachance finished 2nd on the 187 km stage in 4:12:08 ... and kept his 0:41 lead". "his 0:41 lead",
"a 1:40 gap on Ferreira", "the Kenyan's 0:38 deficit", "her 0:54 cushion" measure how far apart riders or runners
are, not where anything is in the footage (the contract's race times); so do "a lead of 0:41" and "Tadesse's lead is
0:52", the noun before the time. A time that places a lead change, or a "lead guitar" part, in the footage stays a
position, and so does a margin's noun with the footage named after it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time before a margin's noun is a race margin": [
        ("Van Dyk now has a 1:40 gap on Ferreira in the overall standings.", []),
        ("The Kenyan's 0:38 deficit to the leader was cut in half on the final climb.", []),
        ("With her 0:54 cushion intact, Moreau rolled home safely in the bunch.", []),
        ("Moreau kept a lead of 0:41 over Lachance going into the rest day.", []),
        ("Tadesse's lead is 0:52 with one stage left, and his advantage over Mensah is now 1:12.", []),
        ("Her cushion was cut to 0:19 on the last climb.", []),
        ("Achieng defended a 0:22 lead over the last 5 km, and the replay shows the finish at 2:31:10.",
         [(9070.0, None)]),
    ],
    "a position stays one: a lead changing at a place, a part of a song, a margin placed in footage": [
        ("At 0:41 the lead changes hands in the replay.", [(41.0, None)]),
        ("The crash at 1:12 cost him the lead, you can see it in the highlights.", [(72.0, None)]),
        ("The lead is at 2:10 in the video, where Mensah attacks.", [(130.0, None)]),
        ("Her lead stands at 0:33 after the time trial.", []),
        ("The lead of the song comes in at 1:12 on the recording.", [(72.0, None)]),
        ("Check the 0:47 gap in the video where the audio drops out.", [(47.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_margin_noun(text, expected):
    assert found_spans(text) == expected
