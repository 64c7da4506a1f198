"""A work's time as the labelled last item of a line of items (blind round 177, a recipe card pasted as HTML): "<p
class="meta">Serves 6 · Prep 20 min · Bake 35 min at 180&nbsp;°C · Video 11:24</p>". An item set apart by middle
dots, bullets or bars whose label names the work or its length ("Video", "Runtime:", "Length") gives the running
time the line lists, closed by a separator, the line's end or its element's: no position. A time after prose on the
line ("· Watch the video at 2:10") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("<div class=\"recipe-card\">\n<h2>Ouma Gadija's Bobotie</h2>\n<p class=\"meta\">Serves 6 · Prep 20 min · Bake "
         "35 min at 180&nbsp;°C · Video 11:24</p>\n<p>Watch the spice blend being toasted: <a "
         "href=\"https://youtu.be/bbQ7m1?t=142\">2:22</a>. The egg-and-milk custard goes on at&nbsp;7:05.</p>",
         [(142.0, None), (425.0, None)]),
    ],
    "a labelled item of a line of items": [
        ("Episode 12 · Recorded in Leeds · Runtime: 58:40\nAt 12:10 the guest arrives.", [(730.0, None)]),
        ("Knife skills | Level 2 | Video 6:05 | Free\nAt 2:10 the onion is diced.", [(130.0, None)]),
        ("<li>Sourdough basics &bull; Beginner &bull; Length 14:20</li>\n<li>The fold is at 3:40.</li>",
         [(220.0, None)]),
    ],
    "a time after prose on the line stays a position": [
        ("Chapters · Video 2:10 the onion is diced", [(130.0, None)]),
        ("Knife skills · Watch the video at 2:10", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_meta_item(text, expected):
    assert found_spans(text) == expected
