"""A schedule converted to another place's clock with "that's" (round 59's forum-10): "That's 19:00 in Lisbon" after
"starts 20:00 CET" is a time of day, as "it's 9:40 in Lagos" is. "That's 4:12 in the upload" and "that's 2:40 in
Part 2 of the stream" (a part of a work, not a place) stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "that's a time in another place": [
        ("The final starts 20:00 CET on Sunday. That's 19:00 in Lisbon and 3am in Tokyo.", []),
        ("Kick-off is 15:00 GMT, that is 10:00 in Toronto.", []),
        ("Doors open 18:00 CET. That's 17:00 in Dublin, so set an alarm.", []),
    ],
    "near-misses": [
        ("That's 13:30 in the video, where the goal goes in.", [(810.0, None)]),
        ("Watch the replay: that's 4:12 in the upload.", [(252.0, None)]),
        ("Okay so the crash? That's 2:40 in Part 2 of the stream.", [(160.0, None)]),
        ("Sorry for the late post, it's 9:40 in Lagos.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_clock_converted_to_another_place_is_a_time_of_day(text, expected):
    assert found_spans(text) == expected
