"""A broadcast's whole recording with its length in brackets and what it runs with (blind round 199): "the replay on
the league's YouTube channel (1:58:10 with the pre-match show)" and "the stream (3:05:40 without the ads)" tell how
long the recording runs, as "(4:02:15, rain delay included)" already did; a bracket citing a moment stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length with what it runs with": [
        ("If you're catching the replay on the league's YouTube channel (1:58:10 with the pre-match show), kick-off "
         "is at 0:18:45 on the video.", [(1125.0, None)]),
        ("The full stream on the club's page (3:05:40 without the ads) has the winner at 2:51:05.",
         [(10265.0, None)]),
        ("SuperSport's replay of the final (2:20:10, plus the post-match analysis) is on their app.", []),
        ("The match replay on the NBC app (2:48:30 with all the studio build-up) is long.", []),
    ],
    "left alone": [
        ("The try in the replay (1:05) where he dives is the best.", [(65.0, None)]),
        ("The goal in the replay (1:05 with the slow motion) is clear.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_replay_with_show(text, expected):
    assert found_spans(text) == expected
