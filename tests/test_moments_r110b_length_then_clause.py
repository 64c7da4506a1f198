"""A work's bracketed length, then a comma and a clause placing something in it (blind round 110, sports): 'On the
league's YouTube highlights (6:12), Ochieng's second is around 2:40'. The bracket closes the length; the time after
the comma belongs to a new clause with its own subject and is a position, not the next length of a list. The bracket
must be the time's own: a list of lengths brackets each of its times, or a label after each, and stays lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clause after a bracketed length places a position": [
        ("In the club's highlights (4:30), the equaliser is roughly 3:05.", [(185.0, None)]),
        ("On the channel's extended highlights (8:10), the second try is about 5:55 and worth a rewatch.",
         [(355.0, None)]),
    ],
    "a list of bracketed lengths stays lengths": [
        ("The EP, track by track: Lagos Rain (4:50), Night Bus (3:12), Harbour Lights (5:01).", []),
        ("Her encore: Ocean Road (3:40), Paper Kites (4:05).", []),
        ("Max clip length: 19:59 (1080p), 9:59 (4K).", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_then_clause(text, expected):
    assert found_spans(text) == expected
