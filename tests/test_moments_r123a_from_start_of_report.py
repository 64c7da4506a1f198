"""An offset counted from the start of a broadcast's report or of a file (blind round 123): "In the broadcast package,
it appears 48 seconds from the start of the report." A report, a bulletin, a file or a copy of the footage is footage:
seconds from its start are a position, as "from the start of the clip" is. The start of something that is no footage
("of the meeting", "of the sentence") stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "seconds from the start of a report or a file are a position": [
        ("On the BBC version the tanker shows 22 seconds from the start of the report.", [(22.0, None)]),
        ("The bang is heard about 15 seconds from the beginning of the bulletin.", [(15.0, None)]),
        ("In the WhatsApp copy, the car turns 40 seconds from the start of the file.", [(40.0, None)]),
    ],
    "the start of something that is no footage stays nothing": [
        ("She objected 30 seconds from the start of the meeting.", []),
        ("The alarm went off 20 seconds from the start of the drill.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_from_start_of_report(text, expected):
    assert found_spans(text) == expected
