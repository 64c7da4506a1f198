"""A length told after an end form for another version of the work (blind round 99): "The last ten minutes of the
film, set at the Valley of Desolation, were re-edited for the 2021 director's cut, which runs 112 minutes." of a
film whose infobox says "Running time | 104 minutes" is 5640-6240: the director's cut's length is the other
version's, no restatement of the film's. A later length that restates the work's own, with no version named, still
counts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a later length of another cut or edition is not the work's": [
        ("{| class=\"infobox\"\n| Running time || 96 minutes\n|}\n\nThe final five minutes of the film were "
         "reshot for the extended edition, which lasts 103 minutes.", [(5460.0, 5760.0)]),
        ("| Runtime | 88 minutes |\n|---|---|\n\nThe last twenty minutes of the documentary were trimmed in the "
         "international version (84 minutes).", [(4080.0, 5280.0)]),
    ],
    "a later length restating the work's own still counts": [
        ("The 31-hour charity stream ended on Sunday.\n\nThe last hour of the stream is a blur of thank-yous. It is "
         "31:08:00 long.", [(108480.0, 112080.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_other_version_length(text, expected):
    assert found_spans(text) == expected
