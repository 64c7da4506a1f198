"""Two versions of one video, each told as "the long one", "the short one" with its length (blind round 99): "Two
versions are going around Facebook. The long one is 3 minutes 20 seconds with a dashcam overlay; the short one is
41 seconds, cropped to vertical", later "about 20 seconds before the end of the long video" (180). "One" named by
its length or its state against the other is a work, as "the new one" was; its length is no moment, and an end form
naming that version counts from it. "The first one is 3 minutes in" (a position) stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the long one, the short one: each version's length": [
        ("Two cuts of the trailer exist: the short one is 45 seconds, the full one is 2 minutes 30 seconds. Halfway "
         "through the full one the title appears.", [(75.0, None)]),
        ("Two uploads are doing the rounds. The longer one is 4 minutes 10 seconds with a news ticker; the cropped "
         "one is 38 seconds. Roughly 30 seconds before the end of the longer video the bridge gives way.",
         [(220.0, None)]),
    ],
    "a numbered one placed in the footage stays a position": [
        ("The video shows two goals. The first one is 3 minutes in, the second one comes at 4:40.",
         [(180.0, None), (280.0, None)]),
        ("There are two uploads. The short one is 48 seconds with no sound. The long one runs 2:40 and at 1:10 the "
         "van appears.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_versions_told_as_one(text, expected):
    assert found_spans(text) == expected
