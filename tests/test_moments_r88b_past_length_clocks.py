"""A clock past the footage's length told earlier in the paragraph (blind round 88): "the braai video is finally up,
12 mins long. Skip the first minute ... Load shedding hit at 18:00 so the last bit was filmed by torchlight". A
clock of the day's shape, told after the one length the paragraph has stated and a quarter past it or more, is no
position in that footage: the time of day. A position inside the length, or one said to be in another recording,
stays; so do a transcript's line stamps after a hedged length said in a turn ("it runs about a minute"), and a list's
items opened by their stamps."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock well past the paragraph's length is the day's": [
        ("New vlog is up, 9 minutes long. The power went out at 21:00 so it ends in the dark.", []),
        ("The walkthrough video runs 14 minutes. We got to the site at 19:30 and the light was going.", []),
    ],
    "a position inside the length, or in another recording, stays": [
        ("The clip is 12 minutes long. At 10:30 the dog barks.", [(630.0, None)]),
        ("The highlights run 8 minutes. The full stream has the crash at 45:10 in the VOD.", [(2710.0, None)]),
        ("(04:10) TOM: The ad is next, it runs about a minute.\n(05:20) ANA: And we're back.", [(250.0, None),
                                                                                               (320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_past_length_clocks(text, expected):
    assert found_spans(text) == expected
