"""A compact runtime after a ranked work's title and year (blind round 110): a film ranking's "4. *Fathom* (2017) —
2h 09m, the one with the 11-minute single take". The family: "Title (year) — 1h 52m" is a filmography's or a
ranking's entry, its compact measure the work's running time however the line goes on (", the one with", ", a
slog"), no position; a compact time told with "at", "skip to" or with no title and year before it stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compact runtime after a title and its year is no moment": [
        ("5. *Low Tide* (2016) — 1h 41m, the one everyone quotes.", []),
        ("My top three:\n1. **Kestrel**, 2019 – 2h 03m, a proper epic\n2. *Dunes* (2021) - 1h 38m, the quiet one", []),
        ("**Pilot** (2014) — 48m 10s, a slow start.", []),
    ],
    "a compact time placed, or with no title and year, stays a position": [
        ("Skip to 1h 02m, the mayor answers.", [(3720.0, None)]),
        ("Full stream (2024) — at 1h 05m, the winner is drawn.", [(3900.0, None)]),
        ("- 1h 12m — the vote on the budget", [(4320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ranked_runtime(text, expected):
    assert found_spans(text) == expected
