"""Round 50: a start plus a length said in paraphrase, as edit notes and features write it: an edit note's
imperative ("take 8 seconds starting at 00:03:15:00") and a stretch named before its length ("a stretch of about 40
seconds starting at 5:05"). Near-misses: a day's clock, a range after the start, a length with no start."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an edit note's imperative with a length and its start": [
        ("- Harbour wide: take 6 seconds starting at 00:01:10:00.", [(70.0, 76.0, False)]),
        ("Use 5 seconds from 2:20 for the opener.", [(140.0, 145.0, False)]),
        ("For the promo, grab about 12 seconds starting at 4:05.", [(245.0, 257.0, True)]),
        # near-misses: a range after the start is the range; a length with no start is nothing
        ("Take 8 seconds from 1:10 to 1:18 for the tease.", [(70.0, 78.0, False)]),
        ("Take 8 seconds of the crowd for the tease.", []),
    ],
    "a stretch named before its length": [
        ("There is a stretch of about 40 seconds starting at 6:10 where the picture goes black.",
         [(370.0, 410.0, True)]),
        ("The film has a section of 12 seconds that begins at 3:40 with no sound.", [(220.0, 232.0, False)]),
        ("Note the passage of 90 seconds beginning at 1:02:00, all in one take.", [(3720.0, 3810.0, False)]),
        # near-misses: a stretch of a day, a stretch's length with no start
        ("We had a stretch of about 40 minutes starting at 14:00 on Sunday with no trains.", []),
        ("There is a stretch of about 40 seconds where nothing happens.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_start_plus_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
