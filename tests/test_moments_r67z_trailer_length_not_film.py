"""A trailer's bracketed length is no film's (blind round 67): a review headed "(Apple Music visual album, 38 min)"
said "The trailer (1:02) gives away the final shot, which is a shame — the closing image, in the last half-minute of
the film, deserves to land fresh." and the end form counted from the trailer's 1:02 (32-62), the length stated
nearest. An end form of the whole film, episode or documentary does not count from a length bracketed on a trailer,
teaser, promo or excerpt, where another length is stated; the trailer's own end form still counts from it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of the whole work skips a trailer's bracketed length": [
        ('Album-film review: "Tidewater" (Apple Music visual album, 38 min)\n\nHalsey\'s visual album is eleven '
         "tracks strung into one continuous film. The trailer (1:02) gives away the final shot, which is a shame — "
         "the closing image, in the last half-minute of the film, deserves to land fresh.", [(2250.0, 2280.0)]),
        ("The film runs 94 minutes. Its teaser (0:45) is online, and the final minute of the film is silent.",
         [(5580.0, 5640.0)]),
        ("Episode 3 is 48 minutes long. The promo (0:30) spoils the cliffhanger in the last two minutes of the "
         "episode.", [(2760.0, 2880.0)]),
        ("The documentary runs 52 minutes. The trailer (1:30) is online; the final five minutes of the documentary "
         "are the best.", [(2820.0, 3120.0)]),
    ],
    "the trailer's own end form still counts from its length": [
        ("The trailer (2:10) is out; in the last 30 seconds of the trailer, the dragon appears.", [(100.0, 130.0)]),
        ("Watch the teaser (0:45) before the premiere: the last 15 seconds of the teaser show the ship.",
         [(30.0, 45.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_trailer_length_not_film(text, expected):
    assert found_spans(text) == expected
