"""A work's length told in a way the extractor did not read (blind round 85), so that an end form found no length or
the length's digits stood as a position: a series' "finale" is a work ("The finale, which runs 64 minutes", "the last
five minutes of the finale"); a "highlight reel" in the singular is a whole work as its sentence's subject ("The
team's highlight reel (6:10) is the best way to catch up"), and plural highlights "run" their length ("Our match
highlights run 9:41"); a video named by its kind after it ("my video review (22 minutes, linked below)"); a
recording with an exhibit's label in brackets before its verb ("The recording (Gov't Ex. 3) runs 11 minutes"), the
"Ex." no sentence stop before its number. Look-alikes: a finale's broadcast slot, a position in a clip or a reel, and
a run of highlights from one time to another stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a series' finale is a work with a length": [
        ("The season finale runs 58 minutes and earns them. The last four minutes of the finale are pure dread.",
         [(3240.0, 3480.0)]),
        ("Only the finale (52 minutes) disappoints: its final two minutes feel rushed.", [(3000.0, 3120.0)]),
        ("The finale, which lasts 47 minutes, ends on a freeze-frame; the final 30 seconds of the finale are silent.",
         [(2790.0, 2820.0)]),
    ],
    "a finale's slot and its positions stay as they are": [
        ("The finale is at 9:00 on Sunday, after the news.", []),
        ("About 12 minutes into the finale, the twist lands.", [(720.0, None)]),
    ],
    "a singular highlight reel as a sentence's subject is its length": [
        ("The club's highlight reel (4:45) is worth a look. The winning try is in the last 15 seconds of the reel.",
         [(270.0, 285.0)]),
        ("Our highlight package (7:20) has everything: the red card is at 3:02.", [(182.0, None)]),
        ("The league's highlight video (5:30) opens with the toss, and the last 20 seconds of the video are the "
         "celebrations.", [(310.0, 330.0)]),
    ],
    "plural highlights run their length": [
        ("The match highlights run 11:30 on the league's channel. The final 30 seconds of the video are the trophy "
         "lift.", [(660.0, 690.0)]),
        ("Extended highlights last 14:05, and the last minute of the video is the lap of honour.", [(785.0, 845.0)]),
    ],
    "highlights running from one time to another stay a range": [
        ("The highlights run from 2:10 to 4:40 on the channel.", [(130.0, 280.0)]),
        ("The drone footage (0:45) shows the winner crossing.", [(45.0, None)]),
    ],
    "a video named by its kind after it, its length in brackets": [
        ("In my video review (19 minutes, linked below) the autofocus test is at 6:12. The last three minutes of the "
         "video are sample clips.", [(372.0, None), (960.0, 1140.0)]),
        ("My video essay (41 min, on my channel) goes deeper; the last ten minutes of the video are the interview.",
         [(1860.0, 2460.0)]),
        ("In my video review, at 4:10, you can hear the fan.", [(250.0, None)]),
    ],
    "an exhibit's label between the recording and its verb": [
        ("The recording (Gov't Ex. 12) runs 8 minutes and 15 seconds. The final 20 seconds of the recording show the "
         "arrest.", [(475.0, 495.0)]),
        ("The footage (Exhibit P-4) lasts 6 minutes. In its last 30 seconds the officer turns the camera off.",
         [(330.0, 360.0)]),
        ("Counsel relied on Gov't Ex. 4 at 02:10, where the officer asks for the keys.", [(130.0, None)]),
        ("The video (Ex. 2) shows the officer at 1:15 reaching for the door.", [(75.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_work_lengths(text, expected):
    assert found_spans(text) == expected
