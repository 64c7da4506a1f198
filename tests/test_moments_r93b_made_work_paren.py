"""A work as its sentence's subject, its timecode in brackets, then how it was made (blind round 93): 'The music
video (4:05) was directed by ... and filmed in Kisumu over two days. At the 2:30 mark ...; in the final 20 seconds
the camera pulls back'. No position in a work is directed, filmed or shot; the whole work is, so the bracket is the
work's length and the end forms after it count from it. A bracket after a work followed by what the footage shows
stays a position, and so does one cited in prose."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's bracketed length, then how it was made, is what end forms count from": [
        ("The clip (0:58) was filmed by a passer-by on Chapel Street. The final ten seconds show the tram stopping.",
         [(48.0, 58.0)]),
        ("The music video (3:25) was directed by Aroha Pene and premiered on Māori Television. The last 20 seconds "
         "cut to the marae at dawn.", [(185.0, 205.0)]),
        ("The official video (3:40) was shot in Enugu by Chidi Obi. At 1:10 the choir enters; the last 15 seconds "
         "are a slow fade to black.", [(70.0, None), (205.0, 220.0)]),
        ("Our short film (6:30) was first screened in Galway, but the promo cut (1:20) was recorded in one take. "
         "At 0:40 the fiddler walks in.", [(40.0, None)]),
    ],
    "a bracket after the footage and what it shows stays a position": [
        ("The drone footage (0:45) shows smoke over the ridge.", [(45.0, None)]),
        ("In the video (1:05) the drummer was filmed from above.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_made_work_paren(text, expected):
    assert found_spans(text) == expected
