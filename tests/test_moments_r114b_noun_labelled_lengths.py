"""A list entry telling a work's length with its noun and no verb (blind round 114): '<a ...>the argument</a> (video
6:40)', '1. 1996 – 3:00 song, drew 18th'. The noun says what the time measures: a bracket holding only the work's noun
and a time, or a time used as the adjective of the work's noun right after an entry's dash, is the work's length, no
moment. A position told in the same entry stays one, and so does a bracket with a preposition ("(video, at 6:40)"), a
label's value ("(video: 2:10)", a step's place in the video, as round 113's "(video: 1:05)"),
a chapter line opened on its stamp ("2:10 Video of the crash"), or a bracket on a line led by the day's clock
("10:04 Mayor opens (stream 00:04:30)": the event mapped into the stream)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracket holding the work's noun and its length is no moment": [
        ("- Bus lane row – the heated bit is at 1:12 (clip 3:05)\n- Toll rant – skip it (video 4:48)",
         [(72.0, None)]),
        ("* Keeper howler [full video 12:30] – watch from 2:15", [(135.0, None)]),
        ("3) The stall collapse (footage 0:58), posted by a fan", []),
    ],
    "a time as the adjective of the work's noun after an entry's dash is no moment": [
        ("Top entries:\n1. 2004 – 2:58 track, placed 9th\n2. 2011 – 3:05 song; the key change lands at 2:01",
         [(121.0, None)]),
        ("- Harbour Lights — 4:20 song, no video\n- Night Bus — 3:12 single, clip at 0:45", [(45.0, None)]),
    ],
    "a position near the noun stays one": [
        ("- Bus lane row (video, at 6:40 the driver shouts)", [(400.0, None)]),
        ("Chapters\n0:00 Intro\n2:10 Video of the crash\n4:30 Aftermath", [(0.0, None), (130.0, None), (270.0, None)]),
        ("- Derby clip – 1:05 goal, then the red card at 1:40", [(65.0, None), (100.0, None)]),
        ("Jollof — steps (where each is in the video)\n1. Toast the rice for 3 minutes. (video: 2:10)\n2. Add the "
         "stock.", [(130.0, None)]),
        ("Council log\n10:04 Mayor opens (stream 00:04:30)\n10:41 Budget item (stream 00:41:15)",
         [(270.0, None), (2475.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_noun_labelled_lengths(text, expected):
    assert found_spans(text) == expected
