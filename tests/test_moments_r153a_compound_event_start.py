"""An event's noun and "start" or "finish" as one compound noun, a clock after it (blind round 153): an embedded
harbour-swim clip, then 'It opens on the mass start at 1:35, which is what we want.' "mass" is also a church's
service and "start at" its verb, the day's clock; but a bare "start" after a singular noun and its determiner is no
verb ("the mass starts"): "the mass start" is the swim's start, and the clock is where the clip shows it (95). A
plural's or a modal's verb, or a two-digit or dotted clock told with no footage named, stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compound noun's start or finish, then a clock, is a position": [
        ("Our GoPro catches the mass start at around 2:05 from the pontoon.", [(125.0, None)]),
        ("Jump to Kiprop's race finish at 1:02:40 for the photo.", [(3760.0, None)]),
        ("In the stream, the mass start at 12:40 is chaos.", [(760.0, None)]),
    ],
    "a verb of a plural, of a modal, or the day's clock stays the day's": [
        ("The mass will start at 10:45 on Sunday.", []),
        ("The races start at 10:00 on Saturday.", []),
        ("The race start at 10:00 was delayed by fog.", []),
        ("Mass started at 10:45 and the choir sang.", []),
        ("Over 50,000 runners started, the elite men off at 9.10am and the mass start at 9.45. Highlights at 7pm.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compound_event_start(text, expected):
    assert found_spans(text) == expected
