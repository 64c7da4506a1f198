"""An end form in a quoted line, the footage's length stated in the reply under it (blind round 56): "> the last 30
secs are the best bit" quoted above "100% agree. The whole clip is 2 min and the last 30 secs is the cat ..." gave
only the reply's 90-120: the quote's own paragraph names no footage, and an end form in such a paragraph counts only
from lengths stated before its paragraph ends. A quoted line is read with the reply that quotes it: the length the
reply states (within a few lines) is the one it counts from. A quote with no length stated under it, and an unquoted
paragraph, read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted end form counts from the length stated in the reply": [
        ("> the last 30 secs are the best bit\n\nPosted 9:14pm · quoting @lindzee\n\n100% agree. The whole clip is "
         "2 min and the last 30 secs is the cat finally getting into the box.", [(90.0, 120.0), (90.0, 120.0)]),
        ("> the final 10 seconds are hilarious\n\nReply from @dunmore_ref:\nAgreed, the video is only a minute long "
         "and I watched it six times.", [(50.0, 60.0)]),
        ("> skip to the last minute lol\n\nthe vid is 6 mins long btw, the dog shows up right at the end",
         [(300.0, 360.0)]),
        ("> In the last 15 seconds you can hear the owl.\n\nQuote from kea_fan: It's a 45-second clip and yes, that "
         "call is the owl.", [(30.0, 45.0)]),
    ],
    "no length under the quote, or no quote, reads as before": [
        ("> they only scored in the final minute\n\nFull match report tomorrow, kick-off was at 3pm.", []),
        ("They only scored in the final minute.\n\nOur highlights video of the match is 5 minutes long.", []),
        ("> the last 30 secs are the best bit\n\nAgreed, the cat is brilliant.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_end_form(text, expected):
    assert found_spans(text) == expected
