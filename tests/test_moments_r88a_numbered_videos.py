"""A position or a range "of" a recording named by its number or letter (blind round 88): "rewatch 4:10–7:55 of
video 3", "at 2:05 of tape B". "of video" with no name after it still tells an amount of footage ("12:30 of video"),
and so does one followed by a count ("45:00 of footage 2 days ago")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch or a point of a numbered or lettered recording is a position": [
        ("Homework: rewatch 2:15–6:40 of video 4 before Friday.", [(135.0, 400.0)]),
        ("- Photosynthesis: 10:05-12:30 of video #2\n- Respiration: 3:20 of video 7", [(605.0, 750.0), (200.0, None)]),
        ("The key exchange is at 1:45 of tape B.", [(105.0, None)]),
    ],
    "an amount of footage stays a length": [
        ("We got 12:30 of video before the battery died.", []),
        ("She shot 45:00 of footage 2 days ago.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_videos(text, expected):
    assert found_spans(text) == expected
