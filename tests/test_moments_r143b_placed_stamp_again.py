"""A position said again in a sentence that also tells a time of day (blind round 143): 'At 2:02 in A, the roof ...
collapses. ... Shadows on the clock tower at 2:02 put the sun at an azimuth of roughly 248°, consistent with about
4:10 p.m. local time'. The a.m./p.m. clock makes the sentence's other clocks times of day, but a timecode the
paragraph has already placed as a position is the same position said again, not a clock of the day. A clock not
placed before in the paragraph, beside a time of day, is still read as one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode placed earlier in the paragraph stays a position beside a time of day": [
        ("At 1:47 on the bodycam the door gives way. The lamp post's shadow at 1:47 points due east, which fits "
         "around 9:30 a.m. that morning.", [(107.0, None), (107.0, None)]),
        ("The flag is lowered at 0:52 in clip 2. Its shadow at 0:52 is short, so about 12:40 pm local time.",
         [(52.0, None), (52.0, None)]),
    ],
    "a clock not placed before stays a time of day": [
        ("At 0:31 in the clip the gate opens. The market opened at 7:15 and closed at about 5:30 p.m.", [(31.0, None)]),
        ("The ferry leaves at 6:05 and docks about 6:40 a.m.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_placed_stamp_again(text, expected):
    assert found_spans(text) == expected
