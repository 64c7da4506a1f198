"""A clock of the day's shape far past the one length a paragraph states for its footage, told before or after it,
hedged or not (blind round 156): "The 47-second video, posted at 18:52 local time, ... consistent with a sun azimuth
of around 283° at about 18:40" and "Both fit a time of around 16:05 local on 28 November, not the 11:00 the account
claimed. The clip runs 1:12 in total." A chronolocation's estimates and claims are times of day: no position lies
twenty times past the footage's end. Positions inside the length stay; a clock said in another recording stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged clock far past a length told before is a time of day": [
        ("The 38-second clip was filmed on the Corniche. At 0:09 a minaret passes the frame; its shadow suggests "
         "the sun stood at an elevation of roughly 20° at around 16:50.", [(9.0, None)]),
        ("Our team looked at the 25-second video closely. From 0:04 to 0:11 the ferry's funnel is visible. The "
         "light on the water points to roughly 15:20, and the shadows agree.", [(4.0, 11.0)]),
        ("The 30-second clip shows a market. At 0:12 a clock tower is visible; the sun's elevation of 35° fits "
         "about 10:15, not the 17:00 in the caption.", [(12.0, None)]),
    ],
    "a clock far past a length told after is a time of day": [
        ("At 0:22 the tram turns left, and the shadows fit a time near 14:00 rather than the 09:30 the uploader "
         "gave. The video lasts 41 seconds.", [(22.0, None)]),
        ("Between 0:05 and 0:19 the bus shelter is in view. The account says 11:30, yet the shadows are long. "
         "The clip is 33 seconds long.", [(5.0, 19.0)]),
    ],
    "positions inside the length, and another recording's, stay": [
        ("The 50-second clip shows the crane. At 0:37 it tips; in the council's livestream the same moment is at "
         "about 12:40.", [(37.0, None), (760.0, None)]),
        ("The 2-hour stream begins at dusk. At about 18:40 the band comes on.", [(1120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_past_one_length(text, expected):
    assert found_spans(text) == expected
