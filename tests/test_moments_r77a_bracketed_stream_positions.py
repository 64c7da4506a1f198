"""A timeline of the day's clocks whose lines give the stream's position in brackets, to the second with its hour
(blind round 77, lists): "- 11:40 — Speeches begin. [0:38:10]", "- 13:47 — Scuffle. [2:45:12 to 2:47:30]",
"[1:13:00 approx.]". A line opened by a clock to the minute and holding a bracketed h:mm:ss pairs two clocks, as
round 73's "archive 00:19:02" does: the opening clocks of the run are the day's (on lines without a bracket too),
the bracketed times are positions, round brackets as well as square ones (no title's length), and a trailing
"approx." inside the bracket hedges. A chapter list restating its stamp to the hour ("03:15 The storm [0:03:15]")
and one with no bracketed time keep their positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the day's clock opens the line, the stream's position in brackets": [
        ("Timeline (day's clock first; stream positions in square brackets)\n\n- 09:15 — Doors open. [0:00:00]\n"
         "- 09:52 — First speaker. [0:37:20]\n- 10:30 — Walkout. [1:15:05 approx.]\n- 11:05 — Vote called.\n"
         "- 11:20 — Result. [2:05:10 to 2:07:45]",
         [(0.0, None, False), (2240.0, None, False), (4505.0, None, True), (7510.0, 7665.0, False)]),
        ("How the evening went\n14:02 Convoy leaves the depot (1:02:40)\n14:31 Roadblock\n14:55 Arrests (1:55:12)",
         [(3760.0, None, False), (6912.0, None, False)]),
    ],
    "chapter lists keep their positions": [
        ("Chapters\n00:00 Intro\n03:15 The storm [0:03:15 in the raw file]\n07:40 Aftermath",
         [(0.0, None, False), (195.0, None, False), (460.0, None, False)]),
        ("00:00 Welcome\n04:10 The vote\n09:45 Close", [(0.0, None, False), (250.0, None, False),
                                                        (585.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_stream_positions(text, expected):
    assert found_hedged(text) == expected
