"""Pasted pages' furniture that tells a work's length (round 59's html_md-01, -05, -06, -07): an embedded player's
caption ("Video, 00:02:31" alone in its element or line), another work brought in with an article and its length in
brackets ("A second, shorter video (2:05) filmed from ..."), and a credit's quoted title by its maker with its
length ('Music: “Coastline” by Ferrow (3:14)', HTML quotes too). The footage's positions beside them, "the video
(2:05)" and "Watch the video, 1:58 is where ..." stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a player's caption": [
        ('<div class="caption">Video, 2:14</div><p>The clip shows the bus braking at 0:31.</p>', [(31.0, None)]),
        ('<span class="player">Video, 00:01:45</span> The footage shows the crowd at 0:20.', [(20.0, None)]),
    ],
    "another work brought in with its length": [
        ("A second, shorter video (2:05) filmed from a roof shows the van at about 0:40.", [(40.0, None)]),
        ("Another phone clip (0:52) shows the same van.", []),
    ],
    "a credit's title by its maker": [
        ("<p>Music: &ldquo;Harbour Lights&rdquo; by Ana Reyes (2:48). Subscribe for more.</p>", []),
        ("Music: “Harbour Lights” by Ana Reyes (2:48). Subscribe for more.", []),
    ],
    "near-misses": [
        ("In the video (2:05) he falls off the wall.", [(125.0, None)]),
        ("Watch the video, 1:58 is where it happens.", [(118.0, None)]),
        ("In the clip, 0:45 is where the door opens.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_page_furniture_tells_a_length_not_a_position(text, expected):
    assert found_spans(text) == expected
