"""A compound adjective ending in -ed before the noun is no past verb (blind round 138): 'The much-discussed rooftop
dance begins at 2:10.' in a music video's article. The clause is in the present of the footage; "-discussed" glued
to "much" only describes the dance, as "the discussed cue" does after a determiner. A past verb with a prefix
("re-entered") or a plain past still tells the world's day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hyphenated -ed adjective leaves the clause present": [
        ("The clip is online now. Its oft-quoted punchline lands at 1:48.", [(108.0, None)]),
        ("The film is on iPlayer. The hotly-debated penalty happens at 41:20.", [(2480.0, None)]),
        ("The trailer dropped on Friday. The long-awaited reveal of the villain comes at 1:05.", [(65.0, None)]),
    ],
    "a past verb stays past": [
        ("The protesters re-entered the square at 9:15.", []),
        ("The long-delayed parade finally started at 10:15.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compound_adjectives(text, expected):
    assert found_spans(text) == expected
