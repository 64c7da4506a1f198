"""An end form of a work named by a bare noun after "that" or "this" ("the last hour of that stream"): on a page
that states several lengths, the form counts from the one length told with that noun ("The stream ... is 6 hours
40 minutes long"), not the length stated nearest before it ("the recorder holds two hours of audio"). A noun told
with no length, or with two, changes nothing (round 55, sixteenth session)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "one-length-told-with-the-noun": [
        ("The stream from that evening is 5 hours long. The flight recorder keeps two hours of audio. "
         "\"Watch the last hour of that stream and nothing happens,\" he said.", [(14400.0, 18000.0)]),
        ("The livestream from the count runs 3 hours. Each speech was capped at a 10-minute slot. "
         "The final 20 minutes of this livestream are all thank-yous.", [(9600.0, 10800.0)]),
        ("Her webcast is 90 minutes long; the lecture notes take 40 minutes to read. In the last 15 minutes "
         "of that webcast she answers questions.", [(4500.0, 5400.0)]),
        ("The recording from the hearing runs 2 hours. The judge allowed a 30-minute recess. The first "
         "10 minutes of this recording are silent.", [(0.0, 600.0)]),
    ],
    "near-misses": [
        # two lengths told with the same noun: the nearest before, as before
        ("The first stream is 4 hours long. The second stream is 2 hours long. The last hour of that stream "
         "is dull.", [(3600.0, 7200.0)]),
        # "of that" a pronoun naming no work: no footage position, as before
        ("The stream is 3 hours long. The recorder holds two hours of audio. The last hour of that, sadly, "
         "is noise.", []),
        # one length only: it is the length whatever the noun
        ("The film runs 2 hours. The last hour of that film drags.", [(3600.0, 7200.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_end_form_of_that_work_counts_from_the_length_told_with_it(text, expected):
    assert found_spans(text) == expected
