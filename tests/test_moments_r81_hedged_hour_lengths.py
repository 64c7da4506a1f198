"""A hedged hours-and-minutes written with "h" after a verb of how long (blind round 81): "a full charge took about
1h30", "the stream lasts around 1h45", "for about 2h10" are lengths, the hedge no placing word as "at" is. Said into the
footage or placed with "at" or a bare hedge opening the clause, it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged 'h' length after a verb of how long": [
        ("Topping the battery up from empty takes around 1h15 on the bundled brick.", []),
        ("The firmware update ran for about 1h10, which is absurd.", []),
        ("Fully charged in the dock, the drone lasted about 1h05 before landing itself.", []),
    ],
    "a hedged 'h' position stays": [
        ("The boss fight starts about 1h12 in the livestream.", [(4320.0, None, True)]),
        ("I stopped watching at about 1h30 in.", [(5400.0, None, True)]),
        ("He finally shows up around 1h05, and it's worth the wait.", [(3900.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hedged_hour_lengths(text, expected):
    assert found_hedged(text) == expected
