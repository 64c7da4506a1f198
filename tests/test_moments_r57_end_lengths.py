"""End forms of a work whose length is told beside a shorter one (round 57, longform): a length said "in" a version
("runs 1 hour 14 minutes in the archived version") is that version's whole length, and an end form longer than the
nearest length ("a 40-second clip ... at 1:29:15 ... The last ten minutes") counts from the nearest length that can
hold it, once a position has been told after the short one (else in a paragraph after it)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length said in a version": [
        ("The stream runs 1 hour 14 minutes in the archived version. The last 20 minutes are the aftermath.",
         [(3240.0, 4440.0)]),
        ("The film runs 2 hours 6 minutes in the director's cut, and its final 15 minutes are new.",
         [(6660.0, 7560.0)]),
    ],
    "an end form longer than the nearest length": [
        ("The whole tape runs 1 hour 52 minutes. Police cut a 40-second clip from it. The glow shows at 1:29:15. "
         "The last ten minutes are the crowd.", [(5355.0, None), (6120.0, 6720.0)]),
        ("The whole tape runs 1 hour 52 minutes. Police cut a 40-second clip from it.\n\nHis daughter says: "
         "\"The last ten minutes are the crowd.\"", [(6120.0, 6720.0)]),
        ("The full recording is 9 minutes long; the station aired a 30-second excerpt. At 2:10 he falls. The final "
         "two minutes are silent.", [(130.0, None), (420.0, 540.0)]),
    ],
    "near-misses": [
        # the nearest length holds the end form: it stays the one counted from
        ("The whole tape runs 1 hour 52 minutes. Police cut a 40-second clip from it. The last ten seconds show "
         "the van.", [(30.0, 40.0)]),
        # no position told, the short length said in the paragraph of the end form: it may be the work the text
        # turned to
        ("The whole tape runs 1 hour 52 minutes. Police cut a 40-second clip from it. The last ten minutes are the "
         "crowd.", []),
        # no stated length holds it: nothing
        ("Police released a 40-second clip. The last ten minutes of the meeting were chaos.", []),
        # "in" a part of the footage, not a version: no length
        ("The video runs 2 minutes in the first scene before the title. The last 5 minutes are dark.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_end_form_counts_from_a_length_that_holds_it(text, expected):
    assert found_spans(text) == expected
