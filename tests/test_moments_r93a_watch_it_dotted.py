"""A reader told to watch the footage named before ("it"), its stretch given in dotted numbers, the next sentences
placing their own dotted numbers in the footage (blind round 93): an Irish club notice's "Watch it from 2.10 to
2.40 — that's where we lost all shape at the back. Mick's point from the sideline is at 4.05 in". The stretch is a
position as the later "at 4.05 in" is, with no length stated to check it against. A reader told to watch a
broadcast slot ("Watch from 7.30 to 8.00 on RTÉ") stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'watch it from m.ss to m.ss' before dotted positions said in the footage": [
        ("Lads, the video from the Ballyboden game is up. Watch it from 3.15 to 3.50, that's where the press "
         "broke. Darragh's goal is at 6.20 in.", [(195.0, 230.0), (380.0, None)]),
        ("Someone sent me the recording of the final. Check it from 1.05 to 1.40 for the foul; the red card is at "
         "2.55 in the video.", [(65.0, 100.0), (175.0, None)]),
    ],
    "a broadcast slot to watch stays nothing": [
        ("Big night for the club. Watch from 7.30 to 8.00 on RTÉ 2. The goal is at 6.20 in the video.",
         [(380.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watch_it_dotted(text, expected):
    assert found_spans(text) == expected
