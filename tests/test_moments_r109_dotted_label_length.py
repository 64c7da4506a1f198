"""A work's label and its time as an item of a line of items set apart by middle dots or bars (blind round 109): a
recipe card's "<p>Prep: 25 mins &middot; Cook: 1 hr 50 mins &middot; Serves 8 &middot; Video: 18:36</p>". The line
lists the recipe's facts, the video's among them: its length, no moment, and the length "the last two minutes of the
video" counts from. A stretch in such an item stays a stretch, an item whose label names no work stays a position,
and a work's label opening a sentence ("Video: 0:58, when ...") is read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's label and time as an item of a dotted line is the work's length": [
        ("<p>Serves 6 &middot; Cook: 45 mins &middot; Video: 11:20</p>\n<p>The final 40 seconds of the video are "
         "the tasting.</p>", [(640.0, 680.0)]),
        ("Episode 12 · Audio: 41:05 · Explicit\n\nThe final 30 seconds of the audio are a blooper.",
         [(2435.0, 2465.0)]),
        ("Serves 4 | Video: 9:40 | Difficulty: easy\n\nIn the last minute of the video I plate up.",
         [(520.0, 580.0)]),
    ],
    "a stretch, an item naming no work, a label opening a sentence stay positions": [
        ("Serves 4 | Video: 0:58–1:30 | Difficulty: easy", [(58.0, 90.0)]),
        ("Serves 4 · Highlight: 4:12 · easy", [(252.0, None)]),
        ("Video: 0:58, when the lid sticks.", [(58.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_label_length(text, expected):
    assert found_spans(text) == expected
