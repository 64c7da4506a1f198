"""A spoken offset "of" a court's exhibit (blind round 81): "at 1 min 40 s of Exhibit P8", and the exhibit's bare label
once the judgment has named it ("The CCTV footage (Exhibit P8) ... at 1 min 40 s of P8"). "Of" after a compact offset
otherwise says an amount of something ("9h40m of screen-on time"), and a bare code the text never calls an exhibit
("at 2 min of P2", a hockey period) is no exhibit's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset of an exhibit named by its label": [
        ("The prosecution says that at 2 min 15 s of Exhibit C4 the van door is already open.", [(135.0, None)]),
        ("Counsel conceded that at 0 min 50 s of Exh. 12 nothing is visible.", [(50.0, None)]),
        ("The witness accepted that at 3m10s of exhibit JB/7 he is the man in the doorway.", [(190.0, None)]),
    ],
    "an offset of the bare label the text named as an exhibit": [
        ("The bodycam file (Exhibit D-3) was shown to the jury. The defence relies on the fact that at 4 min 5 s "
         "of D-3 the officer has not yet drawn his baton.", [(245.0, None)]),
        ("[14] The dashcam recording was admitted as Exhibit R2.\n\n[15] At 1 min 12 s of R2 the cyclist is in the "
         "bus lane.", [(72.0, None)]),
    ],
    "an amount of a thing stays none": [
        ("The earbuds gave me 7h20m of playback on a single charge.", []),
        ("The logbook records 2h15m of flight time before the fault.", []),
        ("He served 3h05m of community service (Exhibit P1 is the timesheet) and the rest was waived.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_exhibit_offsets(text, expected):
    assert found_spans(text) == expected
