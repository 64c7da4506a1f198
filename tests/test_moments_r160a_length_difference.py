"""How much longer one cut is than another, no length of either (blind round 160, a list of continuity errors): "Times
are from the streaming version; the cinema cut is about 4 minutes longer." The amount before "longer" or "shorter"
is a difference: "halfway through the film" was read as halfway through four minutes (120). With no other length
stated, the fraction yields nothing, as the contract says; a length stated plainly beside it still counts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a difference between cuts is no length": [
        ("Timings below are from the Blu-ray; the cinema version is roughly 6 minutes shorter. The mirror "
         "swaps sides halfway through the film.", []),
        ("Scores are from the stream. The extended cut is ten minutes longer. In the last two minutes the wolf "
         "returns.", []),
    ],
    "a length stated plainly still counts beside it": [
        ("The film is 1 h 40 min. The festival cut is 3 minutes longer. The mirror swaps sides halfway through the "
         "film.", [(3000.0, None)]),
        ("The new cut is 9 minutes long. In its last two minutes the ghost returns.", [(420.0, 540.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_difference(text, expected):
    assert found_spans(text) == expected
