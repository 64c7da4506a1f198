"""A match replay's length in its title line's brackets (blind round 110, sports): 'Highlights: Bulls v Stormers, URC
derby (full match replay 1:58:40)' and later 'The last two minutes of the replay are the post-match interviews'. A
replay is a whole work like a video: the bracket, two words describing it before the time, is its length (no moment),
and the end forms of the text count from it. A replay's time said in prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a replay's bracketed length in a title line is no moment, and end forms count from it": [
        ("Sharks v Lions, Currie Cup final (full match replay 1:41:05)\n\nSkip to 22:10 for the try. The final three "
         "minutes of the replay are the trophy lift.", [(1330.0, None), (5885.0, 6065.0)]),
        ("Leinster 31 Munster 19 (extended replay 14:20)\nThe last minute of the replay is the lap of honour.",
         [(800.0, 860.0)]),
    ],
    "a replay's time in prose stays a position": [
        ("The replay at 1:02 shows the knock-on clearly.", [(62.0, None)]),
        ("At the 2:15 mark the replay from behind the goal shows it crossed the line.", [(135.0, None)]),
        ("Sharks v Lions, Currie Cup final\n\nIn the replay the try comes at 22:10 (after the scrum).",
         [(1330.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_replay_title_length(text, expected):
    assert found_spans(text) == expected
