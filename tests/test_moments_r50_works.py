"""Round 50: a list of moments in several works, each work's length told right where it is named. A position said of
a work, then that work's length in brackets ("14:58 of the Roland-Garros highlights (16:02)") is a position and a
length; an end form whose work is given its length in a relative clause right after ("the final minute of the BBC
clip, which runs 4:30") counts from that length, not from another work's stated nearby. Near-misses: a bracketed
time before the position is a second position; a relative clause that states no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a position of a work, then the work's length in brackets": [
        ("Match point: 14:58 of the Wimbledon highlights (16:02).", [(898.0, None, False)]),
        ("The touch is at 3:31 of the NBC video (5:10).", [(211.0, None, False)]),
        # near-miss: a bracketed time before the position is a second position cited
        ("The fall is at 4:12 of the BBC replay (3:05).", [(252.0, None, False), (185.0, None, False)]),
    ],
    "an end form's work with its length in a relative clause": [
        ("The trophy goes up at 5:12 in FIFA's video, which runs 9 minutes.\n\n11. The call is heard in the final "
         "minute of the BBC clip, which runs 4:30.", [(312.0, None, False), (210.0, 270.0, False)]),
        ("The 9-minute film is long. The song is in the final minute of the clip, that lasts 2:10.",
         [(70.0, 130.0, False)]),
        # near-miss: the relative clause states no length, the length stated after counts
        ("In the final minute of the clip, which is great, the crowd sings. The clip runs 3:00.",
         [(120.0, 180.0, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_work_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
