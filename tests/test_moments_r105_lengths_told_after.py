"""A work's length told with its label and the page's next item after a middle dot, or with "total" after it (blind
round 105): "Full episode: 42:10 · Bonus scene (6:05) · Trailer (1:36)", "Video ni 14:12 total." (Swahili). Each is
the length of a video (the contract's "the length of a video or clip"), whatever language names the work; a place
told with "total" as an adjective after it ("at 14:12 total chaos breaks out") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled whole work's length before a middle dot or a bar": [
        ("Full video: 1:12:05 · Extended cut (1:20:40) · Teaser (0:58)\n\nThe crane lift starts at 14:30.",
         [(870.0, None)]),
        ("Whole episode: 38:20 | Behind the scenes (4:10)", []),
    ],
    "a length closed by total": [
        ("Mazungumzo yote ni 52:18 total. The best bit is at 7:40.", [(460.0, None)]),
        ("The raw footage comes to 1:02:40 in total; the arrest is at 12:05.", [(725.0, None)]),
    ],
    "total as an adjective after a place stays a position": [
        ("At 14:12 total chaos breaks out in the stands.", [(852.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lengths_told_after(text, expected):
    assert found_spans(text) == expected
