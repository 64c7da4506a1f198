"""End forms counted from the length stated for their own work, in the wordings blind round 61 used: a timecode
named as the length ("at 1:47 of its 2:20 length"), a film or a video essay said to run ("Her second feature clocks
in at a lean 88 minutes", "the essay is 1h 21m"), a bare noun that tells one work apart on a page of several ("The
final minute of the livestream"), the work a position before the form is "of" ("cuts at 0:31 of the original, so the
final 16 seconds ..."), a quoted title's length in brackets ('"Tidewater" (6:02)'); and a lone "m" said long of a
thing that is no work is metres ("The bridge was 84 m long"), not a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode named as the work's length": [
        ("The phone video shows the roof going at 1:47 of its 2:20 length; its final 15 seconds show the crowd.",
         [(107.0, None), (125.0, 140.0)]),
        ("The trailer is out. At 0:40 of the full 2:10 runtime the hero falls; the last 10 seconds tease a sequel.",
         [(40.0, None), (120.0, 130.0)]),
    ],
    "metres said long are no length": [
        ("The pier was 84 m long. The drone clip runs 3:00, and its last 20 seconds show the end of it.",
         [(160.0, 180.0)]),
        ("The tunnel is 120m long. The video runs 2:00 and its final 10 seconds show the exit.", [(110.0, 120.0)]),
        # near-miss: a work said "4m long" keeps its minutes
        ("The clip is 4m long and its last 10 seconds are dark.", [(230.0, 240.0)]),
    ],
    "a feature or a video essay said to run": [
        ("Her second feature clocks in at a lean 88 minutes.\n\nIf there is a weakness, it's the last twenty "
         "minutes, which tie things up too neatly.", [(4080.0, 5280.0)]),
        ("The essay is 1h 21m and worth it. The video's final quarter-hour is about the score.",
         [(3960.0, 4860.0)]),
        ("Harlow's debut feature runs 95 minutes; the final five minutes are a single take.", [(5400.0, 5700.0)]),
    ],
    "a bare noun that tells one work apart": [
        ("The livestream ran for 2 hr 10 min. A six-minute phone video shows the gates; a third video is 1:04 "
         "long. The final minute of the livestream shows the square empty.", [(7740.0, 7800.0)]),
        ("The podcast runs for 48 min. The trailer is 1:30 long. The last two minutes of the podcast are ads.",
         [(2760.0, 2880.0)]),
        # near-miss: the noun names both works, so the nearest length answers as before
        ("A 2-minute clip from the roof and a 5-minute clip from the street went viral. The last 20 seconds of "
         "the clip show smoke.", [(280.0, 300.0)]),
    ],
    "the work a position before the form is of": [
        ("The original 47-second video was posted on Monday. The viral version is 31 seconds long. The edit cuts at "
         "0:31 of the original, so the final 16 seconds are missing.", [(31.0, None), (31.0, 47.0)]),
        ("The full 3-minute recording is on the council site; the repost is 90 seconds long. The repost stops at "
         "1:30 of the recording, so the last 90 seconds are never seen.", [(90.0, None), (90.0, 180.0)]),
        # near-miss: the form names its own work after it, which wins
        ("The original 47-second video was posted on Monday. The viral version is 31 seconds long. It cuts at 0:20 "
         "of the original, and the final 6 seconds of the viral version are a logo.", [(20.0, None), (25.0, 31.0)]),
    ],
    "a quoted title's length": [
        ('The title track, "Tidewater" (6:02), builds patiently; the last 40 seconds of "Tidewater" are rain.',
         [(322.0, 362.0)]),
        ('Opener "Salt Marsh" (4:12) drifts in, and closer "Long Shore" (7:15) drags: the final minute of "Long '
         'Shore" is a drone.', [(375.0, 435.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_end_form_counts_from_its_own_works_length(text, expected):
    assert found_spans(text) == expected
