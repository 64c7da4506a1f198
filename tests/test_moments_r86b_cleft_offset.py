"""An offset told as "it was ... in" after the recording is named in its sentence (blind round 86): "Go back to
episode 31, we covered it, it was like 38 minutes in." A recording named before the cleft in the same sentence makes
the offset a place in it (hedged by "like", "about"); with no recording named in the sentence "it was ten minutes in"
still tells how long something took."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a cleft offset in the recording its sentence names": [
        ("Check last week's stream, we argued about this, it was like 52 minutes in.", [(3120.0, None, True)]),
        ("It's in the podcast from March, it was about 11 minutes in.", [(660.0, None, True)]),
        ("Rewatch the video from Tuesday, it was 7 minutes in.", [(420.0, None, False)]),
    ],
    "a cleft with no recording named stays a length": [
        ("The replay is on the app. It was ten minutes in — far too long.", []),
        ("We waited at the gate and it was twenty minutes in the cold.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cleft_offset(text, expected):
    assert found_hedged(text) == expected
