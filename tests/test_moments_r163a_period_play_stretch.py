"""A play named by the period it came in, said to run over a stretch of the highlights the text walks through (blind
round 163, an AFLW report): "At 0:52 of the highlights you'll see Tahnee Rourke's snap ... The final-quarter
scramble runs from 6:10 to 6:55, including the smother with 2:14 left in the third". "quarter" just before the
stretch had made it a reading of the game's clock; as an adjective of the play ("final-quarter scramble"), with a
verb of a stretch after a position placed in the footage, it tells where the play runs in the highlights. A goal
said to come at a clock, or a stretch with no footage placed before it, stays the game's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a period-named play runs over a stretch of the highlights": [
        ("At 0:52 of the highlights you'll see the snap. The final-quarter scramble runs from 6:10 to 6:55, including "
         "the smother with 2:14 left in the third that the commentators love.", [(52.0, None), (370.0, 415.0)]),
        ("Skip to 1:10 in the recap for the try. The second-half brawl plays out from 4:02 to 4:40, and it is ugly.",
         [(70.0, None), (242.0, 280.0)]),
        ("The replay package opens with the toss at 0:15. The third-period fight runs between 3:20 and 3:58.",
         [(15.0, None), (200.0, 238.0)]),
        ("You see the first goal at 1:05 in the package. Their first-half comeback lasts from 2:30 to 3:45.",
         [(65.0, None), (150.0, 225.0)]),
    ],
    "the game's clock stays one": [
        ("His third-quarter goal came at 6:10.", []),
        ("The final-quarter scramble runs from 6:10 to 6:55.", []),
        ("At 0:52 of the highlights you'll see the snap. The final-quarter scramble came with 6:10 to go.",
         [(52.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_play_stretch(text, expected):
    assert found_spans(text) == expected
