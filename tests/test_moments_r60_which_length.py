"""Round 60: which stated length an end form counts from. Where every length told before the form is another
paragraph's, the first length told after it in its own paragraph is the work's when it restates exactly one told
before ("The 31-hour stream" ... "The last hour of the stream is a blur ... It is 31:08:00 long"); where the form's
sentence names a kind of work that the sentence of just one stated length names ("The last ten seconds ... unusual
for a trailer" against "The trailer runs 2:14" and "The film is 166 minutes"), that length is the one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a length told later in the form's own paragraph": [
        ("The 14-hour stream\n\nIt was meant to be a 12-hour stream.\n\nThe last hour of the stream is a blur of "
         "thank-yous. The VOD is still up; it is 14:05:00 long.", [(47100.0, 50700.0, False)]),
        ("A 3-hour broadcast, recorded.\n\nOrganisers had planned a 2-hour broadcast.\n\nThe final ten minutes are "
         "the speeches. The recording runs 3 hours 4 minutes.", [(10440.0, 11040.0, False)]),
        # near-misses: a later length that restates none told before (another work's); no later length at all
        ("The new trailer runs 3:04.\n\nThe final 20 seconds are a title card. The film opens in March and is a hefty "
         "2 hours 46 minutes.",
         [(164.0, 184.0, False)]),
        ("It was meant to be a 12-hour stream.\n\nThe last hour of the stream is a blur.",
         [(39600.0, 43200.0, False)]),
    ],
    "the one work of the kind the form names": [
        ("The teaser came out today and it runs 1:30. The film itself is a hefty 150 minutes.\n\n- The last five "
         "seconds are silent, rare for a teaser.", [(85.0, 90.0, False)]),
        ("The new trailer dropped at noon and it runs 2:40. The series itself runs 8 hours.\n\n1. The last ten "
         "seconds hold on one face, a bold trailer choice.", [(150.0, 160.0, False)]),
        # near-misses: the kind named with both lengths; no kind named at the form
        ("The teaser runs 1:30. A longer teaser runs 2:10.\n\n- The last five seconds are silent, rare for a "
         "teaser.", [(125.0, 130.0, False)]),
        ("The teaser runs 1:30. The film itself is a hefty 150 minutes.\n\n- The last five seconds are silent.",
         [(8995.0, 9000.0, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_which_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
