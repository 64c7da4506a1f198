"""A work's title set in an inline element inside an HTML block, its length in brackets after (blind round 153):
'<p>Video: <em>Milk tart the old way</em> (6:12)</p>' on a recipe card. The block's opening tag ("<p>", "<li>",
"<td>") is no word of the title: the line reads as its plain-text twin "Video: Milk tart the old way (6:12)" does, a
titled work's length, no moment. A bracketed time in an HTML sentence that goes on past it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title in an inline element after a block's tag, its length in brackets, is no moment": [
        ("<div class=\"card\">\n<p>Watch: <i>Jollof rice for twenty guests</i> (11:02)</p>\n<p>Serves 20.</p>\n</div>",
         []),
        ("<ul>\n<li><em>Bunny chow, the Durban way</em> (8:45)</li>\n<li><cite>Koeksisters at dawn</cite> (3:20)</li>\n"
         "</ul>", []),
        ("<td><strong>Scones for a Crowd</strong> (4:30)</td>", []),
    ],
    "its plain-text and Markdown twins stay lengths too": [
        ("Watch: *Jollof rice for twenty guests* (11:02)", []),
        ("<p>Video: Pavlova with passionfruit (5:40)</p>", []),
    ],
    "a bracketed time inside HTML prose stays a position": [
        ("<p>The crowd surges at the gate. Then <em>Kofi</em> stumbles (2:14) and is helped up.</p>", [(134.0, None)]),
        ("<p>He hesitates, then <em>jumps</em> (1:12), landing badly on the kerb.</p>", [(72.0, None)]),
        ("<p>In the video, <em>watch the keeper</em> at 0:41 (the save is at 0:44).</p>", [(41.0, None), (44.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_block_tag_titles(text, expected):
    assert found_spans(text) == expected
