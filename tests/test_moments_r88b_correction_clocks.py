"""A correction box's clock (blind round 88): "A previous version of this fact check stated that the ferry collision
happened at 14:05. Port records show it was 14:50 local time." A version of a written piece (an article, a story, a
fact check) is no footage; an event said to have happened at a clock with a two-digit hour, told again soon after
in the same hour as the day's ("local time", a zone), is the time of day too. A film's extended version stays
footage, and a clock said to be in a video stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a corrected event clock is the day's": [
        ("An earlier version of this story said the blaze started at 21:10. Fire crews say it was 21:40 local time.",
         []),
        ("Update: the first version of this report said the plane landed at 07:05; the airport says 07:45 GMT.", []),
    ],
    "a version of the footage, or a clock in a video, stays": [
        ("In the extended version of the film, at 14:05 the ferry docks.", [(845.0, None)]),
        ("A previous version of this article gave the wrong time for the goal; in the highlights video it is at "
         "14:05.", [(845.0, None)]),
        ("At 14:05 the ferry hits the pier. Port logs put the crash at 14:50 local time.", [(845.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_correction_clocks(text, expected):
    assert found_spans(text) == expected
