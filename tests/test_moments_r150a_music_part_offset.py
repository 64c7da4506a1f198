"""An offset ending the noun phrase of a piece's part (blind round 150): a piano-critique reply's "The return of the
opening melody about 4 minutes 50 in is beautiful, really simple and honest." "the return of the melody", "the key
change", "the cadenza" name a part of the recording as "the scene" or "the bit" do, and the offset closing that noun
phrase ("... about 4 minutes 50 in is ...") places it (290, approximate). A stay or a length after "in" ("ten minutes
in the second half", "in total", "in length") stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset closing a piece's part is a position": [
        ("Nice take overall. The key change roughly 2 minutes 10 in gives me chills.", [(130.0, None, True)]),
        ("Your guitar solo about three minutes in is the best bit of the video.", [(180.0, None, True)]),
        ("The cadenza around 6 minutes in was a little rushed, mate.", [(360.0, None, True)]),
    ],
    "a stay or a length after 'in' is no moment": [
        ("The return of the striker ten minutes in the second half changed it.", []),
        ("The passage about 2 minutes in length is hard to sight-read.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_music_part_offset(text, expected):
    assert found_hedged(text) == expected
