"""Scots (Doric) spellings of the range's and the hedge's words (blind round 108's village hall update): "it's fae
14:20 tae 19:05" (from ... to), "starts at 31:40, and aboot twa minutes later ..." (about two minutes later). The
range is a range and the relative is hedged, as the English words are; Tagalog's "mula" and Malay's "dari" are read
the same way. A name spelt "Tae" and a time of day stay what they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    "fae ... tae is a range": [
        ("The pipe band's bit o' the video is fae 6:05 tae 8:40, if ye want tae see it.", [(365.0, 520.0)]),
        ("Oor Ailsa's solo's fae 1:02:10 tae 1:04:00 on the livestream.", [(3730.0, 3840.0)]),
    ],
    "twa is two": [
        ("The fiddler starts at 12:30 in the video, and twa minutes later the lichts gang oot.",
         [(750.0, None), (870.0, None)]),
    ],
    "a name or a time of day is no range": [
        ("Tae-yang scores at 3:10 in the clip.", [(190.0, None)]),
        ("The hall is open fae 9.30 tae 11.30 on Wednesdays.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)

HEDGED = [
    ("The speeches start at 22:15 in the video, and aboot ten seconds later the mic cuts oot.",
     [(1335.0, None, False), (1345.0, None, True)]),
    ("Ye'll see the dug at aboot 4:50 in the clip.", [(290.0, None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_scots_words(text, expected):
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_aboot_hedges(text, expected):
    assert found_hedged(text) == expected
