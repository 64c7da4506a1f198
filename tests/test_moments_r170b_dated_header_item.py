"""A header line's full date, one more item (where, what), then a clock or a clock range (blind round 170, a school
committee's minutes in Markdown): "**Rondebosch East Primary School** · 4 March 2025 · Staff room, 15:30–16:45" is
the meeting's hours, no stretch of the CCTV clip the minutes go on to discuss. A clock right after a dated item
("· 12 Nov 2026 · 1:12:40") was already the day's or the item's; with a place or a label between the date and the
clock, set apart by commas, bars or middle dots, it still is. An item naming footage between keeps the clock a
position, and so does a clock after a date said in running prose."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dated header line's clock after one more item": [
        ("# SGB Safety Committee: minutes of meeting\n\n**Rondebosch East Primary School** · 4 March 2025 · Staff "
         "room, 15:30–16:45\nPresent: Mr A. Petersen (chair)\n\nThe committee viewed the 2-minute 40-second clip "
         "from camera 3. Around 0:45 the gate opens.", [(45.0, None)]),
        ("## Residents' meeting\n\nHillbrow Community Hall · 12 November 2024 · Main hall · 18:00–20:30\n\nThe chair "
         "showed the 3-minute video. At 1:10 the fire starts.", [(70.0, None)]),
        ("Minutes: Tuesday, 3 June 2025 | Council chamber | 09:30", []),
        ("Ward 5 Safety Forum, 14/02/2025, Community centre, 17:00–18:15", []),
    ],
    "an item naming footage, or a date in prose, keeps the position": [
        ("Posted 2 May 2025 · Clip, 0:45 shows the dog.", [(45.0, None)]),
        ("On 4 March 2025, in the video, 1:12 is where the gate opens.", [(72.0, None)]),
        ("Filmed 4 March 2025 · the clip runs long, 1:12 is the key moment.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dated_header_item(text, expected):
    assert found_spans(text) == expected
