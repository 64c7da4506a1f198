"""A team's time of possession in a game report (blind round 182): "Time of possession: Calgary 31:42, Saskatchewan
28:18." is a statistic of the game, each team's share of its clock, not two positions in any footage (the minutes past
23 that no clock of the day reads had made them positions). The label, then each team by its name and its time, is
the stat's line; a position told after the words "time of possession" with a verb between stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's box-score line": [
        ("Whitehorse finished 24 of 33 for 311 yards and two touchdowns. Okoro ran for 118 yards on 21 carries. Time "
         "of possession: Calgary 31:42, Saskatchewan 28:18. The game took 2 hours 58 minutes.", []),
    ],
    "fresh stat lines: other codes, labels and separators": [
        ("TOP: Eagles 33:05, Giants 26:55.", []),
        ("Time of possession — Leeds Rhinos 34:10 vs Hull 25:50.", []),
        ("The Argonauts ran 71 plays to 52. Possession time: Toronto 36:47; Hamilton 23:13.", []),
    ],
    "positions beside the words stay": [
        ("The time of possession swung late, which the broadcast replay shows at 1:12:40.", [(4360.0, None)]),
        ("In the highlights, the argument about time of possession comes at 4:12.", [(252.0, None)]),
        ("The Eagles top the division. At 3:10 in the clip Hurts scrambles.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_possession_time(text, expected):
    assert found_spans(text) == expected
