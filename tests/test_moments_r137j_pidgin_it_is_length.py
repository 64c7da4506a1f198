"""A video's length told with Pidgin's "e be" for "it is", or with the platform it is on after it (blind round 137):
"Una don see the video wey dey go round? ... E be 2 mins 40 secs on TikTok, 1.2m views already." then "for the last
25 seconds the bus park for Zone 4" (135-160). "It's 2 mins 40 secs" was read as the work's length; "e be" and a
following "on TikTok" were not, so the end form had no length to count from. "E be" before a stretch of the world
("E be 2 minutes before the goal come") stays no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "e be a length, and one on its platform, is the work's": [
        ("Una don see the video wey dey go round? E be 2 mins 40 secs on TikTok, 1.2m views already.\n\nThen for "
         "the last 25 seconds the bus park for Zone 4.", [(135.0, 160.0)]),
        ("Una don see the clip? E be only 3 mins. Halfway through, the driver come down.", [(90.0, None)]),
        ("Have you seen the video? It's 2 mins 40 secs on TikTok. Then for the last 25 seconds the bus stops.",
         [(135.0, 160.0)]),
        ("Oga, check this video wey my cousin send. E be 1 min 30 secs. For the last 10 seconds you go see the "
         "tanker.", [(80.0, 90.0)]),
    ],
    "e be before a stretch of the world is no length": [
        ("The match na wahala. E be 2 minutes before the goal come. At 1:10 the keeper fall.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pidgin_it_is_length(text, expected):
    assert found_spans(text) == expected
