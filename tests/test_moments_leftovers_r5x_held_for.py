"""How long something went on, told after "for" and a verb in the past or a lasting verb ("VAR checked it for 1:40",
a leftover of blind round 58): a length of time in the world, not a position; "watch for 1:40", "thanks for 2:10"
and Pidgin's "for 0:58" (at 0:58) still place the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_PLACED = "The goal is at 3:12 in the highlights. "
FAMILIES = {
    "a length after a verb and for": [
        (_PLACED + "The referee studied the monitor for 2:10 before pointing to the spot.", [(192.0, None)]),
        (_PLACED + "Play was stopped for 4:30 while the keeper was treated.", [(192.0, None)]),
        (_PLACED + "The away end sang for just over 1:15 after the equaliser.", [(192.0, None)]),
        (_PLACED + "The camera lingers for 0:12 on the manager's face.", [(192.0, None)]),
        (_PLACED + "She held the last note for about 0:42, then the lights went out.", [(192.0, None)]),
        (_PLACED + "The rally went on for 1:10 before the umpire called it.", [(192.0, None)]),
    ],
    "a place after for stays a place": [
        (_PLACED + "Watch for 1:40, when the flag drops.", [(192.0, None), (100.0, None)]),
        (_PLACED + "Keep an eye out for 2:05: the keeper slips.", [(192.0, None), (125.0, None)]),
        (_PLACED + "I looked for 2:10 but the link starts late.", [(192.0, None), (130.0, None)]),
        (_PLACED + "Stay tuned for 3:20, when the drummer waves.", [(192.0, None), (200.0, None)]),
        (_PLACED + "Thanks for 1:40, that made my day.", [(192.0, None), (100.0, None)]),
        (_PLACED + "The drone hovered for 0:40 into the clip.", [(192.0, None), (40.0, None)]),
        (_PLACED + "The officer push the lady for 0:58 and the phone fall.", [(192.0, None), (58.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_length_told_after_for(text, expected):
    assert found_spans(text) == expected
