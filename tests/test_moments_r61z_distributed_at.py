"""When footage went out to the people it was given to (blind round 61): "A third video, filmed by a news-agency camera
operator and distributed to clients at 21:30, is 1:04 long." kept 21:30 as a position. Publishing at a clock ("the
video was uploaded at 21:04", "posted on Facebook at") was already the day's time, a destination named only when
capitalised; "distributed" is such a verb too, and so is the audience it went to ("to clients", "to the media", "with
reporters"). Handed out in the picture ("the leaflets are distributed to the crowd at 1:12"), it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "footage given out at a clock of the day": [
        ("A third video, filmed by a news-agency camera operator and distributed to clients at 21:30, is 1:04 long. "
         "At 0:22 of the agency video an officer fires a launcher.", [(22.0, None)]),
        ("The bodycam video was released to the media at 16:45 on Friday, hours after the vigil.", []),
        ("The clip was shared with reporters around 14:05 on Tuesday and shows the cordon.", []),
        ("The footage, sent to newsrooms at 09:40, runs two minutes; the convoy appears at 1:12.", [(72.0, None)]),
    ],
    "given out in the picture, it stays a position": [
        ("In the video the leaflets are distributed to the crowd at 1:12.", [(72.0, None)]),
        ("The puck is released to Smith at 2:12 of the replay.", [(132.0, None)]),
        ("He is sent to the sin bin at 1:12 in the highlights.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_distributed_at(text, expected):
    assert found_spans(text) == expected
