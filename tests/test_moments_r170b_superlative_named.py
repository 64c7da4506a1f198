"""The longest or shortest of several works, named by its title and then "at" its length (blind round 170, a wiki
article on a choir's recordings): 'A 1992 CD, *Gwŷr y Cwm*, contains 16 tracks, the longest being "Myfanwy" at 5:48.'
is no moment. "the longest 5:40" was already a length; with "being", "is", "was" or an apposition and a title, quoted
or in capitals, between the superlative and "at", the time is still how long that work is. A superlative naming a
part of the footage ("The longest shot, at 5:40", "the longest is Ana falling at 1:12 in the video") still places it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a superlative, the work's title, then at its length": [
        ('A 1992 CD, *Gwŷr y Cwm*, contains 16 tracks, the longest being "Myfanwy" at 5:48.', []),
        ("The EP has five songs, the shortest is 'Intro' at 0:52, and it sold well.", []),
        ("The mixtape holds 22 tracks, the longest being Lagos Nights at 7:10.", []),
        ('Season two has ten episodes, the longest, "The Flood", at 58:20.', []),
        ("Her channel has 40 videos; the longest one being “Crossing the Karoo” at 1:12:05.", []),
    ],
    "a superlative naming a part of the footage still places it": [
        ("The longest shot, at 5:40, is a crane move.", [(340.0, None)]),
        ("The longest shot is at 5:40 in the film.", [(340.0, None)]),
        ("Of all the clips, the longest is Ana falling at 1:12 in the video.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_superlative_named(text, expected):
    assert found_spans(text) == expected
