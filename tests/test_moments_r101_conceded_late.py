"""A side's score given away late in a match (blind round 101): '"Our defence gave away two points in the last
minute. That is the match," Bengal coach B.C. Ramesh said.' As "won 27-24 with a penalty in the final minute" is,
a sentence telling what a side conceded, naming no footage, speaks of the match's last minute, not the video's:
no moment. An end form of footage named in its sentence stays a range, and so does one in a sentence where a witness
"conceded" something other than a score."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "points or goals conceded late in the match are no moment": [
        ("The stream of the final runs 2 hours. \"We conceded twice in the final ten minutes and that was the cup,\" "
         "the captain said.", []),
        ("Highlights run 6:10. Our midfield leaked three points in the last 30 seconds, the coach admitted.", []),
        ("The replay lasts 1:40:00. \"They gave away a penalty in the final minute,\" he said afterwards.", []),
    ],
    "an end form of footage named stays a range": [
        ("In the last minute of the highlights video, the defence gives away a penalty. The clip is 4 minutes long.",
         [(180.0, 240.0)]),
        ("The video is 2 minutes long. In the last 15 seconds the crowd invades.", [(105.0, 120.0)]),
    ],
    "a witness who concedes a point says nothing of a match": [
        ("The witness conceded she watched only the final two minutes. The video is 9 minutes long.",
         [(420.0, 540.0)]),
        ("Mr Osei conceded (Tr. 44:2-9) that he scrubbed through only the first ten minutes of the export.",
         [(0.0, 600.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_conceded_late(text, expected):
    assert found_spans(text) == expected
