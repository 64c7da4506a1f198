"""A W3C media fragment's span (blind round 86): an HTML5 source or a link ending "#t=start,end" plays that span,
so "clip.mp4#t=95,110" is the range 95-110, like an embed's "?start=…&end=…". A fragment with a start alone stays a
point, an end before its start is no range, and a comma after a query's "?t=" is punctuation, not an end."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a media fragment's start and end are a range": [
        ('<video controls src="/v/proofing.webm#t=40,62"></video>', [(40.0, 62.0)]),
        ('<source src="https://cdn.example.org/talk.mp4#t=1:05,1:20" type="video/mp4">', [(65.0, 80.0)]),
        ("Play [the knot](https://example.org/rope.mp4#t=12.5,19) again.", [(12.5, 19.0)]),
    ],
    "look-alikes stay as they are": [
        ('<video src="/v/proofing.webm#t=40"></video>', [(40.0, None)]),
        ("See https://youtu.be/abc?t=40, then the rest.", [(40.0, None)]),
        ('<video src="/v/proofing.webm#t=62,40"></video>', [(62.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_media_fragments(text, expected):
    assert found_spans(text) == expected
