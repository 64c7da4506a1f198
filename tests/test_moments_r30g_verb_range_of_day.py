"""A stretch told with verbs whose start is a past event of the day (blind round 30): a restaurant review's "Booked a
table for 19:30 on a Saturday. Starters arrived at 20:05 and mains not until 20:50" gave a range 20:05–20:50. "Arrived
at 20:05" alone is the day's (a past event's verb); read as the range "arrived at 20:05 and ... until 20:50" the verb
was inside the phrase, so no rule saw it. The start's verdict is now the stretch's. A stretch in footage told in the
present ("shows up at 0:48 and stays until 1:35") keeps its start a position and stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a verb-told stretch whose start is the day's is the day's": [
        ("Booked a table for 19:30 on a Saturday. Starters arrived at 20:05 and mains not until 20:50 — a 45-minute "
         "gap with no apology.", []),
        ("The choir arrived at 19:05 and waits until 19:40 to sing.", []),
        ("The ferry docked at 20:05 and passengers sat until 20:50 in the rain.", []),
        ("Our taxi turned up at 06:40 and the driver idled until 07:15 outside the hotel.", []),
    ],
    "a stretch in footage told with verbs stays a range": [
        ("The logo shows up at 0:48 and stays until 1:35.", [(48.0, 95.0)]),
        ("In the video, the ferry docks at 20:05 and passengers wait until 20:50.", [(1205.0, 1250.0)]),
        ("The siren starts at 0:03 and runs until 1:29.", [(3.0, 89.0)]),
        ("Then our chat with the head of the food bank, which starts at 15:45 and runs until 38:20.",
         [(945.0, 2300.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_verb_range_of_day(text, expected):
    assert found_spans(text) == expected
