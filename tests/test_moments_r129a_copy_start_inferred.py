"""A copy's start inferred from an alignment (blind round 129, visual): "its 0:10 corresponds to 0:52 in the Telegram
copy, so it starts 42 seconds later. About eight seconds after that, the third truck brakes hard". "so it starts 42
seconds later" tells how two copies of the footage are offset (the contract's offsets between files), no moment; the
next relative counts from the last position placed (0:52 in the other copy: 60). A relative with an event as its
subject, or a version or an edit that starts later, stays a moment (rounds 14, 39 and 61)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a copy's start told from an alignment is no moment": [
        ("The TikTok repost is trimmed: its 0:05 lines up with 1:20 of the original, so it began 75 seconds later. "
         "Roughly 12 seconds after that, a flare goes up.",
         [(5.0, None, False), (80.0, None, False), (92.0, None, True)]),
        ("We matched the mirror to the source clip: 0:31 in the mirror is 0:40 in the source, meaning the mirror "
         "starts nine seconds earlier.", [(31.0, None, False), (40.0, None, False)]),
        ("Its 2:02 equals 14:50 in the livestream, which means this one started 12 min 48 s later; ten seconds "
         "after that the stage lights fail.", [(122.0, None, False), (890.0, None, False), (900.0, None, False)]),
    ],
    "a relative after an event or a version stays a moment": [
        ("At 0:52 the truck stops, so it starts 20 seconds later.", [(52.0, None, False), (72.0, None, False)]),
        ("The clerk is seen at 3:10; the edited version starts four seconds later.",
         [(190.0, None, False), (194.0, None, False)]),
        ("At 1:15 the drone climbs. The siren begins 6 seconds later.", [(75.0, None, False), (81.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_copy_start_inferred(text, expected):
    assert found_hedged(text) == expected
