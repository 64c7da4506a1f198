"""A station's presenter log under "All times <zone>", its lines stamped to the second (blind round 96): 'All times
SAST.' over '06:12:30  Ad break 1 ...', then notes and a sign-off in prose: 'Signed: Zanele Mthembu, 07:05', 'The
6:00 and 7:00 news bulletins run 5 min, the 6:30 headlines 90 seconds', '06:40:20 ad break moved'. The header says
every time on the page is a time of day: the lines' stamps with their seconds give the day's span, and a clock in
the notes' prose within an hour of it (one-digit hour or with seconds) is the day's, as a live blog's prose clock
is. A clause that places a time in footage ("at 0:42 in the recording") keeps it, and a log whose times refer to a
recording is a list of positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "prose clocks under a zone label with second-stamped lines are the day's": [
        ("RADIO NAYA FM — BREAKFAST RUNNING ORDER\nAll times IST. Studio 2.\n\n07:00:00  Headlines (Ritu Sharma), "
         "3 min\n07:04:15  Traffic: Outer Ring Road jammed near Silk Board\n07:11:40  Ad break (5 spots, 2:30 "
         "total)\n07:18:05  Interview: Dr Anil Rao on dengue, 8 min\n07:29:50  Song: \"Monsoon Letters\" (4:12)\n\n"
         "NOTES\n- Interview ran long; 07:29:50 song dropped to 07:31:10.\n- The 7:30 and 8:00 bulletins run 4 min, "
         "the 7:45 update 60 seconds.\nSigned off: Karthik Iyer, 08:02", []),
    ],
    "a position placed in footage in the notes stays one": [
        ("MIDLANDS GOLD 102.4 — PRESENTER LOG\nAll times BST.\n\n06:00:00  News, 5 min\n06:05:30  Show open\n"
         "06:12:10  Caller: Dave from Dudley\n06:20:45  Competition\n\nNOTES\n- Complaint received about the "
         "06:12:10 call; the clip we sent Ofcom has the swearing at 0:42 in the recording.\nSigned: P. Walsh, 06:55",
         [(42.0, None)]),
    ],
    "a log whose times refer to a recording is a list of positions": [
        ("THE SUNDAY ROAST PODCAST — EPISODE 41 LOG\nTimes refer to the episode audio.\n\n00:00:00  Intro\n"
         "00:04:15  Listener mail\n00:11:40  Ad break\n00:18:05  Interview with chef Aroha Ngata\n\nNOTES\n"
         "- Interview ran long; the ad break should move from 00:11:40 to 00:13:10.\n- Aroha's best line is at "
         "0:21:30.", [(0.0, None), (255.0, None), (700.0, None), (1085.0, None), (700.0, 790.0), (1290.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_zoned_log_prose(text, expected):
    assert found_spans(text) == expected
