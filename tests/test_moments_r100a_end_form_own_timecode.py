"""An end form's own footage told with a timecode as its adjective (blind round 100, court): "Shown Exhibit 12
(interior CCTV, 4:30 long) ... Re Exhibit 14 (front-facing camera), deponent agreed the pedestrian steps out in the
last 10 seconds of the 2:00 clip." The last 10 seconds were counted back from Exhibit 12's 4:30, the length stated
before; "of the 2:00 clip" names the form's own footage and its length, as "of the 30-second clip" already did in
words. An end form of a clip named with no length still counts back from the length stated before it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the end form's own clip, its length a timecode, is what it counts back from": [
        ("Exhibit 3 (lobby camera, 5:10 long) shows the door at 0:40. Exhibit 4 shows the guard leave in the last 15 "
         "seconds of the 1:30 clip.", [(40.0, None), (75.0, 90.0)]),
    ],
    "an end form of a clip named with no length counts back from the one stated": [
        ("Exhibit 3 (lobby camera, 5:10 long) shows the door at 0:40 and the guard leaves in the last 15 seconds of "
         "the clip.", [(40.0, None), (295.0, 310.0)]),
        ("The first upload (3:45) has the crash at 2:10; the witness points to the final 20 seconds of the 0:50 "
         "video.", [(130.0, None), (30.0, 50.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_end_form_own_timecode(text, expected):
    assert found_spans(text) == expected
