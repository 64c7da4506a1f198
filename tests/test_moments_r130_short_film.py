"""A short film called by the noun "short" alone, its length before it (blind round 130): "The collective's
26-minute short, *Crossing*, draws on it", then "In the last two minutes the ferry leaves without her". The short is
the footage, and its length is the one the end forms and fractions count from, as for "a 26-minute film". "short" as
the adjective ("a 10-minute short walk", "a 5-minute short break") names no work and states no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length before the noun short is the footage's length": [
        ("Her 12-minute short screened in Cork last spring. In the final 30 seconds the tide turns.",
         [(690.0, 720.0)]),
        ("A 9-minute short by Ana Ruiz opens the night, and halfway through it the lights in the barn fail.",
         [(270.0, None)]),
        ("The students' 15-minute short premiered on Friday. The last three minutes are a single take of the quay.",
         [(720.0, 900.0)]),
    ],
    "the short's length itself is no moment": [
        ("Their 8-minute short, *Low Water*, won the jury prize.", []),
    ],
    "short as an adjective names no work": [
        ("We took a 10-minute short walk to the hall. In the last two minutes of the evening the band played.", []),
        ("After a 5-minute short break the panel resumed; in the last 2 minutes the chair summed up.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_short_film(text, expected):
    assert found_spans(text) == expected
