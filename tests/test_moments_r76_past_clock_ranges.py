"""A range of clocks of the day told right after a past-tense verb (blind round 76): "the eggs hatched between 10:00
and 14:00", in a box cam's notes whose positions are the highlights reel's. Two-digit or zero-padded clocks opened by
"between" or "from" straight after the verb, in a sentence naming no footage, are the world's hours, as the same
clock alone is ("the eggs hatched at 10:00"). A range told in the present, after a passive "being ...ed", or in a
sentence that names its footage stays a stretch of the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past verb, then a range of clocks of the day": [
        ("The nest camera clock read 06:02 when the male flew in, and the chicks fledged between 11:00 and 15:30.", []),
        ("The lights flickered between 21:10 and 21:35, residents said.", []),
        ("Our pump failed from 09:05 to 11:50, so the tank ran dry.", []),
    ],
    "look-alikes: the footage's stretches stay": [
        ("In the drone video the heron landed between 00:12 and 00:19.", [(12.0, 19.0)]),
        ("The quoted line appears between 12:04 and 12:19.", [(724.0, 739.0)]),
        ("The fox is seen being chased from 10:05 to 10:40 in the footage.", [(605.0, 640.0)]),
        ("The stream shows the cubs playing from 14:02 to 14:40.", [(842.0, 880.0)]),
        ("The witness viewed Exhibit 4 from 12:20 through 12:45.", [(740.0, 765.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_past_clock_ranges(text, expected):
    assert found_spans(text) == expected
