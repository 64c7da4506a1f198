"""A range in Hindi or Urdu word order, "from" after the first end and "until" after the second (blind round 156):
Hinglish "Aur 4:10 se 4:30 tak the crane lifts the ... murti" is the range 250-270, not two points. "se" between two
timecodes is a range's "to" as "from ... to" is; a "se" with no second time after it ("4:10 se pehle", before 4:10)
leaves the points alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "two timecodes joined by 'se' are a range": [
        ("Yaar 1:20 se 1:45 tak dekho, keeper ne kya catch pakda.", [(80.0, 105.0)]),
        ("Sabse funny part 0:52 se 1:07 tak hai, jab dulha ghode se girta hai.", [(52.0, 67.0)]),
        ("Bhai is clip mein 12:05 se 12:40 bilkul silent hai, audio gayab.", [(725.0, 760.0)]),
        ("Ammi ka dialogue 3:15 से 3:32 तक है, zaroor suno.", [(195.0, 212.0)]),
    ],
    "a 'se' with no second time stays a point": [
        ("Video mein 2:10 se pehle kuch nahi hota, 2:40 pe dekho.", [(130.0, None), (160.0, None)]),
    ],
    "an English range in the same post is unchanged": [
        ("Mast video hai. From 0:40 to 1:05 the band plays, phir 1:30 pe aarti.", [(40.0, 65.0), (90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hinglish_se_tak(text, expected):
    assert found_spans(text) == expected
