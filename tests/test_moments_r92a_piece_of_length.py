"""A played piece told with its length after "of" (blind round 92): "the score, a string quartet piece of about 6:40,
is overused". A song, track, jingle or piece "of M:SS" is that piece's length, as "track 2 is 7:40" is: no position
in the film reviewed. A time "of the video" stays a position, and a time said after the piece plays stays one too."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a piece, song or jingle of a time is its length": [
        ("The soundtrack leans on a cello piece of roughly 4:15 that returns in every act.", []),
        ("Each ad break opens with a jingle of 0:20, which wears thin by episode three.", []),
        ("Her documentary closes on a folk song of 3:05, sung unaccompanied.", []),
    ],
    "a time in the work stays a position": [
        ("At 0:45 of the video the piano piece swells and the door opens.", [(45.0, None)]),
        ("A track of 3:20 plays under the montage starting at 1:10.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_piece_of_length(text, expected):
    assert found_spans(text) == expected
