"""A game's own clock given as a setting in patch notes (blind round 86): "Ranked match timer reduced from 25:00 to
22:00", "round timer is now 2:30", "time limit raised from 8:00 to 10:00". A match's or a round's timer, a time
limit, said to be a value or to change, counts in no footage, as a cooldown does. A workout's "cooldown is from
16:50 to the end" is a stretch of the video, not a game's value; a repro clip's positions stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a match's or a round's timer as a setting": [
        ("- Casual match timer increased from 12:00 to 15:00", []),
        ("Round timer is now 2:30 in Duel mode.", []),
        ("- Time limit raised from 8:00 to 10:00 for custom lobbies.", []),
        ("- Cooldown: 0:45 → 0:30", []),
    ],
    "a workout's cooldown to the end is a stretch of its video": [
        ("30-min full-body HIIT\n\nThe warm-up ends at 4:00 and the cooldown is from 26:30 to the end.",
         [(240.0, None), (1590.0, 1800.0)]),
        ("A 45-minute workout video. The cool-down is from 40:00 to the end.", [(2400.0, 2700.0)]),
    ],
    "positions beside the settings stay": [
        ("- Match timer reduced from 25:00 to 20:00\n- In the repro clip the player falls through at 0:12.",
         [(12.0, None)]),
        ("The timer hits zero at 1:05 in the video.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_settings(text, expected):
    assert found_spans(text) == expected
