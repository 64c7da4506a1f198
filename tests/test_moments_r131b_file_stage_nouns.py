"""An end form counts in the footage named by its stage in post-production (blind round 131, subtitles): "The promo
for Ep 15 in the last 90 seconds of the raw", after "Raw: 1080p, 43:27". Fansubbers, subtitlers and editors call
the file they work on "the raw", "the master", "the encode": "of the raw" named no footage, so the end form was
read as another event's stretch and dropped. As a noun alone (not "the raw data", "the master bedroom") it is the
footage, as "the file" or "the original" already is."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the raw, the master, the encode are the footage an end form counts in": [
        ("Raw: 720p, 41:50.\n\nThe preview for next week in the last 60 seconds of the raw is not subbed.",
         [(2450.0, 2510.0)]),
        ("The new master runs 22:40 at 25 fps. Please blank the first 10 seconds of the master; the slate sits there.",
         [(0.0, 10.0)]),
        ("The new master runs 22:40 at 25 fps. The last 12 seconds of the master are black.", [(1348.0, 1360.0)]),
        ("The encode runs 18:30. Drop the last 15 seconds of the encode, it's just black.", [(1095.0, 1110.0)]),
    ],
    "the words as adjectives name no footage": [
        ("The raw data from the sensors arrived in the last 30 seconds before the storm.", []),
        ("The master bedroom was painted in the first two hours of the day.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_file_stage_nouns(text, expected):
    assert found_spans(text) == expected
