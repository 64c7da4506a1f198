"""A camera's recording and its length in brackets (blind round 81): "Officer Mark Ruiz's body camera (9 minutes 50
seconds)", "the doorbell camera (45 seconds)". A kind of camera, or someone's camera, with a length in words in
brackets after it is that recording's length: no moment, and the one end forms count from. On a page of several
cameras, an end form whose sentence says a camera's owner again ("Ruiz's camera ... the final 20 seconds of his
file") counts from that camera's length, not from the length told nearest. A timecode in the brackets still cites a
position, and brackets that hold no length stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a camera's length in brackets is no moment": [
        ("The doorbell camera (45 seconds) caught the whole thing.", []),
        ("Constable Amy Brandt's dash camera (2 minutes 15 seconds) was handed over on Monday.", []),
        ("The force released Sergeant Okafor's body-worn camera (6 min 30 s) after a week.", []),
    ],
    "end forms count from that camera's length": [
        ("The doorbell camera (45 seconds) caught it. In the last five seconds the parcel vanishes.", [(40.0, 45.0)]),
        ("Two cameras recorded it: Sergeant Lee Okafor's body camera (6 minutes 30 seconds) and Constable Amy "
         "Brandt's dash camera (2 minutes 15 seconds). Okafor's camera is knocked loose, and for the last 30 seconds "
         "of his recording it points at the kerb.", [(360.0, 390.0)]),
        ("Brandt's dash camera (2 minutes 15 seconds) and Sergeant Okafor's body camera (6 minutes 30 seconds) were "
         "released. Brandt's camera keeps rolling; in the final ten seconds of her file the van pulls away.",
         [(125.0, 135.0)]),
    ],
    "look-alikes stay as they are": [
        ("The camera (0:45) shows the door open.", [(45.0, None)]),
        ("He set up his camera (two minutes before the match) and left.", []),
        ("His cousin's camera (a cheap one) was stolen.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_camera_lengths(text, expected):
    assert found_spans(text) == expected
