"""A start plus a length whose length is one whole unit said with "full", "whole" or "entire" (blind round 169, a Pro
Kabaddi replay): "For a full minute starting at 1:18:05 the crowd noise is so loud the commentators simply give up."
is 4685-4745, exact ("full" is no hedge), as "for about 20 seconds starting at 2:27" is a start plus a length. The
word that says the unit is whole stands between "a" and the unit, where no spoken length had a place for it. A whole
minute told with no start, or before a time of the day, stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a whole unit, then its start": [
        ("The match turned on a super raid at 1:11:40 of the replay. For a full minute starting at 1:18:05 the crowd "
         "noise is so loud the commentators simply give up.", [(4300.0, None, False), (4685.0, 4745.0, False)]),
        ("The drone holds for a whole minute starting at 4:10, then drops.", [(250.0, 310.0, False)]),
        ("We play a solid second from 0:42, and the flash is there.", [(42.0, 43.0, False)]),
        ("The camera stays on her for an entire hour beginning at 1:02:00.", [(3720.0, 7320.0, False)]),
    ],
    "a whole unit with no start, or in the day, stays as it was": [
        ("For a full minute the crowd sings. At 2:10 the band starts.", [(130.0, None, False)]),
        ("For a full minute starting at 9:15 a.m. the sirens sounded.", []),
        ("He stood there for a full minute at 3:15.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_full_unit_start(text, expected):
    assert found_hedged(text) == expected
