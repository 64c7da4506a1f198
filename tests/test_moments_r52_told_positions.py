"""Positions in footage taken for times of day by a word near them (round 52,
`tests/data/moments_genres_round52.jsonl`): a past participle in a bracketed aside ("my capture (posted on our
channel) stutters from 3:32"), a part of the footage named at the time ("drew the court's attention to the portion at
3:42"), viewers asking about a thing at a position, and "sharp" said of the picture rather than of the clock.
Sentences written for each family, with look-alikes that must stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # the past tense of a bracketed aside is the aside's, not the clause's
    "a past participle in a bracketed aside": [
        ("In my test run of the level (uploaded last week), the frame rate drops from 4:12 onwards.",
         [(252.0, None)]),
        ("The raw file (recorded in March) shows the flicker at 2:05.", [(125.0, None)]),
        # look-alike: the past is the clause's own
        ("Police said the gunman (aged 19) opened fire at 9:41.", []),
        ("The ferry (delayed by fog) left the harbour at 7:20.", []),
    ],
    # a part of the recording named at the time is a position, whatever past verb or attribution surrounds it
    "a part named at the time": [
        ("Counsel drew the jury's attention to the portion at 4:18 where, according to him, the van reverses.",
         [(258.0, None)]),
        ("The lawyer referred the court to the section at 1:07, which she said showed the knife.", [(67.0, None)]),
        # look-alike: no part is named; an event of the world at a clock
        ("According to police, the gunman opened fire at 9:41.", []),
    ],
    # the audience asked about a thing at a position
    "viewers asking about a thing at a position": [
        ("A few of you asked about the hum at around 6:40 – that's the fridge, sorry.", [(400.0, None)]),
        ("Lots of people wondered about the flash at 2:15; it's a reflection off the window.", [(135.0, None)]),
        # look-alike: someone asked at a time of the day
        ("The detective asked about the car at 9:15 that morning.", []),
    ],
    # "sharp" of the picture is no punctuality
    "sharp said of the picture": [
        ("The deer that crosses at 1:48 is sharp enough to count its spots.", [(108.0, None)]),
        ("The plate at 0:52 looks really sharp for a night shot.", [(52.0, None)]),
        # look-alike: a clock "sharp"
        ("The doors open at 7:30 sharp.", []),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_positions_told_beside_words_of_the_day(text, expected):
    assert found_spans(text) == expected
