"""A work's noun, words about it, an exhibit's label in brackets, then a relative clause with its length (blind round
169, a Toowoomba body-worn camera decision): "the body-worn camera recording of Senior Constable Dwyer (Exhibit 2),
which runs 11 minutes and 40 seconds" states the recording's length, so "the last 90 seconds of the recording" is
610-700 and "Halfway through the recording" 350. Words after the noun or a bracket after it were read already ("The
recording (Gov't Ex. 3) runs ...", "The body-worn camera footage (BWC) of Senior Constable Meaney, which runs ...");
words then a bracket are the same description of the work. What the clause says that is no length (a position, when
it was shown) stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "words and a bracketed label between a work and its length": [
        ("The prosecution tendered the body-worn camera recording of Senior Constable Dwyer (Exhibit 2), which runs "
         "11 minutes and 40 seconds. The prosecution asked me to view the last 90 seconds of the recording.",
         [(610.0, 700.0, False)]),
        ("The footage from PC Mwangi's body camera (Exhibit P4), which runs 9 minutes, was played in full. In the "
         "final 20 seconds of the footage the accused drops the bag.", [(520.0, 540.0, False)]),
        ("The council's video of the Mosgiel pool budget debate (agenda item 7), which lasts 1 hour 5 minutes, is on "
         "its site. Halfway through the video the mayor walks out.", [(1950.0, None, True)]),
        ("Counsel played the CCTV recording from the shop on Jomo Kenyatta Avenue (Exhibit D2), which lasts six and a "
         "half minutes. In the last 45 seconds of the recording the till is opened.", [(345.0, 390.0, False)]),
    ],
    "a clause that tells no length stays as it was": [
        ("The clip of the crash on the M4 (Exhibit 7), which is 1:20 in, shows the car swerve.",
         [(80.0, None, False)]),
        ("The footage of the protest at Parliament (Exhibit 2), which was shown at 9:15 last night, has the police "
         "charge at 2:10.", [(130.0, None, False)]),
        ("The recording of the interview with the accused (Exhibit 5), which ran on the evening news, was not "
         "relied on. The last 30 seconds of the recording are inaudible.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_words_then_bracket_runs(text, expected):
    assert found_hedged(text) == expected
