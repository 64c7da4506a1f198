"""Round 63: hours, minutes and seconds written with dots, as a British column writes a webcast's position ("the
speech is at 1.02.30"), inside the length the paragraph told ("the webcast (2 hrs 11 mins)"), are positions; past
that length, or with no length told, they stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "dotted hours inside the paragraph's length": [
        ("The council webcast (1 hr 40 mins) is worth it. The chair's outburst is at 1.12.05, then the vote.",
         [(4325.0, None, False)]),
        ("Should you want the recording (3 hrs 5 mins), the planning row is around 2.14.40 — grab a brew.",
         [(8080.0, None, True)]),
        # near-misses: past the length told; no length told; a date
        ("The webcast runs 45 mins. The chair's outburst is at 1.12.05.", []),
        ("The meeting is at 1.12.05 on Tuesday.", []),
        ("The webcast (2 hrs) was posted at 1.03.2024 by the clerk.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_dotted_hours_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
