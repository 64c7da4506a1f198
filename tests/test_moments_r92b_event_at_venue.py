"""An event of the world at a named place, then its clock, with no verb (blind round 92, a forum thread on a ferry
timetable): "We've a funeral in Bowmore at 11:30 and it's 20 minutes from the pier." The event noun and its venue
say when something happens in the world: a time of day, no position. The same wording in a sentence that names
footage ("the funeral in the clip at 1:12") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an event at a venue, then a clock, is a time of day": [
        ("The quiz lot have a meeting at the Legion at 7:45 and then the pub.", []),
        ("My cousin has a wedding in Durban at 3:30 and the venue is tiny.", []),
        ("There is a vigil in Aberdare at 19:00 tonight.", []),
    ],
    "the same wording about footage stays a position": [
        ("The funeral in the clip at 1:12 shows the hearse.", [(72.0, None)]),
        ("In the video of the match at Anfield at 3:10 the keeper saves.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_at_venue(text, expected):
    assert found_spans(text) == expected
