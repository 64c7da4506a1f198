"""A thing the footage shows as the subject of a present passive recording verb, then a range (blind round 99): "The
struggle with the attendant is captured between 4:05 and 4:50." The present tense tells what the recording holds
there, a stretch of the footage; "was filmed between 15:20 and 15:40" tells when it was made, a time of day, and
stays none. The relative after the range counts from its start."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a present passive recording verb before a range is the footage's stretch": [
        ("The assault on the cashier is recorded between 3:10 and 3:42.", [(190.0, 222.0)]),
        ("Both collisions are clearly captured from 1:05 to 1:20, and the third car is filmed between 2:40 and 2:58.",
         [(65.0, 80.0), (160.0, 178.0)]),
        ("The handover of the envelope is captured between 6:02 and 6:30. Roughly ten seconds later the car leaves.",
         [(362.0, 390.0), (372.0, None)]),
    ],
    "a past recording verb before a range stays when it was made": [
        ("The march was filmed between 15:20 and 15:40 on Saturday.", []),
        ("Her clip was captured between 7:15 and 7:48, according to the metadata.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_present_capture(text, expected):
    assert found_spans(text) == expected
