"""A length under a note's abbreviated label (blind round 56): an edit's selects table noted "len 0:13, keep gull
noise" beside its IN and OUT cells, and the 0:13 was kept as a position. "len" and "dur", lower-case as an editor's
notes write them, label a length as "length" and "duration" do; a capitalised "Len" is a name, and a position told
after such a label's field stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length under an abbreviated label": [
        ("| # | Clip | IN | OUT | Note |\n|---|------|----|-----|------|\n"
         "| 1 | Ferry arrives | 00:01:12 | 00:01:25 | len 0:13, keep gull noise |\n"
         "| 2 | Ticket office | 00:03:40 | 00:03:52 | mic bump at end |", [(72.0, 85.0), (220.0, 232.0)]),
        ("Shot list for the promo: the drone wide (len 0:21) opens it, then the interview.", []),
        ("B-roll notes - market stalls, dur 0:45, handheld, some wind noise.", []),
        ("- Interview A, len: 1:12, use the second answer only", []),
    ],
    "a name or a position after the label stays as it was": [
        ("Len 2:30 is when he finally speaks in the clip.", [(150.0, None)]),
        ("Ask Len about the cut at 2:30 in the video.", [(150.0, None)]),
        ("The len field in the export is wrong; the chorus starts at 1:05.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_abbreviated_length_label(text, expected):
    assert found_spans(text) == expected
