"""A footage length in a relative clause of being after a longer noun phrase (blind round 194): "the video of the
occurrence outside Farid Gate, which is 3.40 minutes duration" states the work's length as "which lasts" and "which
runs" already did past a longer apposition, so the hedged dotted point later in the order ("near about 2.05") is read
against it. Told in units only: "frame 11,650 of the footage, which is 7:46" equates a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in units in a relative clause of being": [
        ("Counsel played the CCTV video of the incident near Anarkali Bazaar, which is 4.20 minutes duration. At 0.35 "
         "the shopkeeper is seen; from 1.05 to 1.30 the crowd gathers. The accused appears only near about 3.10.",
         [(35.0, None), (65.0, 90.0), (190.0, None)]),
        ("The footage of the brawl outside the Regal Cinema, which was 2 minutes 50 seconds long, was played. "
         "In the last 20 seconds the van leaves.", [(150.0, 170.0)]),
    ],
    "a timecode in such a clause is a position": [
        ("The first frame matches frame 9,400 of the depot footage, which is 6:16.", [(376.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_in_relative_clause(text, expected):
    assert found_spans(text) == expected
