"""An attachment note closing a post's title after a dash, its length in brackets (blind round 131, an r/AskVet
title: "**Vet said ... but I'm not convinced — video attached (1:54)**"). The bracket is the attached video's length:
no moment, and the length the post's "the last N seconds" counts back from. The note may follow a dash or a comma
and sit inside the title's bold; a bracket cited inside a clause ("In the video attached (0:48) he limps") stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an attachment's bracketed length after a dash or in a bold title is no moment": [
        ("**Mechanic says the rattle is normal, I disagree — video attached (0:58)**\n\nListen at 0:22.",
         [(22.0, None)]),
        ("Landlord claims the boiler is fine — clip attached (2:05)\n\nThe bang is at 1:12.", [(72.0, None)]),
        ("Ref got it wrong again, footage linked below (1:30)**\n\nThe shirt pull is at 0:44.", [(44.0, None)]),
    ],
    "end forms count from that length": [
        ("**Is my parrot ill? — video attached (1:20)**\n\nShe sways at 0:15 and the last 20 seconds are the worst.",
         [(15.0, None), (60.0, 80.0)]),
    ],
    "a bracket cited inside a clause stays a position": [
        ("In the video attached (0:48) he limps at the gate.", [(48.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_attached_after_dash(text, expected):
    assert found_spans(text) == expected
