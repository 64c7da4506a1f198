"""Round 59, a fraction of a quoted title: "halfway through “Low Tide”" is halfway through a song in the set (a
work whose length is not told), not through the recording, so it is no moment and the relative after it counts from
the position before. Near-misses: a title said beside its stated length, a fraction of the recording itself."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction of a quoted title whose length is not told": [
        ("The BBC's recording runs 1 hour 45 minutes. The moment comes at 1:12:30. She stops halfway through “Low "
         "Tide” and walks to the barrier. Forty seconds later a guard joins in.", [(4350.0, None), (4390.0, None)]),
        ("The concert film runs 90 minutes. Halfway through ‘Harbour Lights’ the power goes out.", []),
        ("Our upload of the gig is 58 minutes long. The crowd starts the chorus halfway through \"Salt Road\".", []),
        # near-misses: the title is the work whose length is told; the fraction is of the recording
        ("The documentary “Tidewater” runs 52 minutes. Halfway through “Tidewater” the river floods.",
         [(1560.0, None)]),
        ("We watched “Tidewater”, a 52-minute documentary, and a 3-minute trailer. Halfway through “Tidewater” the "
         "river floods.", [(1560.0, None)]),
        ("The video runs eight minutes. Halfway through the video the dog appears.", [(240.0, None)]),
        ("There is a scene about halfway through \"Salt Flats,\" Maya Ruiz's 84-minute documentary, when the car "
         "stalls.", [(2520.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_nine_fraction_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
