"""A recording said to be tendered, admitted or lodged, its exhibit label and its length in the brackets after (blind
round 151, a Victorian inquest: "The CCTV from the Flinders St platform was tendered (Ex. 14, 18 min 30 s)", then "In
the last three minutes the platform is empty"). A whole exhibit is put in evidence, not a point in it: the bracket's
time is the exhibit's length, no moment, and the length the end forms after it count from (as a court's list "Exhibit
P-3 (body-worn camera footage, 12 min 5 s)" already is). A pinpoint cited after a clause that says what happens
stays a position: "the officer draws his baton (Exhibit 3 at 04:12)"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a tendered exhibit's bracketed length is no moment and the end forms count from it": [
        ("The bodycam recording was admitted (Exhibit P7, 9 min 40 s). In the final two minutes the accused is calm.",
         [(460.0, 580.0)]),
        ("Counsel for the Crown lodged the doorbell video (Exh. 3, 4:20). In its last 30 seconds the van drives off.",
         [(230.0, 260.0)]),
        ("The dashcam footage was tendered (Ex. 22, 6 minutes 15 seconds); the collision is two minutes in.",
         [(120.0, None)]),
    ],
    "a pinpoint after a clause that says what happens stays a position": [
        ("On the bodycam the officer draws his baton (Exhibit 3 at 04:12).", [(252.0, None)]),
        ("The car mounts the kerb (Exhibit 9, 1:05) and hits the bollard.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_tendered_exhibit_length(text, expected):
    assert found_spans(text) == expected
