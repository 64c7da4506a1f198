"""Times inside a quoted note sent or written in the past (blind round 108's Whirlpool thread): 'UPDATE: sent the
20-second trim with a note "indicator at 1:47, contact at 1:50".' The past verb is the poster's ("sent"); the quote's
words are the note's own, and they place the indicator and the contact in the clip, as they did earlier in the
thread. A quote that itself tells the world in the past ("we left at 9:15") stays a time of day, and so does a bare
past report with no quote."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time inside a quoted note after a past verb is a position": [
        ('Final update: emailed the assessor a still with the caption "brake lights at 0:38, impact at 0:41".',
         [(38.0, None), (41.0, None)]),
        ("My cousin replied “the bang is at 2:12, turn the volume up” and that settled it.", [(132.0, None)]),
        ('I wrote "goat enters at 1:05" on the sticky note for the editor.', [(65.0, None)]),
    ],
    "a quote telling the world in the past stays a time of day": [
        ('She texted "landed at 6:40, see you soon" and then went quiet.', []),
        ('He told the officers "we left the house at 9:15" and nothing more.', []),
    ],
    "a past report with no quote stays a time of day": [
        ("I sent the note at 1:47 and heard back by 2:30.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_notes(text, expected):
    assert found_spans(text) == expected
