"""Round 63: which stated length an end form or a fraction counts from. A work's noun said of people or a trade
("a room of film students", "video editors") names no work, so "the last four minutes of the film" does not count
from a length told in that sentence; a length told of a part ("a 17-minute conversation", "a 40-second take") is no
length of the film a form names as a whole; an amount of someone's work ("used 50 seconds of Duggan's film") is no
work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a work's noun said of people names no work": [
        ("The rough cut, she told a group of film students last week, ran 2 h 30 min. The released version, 95 "
         "minutes long, is tighter. The last five minutes of the film are silent.", [(5400.0, 5700.0, False)]),
        ("Our first edit, the video editors said, was 40 minutes. The upload is 22 minutes long. The final "
         "minute of the video is credits.", [(1260.0, 1320.0, False)]),
        # near-miss: the work itself named with its length still counts
        ("The first cut of the film ran 2 h 30 min. The last five minutes of the film are silent.",
         [(8700.0, 9000.0, False)]),
    ],
    "a part's length is no whole film's": [
        ("The documentary runs 90 minutes. One scene was cut, a 12-minute conversation between two nurses, which "
         "came about halfway through the film.", [(2700.0, None, True)]),
        ("The finished film is 104 minutes long. A 6-minute take that survived sits about a quarter of the way "
         "into the film.", [(1560.0, None, True)]),
        # near-miss: the form names no whole film, the nearest length counts
        ("The documentary runs 90 minutes. A 12-minute interview sits in the middle; halfway through it the "
         "lights fail.", [(360.0, None, True)]),
    ],
    "an amount of someone's work is no length": [
        ("The reel runs 9 minutes. A TV report that used about 40 seconds of Byrne's footage aired that night. "
         "The last 20 seconds of the reel are black.", [(520.0, 540.0, False)]),
        # near-miss: an amount of a kind of footage is a length
        ("We have 3 minutes of usable footage. The last 20 seconds are black.", [(160.0, 180.0, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_which_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
