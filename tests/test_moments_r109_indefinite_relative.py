"""A relative clause with no "that" whose subject is an indefinite pronoun, before a present main verb (blind round
109): a restoration video's notes, "The joint closeup everyone wanted is at 17:12 – pause it there". The past verb
("wanted") is the relative clause's, the main verb ("is at") present, as for "the glitch you mentioned is at": a
position, though 17:12 could be a clock. A past main verb still tells the world's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past verb only in a relative clause with an indefinite subject": [
        ("The bit somebody asked about is at 13:45, right after the sanding.", [(825.0, None)]),
        ("The save everybody talked about comes at 21:08.", [(1268.0, None)]),
        ("The overhead shot people requested is at 16:20 if you want to skip ahead.", [(980.0, None)]),
        ("The moment everyone screenshotted is at 19:02 — freeze it there.", [(1142.0, None)]),
    ],
    "a past main verb stays the world's clock": [
        ("The crowd everyone expected arrived at 17:12.", []),
        ("The bus everyone missed left at 17:12 sharp.", []),
        ("Everyone wanted the shop open at 17:45.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_indefinite_relative(text, expected):
    assert found_spans(text) == expected
