"""A race's placing word before a spoken offset (blind round 98, longform): "the eventual winner, Taft, is still last
about six seconds in and leads by the 0:20 mark". "last" there is where the runner stands (after "is", "was", "still",
"dead"), not the verb of a length ("the sprints last about ten seconds"): the offset after it is a position in the
footage. The verb with its subject before it still tells a length, no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a placing before an offset leaves the offset a position": [
        ("In the club's replay of the sheepdog trial, Bess is dead last about twenty seconds in, and wins by the "
         "1:40 mark.", [(20.0, None), (100.0, None)]),
        ("On the stream's highlights, the Kenyan runner was still last roughly ninety seconds in, then pulled clear.",
         [(90.0, None)]),
        ("The regatta video is great: the blue boat is last about 15 seconds in and comes through later.",
         [(15.0, None)]),
        ("In the rowing clip, the Kiwi eight were last some 40 seconds in, and nobody expected what followed.",
         [(40.0, None)]),
    ],
    "the verb 'last' still tells a length": [
        ("The warm-up drills last about ten seconds in the gym.", []),
        ("Our sprints last about ten seconds in total.", []),
        ("The rallies last 20 seconds in this clip.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_placing_before_offset(text, expected):
    assert found_spans(text) == expected
