"""Swahili's and Sheng's "ni" for "is" after a work's noun (blind round 174, a Nairobi matatu post): "I took a video,
clip ni 3:05, and I posted it on TikTok" tells the clip's length, as "clip is 3:05" and Pidgin's "na" already did;
it was read as a position at 185. A position after "ni" with no work's noun before it, and a length followed by
positions in the clip, read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's noun, ni, its length": [
        ("I took a video, clip ni 3:05, and I posted it on TikTok.", []),
        ("Hii video ni 2:40 tu, watch it before they take it down.", []),
        ("Msee, the whole clip ni 4 minutes, and from 1:10 to 1:30 you see the conductor jumping.",
         [(70.0, 90.0)]),
        ("Recording ni 12:15 long, lakini the important part is at 6:02.", [(362.0, None)]),
    ],
    "ni with no work before it stays as it was": [
        ("Sasa, kitu ya muhimu ni 1:20 kwa video, when the driver hoots.", [(80.0, None)]),
        ("The matatu ni ya route 237, and at 0:45 the conductor jumps.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_swahili_ni_length(text, expected):
    assert found_spans(text) == expected
