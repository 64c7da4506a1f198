"""A hedge before a time wrapped in an HTML time or span element (blind round 169, a Dunedin council agenda): "Cr
Ngaio Te Whata speaks at roughly <time>2:03:20</time>" is 7400, approximate, as "at **roughly** 2:27" and "at about
<b>4:22</b>" already were: the element's opening tag stands between the hedge and the time, where emphasis could.
A hedge on something else before the element leaves the time exact."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedge before a time or span element": [
        ("<li>Item 9, public forum: Cr Ngaio Te Whata speaks at roughly <time>2:03:20</time></li>",
         [(7400.0, None, True)]),
        ("<p>The vote comes at about <span>1:44:10</span>.</p>", [(6250.0, None, True)]),
        ("<p>The goal is at around <time>12:40</time> in the stream.</p>", [(760.0, None, True)]),
        ("<p>Watch from approximately <time>0:45</time>, when the ferry docks.</p>", [(45.0, None, True)]),
    ],
    "a hedge on something else leaves the time exact": [
        ("<p>The council met for about four hours; item 7 is at <time>1:12:45</time>.</p>", [(4365.0, None, False)]),
        ("<p>About 40 people watched; <time>3:10</time> is where the chair speaks.</p>", [(190.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hedge_before_time_element(text, expected):
    assert found_hedged(text) == expected
