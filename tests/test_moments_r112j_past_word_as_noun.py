"""A past tense's word read as a noun after its determiner (blind round 112): "Earlier, at 2:03, there's a
spectacular triple takeout ... — the shot of the tournament, according to most of the 1,400 people in the
building" was set aside as a report of the world ("shot" a past verb, "according to" an attribution). No finite
verb follows a determiner: "the shot", "a hit", "her left" are nouns, and a clause of the footage's present keeps
its position. A past verb with an attribution is still the world's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past word after a determiner is a noun": [
        ("The highlights package (5:44) has the key shots. At 2:03 there's a lovely volley, the hit of the night "
         "according to the pundits.", [(123.0, None)]),
        ("The replay (4:10) is on the club's site. At 1:37 there's a curling drive — the shot of the season, "
         "according to most of the crowd.", [(97.0, None)]),
        ("The package (6:02) is up. At 2:50 you get the winner, a left-foot volley — the hit of the weekend, "
         "according to the pundits.", [(170.0, None)]),
        ("The highlights (5:30) are online. Around 3:12 there's a backhand pass — the shot of the match, according "
         "to the commentators.", [(192.0, None)]),
        ("The clip (2:40) is on YouTube. At 1:05 there's a sliding tackle, the speed of it remarkable, according to "
         "the coach.", [(65.0, None)]),
    ],
    "a past verb with an attribution is the world's clock": [
        ("Police said the gunman shot the guard at 9:41.", []),
        ("According to police, the suspect left the shop at 9:41.", []),
        ("The striker hit the post at 8:15, according to the match log.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_past_word_as_noun(text, expected):
    assert found_spans(text) == expected
