"""Blind round 63's smaller families. A service named by its time and its route ("the 7:45 crossing from
Harlingen", wiki-03) is a time of day whatever the hour's digits. A clock read "there", at the frame just placed
(visual-02), does not cut the count of a following "Twelve seconds later". A stretch said to run "from the 20:00 mark
on" (subtitles-03) is a position the learned veto must not overrule."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a service named by its time and its route": [
        ("Chapter one has her on the 7:05 crossing from Dover.", []),
        ("It ends with the pair boarding the 6:40 crossing to Calais.", []),
        ("The novel ends with the 8:40 flight to Lagos.", []),
        # a service's time said in the footage stays a position
        ("In the trailer, the 3:20 crossing from Dover shot is stunning.", [(200.0, None)]),
    ],
    "a clock read there counts from the frame": [
        ("The bodycam shows the door opening at 0:12. Its clock reads 03:14:09 there. Five seconds later, the officer "
         "enters.", [(12.0, None), (17.0, None)]),
        ("The dashcam file shows the cyclist at 00:00:20:15. The overlay reads 08:02:11 there. Ten seconds later, "
         "at 00:00:30:15, the van turns.", [(20.5, None), (30.5, None), (30.5, None)]),
        # a clock read when something happens in the world still cuts the count
        ("At 0:12 the door opens. The clock reads 03:14:09 when the police arrive. Five seconds later, a dog barks.",
         [(12.0, None)]),
    ],
    "a stretch from a mark on": [
        ("The dub drifts out of sync from the 15:00 mark on; I re-timed it in Aegisub and it's fine now.",
         [(900.0, None)]),
        ("The whole file is 2 s late from the 12:00 mark on; I shifted it by -2000 ms.", [(720.0, None)]),
        ("Audio is fine until the 20:00 mark, then it cuts.", [(1200.0, None)]),
        # a mark of the day stays with the veto
        ("He clocked out at the 17:00 mark on Friday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round63_rest(text, expected):
    assert found_spans(text) == expected
