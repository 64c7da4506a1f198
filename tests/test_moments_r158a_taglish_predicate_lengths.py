"""A length told predicate first in Taglish, the time then "yung"/"ang" and the whole work, is that work's length
(blind round 158): PinoyExchange's "@ate_mhel si Jericho Dela Paz yan, 3:58 yung full song sa Spotify" is "the full
song is 3:58 on Spotify", a song's length, no position in the episode the thread is about. Tagalog puts the predicate
before its subject ("3:58 yung full song" = "the full song is 3:58"), so the work named after the time by its
article is what the time measures, when the work is a whole one (a song, an episode, a video). A time placed with
"at" or "sa", or followed by a part of the work ("yung sampal scene", "yung part na"), stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time, then the article and a whole work, is the work's length": [
        ("Grabe yung ending ng ep 12! Sa 41:20 umiyak si Carmela. Btw 45:10 lang yung buong episode pag walang ads.",
         [(2480.0, None)]),
        ("Ang ganda ng cover niya sa vlog, from 2:05 hanggang 2:40 yung chorus. 4:12 yung original na kanta.",
         [(125.0, 160.0)]),
        ("Sa 6:30 ng video makikita mo yung aso. 10:02 ang buong video sa YouTube.", [(390.0, None)]),
    ],
    "counter-cases: a time placed in the work stays a position": [
        # "at" places it: "at 22:10 is the slap scene"
        ("Panoorin niyo sa iWantTFC, at 18:40 yung sampal scene ni Marites.", [(1120.0, None)]),
        # a part of the work after the article, not the whole work
        ("Sa vlog ni Kuya Jun, 3:15 yung part na nahulog siya sa bangka.", [(195.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taglish_predicate_lengths(text, expected):
    assert found_spans(text) == expected
