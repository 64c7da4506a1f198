"""A thing named by a span said as an adjective after "last", "final" or "first" (blind round 74): the NBA's "Last
Two Minute Report", "the last two-minute drill", "the final 30-second ad": a singular unit after a number above one
(or a hyphen), then the noun it qualifies, names a report, a drill, an ad; no stretch of the footage. The end and
start ranges themselves ("the last two minutes", "the final 20 seconds", "the last minute", "the last 30-second
stretch of the clip") stay ranges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a span as an adjective names a thing": [
        ("The league's Last Two Minute Report comes out tomorrow.", []),
        ("— Last Two Minute Report explainer: what gets reviewed", []),
        ("The 3-minute video is tense. They ran the last two-minute drill to perfection.", []),
        ("The 3-minute video ends on a sponsor. The final 30-second ad is for a bank.", []),
        ("The 3-minute video opens with the first ten-minute warning of the exam.", []),
    ],
    "the ranges themselves stay": [
        ("The 3-minute video is tense. In the final 20 seconds the car stops.", [(160.0, 180.0)]),
        ("The 3-minute video is tense. The last two minutes are chaos.", [(60.0, 180.0)]),
        ("The 3-minute video is tense. The last minute is chaos.", [(120.0, 180.0)]),
        ("The 3-minute video is tense. The last thirty-second stretch of the clip is chaos.", [(150.0, 180.0)]),
        ("The 3-minute video is tense. Watch the last 30 seconds closely.", [(150.0, 180.0)]),
        ("The 3-minute video is tense. In the first 20 seconds nothing moves.", [(0.0, 20.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_span_named_things(text, expected):
    assert found_spans(text) == expected
