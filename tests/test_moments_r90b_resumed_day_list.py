"""A list of the day's clocks taken up again after an interlude (blind round 90): a radio log's "06:21 — DJ plays
the voice note", then a transcribed turn placing positions in a listener's video ("go to 1:10 in his video"), then
"06:25 — Ad break" and "06:28 — Spokesperson on the line". Once a clock-led list has been read as times of day,
later lines led by a later clock with the same mark ("—", "–", "|") go on that list, even past the positions
between; a chapter list that follows (its own lines from 00:00) starts a new list and keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

LOG = (
    "Breakfast Show — Programme Log\n\n"
    "07:00 — News on the hour\n07:06 — Weather and traffic\n07:12 — Caller from the harbour\n\n"
    "**HOST:** Aisha sent us her video of the flooding. At 0:40 in her clip the water is at the door, and around "
    "1:25 the car floats off.\n\n"
    "07:20 — Ad break (4 min)\n07:24 — Council engineer on the line\n\n"
    "07:31 — Sport\n07:38 — Music"
)
SCHEDULE_THEN_CHAPTERS = (
    "Schedule\n\n09:00 — Doors\n09:30 — Screening\n\nChapters of the film:\n00:00 — Opening\n03:10 — The storm\n"
    "12:40 — The rescue"
)
PROGRAMME = (
    "Conference day programme\n\n09:00 — Registration\n09:30 — Keynote\n\nThe keynote video is up: at 12:10 in "
    "the video she shows the chart, and around 14:05 the demo.\n\n10:30 — Coffee\n11:00 — Panel"
)

FAMILIES = {
    "a log's clocks after a transcribed turn stay times of day": [
        (LOG, [(40.0, None), (85.0, None)]),
        (PROGRAMME, [(730.0, None), (845.0, None)]),
    ],
    "a chapter list after a schedule keeps its positions": [
        (SCHEDULE_THEN_CHAPTERS, [(0.0, None), (190.0, None), (760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_resumed_day_list(text, expected):
    assert found_spans(text) == expected
