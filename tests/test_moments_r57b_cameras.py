"""Several cameras on one page, from blind round 57 (`tests/data/moments_genres_round57.jsonl`, visual): the cameras'
own clocks listed in brackets after the clocks they were read on, and a camera told apart by its number or letter
whose recording's length is told with "is". Sentences written for the families, with near-misses that stay
positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # clocks of the day to the second listed in brackets after "clocks" or "timestamps": the devices' readings
    "camera clocks listed in brackets": [
        ("The two doorbells' clocks are out by ninety seconds (19:02:11 and 19:03:41), so we synced the videos "
         "by the van.",
         []),
        ("Both cameras' own timestamps differ (21:14:07 against 21:15:30 at the same frame).", []),
        ("In the second clip, at 0:12, the door opens. The cameras' clocks disagree (08:40:05, 08:41:55 and "
         "08:39:12 at that point), so we matched them on the siren.", [(12.0, None)]),
        ("The timestamps (14:22:09 / 14:22:51) say the two phone clips were filmed at once.", []),
        ("The dashcam's clock runs fast (23:10:44 and 23:11:02 at the crash), so we lined the footage up on the flash.",
         []),
        # near-misses: a recording's own counters, positions in brackets after a clip, a list with no clock named
        ("The clocks go back tonight. The clip (from 0:15 to 0:29) shows the car.", [(15.0, 29.0)]),
        ("The bodycam's counter (00:01:15 and 00:02:30) marks the two warnings.", [(75.0, None), (150.0, None)]),
        ("The stream shows the vote (at 2:14:05 and 2:20:10 in the recording).", [(8045.0, None), (8410.0, None)]),
    ],
    # "Camera 3 (the car wash) is 2:13": a numbered camera's recording and its length
    "a numbered camera's length told with is": [
        ("Camera 3 (the car wash) is 2:13.", []),
        ("Camera 2 is 52 seconds long; Camera 1 is 1:40.", []),
        ("We have three angles. Cam B is 4:05, the longest.", []),
        ("Camera two (the lobby) was 3:30; the suspect appears at 1:10 in it.", [(70.0, None)]),
        # near-misses: a camera at a position, a position on a numbered camera
        ("Camera 3 is at 2:13 when the car pulls in.", [(133.0, None)]),
        ("On Camera 3, the car pulls in at 2:13.", [(133.0, None)]),
        ("Camera 3 shows him at 2:13.", [(133.0, None)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cameras_on_one_page(text, expected):
    assert found_spans(text) == expected
