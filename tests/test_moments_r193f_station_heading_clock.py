"""A broadcast transcript's heading naming the station, then the programme's hour after a comma (blind round 193):
"BBC Radio Scotland — Good Morning Scotland, 07:40 (transcript)" tells when it went out, no place in footage. A
heading naming no station, and a clock further along its line, are left as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the hour a programme went out": [
        ("Citi FM — Eyewitness News, 17:30 (transcript)\n\nPRESENTER: The flooding in Kaneshie continues.", []),
        ("RTÉ Radio 1 — Morning Ireland, 08:10\n\nHOST: The bridge video, at 0:42, shows the crack.", [(42.0, None)]),
        ("CBC Radio — The Current, 09:15 (excerpt)\n\nGUEST: At 1:10 in my clip you can see the ice.", [(70.0, None)]),
    ],
    "no station, or a clock in the line": [
        ("Dashcam notes, 07:40 (transcript)\n\nThe merge is the bit to watch.", [(460.0, None)]),
        ("Joy FM phone-in: the clip at 1:30 is the one\n\nCALLER: yes.", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_station_heading_clock(text, expected):
    assert found_spans(text) == expected
