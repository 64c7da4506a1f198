"""A range said in a transcript's turn stamped with minutes only (blind round 131): "[12:46] MR. KAMAU (for the
Claimant): ... look at the section from 3:05 to 3:40." and "**48:10 — MARIAN:** ... if you watch from 1:38 to
1:55 you see him push the lad". A line opened by a stamp and a speaker in capitals (a role in brackets, a dash, bold
allowed) is a turn, not a chapter-list entry: what the speaker says is no chapter's title, and the range stays a
position. A chapter list's own title figures ("12:30 Range test: 410 km from 80% charge") stay set aside, and so does
a rowing split's change said in a turn (round 92: "Their split went from 1:33 to 1:29", a chapter title no more)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range said in a minutes-stamped speaker turn is a position": [
        ("[09:02] JUDGE OKEKE: Play the dashcam clip.\n[09:10] MS. ADEYEMI (for the Defence): I ask the court to "
         "watch between 2:10 and 2:34.\n[09:31] JUDGE OKEKE: Very well.",
         [(542.0, None), (550.0, None), (130.0, 154.0), (571.0, None)]),
        ("**31:05 — HOST:** Let's hear from Callum.\n**31:09 — CALLUM:** Aye, if you watch the video from 0:45 to "
         "1:02 the van never stops.\n**31:40 — HOST:** Fair point.",
         [(1865.0, None), (1869.0, None), (45.0, 62.0), (1900.0, None)]),
    ],
    "a split's change said in a turn stays a race time": [
        ("[05:10] COACH: Her 500 m split dropped from 1:45 to 1:41 in the third quarter.", [(310.0, None)]),
    ],
    "a chapter title's own figures stay set aside": [
        ("0:00 Intro\n4:15 Range test: 410 km from 80% charge\n9:40 Charging 10:00 to 10:45 at a 50 kW post\n"
         "14:20 Verdict", [(0.0, None), (255.0, None), (580.0, None), (860.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_speaker_turn_ranges(text, expected):
    assert found_spans(text) == expected
