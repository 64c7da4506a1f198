"""A time of day inside a relative clause set off by commas, and a footage point after it in the main clause (blind
round 143): "It is 2 minutes 10 seconds long. ... The driver, who had been on shift since 05:45, announces the next
stop, Spadina, at 1:30." The clause's clock tells its subject's past in the world; it does not make the main clause's
"at 1:30" (inside the stated length) a time of day too. A point past the stated length, or a sentence with no
relative clause, still reads as the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative clause's clock of the day leaves the main clause's point alone": [
        ("The clip is three minutes long. The ferry, which had left Devonport at 07:10, docks at 2:05.",
         [(125.0, None)]),
        ("The video lasts 4 minutes. The nurse, who had clocked in at 06:30, reaches the ward at 1:48.",
         [(108.0, None)]),
    ],
    "counter-cases: past the length, or no relative clause": [
        ("The clip is three minutes long. The ferry, which had left Devonport at 07:10, docks at 7:55.", []),
        ("The clip is three minutes long. The ferry left Devonport at 07:10 and docked at 2:05.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_clause_clock(text, expected):
    assert found_spans(text) == expected
