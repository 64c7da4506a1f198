"""A game clock in the extra period named by what it is (blind round 194): "off a feed from Lindqvist at 1:48 of
the extra frame", "at 0:41 of the sudden-death period" are the game's clock in overtime, as "at 1:10 of OT" is,
whatever positions in the replay stand around them."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock of the extra period is the game's": [
        ("The replay on the club channel is worth a look. Around 70 minutes into the broadcast, with 6:40 left in the "
         "second period, Okafor ties it. Between 1:44:10 and 1:44:50 on the replay there is a long review. The winner "
         "came at 2:12:35 of the replay, Okafor again, off a feed from Lindqvist at 1:48 of the extra frame.",
         [(4200.0, None), (6250.0, 6290.0), (7955.0, None)]),
        ("At 1:40:05 on the replay the equaliser goes in. Then at 2:10:30 of the replay Mbeki wins it at 0:41 of the "
         "sudden-death period.", [(6005.0, None), (7830.0, None)]),
    ],
    "a part of the recording stays a position": [
        ("The save comes at 1:12 of the extra-time highlights video.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_extra_period_clock(text, expected):
    assert found_spans(text) == expected
