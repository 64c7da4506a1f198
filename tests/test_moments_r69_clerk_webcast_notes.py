"""A clerk's note pairing the room's clock with the recording's own position (blind round 69): "14:31 Permanent
Secretary's evidence begins (webcast 00:31:05)", "16:03 Resumed. Questions on the contract, webcast 02:01:40 to
02:19:15". A line opening with a clock to the minute that also names the recording and gives its position to the
second logs the room's clock beside the footage's: the opening clock is the day's (and so are the clocks of the
lines listed with it), the named position is a position, neither a bracketed length nor a figure in a chapter's
title. A meeting's clock told with its room ("Hearing of the committee, 14:00, Room 3A") is its slot in the day.
A chapter list's entries, and a heading's bracketed length, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the recording's own position beside the room's clock": [
        ("Minute-taker's log of the livestream:\n\n18:34 Chair's welcome (livestream 00:04:12)\n"
         "18:52 First objector speaks (livestream 00:22:40)\n19:05 Short adjournment\n"
         "19:20 Vote taken, livestream 00:50:05 to 00:53:30", [(252.0, None), (1360.0, None), (3005.0, 3210.0)]),
        ("09:47 Witness sworn (video 00:17:20)\n10:15 Cross-examination begins (video 00:45:02)",
         [(1040.0, None), (2702.0, None)]),
    ],
    "a meeting's clock told with its room": [
        ("Planning Committee, 18:30, Council Chamber 2. The livestream: at 00:04:12 the chair welcomes members.",
         [(252.0, None)]),
        ("The inquest opens at 10:00 in Court 4; the bodycam plays from 00:02:30.", [(150.0, None)]),
    ],
    "chapter lists and a heading's length stay as they were": [
        ("0:00 Intro\n2:10 The pasta (video 1:12)\n5:40 Sauce", [(0.0, None), (130.0, None), (340.0, None)]),
        ("<h3>Gnocchi by hand (video 14:20)</h3>\n<p>Rest the dough for an hour.</p>", []),
        ("Chapters:\n00:00 Welcome\n04:12 Objections\n22:40 The vote", [(0.0, None), (252.0, None), (1360.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clerk_webcast_notes(text, expected):
    assert found_spans(text) == expected
