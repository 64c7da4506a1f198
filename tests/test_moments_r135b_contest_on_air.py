"""A contest's day told by the clock in a sports report (blind round 135): 'Tomorrow's stage 188 km, rollout
11:15.', a snooker session's 'Resumes 19:00.', 'Stage 15 is live from 12:30 on ITV4.' A race's rollout or neutral
start, a match going on again, a contest on air from a day's clock: times in the world a programme keeps, no
positions, in a sentence naming no footage. A playback resuming or a stream going live at a time said of the
footage ("the clip resumes at 12:30", "goes live at 12:30 into the VOD") stays a position, and so does a time
under an hour written as footage positions are ("Rollout at 0:40 in the video")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a race's rollout or neutral start by the clock is a time of day": [
        ("Stage 9 crosses the Vosges, 176 km; roll-out 12:05 from Gérardmer.", []),
        ("Day two of the tour: neutral start: 10:40, flag at 10:55.", []),
    ],
    "a contest on air or going on again by a day's clock is a time of day": [
        ("The quarter-final is live on TSN from 19:30, with the pre-game show at 19:00.", []),
        ("Rain stopped them after lunch. Play restarts at 14:00 if the covers come off.", []),
        ("Selby leads 6-2 overnight. The evening session resumes at 19:30.", []),
        ("The women's race will be shown live from 13:10 on Eurosport 1.", []),
    ],
    "a time said of the footage stays a position": [
        ("The clip resumes at 12:30 after the advert break.", [(750.0, None)]),
        ("The stream goes live at 12:30 into the VOD, and the crash is at 14:05.", [(750.0, None), (845.0, None)]),
        ("Rollout at 0:40 in the video shows the whole bunch.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_contest_on_air(text, expected):
    assert found_spans(text) == expected
