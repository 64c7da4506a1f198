"""A recording's length in the brackets that label its file (blind round 123): "Constable Tane's body-worn camera
(file BWC-0472, 17 min 32 s)". After the file's name and a comma the bracket's last item is the footage's length,
no position; it is the length "Halfway through the BWC footage" counts from. A time in brackets after prose (a
position cited) stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length after a file's name in brackets is no moment and is the footage's length": [
        ("The panel viewed the dashcam recording (exhibit DC-12, 9 min 40 s). Halfway through the recording the van "
         "swerves.", [(290.0, None)]),
        ("We were given the shop's security camera (file CAM3_0912, 6 minutes 20 seconds). A quarter of the way into "
         "the footage the door opens.", [(95.0, None)]),
        ("The IOPC examined PC Reid's body worn camera (file 0441-B, 11 min 8 s). Halfway through the footage the "
         "man is taken to the ground.", [(334.0, None)]),
        ("The court watched the interview video (Exhibit 14, 22 min 05 s) in full.", []),
    ],
    "a bracketed time after prose stays a position": [
        ("The officer pushes him against the car (3 min 10 s) and then handcuffs him.", [(190.0, None)]),
        ("The dashcam shows the lorry braking (file 2, at 1 min 12 s) before the crash.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_file_label_lengths(text, expected):
    assert found_spans(text) == expected
