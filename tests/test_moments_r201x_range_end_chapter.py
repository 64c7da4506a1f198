"""A chapter list's range line and the next chapter stamped at its end are two moments (blind round 201's Panorama
livestream, rounds 164-198's reading): "00:52:10 - 01:09:45 Rain delay, tent and all\\n01:09:45 Band 2 on stage" gave
the range only, the second "01:09:45" read as the clock naming a "Rain delay" said before it, as "the 6:30 train ...
the 6:30" is. A range's end names no service; a clock naming one and said again stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chapter at a range's end": [
        ("Timestamps\n00:00:00 Pre-show\n00:52:10 - 01:09:45 Rain delay, tent and all\n01:09:45 Band 2 on stage\n"
         "02:31:08 Band 3", [(0.0, None), (3130.0, 4185.0), (4185.0, None), (9068.0, None)]),
        ("Chapters\n0:00 Intro\n12:40 - 18:05 Power cut, generator and all\n18:05 Second set\n25:10 Encore",
         [(0.0, None), (760.0, 1085.0), (1085.0, None), (1510.0, None)]),
        ("Stream chapters\n00:00 Welcome\n14:10–21:30 Weather delay\n21:30 Kick-off again\n40:02 Penalty",
         [(0.0, None), (850.0, 1290.0), (1290.0, None), (2402.0, None)]),
    ],
    "left alone": [
        ("We missed the 6:30 train, so we took the 7:10 train instead. The 6:30 was full anyway.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_range_end_chapter(text, expected):
    assert found_spans(text) == expected
