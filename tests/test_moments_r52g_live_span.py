"""Hours on air told as a span opened by "from" (blind round 52): a wiki article's "The race was broadcast live on RTÉ2
from 08:30 to 11:45 and highlights were shown later that evening" gave a range 08:30–11:45. "Is live from 12:30 on
ITV4" was a contest on air by the day's clock already, but a span's "from" is its own first word, so the words before
it never read "live from"; and the highlights named after the span are another programme, not footage the span is
in. A span said to be in the footage ("in the VOD", "in the recording") stays a stretch."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a live broadcast's span of the day's clocks is the day's": [
        ("There were 22,500 registered participants, of whom 17,926 finished.[2] The race was broadcast live on RTÉ2 "
         "from 08:30 to 11:45 and highlights were shown later that evening.", []),
        ("The final was shown live on BBC One from 19:45 to 21:50, and the goals are in the clip below.", []),
        ("The match is live on Sky Sports from 12:30 to 14:45; watch the highlights for the winner at 3:10.",
         [(190.0, None)]),
        ("The count was streamed live from 22:00 to 23:30 on the council's channel.", []),
    ],
    "a span in the footage stays a stretch": [
        ("The stream is live from 00:00 to 02:10 in the VOD.", [(0.0, 130.0)]),
        ("The live blog covers the tape from 10:15 to 11:40 in the recording.", [(615.0, 700.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_live_span(text, expected):
    assert found_spans(text) == expected
