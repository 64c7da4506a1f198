"""A link written as an example of a syntax (blind round 69): release notes' "e.g. `<iframe src="…/embed/abc?start=10
&end=20">`". A link whose host is elided ("…/embed/…", ".../watch?v=…&t=95") or set in code after "e.g.", "for
example", "such as" shows how a parameter is written, in no footage: no moment. A real link to footage, even after
"e.g." in prose, and an embed with its own start and end stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a link given as an example": [
        ('- Added: `from` and `to` params, e.g. `<iframe src="https://player.example/embed/q7?start=30&end=45">`',
         []),
        ("- Timestamps now work in short links too, for example `youtu.be/zz9?t=95`.", []),
        ("- Fixed: pasting `…/watch?v=k2&t=1m30s` no longer drops the time.", []),
        ("Links like .../embed/k2?start=12&end=20 are now kept.", []),
    ],
    "real links stay": [
        ("Best bits, e.g. https://youtu.be/r8?t=95 where the keeper saves.", [(95.0, None)]),
        ('Embed: <iframe src="https://www.youtube.com/embed/q7?start=30&end=45"></iframe>', [(30.0, 45.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_example_links(text, expected):
    assert found_spans(text) == expected
