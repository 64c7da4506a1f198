"""Every link in a list of examples is an example (blind round 127): a changelog's "Added: `&t=` parameter support
for shared links (e.g. `?t=90` or `&t=1m30s`)." The first code span after "e.g." was already read as a syntax shown,
in no footage; the ones joined to it by "or", "and" or a comma are the same list of examples. A link in code outside
such a list still points into footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "each code span of an example list is no position": [
        ("Release 3.1: deep links now work (e.g. `?start=45` or `&start=2m5s`).", []),
        ("The player accepts offsets such as `#t=30`, `?t=1m10s` and `&t=95`.", []),
    ],
    "a code-span link outside an example list stays a position": [
        ("Jump to `https://youtu.be/qz7?t=95` where the barrier drops.", [(95.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_example_link_lists(text, expected):
    assert found_spans(text) == expected
