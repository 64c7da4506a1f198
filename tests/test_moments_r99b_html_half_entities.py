"""A half written as pasted HTML's entity after the digits (blind round 99's homework card): "<li>At roughly
6&frac12; minutes in, Ms Owusu drops the trolley by mistake". "&frac12;" (or "&#189;", "&half;") is "½": "6½
minutes in" is 390, as "six and a half minutes in" is; a length so written stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an HTML half entity after digits is a half": [
        ("<p>Skip to about 2&frac12;&nbsp;minutes in for the demo.</p>", [(150.0, None)]),
        ("<li>At 3&#189; minutes in the lights go out.</li>", [(210.0, None)]),
        ("<p>The crowd surges roughly 11&half; minutes into the livestream.</p>", [(690.0, None)]),
    ],
    "a length so written stays a length": [
        ("<p>The clip is 4&frac12; minutes long; the door opens 1&frac12; minutes in.</p>", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_html_half_entities(text, expected):
    assert found_spans(text) == expected
