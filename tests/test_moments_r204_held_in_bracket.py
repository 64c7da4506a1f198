"""A posted work's length in brackets, followed inside them by what that length holds (fitted round 204: a Lilongwe
match report's "the league's YouTube replay is up (1:58:40 with the build-up)"): the work's length, no moment, as the
bare "(1:58:40)" already was. A position with what happens there in its bracket stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "what the length holds": [
        ("For those who missed it, the league's YouTube replay is up (1:58:40 with the build-up). Kick-off comes at "
         "0:09:50 on the video.", [(590.0, None)]),
        ("The council's video is online (2:14:30 including the break). The vote is at 1:02:10.", [(3730.0, None)]),
        ("Our stream is up (3:05:00 incl. the pre-show). The first set starts at 0:41:00.", [(2460.0, None)]),
    ],
    "left alone": [
        ("Watch the replay. The try (0:48 with the crowd on its feet) is the best bit.", [(48.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_held_in_bracket(text, expected):
    assert found_spans(text) == expected
