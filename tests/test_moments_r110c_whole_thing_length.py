"""A bracket saying what "the whole thing" runs (blind round 110): "Watch the whole thing if you can (it's 47:12),
but if you only have five minutes, ...". The family: "(it's 47:12)" after "the whole thing", "the full thing", a
clause on, is the work's length, as after "the video" it already was. A bracket placing something ("(it's at 12:40
...)") or "it" meaning a part of the work ("The best bit (it's 12:40)") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the whole thing's bracketed length is no position": [
        ("Sit through the full thing if you've got time (it is about 1:02:30); the goal comes at 44:10.",
         [(2650.0, None)]),
        ("Honestly, watch the entire thing (it's only 18:05) before you judge the ending.", []),
        ("Give the whole lot a go on a quiet night (it runs 2:10:44) and skip nothing.", []),
    ],
    "a bracket placing a part stays a position": [
        ("Don't watch the whole thing (it's at 12:40 where it gets good).", [(760.0, None)]),
        ("I watched the whole thing twice. The best bit (it's 12:40) is the duet.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whole_thing_length(text, expected):
    assert found_spans(text) == expected
