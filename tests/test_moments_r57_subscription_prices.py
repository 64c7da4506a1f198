"""A price by the month, week or year after "the first N minutes" prices a subscription, not the span: the span stays
the opening of the footage (round 57, reviews: "Skip the first 4 minutes — it's a sponsor read for a VPN at $3.49 a
month"); a tariff for the span itself ("the first hour ... £1.80", "first 30 minutes free") stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a subscription's price after the span": [
        ("Skip the first 3 minutes — it's an ad for a meal kit at $9.99 a week.", [(0.0, 180.0)]),
        ("Skip the first 2 minutes, a sponsor spot for a password manager at £2.49 per month.", [(0.0, 120.0)]),
        ("Skip the first 90 seconds: a plug for a streaming service at €59/year.", [(0.0, 90.0)]),
    ],
    "near-misses": [
        ("The first hour at the Station Road car park rises to £1.80.", []),
        ("First 30 minutes free, then £2 an hour.", []),
        ("The first 20 minutes cost £1.50 at the harbour car park.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_price_by_the_period_is_no_tariff_of_the_span(text, expected):
    assert found_spans(text) == expected
