"""A show's running length told beside its footage (blind round 94, a halftime-show listicle): 'The halftime show ran
13 minutes and 40 seconds ... on the league's official upload', then 'The final 10 seconds of the show are a single
shot of the empty stage'. The family: a show that "ran"/"runs"/"lasted" a length, in a sentence naming its footage
(upload, video, stream), is a work with that length, so the end forms that name the show count from it. A show's
length with no footage in sight is a stage run, and its end forms stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a show's length beside its footage counts its end forms": [
        ("The awards show ran 2 hours and 12 minutes on the broadcaster's upload. The last 5 minutes of the show are "
         "the in memoriam reel.", [(7620.0, 7920.0)]),
        ("Our video of the variety show lasts 48 minutes. Skip to the final 90 seconds of the show for the encore.",
         [(2790.0, 2880.0)]),
    ],
    "a show's length with no footage is no length to count from": [
        ("The show ran 2 hours on opening night. The final 10 minutes of the show drew a standing ovation.", []),
    ],
    "the show's length itself is no moment": [
        ("The cooking show runs 22 minutes in the streaming version.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_show_ran(text, expected):
    assert found_spans(text) == expected
