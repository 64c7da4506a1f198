"""Dotted positions in a comment on a programme its paragraph gives the whole length of (blind round 98, regional,
Singlish): "the hawker centre feature on CNA quite nice leh. The char kway teow uncle appear around 2.15, then the
auntie selling chendol at 4.40 onwards. Whole thing only 9 min." A length told in the paragraph ("Whole thing only 9
min") is a work's, whatever the work is called ("feature", "story", "piece", none of them a footage noun): the dotted
m.ss numbers said "at", hedged or as a stretch inside it walk through that work, as they do when the paragraph names a
clip. Past the length, in a sentence of the day, or a lone "from 2.04" (a value changed from), they stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "dotted points inside the whole thing's length are positions": [
        ("The Kerala boat race story on Asianet was super. The snake boat capsizes around 3.05 and the rescue comes "
         "at 4.12 onwards. Whole thing only 7 min.", [(185.0, None), (252.0, None)]),
        ("Aiyo the durian feature on Channel 8 so funny. The uncle fall down around 1.50, then the ah ma laughing at "
         "2.35 onwards. Whole thing only 5 min.", [(110.0, None), (155.0, None)]),
        ("The Mumbai dabbawala story on NDTV is lovely. The cycles leave around 1.10 and the sorting comes from 3.25 "
         "onwards. Whole thing only 6 min.", [(70.0, None), (205.0, None)]),
        ("The Durban bunny chow piece on eNCA is lekker. The chef scoops the bread around 0.55 and the queue is shown "
         "at 2.10. Whole thing is only 4 min.", [(55.0, None), (130.0, None)]),
    ],
    "past the length or of the day, no position": [
        ("The durian feature on Channel 8 so funny. The uncle fall down around 7.50 and the ah ma laughing at 8.35. "
         "Whole thing only 5 min.", []),
        ("The durian feature on Channel 8 so funny. We are meeting around 7.50 tonight. Whole thing only 5 min.", []),
        ("Whole thing only 5 min. The shop opens around 9.15 and closes at 9.45.", []),
        # a value changed "from", in a paragraph that names no footage: a version, no position
        ("The Kenji firmware piece is useful. Moved up last week from 2.04, no issues. Whole thing only 8 min.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_whole_thing(text, expected):
    assert found_spans(text) == expected
