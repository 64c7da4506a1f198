"""An infobox's running time (blind round 86): a wikitable row "| Running time || 52 minutes" or a template's
"| runtime = 104 minutes" states the work's length, which end forms count from ("the final four minutes" is
2880-3120). The row is no moment itself, nor are the infobox's other numbers; a title's bracketed length in the
prose stays that title's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "end forms count from the infobox's running time": [
        ('{| class="infobox"\n| Running time || 48 minutes\n|}\n\nThe last three minutes are a montage.',
         [(2700.0, 2880.0)]),
        ("{{Infobox television episode\n| runtime = 44 minutes\n}}\nIn the final two minutes the lights go out.",
         [(2520.0, 2640.0)]),
        ("{{Infobox film\n| running time    = 90 minutes\n}}\nThe film's last ten minutes take place at sea.",
         [(4800.0, 5400.0)]),
    ],
    "the infobox alone is no moment": [
        ('{| class="infobox"\n| Running time || 48 minutes\n|-\n| Budget || €2.1 million\n|}', []),
        ("{{Infobox film\n| runtime = 104 minutes\n| budget = CA$3 million\n}}", []),
        ('{| class="infobox"\n| Running time || 48 minutes\n|}\nThe theme, "Low Tide" (3:05), plays over it.', []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_infobox_runtimes(text, expected):
    assert found_spans(text) == expected
