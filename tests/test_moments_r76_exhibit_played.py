"""A court's footage worked as "the exhibit" (blind round 76): "The prosecutor paused the exhibit at 2:38 and asked
Whitcomb to identify the man", in a trial report told in the past. A verb of working the player (paused, stopped,
froze, replayed ...) with "the exhibit" as its object places the time in the footage, as "paused the video at" and
"paused Exhibit 41 at" do. The exhibit as the subject of a court's act ("was admitted at 10:15") is the day's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a player's verb, then the exhibit": [
        ("Defence counsel stopped the exhibit at 4:12 and asked about the jacket.", [(252.0, None)]),
        ("The clerk replayed the exhibit from 0:58.", [(58.0, None)]),
        ("The jury watched the exhibit twice; the prosecutor froze the exhibit at 3:03.", [(183.0, None)]),
    ],
    "look-alikes: the exhibit handled by the court": [
        ("The exhibit was admitted at 10:15 this morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_exhibit_played(text, expected):
    assert found_spans(text) == expected
