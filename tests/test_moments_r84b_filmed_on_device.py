"""Recordings told by their device (blind round 84): "filmed 2 minutes 6 seconds on her phone" is that recording's
length, no position, and the length "the final 30 seconds of her video" counts from; a camera worn somewhere is one
work said short or in full ("the helmet-cam file" is the "helmet camera"'s file whose length was told), so each end
form counts from its own recording's length. A clock told slow and read "by its own reckoning" is the clock's time
of day, no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length filmed on a device is no position, and end forms count from it": [
        ("A neighbour filmed 1 minute 40 seconds on his phone. The final 20 seconds of his video show the van leave.",
         [(80.0, 100.0)]),
        ("She recorded about 50 seconds of video on her dashcam. At 0:12 the lorry swerves.", [(12.0, None)]),
    ],
    "a camera worn somewhere, short or in full, names one recording": [
        ("The rider wore a head camera, and its file is 12 minutes long. A passer-by filmed 1 minute 30 seconds on "
         "her phone. The last minute of the head-cam file is black.", [(660.0, 720.0)]),
        ("The skipper wore a helmet camera; its file is 9 minutes 10 seconds long. A walker filmed 2 minutes on "
         "her phone. The final 30 seconds of the helmet-cam footage are silent.", [(520.0, 550.0)]),
    ],
    "a clock read by its own reckoning is a time of day": [
        ("The CCTV clock runs three minutes fast; it shows the van at 21:14:05 by its own reckoning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_filmed_on_device(text, expected):
    assert found_spans(text) == expected
