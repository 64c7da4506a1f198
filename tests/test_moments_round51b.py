"""Families of misses that blind round 51 (`tests/data/moments_genres_round51.jsonl`) exposed in long pasted court,
visual-investigation and long-read pages, each with sentences written for the family (not the round's own) and
near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # a live blog's header that says where the coverage comes from after its dash: the line stamps under it are the
    # posts' clocks of the day, told oldest first
    "a live header naming where it is from": [
        ("Inquest, day 3 — Live coverage from the coroner's court\n\n09:48\nWe are in court 2.\n\n10:05\n"
         "The coroner plays the bus footage from 0:40 to 1:05.\n\n10:31\nA short break.", [(40.0, 65.0)]),
        ("Budget night – live updates from Westminster\n\n18:02\nThe chancellor is up.\n\n18:20\n"
         "Her speech so far runs to the usual lines.", []),
        ("Planning appeal: live blog at the town hall\n\n14:10\nThe inspector opens.\n\n14:25\n"
         "The developer's drone video is shown; the tower appears at 2:15.", [(135.0, None)]),
        # near-misses: a chapter list under such a header that starts at 0:00 keeps its positions; a dash line
        # that is no live header leaves its stamps as they were
        ("Replay — live coverage from the final\n\n00:00 Warm-up\n04:30 Kick-off\n12:10 First goal",
         [(0.0, None), (270.0, None), (730.0, None)]),
        ("Match replay — chapters from the final\n\n00:00 Warm-up\n04:30 Kick-off\n12:10 First goal",
         [(0.0, None), (270.0, None), (730.0, None)]),
    ],
    # a request to watch the footage or an exhibit by its label from a time, in any tense: a position, even in a
    # sentence told in the past
    "asked to watch an exhibit from a time": [
        ("The jurors asked, in a note, to watch Exhibit 7 again from 3:12.", [(192.0, None)]),
        ("The panel had asked to view MP/3 from 0:45 before retiring.", [(45.0, None)]),
        ("Counsel wanted to see the clip again at 1:50, and the judge agreed.", [(110.0, None)]),
        # near-misses: seeing a person at a clock is the world's time
        ("The family had asked to see her brother at 2:03 that afternoon.", []),
        ("He asked to see the manager at 4:15 before his shift ended.", []),
    ],
    # an offset from an event that is no new point: a stretch named with a determiner ("the 15 seconds before the
    # crash"), where a recording opens ("the excerpt starts 20 seconds before the collapse"), or the gap to a time
    # said right after it in apposition ("eight seconds after the first, at 2:10")
    "an offset from an event that places nothing": [
        ("The fall is at 3:02. The officer watched the ten seconds before the fall twice.", [(182.0, None)]),
        ("The horn sounds at 0:51. Nobody has explained those few seconds after the horn.", [(51.0, None)]),
        ("The bang is at 1:40. The shorter clip begins about 20 seconds before the bang.", [(100.0, None)]),
        ("The roof goes at 0:35; the second phone video, which a neighbour sent us, starts ten seconds before the "
         "collapse.", [(35.0, None)]),
        ("The first crack is heard at 2:02, and a second roughly eight seconds after the first, at 2:10.",
         [(122.0, None), (130.0, None)]),
        ("A hiss starts about three seconds before the lights fail — at 0:57 by the counter.", [(57.0, None)]),
        # near-misses: an offset from the event just timed, with no time after it, still counts from it
        ("The fall is at 3:02. Ten seconds after the fall, the crowd moves in.", [(182.0, None), (192.0, None)]),
        ("The first crack is heard at 2:02, and a second roughly eight seconds after the first.",
         [(122.0, None), (130.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_one_b_families(text: str, expected: list[tuple[float, object]]) -> None:
    if expected and isinstance(expected[0][1], bool):  # (start, approximate): points, the hedge read too
        assert [(s, a) for s, e, a in found_hedged(text) if e is None] == expected
        assert all(e is None for _, e, _ in found_hedged(text))
    else:
        assert found_spans(text) == expected
