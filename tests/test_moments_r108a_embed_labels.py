"""A page's embed placeholder, its title and the embedded video's length closing the brackets (blind round 108's local
news): '[VIDEO: Lifeboat crew reach stricken trawler (4:52)]', '[Embedded video — "Driver talks distressed rider
down on Route 8" — 1:58]'. The contract lists a title followed by its length as no moment; the placeholder is that
title line. A time placed by a word inside such brackets, a range there, and a bracketed time in prose stay
positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an embed placeholder's closing time is the video's length": [
        ("[Video: Flood water tops the Brazos crossing (3:17)]\n\nThe truck enters the water at 0:52.", [(52.0, None)]),
        ('[Embedded clip — "Cat rescued from storm drain" — 2:05]\n\nFirefighters lift the grate at 1:10.',
         [(70.0, None)]),
        ("[Watch: Ferry berths in a gale at Stromness, 1:44]\n\nThe bow swings wide about 40 seconds in.",
         [(40.0, None)]),
        ("[AUDIO | Mayor's hot-mic remark · 0:58]\n\nThe remark itself comes at 0:31.", [(31.0, None)]),
    ],
    "a time placed inside the brackets stays a position": [
        ("[Video: the wall gives way at 0:42]", [(42.0, None)]),
        ("[Clip: watch from 1:05 to 1:20]", [(65.0, 80.0)]),
        ("[clip (2:48)](https://youtu.be/xyz?t=168) is where the lid flies off.", [(168.0, None)]),
    ],
    "a bracketed time in prose stays a position": [
        ("The constable points at the van (1:12) and then at the gate.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_embed_labels(text, expected):
    assert found_spans(text) == expected
