"""A work's length said in passing in longform prose (blind round 81): in apposition as what the work is ("Her laksa
video, a 31-minute epic,"), in a participle closing the sentence that named it ("a newsreel item, made by a small
Dublin company, and running 9 minutes 40 seconds"), as an amount of someone's own footage ("3 minutes 20 seconds of
Seán Phelan's own footage") or after a colon ("is released on Friday: 97 minutes long"). Each is that work's length:
no moment, and the one its end forms and fractions count from. A newsreel is footage like any reel. Not lengths: a
part of the work in apposition ("a 30-second stretch of which"), a runner's "running 400 m repeats", a queue's "45
minutes long"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in apposition to the work": [
        ("His first vlog, a 12-minute ramble, lost half its audience in the last three minutes.", [(540.0, 720.0)]),
        ("The documentary, a brisk 52-minute affair, saves its best footage for the final five minutes.",
         [(2820.0, 3120.0)]),
    ],
    "a participle's length closing the sentence": [
        ("The item was shot by a local crew, edited in Cork, and running 6 minutes 20 seconds. The final 20 seconds "
         "show the mayor.", [(360.0, 380.0)]),
    ],
    "an amount of someone's own footage": [
        ("The second tape is something else: 4 minutes 10 seconds of her father's own footage. About halfway through "
         "the tape a dog runs in.", [(125.0, None)]),
    ],
    "a length after a colon": [
        ("The cut is out on Monday: 88 minutes long, with a new score. The last ten minutes are silent.",
         [(4680.0, 5280.0)]),
    ],
    "a newsreel is footage": [
        ("The first newsreel runs 8 minutes. In the last minute of the newsreel the crowd cheers.", [(420.0, 480.0)]),
    ],
    "look-alikes stay as they are": [
        ("The video, a 30-second stretch of which went viral, is long.", []),
        ("He spent the morning training and running 400 m repeats, then at 1:10 in the video he waves.",
         [(70.0, None)]),
        ("Wait times: 45 minutes long at peak.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_passing_lengths(text, expected):
    assert found_spans(text) == expected
