"""Which stated length an end form or a fraction counts from on a page of several works (blind round 69, long
articles): "It returns to the full clip about halfway through the film" counts from the film's length, not the
clip's (the form names its own kind, and the other work its sentence names is not the form's); "After the encore, at
around 1:52:00, the film leaves the concert ... The last ten minutes could have gone" counts from the film's 2 hours
6 minutes, not the 88 minutes of another film stated nearer (a position past the nearest length, the footage word
in that position's own sentence being the work it is in); "About halfway through the song", where no length was
told of a song, is nothing (a song's own length is no footage's)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction through the kind its form names, not another work in its sentence": [
        ('The phone clip is 2 minutes 10 seconds long. The documentary, "Tide Line", runs 48 minutes. It comes back '
         "to the clip about halfway through the film.", [(1440.0, None)]),
        ("The clip is 90 seconds long. The documentary runs 40 minutes. Halfway through the clip a dog barks.",
         [(45.0, None)]),
    ],
    "an end form after a position past the nearest length": [
        ('"Glass Harbour" runs 1 hour 50 minutes. Its director\'s earlier film ran 75 minutes. After the credits, at '
         "around 1:41:00, the film turns to interviews. The last eight minutes drag.",
         [(6060.0, None), (6120.0, 6600.0)]),
        ("The clip runs 3 minutes. The film runs 2 hours. At 1:30:00 in the film the boat sinks. The last minute of "
         "the clip is a sunset.", [(5400.0, None), (120.0, 180.0)]),
    ],
    "a fraction through a song no length was told of": [
        ("The concert film runs 2 hours 5 minutes, and the band play eleven songs. Halfway through the song they "
         "wrote for their mother, the power cuts out.", []),
        ("The concert film runs 2 hours. About halfway through the film the power cuts out.", [(3600.0, None)]),
        ("The band's new video runs 4 minutes. The song is their best. Halfway through the video the drummer "
         "falls.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_which_length(text, expected):
    assert found_spans(text) == expected
