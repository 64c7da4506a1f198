"""A Caribbean or Commonwealth statute cited by its chapter (blind round 182): "Section 15 of the Evidence Act, Chap.
7:02, does not assist the Appellant." names a law in the revised laws' numbering, no position in the video the court
viewed. "Chap." or "Cap." right after an Act's name cites its chapter, as "Section 2:14" or "§ 3:12" cite theirs; a
position in the footage told near an Act stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's judgment": [
        ("[4] We have viewed the video. We agree with the judge. Even on the most generous view it shows only figures "
         "in silhouette. Section 15 of the Evidence Act, Chap. 7:02, does not assist the Appellant.", []),
    ],
    "fresh citations of a law's chapter": [
        ("He was charged under the Dangerous Drugs Act, Chap. 11:25 of the laws of Trinidad and Tobago.", []),
        ("Section 6 of the Interception of Communications Act, Chap. 15:08, was not complied with.", []),
        ("The Summary Offences Act Chap. 11:02 creates the offence of obscene language.", []),
    ],
    "positions near an Act stay": [
        ("The video runs 8 minutes. At 7:02 the officer reads him the Act.", [(422.0, None)]),
        ("The bodycam clip runs 9 minutes. Under the Police Service Act, the stop at 3:10 in the clip was lawful.",
         [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_statute_chapter(text, expected):
    assert found_spans(text) == expected
