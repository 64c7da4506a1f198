"""An end form "of" a work by its bare title (blind round 68): "The last three minutes of The Salt Line are a single
portrait", said after "Her first feature, The Salt Line (2004), runs 52 minutes". A name in title case after "of"
is that work where the text named it before with a bracket or a verb of running; it counts from that work's own
length, even among several works. Not a day, a match or a place never named as a work ("the last ten minutes of
Christmas Day", "the final minute of Monday's match")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of a work by its bare title": [
        ("Her debut, Cold Harbour (2009), runs 64 minutes and follows two ferrymen. The last two minutes of Cold "
         "Harbour are a single shot of the empty slip.", [(3720.0, 3840.0)]),
        ("Brightwater runs 1 hr 20 min and was shot in Sligo. The final five minutes of Brightwater are the best "
         "thing in it.", [(4500.0, 4800.0)]),
        ("Ash Road runs 40 minutes and Kilnmore runs 90 minutes. The final ten minutes of Ash Road drag.",
         [(1800.0, 2400.0)]),
        ("Tolka (2015) runs 58 minutes. In the final minute of Tolka, the heron lifts off.", [(3420.0, 3480.0)]),
    ],
    "look-alikes: no work by that name": [
        ("The video runs 12 minutes. The last ten minutes of Christmas Day were spent queueing.", []),
        ("The clip runs 4 minutes. In the final 30 seconds of Monday's match, Byrne scored.", []),
        ("The vlog runs 20 minutes. We spent the last two hours of Sunday in Athlone.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_end_forms(text, expected):
    assert found_spans(text) == expected
