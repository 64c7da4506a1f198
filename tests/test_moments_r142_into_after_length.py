"""A time said into the work right after the work's length (blind round 142): "If you're catching up on the BBC
Scotland highlights (runs 11:20 on iPlayer), the Pettigrew header is 3:41 into the highlights". A length followed by
more times reads as a list of lengths ("The title track runs 4:33 and the closer 7:12"), but a time counted into the
footage ("3:41 into the highlights") places a thing in it: a position, and the one a relative after it counts from.
The list of lengths with nothing placed stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time into the work after its length is a position": [
        ("The Sky Sports package runs 9:45 on YouTube, and Mandhana's pull shot is 2:18 into the package, with the "
         "stumping roughly half a minute later.", [(138.0, None), (168.0, None)]),
        ("The RNZ clip lasts 3:05 on the website, the whistle about 1:50 into the clip.", [(110.0, None)]),
        ("Catch the RTÉ highlights (they run 14:05 on the Player), and the try is 6:12 into the package.",
         [(372.0, None)]),
    ],
    "lengths listed with nothing placed stay nothing": [
        ("The highlights run 11:20 on iPlayer and the extended cut 24:10.", []),
        ("The full replay runs 1:48:30 on Stan Sport, the condensed match 21:40 on the app.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_into_after_length(text, expected):
    assert found_spans(text) == expected
