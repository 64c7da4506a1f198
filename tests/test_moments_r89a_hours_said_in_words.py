"""A clock restating an hour its sentence said in words (blind round 89, an episode's notes): "the church clock reads
six o'clock and the bells ring at 6:00", "it is half past nine when ... at 9:30", "a quarter to ten ... 9:45" are
the story's or the day's clock, however much the sentence speaks of an episode's cold open or title card (the learned
veto does not overrule it). A clock placed in the footage ("in the video that is at 6:00", "at 6:00 into the clip"),
another minute, and positions beside it stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock restating the hour said in words": [
        ("In the cold open the station clock shows seven o'clock and the last train leaves at 7:00.", []),
        ("The tower clock reads ten o'clock, and in the opening scene the chimes ring out at 10:00.", []),
        ("It is half past nine in the story when the guests arrive at 9:30; the title card follows.", []),
        ("A quarter to ten, the kitchen clock says, and the oven timer goes at 9:45 in the first act.", []),
    ],
    "placed in the footage, or another time, stays a position": [
        ("At six o'clock sharp he leaves; in the video that is at 6:00 exactly.", [(360.0, None)]),
        ("The clock says eight o'clock, but the title card does not appear until 2:35.", [(155.0, None)]),
        ("It is nine o'clock in the story; at 9:10 the picture cuts to black.", [(550.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hours_said_in_words(text, expected):
    assert found_spans(text) == expected
