"""A price right before a first span prices it (blind round 71): "The new charges, £1.20 for the first hour, come in
on 1 September." is a tariff, no stretch of the council webcast the article walks through, as "the first hour at the
Station Road car park rises to £1.80" already was with the price after it. A span said "of" the recording, or a
sentence naming the footage, stays a stretch of it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a price for the first span is a tariff": [
        ("At 1:52:30 in the recording the chair can be heard asking for the public gallery to be cleared.\n\nThe new "
         "charges, £1.20 for the first hour, come in on 1 September.", [(6750.0, None)]),
        ("It costs 80p for the first 20 minutes at the Quay car park.", []),
        ("Hire a kayak at the marina: €15 for the first two hours, then €5 an hour.", []),
        ("Bike hire on the promenade is £3 for the first 30 minutes.", []),
    ],
    "the span of the footage stays a stretch of it": [
        ("The new charges, £1.20 for the first hour of the recording, are online.", [(0.0, 3600.0)]),
        ("The ad cost $5 million. In the first 30 seconds a dog appears on screen in the video.", [(0.0, 30.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_price_for_first_span(text, expected):
    assert found_spans(text) == expected
