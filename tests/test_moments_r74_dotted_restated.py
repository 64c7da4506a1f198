"""Indian dotted positions (blind round 74): one said in the video with "I" after it ("In the video at 3.45 I have
compared"), and one placed in the footage earlier said again in a comment ("near about 6.10 in the video" ... "The
metro test at 6.10 was very helpful"). Only the number placed before is taken again; a dotted clock of someone's day
in the comments stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted position with 'I' after it": [
        ("In the video at 3.45 I compare it with the old model.", [(225.0, None)]),
        ("In my review video at 2.10 I drop the phone in water.", [(130.0, None)]),
    ],
    "a placed dotted position said again": [
        ("Near about 2.15 in the video the ball swings.\n\nComments\nRaj: The swing at 2.15 was unreal!",
         [(135.0, None), (135.0, None)]),
        ("The catch is at 4.20 in the highlights.\n\n12 comments\nMeena: that catch at 4.20 is insane",
         [(260.0, None), (260.0, None)]),
    ],
    "other dotted numbers stay nothing": [
        ("The train at 6.10 was late.", []),
        ("Near about 2.15 in the video the ball swings.\n\nComments\nRaj: My bus at 7.40 was late.", [(135.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_restated(text, expected):
    assert found_spans(text) == expected
