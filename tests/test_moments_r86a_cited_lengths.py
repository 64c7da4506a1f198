"""A citation's length field (blind round 86): in a wiki reference a bare time standing as one of its
comma-separated fields ('<ref>"Setup guide". YouTube, 22:31.</ref>') is the cited video's length, as a bracketed
one after its title is. A time the citation points at ("at 14:20"), and the prose's times, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare time among a citation's fields is its length": [
        ('The glitch is shown at 3:05.<ref>"Clip skip explained". YouTube, 14:48.</ref>', [(185.0, None)]),
        ("It aired in full.<ref>Finale stream, Twitch, 2:03:40, retrieved 9 May 2025.</ref>", []),
        ("<ref>Lorcan Shiel, ''Making the route''; Vimeo, 8:02</ref> The route is long.", []),
    ],
    "a place a citation points at stays a position": [
        ("She says so herself.<ref>Developer interview at 14:20. YouTube.</ref>", [(860.0, None)]),
        ("He explains it around 41:10 in the stream.<ref>Stream VOD, 9 May 2025.</ref>", [(2470.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cited_lengths(text, expected):
    assert found_spans(text) == expected
