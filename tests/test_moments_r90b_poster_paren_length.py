"""A video named with who put it up, its length in brackets after (blind round 90): "On the highlights video they
posted (8 min 40) it's at about 2:15", "the clip Dan shared (2 min)". A short clause of who posted, uploaded, shared
or filmed it may stand between the work and its bracketed length in words; the length is no moment and the one the
work's end forms count from ("the final 40 seconds of the highlights" is 480-520). A bare bracketed timecode there
is still read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in words after who put the video up": [
        ("The recap video they uploaded (6 min 20) is great. The last 20 seconds show the rescue.",
         [(360.0, 380.0)]),
        ("The clip Dan shared (2 min) is good. The last 10 seconds of the clip show the goal.", [(110.0, 120.0)]),
        ("The video we filmed (3 mins 30 secs) has the proposal in the final 15 seconds.", [(195.0, 210.0)]),
    ],
    "the length itself is no moment": [
        ("On the highlights video they posted (8 min 40) the chick is fed at about 2:15.", [(135.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_poster_paren_length(text, expected):
    assert found_spans(text) == expected
