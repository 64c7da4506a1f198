"""A relative counted back from the act just placed, said again as "before she does so" (blind round 109): a
Holyrood fact check's "The moment in the clip comes at 1:41:20 in the official recording. Ms Laird does stand and
leave the table, but about four seconds before she does so the convener ... can be heard saying ...". The pronoun and
"does so" stand for the act at the position just told: the contract's "five seconds earlier subtracts" (6076,
approximate from "about"). "after he does so" adds; with no position before, or in days, it is nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "N seconds before (after) a pronoun does so counts from the position just told": [
        ("At 0:47 in the highlights the keeper dives. Three seconds before he does, the striker slips.",
         [(47.0, None), (44.0, None)]),
        ("At 12:05 in the bodycam video the officer draws his baton. Roughly two seconds after he does so, the man "
         "runs.", [(725.0, None), (727.0, None)]),
        ("The bus pulls out at 2:10 in the CCTV clip; some five seconds before it does so a cyclist cuts in.",
         [(130.0, None), (125.0, None)]),
    ],
    "no position before, or a span of days, stays nothing": [
        ("Ten minutes before she does so every morning, she checks the weather.", []),
        ("She signed the lease in March. Two weeks before she did so, the landlord had called.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_before_does_so(text, expected):
    assert found_spans(text) == expected
