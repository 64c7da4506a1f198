"""A whole work named with where it stands on the page, then its length in brackets (blind round 101): '<p>Watch
the full video above (11:24). My Lola, who is 87 ...'. "The full video (11:24)" is already the work's length; the
page's "above", "below" or "here" between the work and the bracket changes nothing: no moment. A bracketed time
after a thing done in that work stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the whole work placed on the page, then its length, is no moment": [
        ("Catch the whole stream below (3:02:10) if you have a spare evening.", []),
        ("Watch the full match here (1:52:40). The equaliser comes at 1:31:05.", [(5465.0, None)]),
        ("The complete interview above (26:05) is unedited; she walks out at 24:40.", [(1480.0, None)]),
        ("<p>See the full tutorial below (9:12). Aunty Efua swears by palm oil.</p>", []),
    ],
    "a bracketed time after something done in the work stays a position": [
        ("In the full video above, she flips the fish (4:10).", [(250.0, None)]),
        ("The full video is above; the lid comes off at 3:05.", [(185.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_on_page(text, expected):
    assert found_spans(text) == expected
