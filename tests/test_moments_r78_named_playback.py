"""Counsel working the player, by name (blind round 78): a courtroom report tells who played the footage ("Whitcombe
played it twice") and then who paused it, by name or "he"/"she" ("Whitcombe first paused at 3:12", "She froze at
0:58"), with a verb that only a player does: a position, not a time of day. Not one who "stopped at 9:15" (a verb of
the world too), nor one who "stopped at 12:30 for lunch"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a named person pauses the footage played": [
        ("The prosecutor played the video for the jury.\n\n- Okafor first paused at 1:45, where the van turns.",
         [(105.0, None)]),
        ("Defence counsel played the clip without sound. She froze at 0:58 and asked the witness to look.",
         [(58.0, None)]),
        ("Ms Haddad replayed the recording. Haddad then rewound at 2:20 to show the gap.", [(140.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("Mr Lim played the tape for the court. The Judge stopped at 12:30 for lunch.", []),
        ("They played it again. Kim stopped at 9:15 for coffee.", []),
        ("The bus stopped at 3:12 outside the court.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_playback(text, expected):
    assert found_spans(text) == expected
