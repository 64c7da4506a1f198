"""How long something went on "after that", told with "for" (blind round 72): a reconstruction's "why the stream cut
away at 4:31:18, and why the music continued for more than two minutes after that". A verb of lasting and "for"
before the amount say how long, not when: no relative moment. "Two minutes after that, ..." and "it plays on, and
ten seconds after that the lights fail" still count from the moment before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "lasting for an amount after that is no moment": [
        ("The feed freezes at 12:40, and the commentary went on for about a minute after that.", [(760.0, None)]),
        ("At 3:05 the referee stops play; the crowd kept singing for thirty seconds after that.", [(185.0, None)]),
        ("The drone loses signal at 0:52 but stays airborne for nearly two minutes afterwards.", [(52.0, None)]),
    ],
    "an amount after that with no lasting verb still counts": [
        ("The feed freezes at 12:40. About a minute after that, the picture returns.", [(760.0, None), (820.0, None)]),
        ("At 3:05 the referee stops play, and ten seconds after that the lights fail.", [(185.0, None),
                                                                                       (195.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lasted_after_that(text, expected):
    assert found_spans(text) == expected
