"""A device's own time named, then its reading set beside it in brackets or after a comma (blind round 127,
visual): "The car-park gantry time (23:16:40) and the upload time on Reddit (23:58 SGT ...)". The gantry's, the
doorbell's or the dashcam's time is a clock of the day shown by that device, no position in the footage; a
bracketed time after a footage word stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a device's time in brackets or after a comma is no moment": [
        ("Frame grabs: 00:00:03.500 and 00:00:06. The barrier time (02:41:09) is six minutes off the parking "
         "receipt.", [(3.5, None), (6.0, None)]),
        ("The doorbell camera's time, 19:07:52, lags the phone by a minute; the parcel drops at 0:18.",
         [(18.0, None)]),
        ("Compare the dashcam time (07:33:15) with the weather station log.", []),
    ],
    "a bracketed position after a footage word stays one": [
        ("The second clip (0:47) shows the barrier lifting.", [(47.0, None)]),
        ("The driver reverses into the gate (00:01:12) and drives off.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_device_time_apposed(text, expected):
    assert found_spans(text) == expected
