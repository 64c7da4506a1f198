"""A mark of something other than the footage (blind round 85): a cook's ("shaken once at the 9-minute mark of the
cook"), and a match period named by its ordinal alone ("within a kick at the 24-minute mark of the last."). A period
named inside an aside that closes before a time does not make that time a game clock: a highlights list's "(the
27-minute mark of the last quarter) — from 7:30 to 8:05" is a position in the video. Look-alikes: marks of the
video, and a period named right before a time ("with 4:12 left in the third quarter"), stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cook's mark is no position": [
        ("Wings go in at 200°C; turn them at the 12-minute mark of the cook. In the video the crackle is at 6:10.",
         [(370.0, None)]),
        ("I pulled the loaf at the 35-minute mark of the bake and it was still pale.", []),
        ("Stir once at the four-minute mark of the simmer, no more.", []),
    ],
    "a period named by its ordinal alone": [
        ("They led by a goal at the 18-minute mark of the third, and held on.", []),
        ("The Swans hit the front at the 22-minute mark of the last. Bounce was 7.25pm.", []),
    ],
    "marks of the footage stay positions": [
        ("At the 9-minute mark of the video he flips the wings.", [(540.0, None)]),
        ("The try comes at the 3-minute mark of the last clip.", [(180.0, None)]),
        ("The fog lifts at the six-minute mark.", [(360.0, None)]),
    ],
    "a period in a closed aside leaves the time after it a position": [
        ("Highlights (run 8:20):\n- Opening goal — 0:55\n- The comeback (midway through the last quarter) — from "
         "5:10 to 5:50", [(55.0, None), (310.0, 350.0)]),
        ("- Winning goal (in the final period) — 6:42", [(402.0, None)]),
    ],
    "a period named right before a time stays a game clock": [
        ("He scored with 4:12 left in the third quarter.", []),
        ("The third quarter 7:30 mark saw the lead change.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_marks(text, expected):
    assert found_spans(text) == expected
