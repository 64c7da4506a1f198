"""An end form of a bare noun on a page of several works' lengths (blind round 51): "The Korva test video runs 12:40,
the Pell clip is shorter at 8:20, and the Drift Mini footage is a 6-minute clip ... Halfway through the Pell clip
... The horn blast near the end, 20 seconds before the end of the clip" means the clip the text last named by name
with that noun (the Pell clip, 8:20), not the one clip whose length was told on the noun itself. With no named
mention of that noun before it, or one whose name tells no length, the form counts as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

PAGE = ("I filmed each one. The Alpha video runs 10:00, the Beta clip is shorter at 5:00, and the Gamma footage is a "
        "3-minute clip.\n\n**Beta**\n\nThe Beta clip has warm colour. Halfway through the Beta clip there is a "
        "tanker.\n\n")

FAMILIES = {
    "the clip named last by name": [
        (PAGE + "The horn, 20 seconds before the end of the clip, is loud.", [(150.0, None), (280.0, None)]),
        (PAGE + "In the last 30 seconds of the clip the road is empty.", [(150.0, None), (270.0, 300.0)]),
        ("Two uploads: the Harbour clip runs 4:00, and the Pier footage is a 2-minute clip.\n\nThe Harbour clip is the"
         " better one: the gulls arrive at 1:10. The last 30 seconds of the clip are dark.",
         [(70.0, None), (210.0, 240.0)]),
        ("The North Stand video is 8:00 and the Away End video is a 3-minute video.\n\nThe North Stand video has the "
         "flares. Ten seconds before the end of the video the lights fail.", [(470.0, None)]),
    ],
    "no named mention to follow": [
        ("Two uploads: the Harbour clip runs 4:00, and the Pier footage is a 2-minute clip.\n\nThe last 30 seconds of"
         " the clip are dark.", [(90.0, 120.0)]),
        ("The Harbour video runs 4:00, and the Pier footage is a 2-minute clip. The Shell clip was deleted. The last 10"
         " seconds of the clip are dark.", [(110.0, 120.0)]),
        ("A 2-minute clip and a 6-minute video were posted. The last 10 seconds of the clip are dark.",
         [(110.0, 120.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_noun_named_before(text, expected):
    assert found_spans(text) == expected
