"""An offset opening a wiki sentence that follows a footnote mark (blind round 182): "... the longest single take in
the film.[3] About six minutes in there is a brief view of the Prime Minister's car" is 360. The mark after the full
stop does not end the sentence for the splitter (a footnote may sit inside one), but the offset after it opens its
clause as after a bare full stop, so "About six minutes in there is" is read as it was without the mark. A
bracketed number with no full stop before it opens no clause."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's wiki description": [
        ("The surviving print runs 14 minutes 20 seconds.[2] The dancing of an adowa group is filmed from "
         "00:03:01:00 to 00:03:05:12, the longest single take in the film.[3] About six minutes in there is a brief "
         "view of the Prime Minister's car, which historians have used to date the sequence.[4]",
         [(181.0, 185.4, False), (360.0, None, True)]),
    ],
    "fresh: other marks, offsets and wordings": [
        ("The episode runs 22 minutes.[1] It opens on the harbour.[2] Roughly four minutes in there are fireworks over "
         "the bridge.[3]", [(240.0, None, True)]),
        ("The documentary runs 52 minutes.[a] Critics praised the opening.[b] About ten minutes in, there is a long "
         "shot of the dam.[c]", [(600.0, None, True)]),
        ("The film runs 95 minutes.[4] Its score was praised.[5] Around 40 minutes in there's a chase through the "
         "market.[6]", [(2400.0, None, True)]),
    ],
    "no footnote, no offset": [
        ("The film runs 95 minutes.[4] The crew spent 40 minutes in there every morning.[5]", []),
        ("The series [2] ran for 40 minutes in total.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_after_footnote(text, expected):
    assert [(s, None if e is None else round(e, 1), a) for s, e, a in found_hedged(text)] == expected
