"""A list's intro that says its times are where things are (blind round 94, two listicles): 'all the times below
are positions in it, so you can skip straight to the good stuff' then '11. The 65 (1:58). Ciarán Daly ...'; 'so
here's where to find the good parts' then '1. The Santo Niño procession (0:12:30)'. The family: an intro telling
the reader the times below are positions, or where to find the good parts, makes a short item title's bracketed
time a position, not the title's length. A list of separate clips under an intro that says nothing of the kind
keeps its bracketed times as lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an intro saying the times are positions makes bracketed stamps positions": [
        ("The club's extended highlights run 14 minutes; the times listed are positions in that upload.\n\n"
         "5. The Try (2:05). A long pass out wide and in at the corner.\n\n"
         "4. The Turnover (6:40). Forwards win it at the breakdown.", [(125.0, None), (400.0, None)]),
        ("The carnival stream is eleven hours long, so here's where to find the best bits.\n\n"
         "1. The Steel Band (0:48:10) — they open the road.\n2. The Judges' Stand (3:02:00) — confetti everywhere.",
         [(2890.0, None), (10920.0, None)]),
    ],
    "a list of separate clips keeps their lengths": [
        ("Our five favourite videos from the carnival:\n\n1. The Steel Band (4:10)\n2. The Judges' Stand (2:02)\n",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_intro_says_positions(text, expected):
    assert found_spans(text) == expected
