"""A number written with a thousands comma before a unit (blind round 151, schools rowing: "you can see the crab that
cost King's at the 1,000 m mark"). The digits after the comma are the number's tail, never a number of their own: the
"000 m mark" read alone was a mark at 0 s. A course's "1,500 m mark" is a distance (metres, as "the 1500 m mark" already
is), and nothing is read from its tail. A mark or an offset said without a comma stays what it was, and a clock after a
comma and a space ("at 2:10, 30 seconds later") stays a relative moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the digits after a thousands comma are no number of their own": [
        ("The Cambridge stroke caught a crab just past the 1,500 m mark, and the replay on the club's channel shows "
         "it twice.", []),
        ("Watch the lead change hands at the 2,000 m mark of the heat.", []),
        ("On the club's replay the bow seat loses her blade at the 1,000 m mark.", []),
        ("Their quad drifted into lane 4 at the 1,000m mark; the stream shows it clearly.", []),
        ("She hit the wall at the 1,200 metre mark, well behind the leaders.", []),
        ("A bus passes every 3,000 seconds, the council says.", []),
    ],
    "a mark or an offset without a comma stays a position": [
        ("In the stream the sail tears at the 12-minute mark.", [(720.0, None)]),
        ("The clip is blurry but the plate is readable 45 seconds in.", [(45.0, None)]),
        ("At 2:10 the skip throws a guard; 30 seconds later the hammer stone slides through.",
         [(130.0, None), (160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_thousands_comma(text, expected):
    assert found_spans(text) == expected
