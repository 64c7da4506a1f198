"""The day's time a sentence equates with the moment just placed (blind round 139, transcripts: a hearing's "Q. At
00:03:22 the water is over the lip of the spillway. Do you agree? A. Yes. That would be about 2:17 in the morning, by
the dam log. Q. And roughly thirty seconds after that?"). The family: a sentence opening "That would be", "That was",
"Which is" and the like, telling a time of day right after a position, says when that same moment happened in the
world; it does not start a new count, so a relative gap after it still counts from the position. A time of day told
of another event ("The rally began at 10:45") still stops the count, as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day's time equated with the moment just placed keeps the count": [
        ("At 0:52 in the bodycam the door gives way. That was 11:06 p.m. by the dispatch log. About ten seconds "
         "later the officers are inside.", [(52.0, None), (62.0, None)]),
        ("Q. At 00:12:40 the lorry reaches the barrier, correct?\nA. Correct. That's roughly 4:15 in the afternoon, "
         "per the gate records.\nQ. And twenty seconds after that?", [(760.0, None), (780.0, None)]),
    ],
    "a time of day of another event still stops the count": [
        ("At 0:52 in the bodycam the door gives way. The rally began at 10:45. Ten minutes later, police arrived.",
         [(52.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_equated_day_time(text, expected):
    assert found_spans(text) == expected
