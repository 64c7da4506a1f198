"""A YouTube .sbv cue's timing pair quoted in prose (blind round 93): 'Then at 0:09:15.000,0:09:18.400 it says "dove
tail" as two words'. The pair, start and end to the millisecond joined by a bare comma, is the cue's range wherever it
stands, not only on a timing line of its own: one range, as an SRT cue's "-->" is. An ASS event line's comma-joined
fields stay one range, and times listed with a comma and a space stay points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an .sbv timing pair in prose is one range": [
        ("The auto-captions mangle the name: around 0:02:41.300,0:02:44.050 they write Siobhán as 'should vawn'.",
         [(161.3, 164.05)]),
        ("Cue 0:11:07.500,0:11:09.900 has the wrong speaker; fix that one before export.", [(667.5, 669.9)]),
        ("The gap is between 0:00:58.000,0:01:01.250 and the next caption.", [(58.0, 61.25)]),
    ],
    "an .sbv timing line stays one range": [
        ("0:00:03.100,0:00:05.800\nright, first the mortise", [(3.1, 5.8)]),
    ],
    "an ASS event line stays one range": [
        ("Dialogue: 0,0:04:12.50,0:04:15.10,Default,,0,0,0,,Hold the line!", [(252.5, 255.1)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sbv_pair_in_prose(text, expected):
    assert found_spans(text) == expected
