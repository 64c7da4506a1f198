"""A ratio told with its own figure before its word, then a position later in the sentence (blind round 36): a wiki
synopsis's "the version uploaded in 2021 (remastered, 4:3 aspect ratio) moves this to 1:52" lost 1:52. "Ratio" a few
words before a time made it a ratio ("a ratio of 3:1 at"), but this ratio had its figure already (4:3, before the
word); the time after it is where the version puts the scene. A ratio whose figure comes after its word, or a second
figure listed with one, stays a ratio."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time after a ratio told with its figure is a position": [
        ("The music video opens with a 20-second shot of the harbour. At the 1:45 mark the singer walks into the sea; "
         "the version uploaded in 2021 (remastered, 4:3 aspect ratio) moves this to 1:52.",
         [(105.0, None), (112.0, None)]),
        ("The director's cut, reframed to a 2.39:1 ratio, puts the kiss at 14:20.", [(860.0, None)]),
        ("The Blu-ray, in its original 1.37:1 ratio, shows the ghost at 41:05.", [(2465.0, None)]),
    ],
    "figures of a ratio stay ratios": [
        ("The ratio went from 3:1 to 5:2.", []),
        ("Mix flour and water in a 3:1 ratio, then 5:2 for the second batch.", []),
        ("The aspect ratio is 16:9, not 4:3.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ratio_told_before(text, expected):
    assert found_spans(text) == expected
