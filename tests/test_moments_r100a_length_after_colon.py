"""A work as its clause's subject, then its length after a colon (blind round 100, longform): "the full RTÉ
broadcast survives: 2 hours 11 minutes, including the pre-match parade ... In the final ten minutes of the
broadcast, ..." The length was read after a label ("Full video: 1 h 32 min") but not after a clause about the work,
so the final ten minutes had no length to count back from. A length closing the clause, or with what it counts, is
the work's; a colon before a position ("2 minutes in") or before what the work shows is none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's length after a colon closing its clause": [
        ("The unedited stream is still online: 5 hours 40 minutes, counting the warm-up. In the last half hour of "
         "the stream the band finally plays.", [(18600.0, 20400.0)]),
        ("Only the highlights were shown on the night, but the raw tape is on YouTube: 47 minutes. In the final two "
         "minutes of the tape the captain is interviewed.", [(2700.0, 2820.0)]),
    ],
    "a position or what the work shows after a colon is no length": [
        ("In the video: 2 minutes in, he falls.", [(120.0, None)]),
        ("The clip shows the crash: 2 minutes of chaos.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_after_colon(text, expected):
    assert found_spans(text) == expected
