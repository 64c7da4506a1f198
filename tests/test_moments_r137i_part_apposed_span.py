"""A part of the work named, then the stretch it runs set off after a comma, a bracket or a dash (blind round 137):
"The middle act, from 19:40 to 27:15, is the chase through the flooded Dharavi lanes, shot in a single take
according to the director's Instagram." The attribution and the past participle after it made the range the day's
hours; an act, a scene, a sequence or a movement of the work named just before places it in the work, as "the
portion at 3:42" already did. A shift or a session named so keeps the day's hours."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part of the work with its span in apposition is a range": [
        ("The middle act, from 19:40 to 27:15, is the chase through the flooded Dharavi lanes, shot in a single take "
         "according to the director's Instagram.", [(1180.0, 1635.0)]),
        ("The second act, from 14:20 to 22:05, is the siege of the station, filmed over nine nights according to "
         "the producer.", [(860.0, 1325.0)]),
        ("The closing sequence, 41:10 to 44:02, was filmed at dawn, the cinematographer told Variety.",
         [(2470.0, 2642.0)]),
        ("Its second movement (from 12:05 to 19:30) was recorded in one pass, according to the liner notes.",
         [(725.0, 1170.0)]),
        ("The opening scene, between 0:45 and 3:10, was improvised, the actor said in an interview.",
         [(45.0, 190.0)]),
    ],
    "a shift or a session with its hours stays the day's": [
        ("The night shift, from 19:40 to 23:15, was quiet, according to the log.", []),
        ("The second session, from 14:00 to 16:30, was chaired by the minister, according to the programme.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_apposed_span(text, expected):
    assert found_spans(text) == expected
