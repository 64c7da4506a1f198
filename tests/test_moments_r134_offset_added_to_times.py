"""An offset between two recordings told as an amount to add to, or take from, one recording's times (blind round 134):
"Video B (bystander phone, uploaded 21:48 BST): runs 52 seconds ahead of A, so add 0:52 to A's times." The timecode
is a shift, as "add 1:05 to each timestamp" already is, no position; "A's times" was not read as the list of times.
A clip added to a playlist at its position, and a position said in one of the recordings, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an amount added to or taken from a recording's times is no moment": [
        ("The dashcam lags the bodycam by a minute and a bit: add 1:12 to the dashcam's timestamps. The door opens "
         "at 3:05 on the bodycam.", [(185.0, None)]),
        ("Camera 2 started late, so subtract 0:40 from camera 2's times; the flare is at 1:15 on camera 1.",
         [(75.0, None)]),
        ("Stream B is behind — add 2:03 to the other stream's chapters.", []),
    ],
    "a clip added at its position, or a position in one recording, stays a position": [
        ("Add the clip at 2:10 to the playlist.", [(130.0, None)]),
        ("The flare is at 0:52 in A and the shout at 1:10 in B.", [(52.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_added_to_times(text, expected):
    assert found_spans(text) == expected
