"""Any work of a kind having things past a mark said in words (blind round 170, a bug report pasted as Markdown):
"When a video has chapters past the one-hour point, clicking a chapter in the sidebar seeks about five seconds
before the chapter start" is no moment: the mark bounds every long video, it places nothing in one. "a video",
"any stream", "every upload" or a plural ("Videos that have captions after the ten-minute mark") before "has",
"with" or "that have" and the things past the mark make it such a bound. The video itself, or a mark that places
something, keeps it a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a mark bounding any work of a kind": [
        ("When a video has chapters past the one-hour point, clicking a chapter in the sidebar seeks about five "
         "seconds early.", []),
        ("The player drops frames on any stream with ads beyond the twenty-minute mark.", []),
        ("Videos that have captions after the ten-minute mark lose their styling.", []),
        ("The bug hits every upload with chapters past the two-hour mark, our support team says.", []),
    ],
    "the video itself, or a mark that places something": [
        ("The video has chapters past the one-hour point.", [(3600.0, None)]),
        ("At the one-hour point the host leaves.", [(3600.0, None)]),
        ("In this video, the chapters past the one-hour point are mislabelled.", [(3600.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_any_work_past_mark(text, expected):
    assert found_spans(text) == expected
