"""A thing said to be shown at a time inside a work the sentence has just named (blind round 169, a Malaysian
badminton biography): "the subject of a 26-minute documentary on Astro Arena, in which the final match point is shown
at 21:40" is 1300, a position in the documentary, not a broadcast's slot. "is shown at 21:40" alone reads as when a
programme went out ("The documentary is shown at 21:40 on Astro Arena"); "in which" or "during which" makes the
work the place where the thing is shown, as a board or a goal "is shown at 1:10" already was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "shown at a time inside the work just named": [
        ("Her road to the 2025 SEA Games is the subject of a 26-minute documentary on Astro Arena, in which the final "
         "match point is shown at 21:40.[4]", [(1300.0, None)]),
        ("The council's 30-minute explainer video, in which the new bus hub is first shown at 12:10, is on YouTube.",
         [(730.0, None)]),
        ("Radio Kenya's film about the harbour, during which the old ferry was briefly shown at 18:05, won a prize.",
         [(1085.0, None)]),
        ("It is a 45-minute programme in which the farmers' protest is shown at 09:30 and again near the end.",
         [(570.0, None)]),
    ],
    "a programme shown at a time of the day stays a slot": [
        ("The documentary is shown at 21:40 on Astro Arena.", []),
        ("The final, in which Nur Aisyah won gold, was shown at 21:40 on RTM.", []),
        ("The film, which critics loved, was shown at 20:30 at the festival.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_shown_in_which(text, expected):
    assert found_spans(text) == expected
