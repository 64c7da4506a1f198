"""A time the reader is sent to, in a sentence that goes on to tell a time of the day (noted while settling round 86's
veto-margin families): "Watch from 2:10 for the storm; the shop closes at 17:00 on Sundays" keeps 2:10 as a place in
the footage; the rule that a sentence telling a time of day tells only world times yields to "watch from", "skip to".
Look-alikes: sentences of the day's clocks alone stay empty."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sent-to time beside the day's clock": [
        ("Watch from 2:10 for the storm; the shop closes at 17:00 on Sundays.", [(130.0, None)]),
        ("Skip to 4:05 for the chorus; the box office opens at 10:00.", [(245.0, None)]),
        ("Jump straight to 11:40 if you only want the vote; the meeting itself started at 19:00.", [(700.0, None)]),
    ],
    "the day's clocks alone": [
        ("The shop opens at 9:00 and closes at 17:00 on Sundays.", []),
        ("We watch the match at 20:00; the pub closes at 23:00.", []),
        ("Buses go from 7:15 on weekdays; the café opens at 8:00.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sent_beside_day_clock(text, expected):
    assert found_spans(text) == expected
