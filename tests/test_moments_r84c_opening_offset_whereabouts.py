"""A hedged offset opening its sentence, then where someone or something now is (blind round 84's regional texts):
"A wee bit after 3 min Jimmy's in up to his knees", in a text that has named its recording, is a place in it, as
"Around 27 minutes Kelechi explains ..." is (round 86). Look-alikes: the same words with nothing said where the
subject is, or with no recording named, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged offset, then a name's 's and where it is": [
        ("At 1:05 in the clip the ferry leaves the slip. Just after 2 min Aoife’s out on the deck waving.",
         [(65.0, None), (120.0, None)]),
        ("The dashcam video runs on a while. Around 12 minutes the van’s off the road and in the ditch.",
         [(720.0, None)]),
        ("My video of the gala is shaky. A bit after 40 seconds Thandi's up on the blocks.",
         [(40.0, None)]),
    ],
    "no whereabouts, or no recording named": [
        ("In the clip the boat leaves at 0:30. About 2 minutes Jimmy’s done.", [(30.0, None)]),
        ("A wee bit after 3 min Jimmy’s in the water, the lifeguard said.", []),
        ("Just after 20 minutes the kettle's on again at our house.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_opening_offset_whereabouts(text, expected):
    assert found_spans(text) == expected
