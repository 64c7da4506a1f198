"""A channel's hours read as a position in blind round 65 (subtitles-04): output or programmes told by the clock of
the day ("for children's output before 19:00", "programmes shown after 21:00"). A position said in the video, or a
broadcast that cuts out from a position, stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a channel's hours": [
        ("Target 140 words a minute for children's output before 19:00.", []),
        ("Programmes shown after 21:00 may carry stronger language.", []),
        ("No adverts in programming until 06:00.", []),
    ],
    "near-misses stay as they were": [
        ("The show after 2:10 in the video gets weird.", [(130.0, None)]),
        ("From 2:10 the broadcast cuts out.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_broadcast_hours(text, expected):
    assert found_spans(text) == expected
