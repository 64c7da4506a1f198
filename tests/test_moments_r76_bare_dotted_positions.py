"""A position written with a dot and no preposition, said in the footage right after (blind round 76): "The solo
proper starts 2.52 in the album version". A dotted number straight after a verb of placing (starts, kicks in, comes
back, appears ...) and followed by "in/into the <footage>" is minutes and seconds in that footage, as "at 2.52 in the
video" is. A measure or a price told the same way ("weighed 2.52 in the video", "closed 1.12 in the broadcast") is
none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a verb of placing, a dotted time, then the footage": [
        ("Mate the riff proper kicks in 1.48 in the studio version, but on the live video it's about 2:20.",
         [(108.0, None), (140.0, None)]),
        ("The drum fill comes back 3.05 into the concert video.", [(185.0, None)]),
        ("The second verse starts 0.52 in the lyric video.", [(52.0, None)]),
    ],
    "look-alikes: a measure or a price said in the footage": [
        ("The trout weighed 2.52 in the video, we reckon.", []),
        ("Shares closed 1.12 in the broadcast.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_dotted_positions(text, expected):
    assert found_spans(text) == expected
