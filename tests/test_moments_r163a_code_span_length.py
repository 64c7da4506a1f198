"""A time alone in a Markdown code span reads as the same time bare (blind round 163, a podcast app's seek bug and a
lecture's notes): "Open *Chai & Code* ep. 42 (file is `1:04:22` long)", "Recording is `1:15:00` total." The span's
backticks stood between the time and the words that tell a length ("long", "total"), so the rules did not read them
and the length was kept as a position. The words either side are now read past the span's marks; a code span
that is a seek target or a chapter line's time stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in a code span is no position": [
        ("1. Open *Chai & Code* ep. 42 (file is `1:04:22` long).\n2. Drag the scrubber to `12:30`.\n"
         "3. Playback resumes at `12:41`.", [(750.0, None), (761.0, None)]),
        ("Recording is `1:15:00` total. Section 4.2, Eq. (3.16).", []),
        ("Repro: the test file is `0:48` long and the audio cuts out at `0:31`.", [(31.0, None)]),
        ("Our sample clip (`3:40` long) shows the freeze at `1:12` on every device.", [(72.0, None)]),
        ("The VOD is `2:05:10` total; the desync starts near `58:20`.", [(3500.0, None)]),
    ],
    "a code span's time told as a position stays one": [
        ("Seeking to `12:30` lands at `12:41` instead.", [(750.0, None), (761.0, None)]),
        ("## Chapters\n\n- `00:00` Intro\n- `01:15` New map\n- `09:30` Ranked & rewards\n",
         [(0.0, None), (75.0, None), (570.0, None)]),
        ("| Buoyancy derivation | ~`41:30` |", [(2490.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_code_span_length(text, expected):
    assert found_spans(text) == expected
