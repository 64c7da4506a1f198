"""A gap counted from a pronoun's act, the one the moment before tells (blind round 99): "At 2:02 he walks out of shot
carrying the mop. ... The claimant comes into view some eight seconds after he leaves" is 130, approximate. The
pronoun's clause is the event the previous moment placed, as "after the first shot" is when that moment's sentence
names the shot; a pronoun the previous moment's sentence never names counts from nothing the text placed."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap after or before a pronoun's present act counts from the moment that tells it": [
        ("At 0:48 she climbs onto the bonnet. The windscreen cracks about four seconds after she jumps.",
         [(48.0, None), (52.0, None)]),
        ("From 3:30 to 3:50 he argues with the guard. Roughly ten seconds before he finally turns away, the gate "
         "opens.", [(210.0, 230.0), (200.0, None)]),
        ("At 1:14 it hits the kerb; the wheel comes off five seconds after it stops.", [(74.0, None), (79.0, None)]),
    ],
    "a gap after a pronoun's start counts from the thing just placed, as before": [
        ("At 12:05 a press conference begins. Ninety seconds after it starts, the minister walks out.",
         [(725.0, None), (815.0, None)]),
    ],
    "a pronoun the moment before never names, or a past act, counts from nothing": [
        ("At 0:40 the lorry turns into the yard. A woman sits down ten seconds after she sees it.", [(40.0, None)]),
        ("At 0:31 he reaches the door. He was arrested two hours after he left the bank.", [(31.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pronoun_relative(text, expected):
    assert found_spans(text) == expected
