"""A schedule's word inside a chapter's own title (blind round 131): a show's chapter list "(31:20) Bus Carousel: did
it work?" then "(52:05) Mailbag: ..." and "(1:10:30) Rapid fire questions". The title names the episode's topic; the
bus word and its colon on a line that a stamp opens are no timetable heading, and the stamps after it stay positions.
A real heading ("Bus times:", "Ferry departures:") above clock-led lines still lists a day's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stamp-led chapter title with a schedule word heads no timetable": [
        ("Chapters\n(00:00) Cold open\n(06:40) Night trains: worth it?\n(18:25) Listener questions\n"
         "(1:02:10) Wrap-up", [(0.0, None), (400.0, None), (1105.0, None), (3730.0, None)]),
        ("Episode guide\n- 0:00 Hello\n- 12:30 Ferry services: the Islay mess\n- 41:05 What the minister said\n"
         "- 55:50 Goodbyes", [(0.0, None), (750.0, None), (2465.0, None), (3350.0, None)]),
        ("TIMESTAMPS\n00:00 Intro\n09:15 School bus: who pays?\n27:40 Callers\n44:20 Outro",
         [(0.0, None), (555.0, None), (1660.0, None), (2660.0, None)]),
    ],
    "a schedule heading above clock lines still lists the day": [
        ("Ferry departures: 07:15 Oban\n08:40 Craignure\n10:05 Oban", []),
        ("Bus times for the fete:\n09:15 from the square\n09:45 from the station", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_chapter_title_schedule_words(text, expected):
    assert found_spans(text) == expected
