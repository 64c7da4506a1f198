"""An end form after a watch list's item label (blind round 127): "Here&#8217;s the kapa haka festival video
(2:31:40) with what to watch: ... <li>Prize-giving: final 15 minutes</li>". The item labels a part of the video
named above it, the end form closing the item: 8200-9100, counted from the bracketed length of the video handed
over (the semicolon of an HTML entity ends no title, so "Here&#8217;s the ... video (2:31:40)" is read whole). A
label's colon before an end form with no footage above stays nothing ("Cooldown: last 5 minutes" in a training
plan), as does an item going on after the span ("Drill: last 30 seconds flat out")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form closing a watch list's labelled item counts from the video above": [
        ("Here is the school sports day video (1:10:00) with the bits to see:\n- Relay: first 8 minutes\n"
         "- Medals: last 10 minutes", [(0.0, 480.0), (3600.0, 4200.0)]),
        ("<p>Here&rsquo;s the Eid concert stream (2:00:00), highlights below:</p>\n<ul>\n"
         "<li>Qawwali set: final 20 minutes</li>\n</ul>", [(6000.0, 7200.0)]),
    ],
    "a label's end form under no footage, or going on, stays nothing": [
        ("Training plan:\n- Cooldown: last 5 minutes", []),
        ("Here is the shoot video (12:00) plan:\n- Drill: last 30 seconds flat out", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watch_list_end_items(text, expected):
    assert found_spans(text) == expected
