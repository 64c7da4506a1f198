"""A line of a day's timeline whose clock follows a short word or two with no list mark (blind round 114): under
"9:00 feed starter / 13:00 mix ... / 14:00–17:00 stretch & fold", the line 'Shape at 17:30, cold proof 14 hours'. Once
the lines above are times of day, a later clock of the day on the next short line, after a few words naming no
footage, is one more of them, no moment. A line naming the footage ("Video of the shaping at 17:30") or a clock
earlier than the list's last stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a worded line under a day's timeline is a time of day": [
        ("Brisket day timeline\n7:00 rub and rest\n8:30 smoker on\n12:00–15:00 spritz every hour\nWrap at 15:30, rest "
         "2 hours", []),
        ("Saturday itinerary\n10:00 market run\n11:30 brunch\nNap around 14:15, then the beach", []),
    ],
    "a line naming footage or counting back stays a position": [
        ("Brisket day timeline\n7:00 rub and rest\n8:30 smoker on\nThe video shows the bark at 12:10", [(730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_list_worded_line(text, expected):
    assert found_spans(text) == expected
