"""A work's length in its brackets after its year, spaced as pasted HTML writes it (blind round 127): footnotes
for a documentary, its title in ``<em>``, then "(2024, 52&nbsp;min)", and later "the final four minutes". The
entity is a space: the bracket is the work's running time, no moment, and the length the end forms count from (as
"(1995, 170 min)" already was). A position in the bracket's place stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a year then a length with &nbsp; in brackets is the work's length": [
        ("<p>Notes on <em>Harbour Lights</em> (1998, 1&nbsp;h&nbsp;40&nbsp;min).</p><p>The credits roll in the "
         "last 3 minutes.</p>", [(5820.0, 6000.0)]),
        ("Viewing guide: *Tin Roof Summers* (2019, 38&#160;mins). The wedding fills the final ten minutes.",
         [(1680.0, 2280.0)]),
        ("<li><em>Dust and Rail</em> (2021, 47&nbsp;minutes) &#8211; the strike is at 12:05</li>",
         [(725.0, None)]),
    ],
    "the same bracket with plain spaces is unchanged": [
        ("Notes on *Harbour Lights* (1998, 100 min). The credits roll in the last 3 minutes.", [(5820.0, 6000.0)]),
    ],
    "a year alone in brackets, then a position with &nbsp;, stays a position": [
        ("<p><em>Dust and Rail</em> (2021) &#8211; the strike is 3&nbsp;min&nbsp;10&nbsp;s in.</p>",
         [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_html_space_lengths(text, expected):
    assert found_spans(text) == expected
