"""A clock alone on its line in a chamber's verbatim record is the sitting's clock heading the turns below it (blind
round 201's Senedd "Record of Proceedings ... \\n14:32\\nSioned Pritchard AS: ..."): no position, as a Hansard's
bracketed stamps are none; the positions said in the turns stay. An auto transcript's bare line stamps ("0:00\\n...")
and a record's zero-hour stamps of its recording stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a record's time headings": [
        ("Record of Proceedings, Plenary, 3 December 2025 (extract)\n14:32\nSioned Pritchard AS: Llywydd, the video "
         "has been seen by thousands. One minute and forty seconds into the video, the ambulance is turned back.\n"
         "14:34\nThe Cabinet Secretary for Transport: I thank the Member.", [(100.0, None)]),
        ("Official Report, Meeting of the Parliament, 12 March 2026\n10:02\nThe Presiding Officer: Good morning.\n"
         "10:05\nFinlay Carson MSP: The clip shows the bus at 0:48 mounting the kerb.", [(48.0, None)]),
        ("Record of Proceedings, Children, Young People and Education Committee\n09:31\nThe Chair: Welcome.\n"
         "09:47\nMember: In the video at 2:15 the teacher is alone in the room.", [(135.0, None)]),
    ],
    "left alone": [
        ("Auto transcript of my egg waffle video\n0:00\nhello everyone\n0:12\n[music]\n0:41\nso crispy",
         [(0.0, None), (12.0, None), (41.0, None)]),
        ("Record of Proceedings (video extract)\n00:00\nThe Chair: We begin.\n00:41\nThe Minister: Thank you.",
         [(0.0, None), (41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sitting_time_heading(text, expected):
    assert found_spans(text) == expected
