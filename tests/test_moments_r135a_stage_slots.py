"""A festival schedule's line, a named stage then its set's clock range with no comma between (blind round 135):
"Pyramid Stage 21:45–23:15: Marsh Lanterns (set length 90 min)" beside "West Holts 19:00: Dele Ajayi Band". The
stage's name labels a slot of the evening, as "Pyramid Stage, 21:45–23:20" does: a time of day, no moment. A stage
named in a recap video's prose, its time said of the video, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a named stage's slot is a time of day": [
        ("Womad Sunday on the radio, stage by stage\nSiam Tent 20:10–21:25: Baaba Kouyaté\nOpen Air Stage 18:30: "
         "Los Tres", []),
        ("Electric Picnic, Friday\nCosby Marquee 22:15–23:30 — Lisa Hannigan\nMain Stage 20:00 — The Mary Wallopers",
         []),
    ],
    "a stage in a recap video's prose stays a position": [
        ("Reading Festival 2025 recap video (45 min). The crowd surf on the Main Stage at 12:40 of the video is the "
         "best bit.", [(760.0, None)]),
        ("Concert film, 1 hr 30 min. She trips on the Arena stage 1:05:10 into the film.", [(3910.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stage_slots(text, expected):
    assert found_spans(text) == expected
