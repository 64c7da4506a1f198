"""A video page's line of items closed by the running time (blind round 96): 'Streamed live on 18 Dec 2026 from
Narada Gana Sabha, Chennai · 2:41:05'. The last item after a middle dot, on a line telling when or where the video
went up (streamed, premiered, uploaded, views, ago), is its length, as '48:12 · 1.2M views · 3 days ago' already is
when it comes first; a time said "at" in such a line stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a page's metadata line closed by the running time is no moment": [
        ("Harbour Lights — Full Match Replay\nPremiered 3 March 2026 · 1:52:30\n\nThe first goal is at 14:20.",
         [(860.0, None)]),
        ("Uploaded 2 weeks ago · 18:42\nThe crash is at 4:10.", [(250.0, None)]),
        ("Town hall, Wellington\n2.1K views · streamed 9 hours ago · 3:05:11\n\nPublic comment opens at 1:12:00.",
         [(4320.0, None)]),
    ],
    "a time said at a point in such a line stays a position": [
        ("Streamed live on 18 Dec 2026 · the roof gives way at 2:41:05", [(9665.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_page_metadata_length(text, expected):
    assert found_spans(text) == expected
