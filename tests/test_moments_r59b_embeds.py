"""Round 59's html_md-08: an embed whose URL gives a start and an end ("?start=305&amp;end=340") plays that span, one
range; and a thing the footage shows named at its time ("the diagram at 12:48", "the slide at 4:10") is a position
whatever past-tense verb reports it. An end before the start, an unrelated "end…" parameter, and an event of the
world at a clock stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an embed's start and end": [
        ('Embed: <iframe src="https://www.youtube.com/embed/abc?start=60&end=95"></iframe>', [(60.0, 95.0)]),
        ("Paste https://www.youtube-nocookie.com/embed/q1w2?start=12&amp;end=48 into the page.", [(12.0, 48.0)]),
    ],
    "a thing shown, named at its time": [
        ("Viewers said the slide at 4:10 was unreadable.", [(250.0, None)]),
        ("Students said the chart at 34:05 was confusing.", [(2045.0, None)]),
        ("Commenters said the title card at 0:04 was misspelt.", [(4.0, None)]),
    ],
    "near-misses": [
        ("https://www.youtube.com/embed/abc?start=60&amp;end=30 is broken", [(60.0, None)]),
        ("Watch https://youtu.be/abc?t=42&feature=share now", [(42.0, None)]),
        ("https://www.youtube.com/watch?v=x&t=12&endscreen=1", [(12.0, None)]),
        ("Staff said the meeting at 10:30 was cancelled.", []),
        ("Officers said the crash at 11:40 was the third that week.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_embed_s_span_and_a_shown_thing_s_time(text, expected):
    assert found_spans(text) == expected
