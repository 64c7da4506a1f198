"""A timecode signed with "+" is a gap to a rival, no position (blind round 126): "Moreau won solo in 4h 55m 13s,
+0:08 on Jansen". The sign says how far apart two riders finished; the standings' "+1:12" is a margin like "by
1:12 over". Counter-cases: a signed time in a sentence that names the footage, or with no result said and no
rival after it, stays as it was; a position in the same text stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a plus-signed gap on a named rival is no moment": [
        ("Stage 9: Pidcock won alone, +0:14 on Roglič; the highlights show the attack at 22:10.", [(1330.0, None)]),
        ("Giro stage 4: Ciccone finished +0:32 to Pogačar after the descent.", []),
        ("Cross-country World Cup: Pidcock crossed the line first, Schurter +1:05 after a puncture.", []),
    ],
    "a signed time where footage is named stays as it was": [
        ("In the replay, +0:05 from the crash, the camera swings round.", [(5.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_signed_gap(text, expected):
    assert found_spans(text) == expected
