"""A day word after a colon that follows a stretch's times (blind round 194): "The best sequence runs from 21:30 to
24:05: two boys paddle their planks out at dawn". What follows the colon tells what the stretch shows, not the hour
the clock is: a day word there ("at dawn", "at dusk", "that night") no longer makes the times a clock of the day. A
day word before the colon still does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day word after the colon tells what the stretch shows": [
        ("The finest stretch is 18:10 to 19:45: the herd crosses the river at dusk.", [(1090.0, 1185.0)]),
        ("Watch 12:40 to 14:05: the village wakes at dawn and the fires are lit.", [(760.0, 845.0)]),
        ("The film's best passage runs from 22:15 to 23:50: the nets come in at dawn, heavy with sardines.",
         [(1335.0, 1430.0)]),
    ],
    "a day word before the colon keeps the clock the day's": [
        ("The ferry runs from 21:30 to 23:05 every night: book early.", []),
        ("Sunset that day was at 16:42: the light went quickly.", []),
        ("The ferry leaves at 21:30 on Sundays: book early.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_colon_after_stretch(text, expected):
    assert found_spans(text) == expected
