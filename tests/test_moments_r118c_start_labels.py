"""A round's or a game's start told by its own label before a bare clock (blind round 118, a golf report): "Tee
time 9:42, out in 31." A tee time, a puck drop, a bully-off, a race's post time are the day's schedule like
"Kick-off 16:30": times of day, no positions. A shot named with the same words and placed in footage ("his tee
shot at 1:12 of the highlights") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sport's start label before a clock is a time of day": [
        ("Tee-off was 8:10 on Sunday, and she birdied the first two holes.", []),
        ("Puck drop 7:08. The Jets scored on their first shift.", []),
        ("Bully-off 14:30 at Lee Valley; the visitors pressed from the start.", []),
        ("Post time 4:15 at Flemington. The favourite stumbled at 6:40 of the race replay.", [(400.0, None)]),
        ("Tee times: 10:24 for the leaders. The chip-in comes at 3:05 into the recap.", [(185.0, None)]),
    ],
    "a shot or a scene named with the words, placed in footage, stays a position": [
        ("His tee shot at 1:12 of the highlights finds the fairway bunker.", [(72.0, None)]),
        ("The tee time mix-up is explained at 0:45 in the clip.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_start_labels(text, expected):
    assert found_spans(text) == expected
