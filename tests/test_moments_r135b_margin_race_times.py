"""A race won by a margin, then its time to the hundredth (blind round 135): 'Bold Venture (9/2) won the 3:15 at
Leopardstown by 1¾ lengths in 2:04.31.' A win, the race named (by its post time, here), the winning margin in the
race's own measure (lengths, a neck, a short head), then "in" and a time read to the hundredth: the winner's race
time, no position. The same win told in the footage ("wins by a length at 1:58 in the clip") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a win by a margin, then a time to the hundredth, is a race time": [
        ("Copper Kettle won the 2:50 at Ascot by a neck in 1:13.46, with the favourite only fifth.", []),
        ("Marigold took the fillies' maiden by half a length in 1:38.72 on good ground.", []),
        ("The Otago crew won their heat by two boat lengths in 6:02.15 and went straight to the final.", []),
        ("Red Kestrel won the 4:05 at Flemington by a short head in 1:09.88, a track record.", []),
    ],
    "the same win placed in footage stays a position": [
        ("On the replay she wins by a length at 1:58 in the clip, and the jockey stands up at 2:04.", [
            (118.0, None), (124.0, None)]),
        ("In the highlights the colt takes it up at 0:42 and wins by a neck; the photo finish is shown at 1:10.", [
            (42.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_margin_race_times(text, expected):
    assert found_spans(text) == expected
