"""A produced cut of an event called by its kind ("summary", "recap", "round-up", "digest") whose length is told
by a verb, found outside its round by a fixer of round 115: "The summary runs 12 minutes; the penalty comes two
minutes before the end". Round 115 read "the race's 12-minute summary" as the work's length; told with "runs" or
"lasts" it is the same length, and the end forms after it count from it. A summary that runs to pages is no
footage's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a summary's length told by a verb is what end forms count from": [
        ("The summary runs 12 minutes; the penalty comes two minutes before the end.", [(600.0, None)]),
        ("The recap lasted nine minutes, and the winner crosses the line in the last 30 seconds.",
         [(510.0, 540.0)]),
        ("Our weekly round-up runs 15 minutes. The crash is 3 minutes from the end.", [(720.0, None)]),
    ],
    "the length itself is no moment": [
        ("The league's official digest runs 6:40 on its channel.", []),
    ],
    "a summary that runs to pages names no footage": [
        ("The summary of the case runs to 40 pages; the tape's crucial moment is at 2:10.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_summary_runs(text, expected):
    assert found_spans(text) == expected
