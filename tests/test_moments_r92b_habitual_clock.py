"""The clock something usually ends or starts at, a habit of the world (blind round 92, a longform essay on pub
darts): "A match in our Tuesday league starts at 8pm sharp and ... usually ends around 11:15, when the landlord
turns the lights up." Footage does not "usually" reach a position: a time of day. The event and its verb were
too far apart for the event rule; the habit's adverb is read instead. In a sentence naming footage it stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock something usually happens at is a time of day": [
        ("The Thursday session, with two sets and a break, normally finishes at 10:40 and we walk home.", []),
        ("Choir practice in the old school hall, which has no heating, always breaks up by 9:15.", []),
    ],
    "in a sentence naming footage it stays a position": [
        ("In the clip the match usually ends at 4:20 of the replay.", [(260.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_habitual_clock(text, expected):
    assert found_spans(text) == expected
