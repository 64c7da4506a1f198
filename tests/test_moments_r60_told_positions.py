"""Round 60: positions told in a review's or a report's own words. A stretch's length said before its start as an
offset ("a four-minute single take beginning about 21 minutes in") is a range, as with a timecode start; a round
amount hedged before its unit ("Twenty-odd seconds later") is hedged; a moment of the game placed in its recording
("Half-time comes at about 48:30 on the upload") is a position, not the match clock. Not positions: a clock told with
"that afternoon", a track's length in brackets ("single (3:56 on the album, ...)"), a work's length in brackets
that say what it is ("the full video review up (it's 18:30, sorry)")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a length, then its start as an offset": [
        ("The director staged a three-minute tracking shot beginning about 14 minutes in, up the stairwell.",
         [(840.0, 1020.0, True)]),
        ("There is a 90-second silence starting 12 minutes into the episode.", [(720.0, 810.0, False)]),
        # near-misses: a timecode start stays a range; a length with no start
        ("A 40-second pan beginning at 3:10 takes in the bay.", [(190.0, 230.0, False)]),
        ("The director staged a three-minute tracking shot up the stairwell.", []),
    ],
    "a round amount hedged with -odd": [
        ("At 2:10 the door opens. Thirty-odd seconds later he runs.", [(130.0, None, False), (160.0, None, True)]),
        ("At 5:00 she sits. 20-odd seconds later she stands.", [(300.0, None, False), (320.0, None, True)]),
        # near-misses: a plain amount; an -odd amount of the world
        ("At 2:10 the door opens. Thirty seconds later he runs.", [(130.0, None, False), (160.0, None, False)]),
        ("We waited twenty-odd minutes for a bus.", []),
    ],
    "a game's moment placed in its recording": [
        ("Half-time comes at about 45:10 on the upload, with the panel in full.", [(2710.0, None, True)]),
        ("The quarter ends at 31:20 in the replay video.", [(1880.0, None, False)]),
        # near-miss: the game clock
        ("Half-time came with 4:12 left on the clock.", []),
    ],
    "not positions": [
        ("The film runs 2 hours. At 1:10:00 the lights go out; the clocks all stop at 3:20 that afternoon.",
         [(4200.0, None, False)]),
        ("The set closed with a 1985 single (4:12 on the album, nine minutes live).", []),
        ("I've uploaded the whole interview (it's 42:10, sorry). At 12:05 she laughs.", [(725.0, None, False)]),
        # near-misses: a part of the day that names a scene; a short stretch said mostly one thing
        ("The film runs 2 hours. The cut comes at 3:20 in the evening scene.", [(200.0, None, False)]),
        ("The clip (it's at 1:12) shows the fall.", [(72.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_told_position_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
