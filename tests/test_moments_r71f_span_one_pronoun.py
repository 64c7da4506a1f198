"""A span then "one" as a pronoun (blind round 71, regional): "Don't need to watch the first 40 min one, just
marching" is the first 40 minutes (0-2400), not 40 minutes and one second: a lone "one" after a unit is the noun's
stand-in ("the 40-min one"), never the next unit's count. Minutes or seconds said bare after a unit ("an hour ten
in", "1hr 5 into the stream", "2 minutes twenty") still count."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Eh the NDP replay on YouTube already, the fighter jets come at 1:05:30 lah. Don't need to watch the first "
         "40 min one, just marching.", [(3930.0, None), (0.0, 2400.0)]),
    ],
    "fresh spans then one": [
        ("Skip the first 2 min one, it's just ads.", [(0.0, 120.0)]),
        ("The stream has a boring intro, you can skip the first 15 minutes one, nothing happens.", [(0.0, 900.0)]),
        ("In the long replay the last 10 min one is the best bit.", []),
        ("Two cuts went up; watch the 3 min one.", []),
    ],
    "bare counts after a unit still count": [
        ("It starts an hour ten in.", [(4200.0, None)]),
        ("The fight is 1hr 5 into the stream.", [(3900.0, None)]),
        ("The key change comes 2 minutes twenty into the song.", [(140.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_span_one_pronoun(text, expected):
    assert found_spans(text) == expected
