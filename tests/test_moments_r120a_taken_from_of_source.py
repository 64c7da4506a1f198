"""A stretch of the source a viral clip was cut from, told with a verb of making and then "of" its source (blind
round 120): 'The viral clip is a crop of that report, taken from 1:48 to 2:15 of it.' "Taken from ... to ... of it"
says where in the report the crop sits, as round 100's "taken from 23:51 to 24:10 of the original" does; the
pronoun, or a report, bulletin or package named as the source, places it in footage. A clock range of when
something was taken or filmed, with a day after it and no source, stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range taken 'of it', the source pointed back to, is a stretch of that source": [
        ("The 20-second clip doing the rounds was cut from a longer news package, taken from 3:05 to 3:25 of it.",
         [(185.0, 205.0)]),
        ("Both uploads trace back to one 2017 broadcast; the shorter was recorded between 0:58 and 1:20 of it.",
         [(58.0, 80.0)]),
    ],
    "a range taken of the source named as a report or bulletin is a stretch of it": [
        ("The viral snippet was taken between 12:10 and 12:41 of the original report.", [(730.0, 761.0)]),
        ("The short version was captured from 0:40 to 1:02 of the bulletin, then mirrored.", [(40.0, 62.0)]),
    ],
    "a range of when something was taken, with a day after it, stays the day's": [
        ("The photos were taken from 10:15 to 10:40 on Saturday.", []),
        ("The footage was filmed between 15:20 and 15:40 that afternoon.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taken_from_of_source(text, expected):
    assert found_spans(text) == expected
