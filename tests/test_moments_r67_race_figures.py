"""A race's and a fight's own figures (blind round 67): a time labelled after it as a chip, gun or net time, a race
that "went" a time, a qualifier's time, a rival's gap after "at" in a result's sentence, a round clock of a fight's
later rounds ("2:14 of the ninth round") are no footage positions; a motor race's "onboard" is footage with a
length, and "he's got 20 seconds on them by 15:05" says the present, not the past. The same words about a video
stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time labelled after it as a kind of race time": [
        ("Dublin, finally: 3:12:07 chip time and 3:14:40 gun time after a slow start.", []),
        ("Half marathon done. 1:41:09 net time, 1:42:30 gun, very happy with that.", []),
        ("My 10K: 44:02 official time.", []),
    ],
    "a race that went a time": [
        ("The stage went 4:48:10 for the winner after a fast start.", []),
        ("Lap 12 was chaotic, and the race itself went 1:29:44.1 in the end.", []),
    ],
    "a qualifier's time": [
        ("Next goal: Berlin qualifier, 3:05 for my age group.", []),
        ("She needs the qualifying standard, 2:29:30, by June.", []),
    ],
    "a rival's gap in a result's sentence": [
        ("Stage 9: Roglič won the time trial in 38:12, with Ayuso at 0:31 and Almeida at 1:04.", []),
        ("Kiprop finished first, Tola at 0:22 and Ebi at 1:10 behind him.", []),
    ],
    "a round clock of a fight's later rounds": [
        ("She stopped her opponent at 1:48 of the seventh round.", []),
        ("The bout was waved off at 0:59 of the 11th round.", []),
    ],
    "an onboard is footage with a length": [
        ("The 6-minute onboard from the pole sitter is the one to watch; the last 20 seconds show the crash.",
         [(340.0, 360.0)]),
    ],
    "has got by a time": [
        ("The 12-minute highlights are worth it: she's got a minute on the field by 9:40.", [(580.0, None)]),
    ],
    "near-misses: the same words about a video stay positions": [
        ("The race's highlights, which went up last night, show the break at 3:10 in the video.", [(190.0, None)]),
        ("In the highlights, the attack comes with Ayuso at 4:05 in the video.", [(245.0, None)]),
        ("The reel's best moment is at 2:14 of the reel, a left hook.", [(134.0, None)]),
        ("He won the sprint; the finish is at 5:20 in the stage highlights.", [(320.0, None)]),
        ("The team posted a 4-minute video; the last 30 seconds show the podium.", [(210.0, 240.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_figures(text, expected):
    assert found_spans(text) == expected
