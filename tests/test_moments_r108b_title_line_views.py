"""A video page's title line closed by its length, then its views and its age (blind round 108, transcripts-05, a
YouTube transcript headed '"Lola Nena's Kitchen: ..." · 11:36 · 48K views · 3 weeks ago', whose pinned comment says
"the last 30 seconds"). The length before the views is the whole video's, as it is when it closes the line, so an
end form below counts from it. A clock before the views on a line that is not the page's title, and a title line with
no length, give no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the title line's length before its views and age is the video's": [
        ("How to Re-grout a Shower in One Afternoon · 14:05 · 212K views · 2 years ago\n\n"
         "Comments\n\nDIYDeb: the sealing tip is in the final 45 seconds.", [(800.0, 845.0)]),
        ("Kerala Fish Curry, Grandma's Way • 9:20 • 1.2M views\n\nTop comment: the tempering starts at 6:02 and the "
         "last minute is the plating.", [(362.0, None), (500.0, 560.0)]),
    ],
    "no title-line length, no end form": [
        ("Kerala Fish Curry, Grandma's Way • 1.2M views • 3 days ago\n\nTop comment: the last minute is the plating.",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_line_views(text, expected):
    assert found_spans(text) == expected
