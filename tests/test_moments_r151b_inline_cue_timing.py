"""A cue's timing quoted inside a sentence, then more prose on the next line (blind round 151, a bug report):
'Expected: the cue "Welcome to Cebu!" (was 00:00:07,000 --> 00:00:09,500) starts at 0:02.\nActual: it starts at
0:07 and overlaps the title card.' The arrow sits mid-sentence, words before it and after its end stamp: it is a
stretch the writer cites, no cue's timing line, so the line under it is prose, not the cue's words; its "at 0:07"
is a position. A real timing line (its number or settings beside it at most) keeps the clock in its text as speech."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cue timing cited mid-sentence opens no cue block": [
        ("Repro: the caption (originally 00:01:04,200 --> 00:01:06,000) should move to 0:58.\n"
         "What happens: it still shows at 1:04 in the export.",
         [(64.2, 66.0), (58.0, None), (64.0, None)]),
        ("In the Kenyan file the subtitle timed 00:00:12.500 --> 00:00:15.000 is fine on desktop.\n"
         "On mobile it only appears at 0:14, so viewers miss it.",
         [(12.5, 15.0), (14.0, None)]),
    ],
    "a cue's own timing line keeps its text as speech": [
        ("14\n00:02:10,000 --> 00:02:12,500\nThe ferry leaves at 6:40.\n",
         [(130.0, 132.5)]),
        ("00:00:31.000 --> 00:00:33.000 line:85% align:start\nMeet me at 9:15, then.\n",
         [(31.0, 33.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_inline_cue_timing(text, expected):
    assert found_spans(text) == expected
