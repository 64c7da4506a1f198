"""A clock inside a cue's quoted text is speech, not a position (blind round 131, subtitles): "Cue 87 reads "I'll be
there at 6:30" — the speaker says "half six"." The round's decisions list it with the contract's non-moments: the
words of a subtitle line, quoted in a QC ticket after the cue that shows them, hold the speaker's time of day, as
they do inside an SRT block or an ASS Dialogue line. A time outside the quote, or a viewer sent somewhere inside a
post's quoted caption, still places footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock in a cue's quoted words is no position": [
        ("Subtitle 56 reads “Meet me at 9:15 by the gate” and comes up two frames late.", []),
        ('Cue 140 says "The ferry\'s at 7:40, don\'t be late" but the actor says "twenty to eight".', []),
        ('In cue 301 the text "Dinner\'s at 7:45" is missing a full stop.', []),
        ('Line 77 reads "See you at 5:20, then" and should be in italics.', []),
    ],
    "a time outside the quote, or a viewer sent within it, stays a position": [
        ('Cue 140 reads "Run!" at 7:40 and the crowd scatters.', [(460.0, None)]),
        ('The post\'s caption reads "skip to 0:42 for the bang" and it\'s spot on.', [(42.0, None)]),
        ('<p class="caption">The clip is cued to the moment the crane tips (1:35).</p>', [(95.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_cue_text(text, expected):
    assert found_spans(text) == expected
