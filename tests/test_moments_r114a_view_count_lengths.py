"""A list entry's view count with a small magnitude letter, then the work's length after a comma (blind round 114):
'"Suya Spot" – 5.5m views, 4:02'. The count and the length are the two fields of a video's card: the bare time that
closes the field is the video's length, no moment, as with a capital "212M views, 2:34" since round 113. A position
told in the same entry ("watch from 1:15", "the tadka at 3:05") stays one, and a bare "5m" with no count word is not
read as a count."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length after a small-letter view count is no moment": [
        ('Top reels this week\n1. "Kimchi Fried Rice" – 2.3m views, 0:58\n2. "Ramen Hack" – 880k plays, 1:12',
         []),
        ("Most-streamed Kenyan gospel videos\n- Baraka Choir, \"Neema\" — 3.4m views, 5:21\n"
         "- Kanji Brothers, \"Safari\" — 950k views, 4:07; the key change lands at 3:02", [(182.0, None)]),
    ],
    "a position in the same entry stays one": [
        ('Best of the month:\n1. "Dal Tadka" – 1.1m views, the tadka at 3:05 is the best bit\n2. "Jollof Wars" – '
         "640k views; skip to 1:40 for the taste test", [(185.0, None), (100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_view_count_lengths(text, expected):
    assert found_spans(text) == expected
