"""A worker's time-clock punch told as what footage shows (blind round 123): "The respondent's CCTV of the
warehouse on 12 March shows the claimant clocking out at 17:02." Clocking (signing, badging, swiping) in or out
is done at a time of day, and the clock read is the site's, not a place in the recording: no position, whatever
footage the sentence names. A position placed in the recording ("at 04:10 into the clip", "at 3:12 in the
footage") and a time the clip shows with no punch stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock a worker clocks, signs or badges in or out at is a time of day": [
        ("The store's CCTV from 4 June shows Mr Banda clocking in at 08:57, three minutes early.", []),
        ("Footage from the depot camera shows her signing out at 22:14 on the night of the fire.", []),
        ("The tribunal viewed the gate camera recording: the respondent badged in at 06:41 and left by the side door.",
         []),
        ("He swiped out at about 19:30, the security video confirms.", []),
    ],
    "a place in the recording, or a clip time with no punch, stays a position": [
        ("The CCTV clip shows him clocking out at 04:10 into the clip, then walking to his car.", [(250.0, None)]),
        ("In the footage, at 02:15, the claimant is seen arguing with the supervisor.", [(135.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clocked_out(text, expected):
    assert found_spans(text) == expected
