"""How long a camera or a phone kept recording or playing, said after its time (blind round 55, a forum's battery
thread and a firmware note): "4K/30: 1:58 continuous before shutdown", "Battery: 1:42 of continuous 1080p recording
in our test" are endurances, not positions, and the lines under the first in its shape ("4K/60: 1:22",
"1080p/30: 2:41") are the other modes' endurances. Such a time was set aside only after "battery life" or a named
test, and a list of labelled times was taken for a chapter list. A time the footage is sent to ("At 1:58
continuous recording starts") and a chapter list of labelled times stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FORUM = ("Re: Battery life on the Osmo Pocket 3 — real-world numbers?\n\n"
         "My tests, all at 20°C room temp, screen brightness 50%, firmware 1.7:\n\n"
         "4K/30: 1:58 continuous before shutdown\n4K/60: 1:22\n1080p/30: 2:41\n"
         "4K/120 slow-mo: 38 min (thermal limit at 25 min if you’re in direct sun)\n")
FIRMWARE = ("<ul>\n<li>HyperSmooth latency cut from 1.2&nbsp;s to 0.4&nbsp;s.</li>\n"
            "<li>Battery: 1:42 of continuous 1080p recording in our test, up from 1:31.</li>\n</ul>")
CHAPTERS = "Chapters:\nIntro: 0:00\nDesign: 1:22\nBattery: 6:40\nVerdict: 9:15\n"

FAMILIES = {
    "an endurance said after its time is no position": [
        (FORUM, []),
        (FIRMWARE, []),
        ("The Insta360 did 2:05 of 4K recording before it overheated, which is fine for a wedding.", []),
        ("Firmware 2.1 notes: 4K60 now gives 1:12 continuous recording, up from 0:58.", []),
        ("Modes tested:\n1080p/60: 2:35 continuous until the battery died\n4K/30: 1:50\n", []),
        ("Tried the new firmware: 2:14 of continuous 4K recording before shutdown, not bad.", []),
    ],
    "a time the footage is sent to, and a chapter list, stay positions": [
        ("At 1:58 continuous recording starts and the drone climbs.", [(118.0, None)]),
        (CHAPTERS, [(0.0, None), (82.0, None), (400.0, None), (555.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_endurance_results(text, expected):
    assert found_spans(text) == expected
