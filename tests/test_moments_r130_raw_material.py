"""An amount "of footage" gone through or spent to make a work is its raw material, not its length (blind round
130): a 90-minute cut is screened, then "The organisers took 7 months and 312 hours of footage to get here", then
"The final 90 seconds are a list of the 17 people who died". The 312 hours are what the cut was made from, so the
end form counts from the 90-minute cut. Said with where it came from ("from", "out of", "through") or what it went
to make ("to make", "for the film", "into a cut"), the amount is material. Counter-cases: footage taken of an event
("took 45 seconds of footage of the crash") and footage released ("released 6 minutes of footage") are the footage
itself, and its length still counts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "material gone through to make the work is not its length": [
        ("They screened a 52-minute film. The editors sifted through 200 hours of footage. In the last two minutes "
         "the dam bursts.", [(3000.0, 3120.0)]),
        ("The audience sees a 20-minute film. It took 400 hours of footage to make it. The final 90 seconds are "
         "silent.", [(1110.0, 1200.0)]),
        ("Our 30-minute documentary screens tonight; the crew cut it from 150 hours of footage into the final film. "
         "The last four minutes show the harbour.", [(1560.0, 1800.0)]),
    ],
    "footage taken or released is the footage: its length counts": [
        ("A bystander took 45 seconds of footage of the crash. In the last 10 seconds the car flips.",
         [(35.0, 45.0)]),
        ("Police released 6 minutes of footage; in the final 30 seconds the officer fires.", [(330.0, 360.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_raw_material(text, expected):
    assert found_spans(text) == expected
