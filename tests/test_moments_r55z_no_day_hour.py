"""A time whose first number no clock of the day reaches (blind round 55, a wiki article and a fact-check): "a caption
was added at 47:05 reading ..." and "had been switched off by 47:00" are minutes and seconds of the recording, but
the words around them ("was added at", "switched off by") read as a time of the day. No hour of a day is 47 (a
broadcaster's past-midnight "25:30" is the latest), so a time of day is no verdict for it; other verdicts (a game
clock, a race time) still stand, a real clock after the same words stays a time of day, and a length placed by
no word ("(usually about 40:00)") keeps the verdict that sets it aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "minutes past any hour of the day are the recording's": [
        ("In the version on the RTÉ Player, the interruption was left in but a caption was added at 47:05 reading "
         "“This segment contains an unscheduled interruption.”", [(2825.0, None)]),
        ("In the original livestream, the generator is audible throughout the section from 43:30 to 45:00 but had "
         "been switched off by 47:00, according to a county official.", [(2610.0, 2700.0), (2820.0, None)]),
        ("A banner was added at 38:15 telling viewers the stream would resume.", [(2295.0, None)]),
        ("In the council webcast the chair’s microphone was switched off at 61:20 by mistake.", [(3680.0, None)]),
    ],
    "a clock of the day after the same words stays a time of day": [
        ("Subtitles were added at 14:00.", []),
        ("A correction was added at 23:45 that night.", []),
        ("Hughes won it 2:14 into overtime, with 58:40 on the game clock.", []),
        ("Recordings of every talk (usually about 40:00) will be online by Friday 17:00.", []),
        ("Sources: Police Department, press conference video, November 22, 2026 (36:14).", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_no_day_hour(text, expected):
    assert found_spans(text) == expected
