"""Lengths of works that round 52 (`tests/data/moments_genres_round52.jsonl`) showed read as positions: a publisher
and a length in a title's closing brackets ("(Arbutus Records, 42:10)"), and a tracklist line whose credit is
abbreviated ('"Weir" – trad., arr. Morrow (2:48)'). Sentences written for each family, with look-alikes that must
stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a publisher and a length in a title's brackets": [
        ("Album review: Lake Static – *Low Fires* (Northbound Records, 38:44)\n\nA patient record.", []),
        ("Film review: *The Long Shore* (Harbour Pictures, 1:41:00)\n\nA quiet film.", []),
        # look-alike: a person's name and a position in the brackets of a list line
        ("Best moments:\n- the late equaliser (Okafor, 88:10 on the replay)", [(5290.0, None)]),
    ],
    "a tracklist line with an abbreviated credit": [
        ('SOUNDTRACK\n1. "Harbour Song" – Ana Reyes (3:05)\n2. "Salt" – trad., arr. Reyes (2:41)', []),
        ('Tracks\n1. "Mill Race" – trans. Kelly (4:10)\n2. "Loom" – Kelly (3:33)', []),
        # look-alike: a list of moments with positions in brackets
        ("Moments:\n1. the first goal (2:41)\n2. the red card (5:10)", [(161.0, None), (310.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_lengths_of_works(text, expected):
    assert found_spans(text) == expected
