"""A list under a heading that gives a check's results (fitted round 199: "QC results from our side here in Bacolod:"
over "- From 00:17:20:05 to 00:17:24:20 subtitles are missing"): a quality check, a review or a test walks through
the footage it checked, so its stamps are positions, as the list's first point already was; only a race's or a
league's results ("Race results", "Final results") list finishing times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a check's results": [
        ("Hi po, QC results from our side:\n- At 00:03:41:15 the lower third is misspelled.\n"
         "- From 00:17:20:05 to 00:17:24:20 subtitles are missing.\n- Mga 00:33:10 there's a flash frame.",
         [(221.5, None), (1040.2, 1044.7), (1990.0, None)]),
        ("Playback test results, episode four:\n- 00:12:40 audio drops for a second\n"
         "- 00:18:05 to 00:18:30 picture freezes",
         [(760.0, None), (1085.0, 1110.0)]),
        ("Review results (second pass):\n* 01:02:10 wrong caption\n* 01:15:00 to 01:15:20 missing credit",
         [(3730.0, None), (4500.0, 4520.0)]),
    ],
    "left alone": [
        ("Race results:\n1. K. Otieno 2:06:41\n2. J. Rotich 2:07:05", []),
        ("Final results\n- Mwangi 01:02:10\n- Achieng 01:05:30", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_check_results(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
