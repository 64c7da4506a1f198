"""A labelled line with no list mark that closes on a last-N span of footage named above it (blind round 121,
lists): "HIIT ladder — my notes on the 30-minute video\n...\nCool down: last 4 minutes." is 1560-1800, as a marked
item ("- Speeches: last 10 min") already was. A drill told with more words after the span, or a line under no
footage, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("HIIT ladder — my notes on the 30-minute video\nRound 1: 40 s on / 20 s off x 6 (starts 2:00)\n"
         "Round 3: plank series; the side-plank part is between 19:10 and 21:40.\nCool down: last 4 minutes.",
         [(120.0, None), (1150.0, 1300.0), (1560.0, 1800.0)]),
    ],
    "fresh labelled lines": [
        ("Yoga flow, follow along with the 45-minute video\nWarrior series starts at 3:10\n"
         "Savasana: last 5 minutes", [(190.0, None), (2400.0, 2700.0)]),
        ("Notes on the 20 min livestream replay\nQ&A: last ten minutes.", [(600.0, 1200.0)]),
        ("Wedding film (1 hour 10 minutes), what to skip to\nSpeeches: 22:00 to 41:30\nFirst dance: last 6 minutes.",
         [(1320.0, 2490.0), (3840.0, 4200.0)]),
    ],
    "a drill or a line under no footage stays nothing": [
        ("Drill: last 30 seconds flat out.", []),
        ("Tuesday session at the track\nFinisher: last 3 minutes.", []),
        ("The video is on the app.\nDrill: last 30 seconds flat out, then walk.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_last_span(text, expected):
    assert found_spans(text) == expected
