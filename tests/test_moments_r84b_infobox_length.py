"""A length in an infobox's or a table's row (blind round 84): "| Running time || 48 minutes" in a wiki infobox, or
"| Runtime | 1h 52m |" in a Markdown table, is the whole work's length, labelled as a length line is ("Running time:
48 minutes"): no moment itself, and the length "the final six minutes" counts from. A row holding another measure
("| UK viewers || 1.42 million") or a track's time is no length of the work."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an infobox's or a table's running time is the work's length": [
        ('{| class="infobox"\n| Running time || 52 minutes\n|}\n\nThe last four minutes are a '
         "single shot of the estuary.", [(2880.0, 3120.0)]),
        ("| Field | Value |\n|---|---|\n| Runtime | 1h 30m |\n\nThe final ten minutes are a chase.",
         [(4800.0, 5400.0)]),
        ('{| class="wikitable"\n! Length || 24 minutes\n|}\n\nThe first two minutes recap the last episode.',
         [(0.0, 120.0)]),
    ],
    "the row alone is no moment": [
        ('{| class="infobox"\n| Running time || 58 minutes\n|-\n| Viewers || 2.1 million\n|}', []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_infobox_length(text, expected):
    assert found_spans(text) == expected
