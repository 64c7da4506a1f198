"""A clock reading told "by that clock", pointing back to a clock just named (blind round 129, court): 'who
testified that the system's clock was 7 minutes fast and the footage ran from 20:14 to 20:31 by that clock.' "by
that clock" names the reading as the clock's, as "by the camera's clock" and "by my watch" already did: a time of
day (a clock range), no position in the footage. A counter or a position said in the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time told by that (this) clock is the clock's, no position": [
        ("The DVR's clock ran four minutes slow; the attack is at 23:41:10 by that clock.", []),
        ("The engineer said the recorder's clock had drifted, so the recording covers 21:05 to 21:37 by this "
         "clock only.", []),
        ("Its timestamp was never set. The van leaves at 18:22 by that timestamp, the officer agreed.", []),
        ("The doorbell camera's clock was an hour behind: the parcel is taken at 14:10 by that camera.", []),
    ],
    "a position in the footage stays one": [
        ("The body-worn camera shows the arrest from 1:12 to 1:40 by this counter.", [(72.0, 100.0)]),
        ("The clip's clock is wrong, but the punch lands at 0:47 in that clip.", [(47.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_pointed_back(text, expected):
    assert found_spans(text) == expected
