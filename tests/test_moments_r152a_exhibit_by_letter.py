"""A pinpoint in a court's exhibit named by its letter (blind round 152, a Tshwane bail ruling: 'At 00:02:31 of
exhibit "B" the accused is seen approaching pump 4'). "of" and a bare noun after a time usually tell an amount of
something going on ("4:00 of combat", "3:12 of silence"), but an exhibit, an annexure or any recording told by its
letter, quoted or not, is a work named: the time is a place in it. Amounts of a thing with no letter stay durations."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time of an exhibit or a recording told by its letter is a position": [
        ('At 00:01:47 of exhibit "C" the second man climbs the fence.', [(107.0, None)]),
        ("The magistrate noted that at 3:05 of Annexure “D” the taxi reverses into the rank.", [(185.0, None)]),
        ("Counsel relied on the footage at 0:00:58 of exhibit K, where the light turns red.", [(58.0, None)]),
        ('At 1:12 of recording "A" the door closes behind her.', [(72.0, None)]),
    ],
    "an amount of something going on stays a duration": [
        ("The boss enrages after 4:00 of combat, so bring potions.", []),
        ("We sat through 3:12 of silence before the band came back.", []),
        ("There are 48:12 of footage to get through before the hearing.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_exhibit_by_letter(text, expected):
    assert found_spans(text) == expected
