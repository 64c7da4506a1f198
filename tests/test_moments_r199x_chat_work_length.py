"""A work's length as chat tells it, the verb left out or the work said short first (blind round 199): Singlish "Video
only 2:10 but I watch ten times already", Patois "Video nuh even long, 2:45", "the clip isn't even long, 0:58" tell
how long the video runs, as "The one on WhatsApp is only 3:12" already did; a time counted into it, or opening the
next clause, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the verb left out": [
        ("Wah from 1:15 to 1:38 the kids all cheering her. Video only 2:10 but I watch ten times already.",
         [(75.0, 98.0)]),
        ("At 0:42 she overtakes. The clip only 1:05, so short.", [(42.0, None)]),
    ],
    "the work said short, then its length": [
        ("At di 2-minute mark police reach. Video nuh even long, 2:45. It happen round 3 o'clock.", [(120.0, None)]),
        ("The clip isn't even long, 0:58. At 0:20 he falls.", [(20.0, None)]),
        ("Di vid short, 1:30 only, but at 0:40 di goat jump.", [(40.0, None)]),
    ],
    "left alone": [
        ("The clip only 0:20 in he falls.", [(20.0, None)]),
        ("The video is long, 2:45 is where it drags.", [(165.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_chat_work_length(text, expected):
    assert found_spans(text) == expected
