"""A parliament's record stamping each member's turn after their label (blind round 76): "The Hon. L. MARSH (Member
for Elder) (14:31): I draw the minister's attention ...". In a text that says it is Hansard (or that its stamps are
clock times), a bracketed clock closing the speaker's label that opens the line, just before the colon, is the
sitting's clock; the positions in the member's words stay. A transcript that declares nothing keeps its turn stamps
as positions ("HOST (12:30): ...")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a member's label, then the sitting's clock": [
        ("LEGISLATIVE COUNCIL — Hansard, Wednesday 3 June 2026\n\nThe Hon. R. NGUYEN (Member for Elder) (15:02): "
         "The video shows the patient at 2:10 on the trolley.\n\nMs O'HARA (Leader of the Opposition) (15:06): "
         "Nothing changed.", [(130.0, None)]),
        ("Hansard, 4 March\n\nMr SPEAKER (10:31): Order! The footage at 1:45 says it all.", [(105.0, None)]),
        ("Note: bracketed times are clock times.\n\nDr K. ASANTE (Minister for Roads) (11:48): In the clip, at 0:52, "
         "the barrier is open.", [(52.0, None)]),
    ],
    "look-alikes: a transcript's turn stamps with nothing declared": [
        ("Podcast transcript\n\nHOST (12:30): so at 4:10 in the clip she says it.\n\nGUEST (13:05): yes.",
         [(750.0, None), (250.0, None), (785.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hansard_speaker_stamps(text, expected):
    assert found_spans(text) == expected
