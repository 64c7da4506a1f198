"""An end form that names its work by a length counts from that length (blind round 112): "it starts 25 seconds
before the end of the 2:30 clip" is 125 on a page of several clips' lengths, not 25 seconds before another clip's
four minutes; "of the 2:30 clip", "of the 90-second clip" say which work. An end form naming its work by no length
stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the length named in the end form's work": [
        ("**5. The 4-minute singalong (Leeds)**\nThe whole bus sings.\n\n**4. The birthday countdown (Halifax)**\n"
         "Every passenger joins a countdown for a rider turning 90. The countdown is near the end; it starts 25 "
         "seconds before the end of the 2:30 clip.", [(125.0, None)]),
        ("The drone clip runs 4:10. The phone video is longer. It starts 25 seconds before the end of the 2:30 clip.",
         [(125.0, None)]),
        ("The first video runs 3:00. In the last 20 seconds of the 90-second clip the dog barks.", [(70.0, 90.0)]),
        ("The full stream is 2 hours long. The goal comes 15 seconds before the end of the 1:10 highlight clip.",
         [(55.0, None)]),
    ],
    "no length in the end form's work": [
        ("The drone clip runs 4:10. The phone video runs 2:30. It starts 25 seconds before the end of the drone "
         "clip.", [(225.0, None)]),
        ("The clip is 2:30 long. It starts 25 seconds before the end.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_in_end_form(text, expected):
    assert found_spans(text) == expected
