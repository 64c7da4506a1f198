"""A game mechanic's timer in patch notes, stat tables and players' comments (blind round 78): "cooldown 3:00 → 3:30",
"build time 0:20 → 0:16", "| Ability cooldown | 0:35 |", "Warden's cooldown should be 0:45?". The timer is named right
before its value (maybe with how it changed, its old value and an arrow): a length the game counts, in no footage. A
time said into the footage after such a word stays a position ("the cooldown ends at 1:12 into the VOD"), and so do the
patch notes' own video chapters, backticked as code: "- `09:30` Ranked & rewards" lists where the video gets there."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timer named before its value is no position": [
        ("- **Grenadier**: respawn timer 0:12 → 0:15.", []),
        ("Siege Tower build time: 1:40 (was 1:25).", []),
        ("Honestly the Medic's heal cooldown should be 0:50, not 1:10.", []),
        ("Research time for Iron Plating reduced from 2:30 to 2:00.", []),
    ],
    "a stat table's timer row": [
        ("| Stat | Value |\n|---|---|\n| Health | 900 |\n| Ultimate cooldown | 1:20 |\n| Cast time | 0:02 |", []),
    ],
    "a time into the footage after a timer word stays a position": [
        ("The cooldown ends at 1:12 into the VOD.", [(72.0, None)]),
        ("In the patch video the respawn change is explained at 4:05.", [(245.0, None)]),
    ],
    "a timer word alone before a time titles a chapter": [
        ("Workout chapters\nStretching 0:45\nSprints 5:10\nCooldown 18:30",
         [(45.0, None), (310.0, None), (1110.0, None)]),
        ("Cool-down from 22:00 to 25:00, then a stretch.", [(1320.0, 1500.0)]),
    ],
    "a video's chapters in code spans": [
        ("Patch video chapters:\n\n- `00:00` Intro\n- `02:10` Map changes\n- `07:45` Ranked rewards\n\n"
         "Season starts 14 March at 07:00 UTC.", [(0.0, None), (130.0, None), (465.0, None)]),
        ("Server maintenance begins at 08:00 UTC.\n\nOverview video:\n- `00:00` Intro\n- `08:20` Known issues",
         [(0.0, None), (500.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_timers(text, expected):
    assert found_spans(text) == expected
