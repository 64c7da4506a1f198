"""A time told with the distance it was done for (blind round 173, a rowing club's Markdown notes): "Erg scores first:
Ciara 7:28.4 for 2k, Dónal 6:21.9." are erg results, not positions at 448.4 and 381.9; a time right before a distance
("2:06:41 42km") was already a race time, not one said "for" it. The time listed after it shares the verdict. A
position followed by "for" and a length of footage, or by a few strokes, reads as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time for a distance is a result": [
        ("Erg scores first: Ciara 7:28.4 for 2k, Dónal 6:21.9.", []),
        ("Pool times: Lerato 2:11.45 for the 200 metres, Amahle 2:14.02.", []),
        ("Her best is 1:58.7 for the 800 metres, set in Nairobi.", []),
        ("Test results: Aoife 6:58.2 for 2000 metres, Cian 7:12.9.", []),
    ],
    "a position before for and a length stays a position": [
        ("The video review is below: watch 7:28 for 20 seconds to see the catch.", [(448.0, 468.0)]),
        ("In the race film, at 4:10 for a few strokes the bow pair rush the slide.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_for_distance(text, expected):
    assert found_spans(text) == expected
