"""Families that round 56 (`tests/data/moments_genres_round56.jsonl`) showed the extractor missing or reading
wrongly. Each family has sentences written for it (not the round's own) and look-alikes that must stay as they
are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # Indian dotted minutes.seconds with no length told: one said to be "in the clip" makes the sentence's dotted
    # numbers positions; a stretch from one to another may be the subject of its verb
    "dotted positions said in the clip": [
        ("The petitioner says that at 2.10 in the video the constable raises his lathi.", [(130.0, None)]),
        ("The lorry jumps the signal at 2.15 in the video, and the stretch from 3.05 to 3.30 is blurred.",
         [(135.0, None), (185.0, 210.0)]),
        ("The defence says the stretch from 0.52 to 1.10 in the footage is missing.", [(52.0, 70.0)]),
        # look-alikes: no footage anchor and no length; a time of the day; a verb after a single time
        ("The rally reached the collectorate at 2.15 in the afternoon and the video shows a lathi charge.", []),
        ("The clip was shared at 9.45 on WhatsApp and went viral by 10.30.", []),
        ("The video shows the crowd gathering from 4.05 to 4.40 near the temple.", []),
        ("The stretch from 0.52 to 1.10 in the footage is missing, and the bus at 4.40 was late.", [(52.0, 70.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round56_families(text, expected):
    assert found_spans(text) == expected
