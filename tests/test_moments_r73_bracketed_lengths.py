"""A work's length in brackets told as a whole work's (blind round 73): a match's highlights or recap named as its
sentence's subject with a timecode in brackets before its verb ("The club's YouTube highlights (4:12) are worth a
look") is that package's length, as a trailer's is; and a length judged in brackets ("from the trailer alone (a
brisk 2:10)", "(a tight 3 min 40 s)") is a length whatever it follows. Positions cited in brackets after an event
("he slips in the highlights (1:12)"), and footage other than a whole package ("The drone footage (0:45) shows
smoke") stay positions; positions told in the package stay too, and the sentence right after such a length walks
through the package as a bracketed position before it would have made it ("Our highlights package (4:50) is above.
Okonjo's opener is at 1:12")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a highlights package or recap as the subject, its length in brackets": [
        ("The league's official highlights (6:05) are on YouTube; the second goal is at 3:12.", [(192.0, None)]),
        ("Sky's highlights package (9:40) covers every chance, starting from 1:05.", [(65.0, None)]),
        ("The recap (3:58) skips the first half entirely.", []),
        ("Our highlights reel (2:44) opens with the toss and the wicket comes at 1:50.", [(110.0, None)]),
    ],
    "a length judged in brackets": [
        ("I judged it from the teaser alone (a brisk 1:05), and the crash at 0:40 sold me.", [(40.0, None)]),
        ("The director's cut (a sprawling 3:12:40) restores the fire scene at 2:01:15.", [(7275.0, None)]),
        ("Watch the recap (a tight 3 min 40 s) if you missed it.", []),
        ("The short film (a lean 14 minutes) ends on a freeze-frame.", []),
    ],
    "the sentence after the package's length walks through it": [
        ("The broadcaster's highlights (7:30) are on the club site. Ramos scores at 2:14 and the red card is at 5:02.",
         [(134.0, None), (302.0, None)]),
        ("Our recap (3:10) is below. The equaliser is at 1:45.", [(105.0, None)]),
    ],
    "positions in brackets stay positions": [
        ("He slips in the highlights (1:12) and gets straight back up.", [(72.0, None)]),
        ("The drone footage (0:45) shows smoke over the ridge.", [(45.0, None)]),
        ("The highlights show the header (3:41) and then the late save (4:02).", [(221.0, None), (242.0, None)]),
        ("The keeper's save (a sharp one, 2:18) is the pick of the package.", [(138.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_lengths(text, expected):
    assert found_spans(text) == expected
