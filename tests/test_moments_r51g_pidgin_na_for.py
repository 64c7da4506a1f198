"""Pidgin's "na for" before a time (blind round 51): "di police no start to shoot for 1:20 like dem dey talk — na for
2:05 di first shot sound" lost 2:05. "Na" is Pidgin's "is" and "for" its "at": "na for 2:05" says where in the video a
thing is. A recorded talk's noun ("talk", here Pidgin's verb) a few words before made "na for 2:05" read as the talk's
length, as "the talk na 14:20" is. "Na for" now never opens a length; "na" with the time straight after still does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "Pidgin na for a time places it": [
        ("For di video wey dem post for Twitter (e long reach 4 minutes), di police no start to shoot for 1:20 like "
         "dem dey talk — na for 2:05 di first shot sound. From 2:05 reach 2:30 na only shouting.",
         [(80.0, None), (125.0, None), (125.0, 150.0)]),
        ("Oga, no be wetin dem talk: na for 3:47 di goalkeeper fall, no be before.", [(227.0, None)]),
        ("Di pastor sermon dey YouTube. People dey talk say e curse, but na for 12:10 e talk am, and e no curse.",
         [(730.0, None)]),
        ("Di keynote wey dem post for Facebook: na for 31:05 di CEO collapse for stage.", [(1865.0, None)]),
    ],
    "na with the length straight after stays a length": [
        ("Di whole talk na 14:20, e long well well.", []),
        ("Di sermon video na 48:10, but e sweet.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pidgin_na_for(text, expected):
    assert found_spans(text) == expected
