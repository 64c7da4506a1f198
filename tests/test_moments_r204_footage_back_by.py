"""The footage itself said to be "back by" a time after it cut out (fitted round 204: a Lilongwe match report's "The
stream cut out at half-time and is back by 1:01:30, so do not panic"): the contract's "by", a point in the recording,
not a day out's return home ("back by 14:00"), which stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the footage is back by": [
        ("The replay is up. Kick-off comes at 0:09:50 on the video. The stream cut out at half-time and is back by "
         "1:01:30, so do not panic.", [(590.0, None), (3690.0, None)]),
        ("The council webcast is online. The feed drops at 12:10 and comes back by 12:40.", [(730.0, None),
                                                                                             (760.0, None)]),
        ("Watch the livestream from the start. The sound goes at 3:05 but is back by 3:30.", [(185.0, None),
                                                                                               (210.0, None)]),
    ],
    "left alone": [
        ("We set off up the hill at 09:15 and were back by 14:00.", []),
        ("The crew went out on the boat and is back by 18:30 for dinner.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_back_by(text, expected):
    assert found_spans(text) == expected
