"""A timecode shown as a format's pattern (blind round 110, subtitles): a style sheet's '• Timecodes in SRT use a
comma: 00:00:00,000 format.' The zeros show how a stamp is written, not a place in any footage, so they are no
moment, as a price or a version is none. A stamp told as a real cue, even a cue at zero, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a format's pattern is no moment": [
        ("House rules for captioners:\n- Frame-based sheets take the 00:00:00:00 notation, never drop-frame.", []),
        ("Please send every timing in the format 00:00:00.000 so the import script can read it.", []),
        ("TTML files here use 00:00:00.000 syntax; the broadcaster rejects anything else.", []),
    ],
    "a real cue, even at zero, stays a position": [
        ("The first subtitle starts at 00:00:00,000 and the title card fades at 00:00:03,200.",
         [(0.0, None), (3.2, None)]),
        ("In this format the cue is 00:01:02,500 --> 00:01:04,000, which looks right to me.", [(62.5, 64.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_format_templates(text, expected):
    assert found_spans(text) == expected
