"""A clock said in an ASS script's ``Dialogue:`` Text field (round 59's subtitles-03) is speech in the footage, as in
an SRT cue's text: "We close at 11:30, you know." is a time of day; the event's Start and End stay its range, and a
note outside the events naming a line's time stays a point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

EVENTS = "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"

FAMILIES = {
    "a clock in the Text field": [
        (EVENTS + "Dialogue: 0,0:01:02.00,0:01:04.50,Default,Mio,0,0,0,,The last bus is at 23:10, hurry.\n",
         [(62.0, 64.5)]),
        (EVENTS + "Dialogue: 0,0:03:10.20,0:03:12.00,Default,,0,0,0,,Well, meet me at 9:45 by the gate.\n",
         [(190.2, 192.0)]),
    ],
    "near-misses": [
        (EVENTS + "Dialogue: 0,0:00:05.00,0:00:07.00,Default,,0,0,0,,Go!\n\nNote: the line at 0:00:05.00 is early.",
         [(5.0, 7.0), (5.0, None)]),
        ("The shop closes at 11:30 on Sundays.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_clock_in_ass_dialogue_text_is_speech(text, expected):
    assert found_spans(text) == expected
