"""A pole that is a post, not pole position (blind round 181): "The complainant falls against the pole between
00:01:32:05 and 00:01:33:20" is a stretch of the tram footage (92.2-93.8 at its stated 25 fps). "pole" after an
article is a thing in the picture; pole position is taken, set, claimed or sat on ("took pole in 1:29.402", "on
pole with 1:28.9"), whose times stay race times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's tram footage": [
        ("The footage was recorded at 25 frames per second. The complainant falls against the pole between "
         "00:01:32:05 and 00:01:33:20.", [(92.2, 93.8)]),
    ],
    "fresh posts, poles and stretches": [
        ("The CCTV runs two minutes. The rider hits the pole between 0:41 and 0:44 and falls.", [(41.0, 44.0)]),
        ("The bodycam file runs 9 minutes. The suspect clings to a pole between 3:02 and 3:20.", [(182.0, 200.0)]),
        ("The dashcam clip lasts one minute. The car clips the lamp pole between 0:21 and 0:23.", [(21.0, 23.0)]),
    ],
    "pole position's times stay none": [
        ("Leclerc took pole in 1:29.402 on Saturday.", []),
        ("Norris set pole with a 1:28.9.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pole_is_a_post(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
