"""A dotted position said in the footage after a clause telling who shared or posted it (blind round 185): "As per
CCTV footage shared by security, at 2.35 in the footage one person ... is entering from the back gate" is 155 s into
the footage, not the time the clip went out; the posting verb sets a dotted number aside as its time only where the
number is not said to be in the footage ("The clip was shared in the group at 9.15 last night")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's RWA notice": [
        ("Dear Residents,\n\nThis is to inform that on 12.11.2025 around 7.45 pm a two-wheeler was stolen from Block C "
         "parking. As per CCTV footage shared by security, at 2.35 in the footage one person in a black helmet is "
         "entering from the back gate. From 3.10 to 3.45 he is breaking the handle lock. Near about 5.05 he is "
         "leaving through the same gate. Total footage is 6.30 minutes duration.",
         [(155.0, None), (190.0, 225.0), (305.0, None)]),
    ],
    "fresh shared clips walked through": [
        ("The dashcam clip was posted by the driver's brother, and at 1.40 in the video the bus is clearly jumping "
         "the signal.", [(100.0, None)]),
        ("Video uploaded by the society, at 0.52 in the clip the leopard is crossing the wall.", [(52.0, None)]),
        ("The temple committee's recording was shared on WhatsApp; at 3.05 in the recording the priest is lighting "
         "the lamp.", [(185.0, None)]),
    ],
    "times the clip went out stay none": [
        ("The clip was shared in the group at 9.15 last night.", []),
        ("The ABC screened the clip at 7.30.", []),
        ("Footage posted on the page, at 2.10 tonight, shows the flood.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_after_shared(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
