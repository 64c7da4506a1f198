"""A person going back (or forward) through the player to a time (blind round 120, a longform piece on a Garda
dashcam: "She went back to 2:41 and played it again, with the volume at its highest"). The past tense is the
writer's telling of a viewing, not a day's event: a person going (skipping, scrolling, rewinding, dragging the
slider) "back to" or "forward to" a time moves through the footage, a position, which the learned veto does not
overrule. A clock that names a schedule ("went back to 6:30 alarms"), a place gone back to ("went back to the hotel
at 9:30"), a thing moved that is no player's part ("moved the meeting back to 9:30") and no person ("the school went
back to 8:45 starts") stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a person going back to a time in the footage": [
        ("Chidi went back to 1:37 and watched the hand again, frame by frame.", [(97.0, None)]),
        ("We skipped straight back to 14:05 to hear the shout a second time.", [(845.0, None)]),
        ("Then she rewinds back to 0:52, where the van first brakes.", [(52.0, None)]),
        ("At 3:10 the gate opens. Later that evening he went back to 3:10 and counted the people.",
         [(190.0, None), (190.0, None)]),
        ("Mr Oduya dragged the slider back to 2:19 and froze it.", [(139.0, None)]),
        ("She scrolled forward to 4:10, where the second car appears.", [(250.0, None)]),
    ],
    "a schedule, a place or no person stays a time of day": [
        ("After the holidays the school went back to 8:45 starts.", []),
        ("We went back to the hotel at 9:30 and slept.", []),
        ("In January he went back to 6:30 alarms.", []),
        ("In spring the league went back to 19:30 kick-offs.", []),
        ("We moved the meeting back to 9:30.", []),
        ("They pulled the kick-off forward to 12:30.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_went_back_to(text, expected):
    assert found_spans(text) == expected
