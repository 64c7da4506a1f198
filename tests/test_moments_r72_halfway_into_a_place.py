""""Halfway into" a place is where a thing is, not a fraction of the footage (blind round 72): a dashcam post's
"the lorry signals only after it's already halfway into my lane". A fraction said into a possessive's noun that
names no recording ("my lane", "her driveway") or into a place in the picture ("the water", "the junction", "the
doorway") places a thing in space; "halfway into the clip", "halfway through his speech" still count into the
recording's length, and so does a fraction whose next words open a clause ("a quarter of the way through the van
pulls over")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "halfway into a place in the picture is no moment": [
        ("The clip is 30 seconds long. At 0:12 the van is already halfway into my lane before it indicates.",
         [(12.0, None)]),
        ("In the 50-second video the calf is halfway into the river when the herd turns back.", []),
        ("The 20-second clip shows the cyclist halfway through the junction as the lights change.", []),
        ("The bodycam footage runs 1:40, and the suspect is halfway into her driveway by the time the car stops.", []),
    ],
    "halfway into the recording still counts": [
        ("The clip is 40 seconds. Roughly halfway into the clip the fox looks up.", [(20.0, None)]),
        ("The lecture runs 50 minutes; halfway into her talk the projector dies.", [(1500.0, None)]),
        ("A two-minute video: halfway through, the lights go out.", [(60.0, None)]),
        ("The clip runs 40 seconds. A quarter of the way through the van pulls over.", [(10.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_halfway_into_a_place(text, expected):
    assert found_spans(text) == expected
