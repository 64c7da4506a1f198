"""A recording's own ordinal minute is a position at its start ("in the broadcast's 47th minute" = 46:00, blind
round 61); a match's ordinal minute ("the 21st minute of play", "the 71st minute") names no footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a recording's ordinal minute": [
        ("Coverage went dark in the broadcast's 47th minute.", [(2760.0, None, False)]),
        ("In the video's 3rd minute the lights go out.", [(120.0, None, False)]),
        ("The 12th minute of the stream is silent.", [(660.0, None, False)]),
        ("Somewhere around the livestream's 30th minute the chat turns.", [(1740.0, None, True)]),
        ("The 1st minute of the recording is blank.", [(0.0, None, False)]),
    ],
    "a match's ordinal minute": [
        ("Doyle scored in the 21st minute of play.", []),
        ("The goal came in the 71st minute; the highlights video shows it twice.", []),
        ("He was booked in the 88th minute of the match.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_ordinal_minute(text, expected):
    assert found_hedged(text) == expected
