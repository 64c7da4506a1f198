"""A workplace chat's lines stamped AM or PM and signed with people's names ("[2:14 PM] Ana: ... around 1:05"):
each line's stamp is the chat's clock, not a position, even where the message names the video (the learned veto
overruled "time of day" there); the positions in the messages stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES: dict[str, list[tuple[str, object]]] = {
    "stamps-with-am-pm-and-names": [
        ("[2:14 PM] Ana: in the clip the surge is around 1:05\n[2:16 PM] Ben Cole: ok", [(65.0, None, True)]),
        ("[3:40 PM] Marta: the drone video dips around 0:50, then climbs at 1:20\n[3:41 PM] Dev Rao: agreed",
         [(50.0, None, True), (80.0, None, False)]),
        ("[9:02 AM] Jo: the clip's logo pops around 0:12\n[9:05 AM] Sam Ortiz: and the cut is late at 0:40",
         [(12.0, None, True), (40.0, None, False)]),
        ("**[11:20 AM] Lena K:** the trailer's title card lands at 1:32\n**[11:22 AM] Omar:** good",
         [(92.0, None, False)]),
    ],
    # near-misses: stamps with no half-day suffix, or a recording's own under-an-hour stamps, stay as they were;
    # the chat's own plans, no footage named, stay times of day
    "near-misses": [
        ("[6:10 PM] Ana Ruiz: shall we meet at 7:45 by the station\n[6:12 PM] Ben: fine, at 7:45", []),
        ("[2:14] Ana: the surge in the video is at 1:05\n[2:16] Ben: ok",
         [(134.0, None, False), (65.0, None, False), (136.0, None, False)]),
        ("[00:14] ANA: in the clip the surge is around 1:05\n[00:16] BEN: ok",
         [(14.0, None, False), (65.0, None, True), (16.0, None, False)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_chat_stamp_with_am_or_pm_is_the_chats_clock(text, expected):
    assert found_hedged(text) == expected
