"""An episode guide's line (blind round 82): 'Ep. 2 "Railway Money" — 51:06 — Sept. 10' is an episode, its length and
its air date, no position. "Ep." before a number ends no sentence (the line stays one, its label with it), and a
dashed length after a titled part's label may be followed by another dashed item that is a date. A part's label
with a time and then a description, or a time said at a point of an episode, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an episode guide's length between its title and its air date": [
        ('Series 2 guide\n\nEp. 1 "Salt Roads" — 37:52 — Oct. 4\nEp. 2 "The Tin Mine" — 44:09 — Oct. 11', []),
        ('Ep. 6 "Winter Fair" – 29:14 – 3 March 2026\nEp. 7 "Old Ferry" – 31:40 – 10 March 2026', []),
        ("Episode 4 — 52:30 — Thursday\nEpisode 5 — 48:02 — released next week", []),
    ],
    "'Ep.' before a number keeps the line one sentence": [
        ("Ep. 12 is the one: at 14:05 she finally opens the letter.", [(845.0, None)]),
        ("Pt. 3 starts slow, but from 08:10 to 09:00 it is all action.", [(490.0, 540.0)]),
    ],
    "look-alikes: a time at a point in an episode stays a position": [
        ("In Ep. 3, at 12:40, the host drops the mic.", [(760.0, None)]),
        ("I watched the last ep. At 3:10 it cuts to black.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_episode_guide_lengths(text, expected):
    assert found_spans(text) == expected
