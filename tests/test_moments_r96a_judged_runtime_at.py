"""A review's "At <length>, it's ... too long" (blind round 96): 'At over two hours, it's at least 20 minutes too
long.' The "at" phrase sizes the whole film, then the clause judges it: its length, no position, as "At ninety
minutes it could lose fifteen" is. The same opening followed by what happens ("At two minutes, it's clear the driver
has seen him") or said into the film ("At over two hours in, ...") is a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length judged after 'At ..., it's' is no position": [
        ("At just over two and a half hours, it's a good half-hour too long.", []),
        ("At 1 hr 52 min, the movie is easily 20 minutes too long.", []),
        ("At ninety-five minutes, the documentary is lean and never dull.", []),
        ("At under 80 minutes, it never outstays its welcome.", []),
    ],
    "the opening followed by an event or said into the film is a position": [
        ("At two minutes, it's clear the driver has seen him.", [(120.0, None)]),
        ("At over two hours in, the film finally finds its feet.", [(7200.0, None)]),
        ("At about ninety seconds, the truck swerves.", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_judged_runtime_at(text, expected):
    assert found_spans(text) == expected
