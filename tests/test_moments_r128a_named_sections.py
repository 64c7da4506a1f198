"""A stretch of the footage named by what happens in it, "section" after its name, then its times (blind round 128):
"- Plank section 14:30-17:00 — brutal" in a workout video's notes. It is the plank's stretch of the video (870-1020),
not a statute's "Section 14:30" cited by number: the word before "section" opens the list line or follows a
determiner. A cited section ("Sections 2:14 through 2:20", "under section 4:12", "Penal Code section 4:12") stays a
citation."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a named section's times are a range": [
        ("Leg day video, my notes\n\n- Lunge section 3:15-6:40, burns\n- Wall sit at 8:05", [(195.0, 400.0),
                                                                                             (485.0, None)]),
        ("The bridge section 2:48–3:20 is where the choir comes in.", [(168.0, 200.0)]),
        ("1. Breathing section 0:00-4:10\n2. Sun salutations 4:10-12:30", [(0.0, 250.0), (250.0, 750.0)]),
    ],
    "counter-cases: a section cited by number stays a citation": [
        ("Sections 4:12 through 4:20 of the rulebook apply to the appeal.", []),
        ("Under section 3:14 of the code, the fine doubles.", []),
        ("- Penal Code section 4:12, amended 2019", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_sections(text, expected):
    assert found_spans(text) == expected
