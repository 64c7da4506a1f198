"""A lead on a standings table, named in full, then "by" and the gap (blind round 135): 'Haugen now leads the general
classification by 1:04 with seven stages to go.' A lead kept on the overall classification, the standings or a
championship, by a time, is a margin between riders or drivers, no position (the rule read "GC", "overall" and
"yellow", not the table's full name). A "by" that opens a time in the footage ("By 3:15 the riders are climbing",
"by 2:20 in the video") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a lead on a standings table by a time is a margin": [
        ("After the time trial Pereira leads the overall standings by 0:52 from Lindahl.", []),
        ("Mbeki keeps the general classification by 2:18 going into the rest day.", []),
        ("She now leads the series rankings by 1:37 with two rounds left.", []),
    ],
    "a 'by' opening a time in the footage stays a position": [
        ("By 3:15 the riders are on the climb, and the crash comes at 4:02.", [(195.0, None), (242.0, None)]),
        ("He leads the standings, and by 2:20 in the video he is clear of the group.", [(140.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_standings_lead(text, expected):
    assert found_spans(text) == expected
