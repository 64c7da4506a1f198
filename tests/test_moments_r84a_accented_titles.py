"""A quoted title opening with an accented capital, its length in brackets (blind round 84): Yoruba "‘Ọ̀sán’ (5:40)",
"“Émile” (4:12)", "“Ñandú Blues” (3:33)" are titled lengths as "‘Osan’ (5:40)" is: no position. Quoted speech in
lower case before a bracketed time still cites where it is said ("whispers ‘ọ̀rẹ́’ (0:42)")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an accented capital opens a quoted title": [
        ("The B-side ‘Ìlú Ọ̀ṣun’ (6:05) is the one the DJs play.", []),
        ("“Éternité” (3:58) closes the record on a whisper.", []),
        ("Side two opens with ‘Ñandú’ (4:41), all brass.", []),
    ],
    "quoted speech before a bracketed time stays a position": [
        ("She whispers ‘ọ̀rẹ́’ (0:42) to the child.", [(42.0, None)]),
        ("He shouts “émeute!” (1:12) and runs for the door.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_accented_titles(text, expected):
    assert found_spans(text) == expected
