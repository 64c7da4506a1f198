"""A screen clock's reading said with a possessive (blind round 151, a Scottish inquiry's dashcam: "Its clock runs 3
minutes 40 seconds slow, so the overlay's 02:11:30 corresponds to roughly 02:15 that morning"). The overlay, the
burnt-in clock, the OSD or the HUD shows a time of day: "the overlay's 02:11:30" is what the clock says, as "the overlay
reads 02:11:30" and "the overlay (02:11:30)" already are, never where the footage is. The footage's own possessive
stays a position: "the CCTV's 5:43", "the bodycam's 0:45" name the recording, not its clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a screen clock's possessive reading is a time of day": [
        ("The doorbell camera runs two minutes fast, so the OSD’s 19:42:10 was really 19:40 that evening.", []),
        ("The patrol car's video was played; the overlay's 04:17:55 matches the dispatch log.", []),
        ("On the drone footage the HUD's 13:05:48 is an hour out, the pilot conceded.", []),
    ],
    "the footage's own possessive stays a position": [
        ("The jury was shown the bodycam footage; at the bodycam's 0:45 the constable draws his baton.",
         [(45.0, None)]),
        ("At roughly the CCTV's 5:43 the van reverses into the bollard.", [(343.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_screen_clock_possessive(text, expected):
    assert found_spans(text) == expected
