"""A time placed in an extract or excerpt named right after it (blind round 137): "She found that Mr Aziz's head
dropped at 3:48 in the extract and that he remained still until 9:50". A court or an inquiry calls the cut of CCTV it
viewed an extract; "at 3:48 in the extract" places the time in that footage, as "in the video" or "into the
broadcast" do, whatever past tense the finding is told in (it was read as the night's clock, and "until 9:50" with
it). An extract of a document, or a clock of the day beside the word, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time in the extract or excerpt named after it is a position": [
        ("Employment Judge Helen Starkie said she had viewed the disputed CCTV, a 14-minute extract from camera 22 "
         "covering 02:15 to 02:29 on the night of 27 March. She found that Mr Aziz's head dropped at 3:48 in the "
         "extract and that he remained still until 9:50, \"a period of six minutes\".", [(228.0, None), (590.0, None)]),
        ("The tribunal viewed a 9-minute extract of the warehouse CCTV. The claimant was seen lifting the pallet at "
         "06:15 of the extract.", [(375.0, None)]),
        ("In the written ruling, the magistrate found that the van pulled away at 04:50 in that extract, some seconds "
         "after the alarm.", [(290.0, None)]),
        ("The coroner was shown a four-minute excerpt from the hallway camera. She noted that the door opened at 1:12 "
         "in the excerpt and that Ms Dube left at 2:40.", [(72.0, None), (160.0, None)]),
    ],
    "an extract of a document or the day's clock stays nothing": [
        ("An extract from the minutes records that the meeting closed at 21:40.", []),
        ("The extract was played in court at 14:20 in the afternoon session.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_in_the_extract(text, expected):
    assert found_spans(text) == expected
