"""A marathon stream's VOD notes (blind round 90, chapters): compact stamps past twelve hours ("13h20m  Calling it"),
a note's own length ending one line ("BRB for about 25 min") joined to nothing on the next line's stamp, and a stretch
of the stream said "is from 9h58m to about 10h41m". A compact stamp over twelve hours is a position only opening its
line or said at, from or to, hours and minutes both told, under a day; "48 hours" and "at 30h" stay nothing, and a
spoken length "was from 2 min 5 s to 3 min 10 s" stays no range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compact stamp past twelve hours opening its line": [
        ("Stream log:\n11h05m  Boss 3 down\n12h40m  Raid incoming\n15h02m  Goodnight chat",
         [(39900.0, None), (45600.0, None), (54120.0, None)]),
        ("- 0h10m intro\n- 16h45m final boss, no damage", [(600.0, None), (60300.0, None)]),
        ("Skip to 14h30m for the clutch.", [(52200.0, None)]),
    ],
    "a measure past twelve hours stays no position": [
        ("The battery lasted 13h20m on a single charge.", []),
        ("We were at 48 hours with no sleep.", []),
        ("The full stream ran 18h05m in total.", []),
    ],
    "a line break joins no parts of a spoken time": [
        ("Notes:\n2h10m  Lunch, away for about 30 min\n2h45m  Back with the DLC", [(7800.0, None), (9900.0, None)]),
        ("Chapters:\n0m40s  Setup, takes 5 min\n7m15s  Measuring the boards", [(40.0, None), (435.0, None)]),
    ],
    "a stretch of stamps said to be somewhere": [
        ("The whole heist is from 3h12m to about 3h40m if you only want that.", [(11520.0, 13200.0)]),
        ("The best round was from 1h05m to 1h22m, give it a watch.", [(3900.0, 4920.0)]),
        ("The wait was from 2 min 5 s to 3 min 10 s.", [(125.0, None), (190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stream_stamps(text, expected):
    assert found_spans(text) == expected
