"""Minutes and seconds written with a dot (Indian usage) in a sentence that names no footage (blind round 73): one
that tells the reader to look ("Kindly see at 3.15 where the contractor ..., and again near about 5.40 ...") or
one that follows a sentence giving the footage's dotted positions ("In the highlights (11 mins), the ramp is at
3.25. The yorker is right near the end, at 10.40 or so") is a position when the paragraph tells the footage's length,
before or after it, and the time lies inside it; a trailing "or so" hedges it. Times of day ("from 10.30 am"), a
number past the length, and such sentences in a paragraph that tells no length stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a sentence told to look, the length told after": [
        ("Sir, this is about the video shared by our RWA. Kindly watch at 2.10 where the lorry blocks the gate, and "
         "again near about 4.05 the driver abuses the guard. The video is of 5.30 mins only.",
         [(130.0, None, False), (245.0, None, True)]),
        ("Madam, regarding the clip from the school bus. Please check at 1.20 where the conductor pushes the boy. "
         "The clip is of 3 mins.", [(80.0, None, False)]),
    ],
    "a sentence after the footage's dotted positions": [
        ("In the Star Sports highlights (9 mins), the six is at 2.15 and the catch comes at 5.40. The final wicket "
         "is right at the end, at 8.30 or so.", [(135.0, None, False), (340.0, None, False), (510.0, None, True)]),
        ("In the BCCI video (6 mins), the no-ball is at 1.05. The replay of it follows near about 1.50.",
         [(65.0, None, False), (110.0, None, True)]),
    ],
    "times of day, numbers past the length and paragraphs with no length stay nothing": [
        ("Kindly see at 3.15 where the gate is locked. The office opens at 10.30 am daily.", []),
        ("Please watch at 9.45 where he falls. The video is of 4 mins only.", []),
        ("In the highlights (6 mins), the six is at 2.15. We reached the ground at 7.30 or so.",
         [(135.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_watched(text, expected):
    assert found_hedged(text) == expected
