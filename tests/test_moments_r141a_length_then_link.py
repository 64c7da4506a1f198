"""A length opening a post's sentence, then the link to the work (blind round 141, forum): an owl recording's "2 min
15 s, link: https://youtu.be/…". The length stands for the linked work, no position; the thread's "in the last 10
seconds" then counts from it (the spec's relative-to-the-end needs that length). A link that seeks ("?t=45") makes the
time its position, and a position said with "at" stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length, then the work's link, is the work's length": [
        ("Filmed it on the deck at dusk. 3 min 40 s, link: https://youtu.be/Q9kea. The splash in the final 20 seconds "
         "is what I'm asking about.", [(200.0, 220.0)]),
        ("Got the dashcam off the SD card.\n4:10 - www.youtube.com/watch?v=nb0xq2\nThe ute cuts in at 2:02.",
         [(122.0, None)]),
        ("Ninety seconds, here: vimeo.com/881203 — the last 15 seconds have the call.", [(75.0, 90.0)]),
    ],
    "a seeking link or an 'at' keeps the position": [
        ("Best bit: 0:45 - youtu.be/Zq1?t=45", [(45.0, None), (45.0, None)]),
        ("At 1:20, link: https://youtu.be/Zq1 you can see the kea land.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_then_link(text, expected):
    assert found_spans(text) == expected
