"""A length pasted from HTML with non-breaking spaces between its parts (blind round 94, a school newsletter): 'a
highlights video, 6&nbsp;min&nbsp;40&nbsp;s long' then 'The prize presentation is in the last minute of the video'.
The family: "&nbsp;" (or "&#160;") between a length's parts joins them as a space does, so the whole length is read
and the page's end forms count from it; written with plain spaces it reads the same."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an entity-spaced length is the one end forms count from": [
        ("<p>The club's recap video is 4&nbsp;min&nbsp;20&nbsp;s long.</p><p>The trophy lift is in the last 30 seconds "
         "of the video.</p>", [(230.0, 260.0)]),
        ("<p>Our tour film runs 2&#160;min&#160;50&#160;s.</p><p>The final 10 seconds of the film show the new "
         "library.</p>", [(160.0, 170.0)]),
    ],
    "plain spaces read the same": [
        ("The club's recap video is 4 min 20 s long. The trophy lift is in the last 30 seconds of the video.",
         [(230.0, 260.0)]),
    ],
    "an entity-spaced length alone is no moment": [
        ("<p>The full assembly recording is 38&nbsp;min&nbsp;12&nbsp;s long.</p>", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_entity_spaced_length(text, expected):
    assert found_spans(text) == expected
