"""A list entry telling a work's length with its noun and no verb (blind round 114): '1. 1996 – 3:00 song, drew
18th'. A time used as the adjective of the work's noun right after an entry's dash
says what it measures: the work's length, no moment. A position told in the same entry stays one, and so does a
chapter line opened on its stamp ("2:10 Video of the crash") or an event after the dash ("Derby clip – 1:05 goal").
(The round's "(video 6:40)" is left: rounds 110 and 113 read a bracketed "(video 1:12)" after prose as a position.)"""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time as the adjective of the work's noun after an entry's dash is no moment": [
        ("Top entries:\n1. 2004 – 2:58 track, placed 9th\n2. 2011 – 3:05 song; the key change lands at 2:01",
         [(121.0, None)]),
        ("- Harbour Lights — 4:20 song, no video\n- Night Bus — 3:12 single, clip at 0:45", [(45.0, None)]),
    ],
    "a position near the noun stays one": [
        ("- Bus lane row (video, at 6:40 the driver shouts)", [(400.0, None)]),
        ("Chapters\n0:00 Intro\n2:10 Video of the crash\n4:30 Aftermath", [(0.0, None), (130.0, None), (270.0, None)]),
        ("- Derby clip – 1:05 goal, then the red card at 1:40", [(65.0, None), (100.0, None)]),
        ("The officer waves the car on (video 2:25) and walks off.", [(145.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_noun_labelled_lengths(text, expected):
    assert found_spans(text) == expected
