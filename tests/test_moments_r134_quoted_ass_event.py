"""An ASS script's Dialogue line quoted inside prose, in brackets or quotes (blind round 134): "also the OP starts at
1:30 not 1:28 like the .ass says (Dialogue: 0,0:01:28.00,0:01:58.00,OP,...)". The quoted event is the cue's range
from its Start field to its End field (88-118), as the same line opening its own line already is; only a line's
opening was read. A "Dialogue:" label in running prose with no event fields after it is no range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a Dialogue event quoted in brackets or quotes is a range": [
        ("the ED card is wrong, the script has it as (Dialogue: 0,0:22:41.50,0:22:47.00,ED,,0,0,0,,Thanks) but "
         "it shows up late", [(1361.5, 1367.0)]),
        ('My line reads "Dialogue: 1,0:05:02.10,0:05:04.90,Signs,,0,0,0,,{\\an8}Exit" and never appears.',
         [(302.1, 304.9)]),
    ],
    "a Dialogue event on its own line stays a range; a label in prose is none": [
        ("Fixed it:\nDialogue: 0,0:00:03.20,0:00:05.00,Default,,0,0,0,,Hello", [(3.2, 5.0)]),
        ("Dialogue: the script is fine, it's the player. It fails around the two-minute mark of the clip.",
         [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_ass_event(text, expected):
    assert found_spans(text) == expected
