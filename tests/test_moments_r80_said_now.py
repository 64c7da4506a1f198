"""Question time and hearings (blind round 80): a chair telling the room the time ("briefly please, we're already at
14:02.", "We're nearly at 17:00.") is the clock of the day, alone in its clause and with an hour a day has; a time
"on the video" or "in the clip" said the same way is the footage's ("we're at 00:01:37 on the video"). And a member
quoting a video someone "published" or "uploaded" ("In the video his own department published, at 1:45 he says")
cites a position in it: the speaker's present "he says" after the time wins over the dateline word before it, as a
named speaker's "Tom says" already did; "Posted at 21:04" alone stays the post's time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chair's 'we're already at' the clock is no moment": [
        ("[00:12:40] SPEAKER: Order. The honourable member will be brief, we're already at 15:47.", [(760.0, None)]),
        ("CHAIR: We're nearly at 17:00. One more question.", []),
        ("MAYOR: Please wrap up, councillors, we are already past 21:30.", []),
    ],
    "the same words about footage stay positions": [
        ("For the record, we are at 00:03:12 on the video.", [(192.0, None)]),
        ("Okay, we're now at 12:30 in the clip and nothing has happened yet.", [(750.0, None)]),
        ("We're already at 3:40 and he still hasn't noticed the camera.", [(220.0, None)]),
    ],
    "a pronoun's present 'says' after a published video's time": [
        ("In the clip the ministry posted, at 2:05 she says the tunnel will open in May.", [(125.0, None)]),
        ("In the video the council uploaded, at 0:48 they claim the bins are collected weekly.", [(48.0, None)]),
        ("Posted at 21:04. He says nothing new in the thread.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_said_now(text, expected):
    assert found_spans(text) == expected
