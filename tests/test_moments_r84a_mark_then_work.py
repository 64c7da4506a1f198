"""A hyphenated mark followed by a clause whose subject is the work (blind round 84): "Bang on the half-hour mark the
film finally tells us", "At the 20-minute point the video cuts to black" place a mark; the work named after it is the
next clause's subject, not a "half-hour ... film" whose length is 30 minutes. A hyphenated length two words before
its noun is still a length ("the 11-minute-20-second camera 1 file")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a mark, then the work as the next clause's subject": [
        ("Sundown (1h 40m) is slow. Right on the half-hour mark the film wakes up, and the final ten minutes are a "
         "chase.", [(1800.0, None), (5400.0, 6000.0)]),
        ("The stream ran 3h 10m. At the 90-minute point the stream froze; the last five minutes were the draw.",
         [(5400.0, None), (11100.0, 11400.0)]),
    ],
    "hyphenated lengths before their noun stay lengths": [
        ("He shared the 11-minute-20-second camera 1 file. The last ten seconds show the van.", [(670.0, 680.0)]),
        ("A 12-minute YouTube explainer video. The final minute is the summary.", [(660.0, 720.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_mark_then_work(text, expected):
    assert found_spans(text) == expected
