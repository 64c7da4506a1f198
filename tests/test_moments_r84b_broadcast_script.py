"""A TV newsroom script's stamps (blind round 84): a seconds-only stamp after a position's preposition ("roll from
:08", "start on the lift at :45") is a point at those seconds, and a sound bite's "IN at 1:02 of interview, OUT at
1:19" (the source named after the in point) is one range, as round 54's IN/OUT. A promo's bracketed "(:15)" and a
total running time "TRT :45" are lengths, no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a seconds-only stamp after a preposition is a point": [
        ("[TAKE VO — phone video, roll from :12]\nFirefighters reached the barn.", [(12.0, None)]),
        ("[VO — drone, start at :30 on the wide]\nThe bridge reopened at noon.", [(30.0, None)]),
        ("Hold the wide until :20, then cut to the rescue.", [(20.0, None)]),
    ],
    "an in point with its source, then an out point, is one range": [
        ("[SOT — Chief Amara Diallo, IN at 1:14 of interview, OUT at 1:31]", [(74.0, 91.0)]),
        ("SOT: Mayor Ng, IN at 2:05 of the raw tape, OUT at 2:22.", [(125.0, 142.0)]),
    ],
    "a promo's or a package's length stays no moment": [
        ("[TAG — PROMO 'Tonight at 11' (:15)]", []),
        ("SLUG: FLOOD WATCH    TRT :45", []),
        ("Travel at :15 and :45 past the hour as usual.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_broadcast_script(text, expected):
    assert found_spans(text) == expected
