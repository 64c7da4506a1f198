"""A recording's length told as an event recorded whole, then "N of it" set off after it (blind round 185): "the
State Government streamed the whole procession live, 5 hours and 40 minutes of it" states the stream's length, so
"The last 20 minutes of the stream" is 19200-20400, as "the archive recording, all six hours of it" already stated
one. A thing done whole that is no recording ("walked the whole route", "watched the whole match") states none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's festival stream": [
        ("This August, for the first time, the State Government streamed the whole procession live, 5 hours and 40 "
         "minutes of it, from a 6 a.m. setup to the final drums just before 1 p.m.\n\nThe first 15 minutes of the "
         "stream are mostly the crew testing microphones.\n\nThe last 20 minutes of the stream, showing the crowd "
         "dispersing in light rain, were the most-watched of all.", [(0.0, 900.0), (19200.0, 20400.0)]),
    ],
    "fresh events recorded whole": [
        ("The club filmed the whole final, 94 minutes of it, from a scaffold. The last ten minutes of the video are "
         "the best.", [(5040.0, 5640.0)]),
        ("Radio Kano broadcast the entire durbar, three hours of it. In the final 30 minutes of the broadcast the "
         "emir rides past.", [(9000.0, 10800.0)]),
        ("The school recorded the full prize-giving, two hours and ten minutes of it, on one phone. The last 15 "
         "minutes of the recording show the dance.", [(6900.0, 7800.0)]),
    ],
    "no recording, no length": [
        ("He walked the whole route, 5 hours and 40 minutes of it. The last 20 minutes of the stream were the best.",
         []),
        ("We watched the whole match, 94 minutes of it, in the rain.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recorded_event_of_it(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
