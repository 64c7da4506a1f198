"""A clock joined by "and" to a footage position earlier in its sentence, both told in the past (blind round 151, an
Accra theft trial: 'the accused picked up the phones "just after 0:37" and left the shop by 1:05'). A witness walking
through the CCTV tells what happened in the past tense; the first time is a position (a zero minute, a hedge), and the
second, in the same clause chain and the same frame, is one too ("by 1:05" a point at 65, as the contract says). A
past-tense sentence whose earlier clock is a time of day keeps the later one a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock joined to an earlier position in its sentence is a position": [
        ("The doorbell footage was played. Her account was that the courier knocked at 0:12 and walked off by 1:10.",
         [(12.0, None), (70.0, None)]),
        ("Exhibit P4 was admitted. The complainant testified that the man grabbed her bag at about 0:48 and ran "
         "towards the taxi rank at 1:25.", [(48.0, None), (85.0, None)]),
    ],
    "an earlier time of day keeps the later clock a time of day": [
        ("The witness said the shop opened at 9:15 and the courier left by 10:40.", []),
        ("The bus left Tema at 6:30 and reached Accra by 8:05.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_joined_past_position(text, expected):
    assert found_spans(text) == expected
