"""A length a source puts a thing at, the thing told before the verb (blind round 70): "the rest of the struggle,
which a defense exhibit puts at some 40 seconds", "The pause, which one analyst put at roughly 12 seconds". A
measure, not a position; a point the source puts an event at "into the video" stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length put at, its thing told before": [
        ("The camera points at the floor for the rest of the scuffle, which the police report puts at about 35 "
         "seconds.", []),
        ("The pause, which one analyst put at roughly 12 seconds, is not in the transcript.", []),
        ("There is a silence that the coroner puts at nearly two minutes.", []),
    ],
    "a position put at, into the footage": [
        ("The report puts the first shot at 40 seconds into the video.", [(40.0, None)]),
        ("At about 35 seconds the tower falls.", [(35.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_put_at_lengths(text, expected):
    assert found_spans(text) == expected
