"""Spoken offsets "N mins in" in forum posts (round 59's forum-02 and -04): one followed by what it comes before
("like 3 mins in before that even happens") and one after "it's (not) only" closing its clause ("it's not only 2
mins in, she's also there at the end") are positions. A length ("only 4 mins in total", "3 minutes in length",
"took 2 mins", "We were ten minutes in before anyone noticed") stays none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "in, before that": [
        ("the crowd goes wild like 3 mins in before that even happens lol", [(180.0, None, True)]),
        ("the music drops about 40 seconds in before this bit", [(40.0, None, True)]),
    ],
    "it's (not) only N in": [
        ("And it's not only 2 mins in, she's also there at the end.", [(120.0, None, False)]),
        ("It's only 4 mins in, where he trips.", [(240.0, None, False)]),
    ],
    "near-misses": [
        ("It was only 4 mins in total.", []),
        ("The clip is just 3 minutes in length.", []),
        ("It's only 90 seconds long.", []),
        ("We were ten minutes in before anyone noticed.", []),
        ("It took 2 mins in before that to load.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_spoken_offset_in_a_post_is_a_position(text, expected):
    assert found_hedged(text) == expected
