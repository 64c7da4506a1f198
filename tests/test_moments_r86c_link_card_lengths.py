"""A link to watch a work with its length in brackets closing the link's text (blind round 86's pasted pages):
'Trailer: <a href="...">watch (2:04)</a>', "[Watch the full video (12:31)](https://...)" is the length a page's
video card shows, not a position. Look-alikes: a link whose address carries the time it opens at, and a stamp in
brackets after a part named in show notes, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a watch link's bracketed length": [
        ('<p>Doors 19:00. Trailer: <a href="https://vimeo.com/555">watch (1:47)</a>.</p>', []),
        ("Full match replay: [Watch the full video (12:31)](https://example.org/replay). The try comes at 4:10.",
         [(250.0, None)]),
        ('<li><a href="https://example.org/v/88">Play the teaser (0:45)</a></li>', []),
    ],
    "a link that opens at its time, a part's stamp": [
        ('<a href="https://youtu.be/abc?t=124">watch (2:04)</a> for the roof going.', [(124.0, None)]),
        ("[watch (3:15)](https://youtu.be/abc?t=195) is where the dog jumps in.", [(195.0, None)]),
        ("The kitchen segment [31:40] is the one to see.", [(1900.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_link_card_lengths(text, expected):
    assert found_spans(text) == expected
