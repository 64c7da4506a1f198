"""Round 63: a work's length told in a form not read before, so that the end forms and fractions after it counted
from a length of something else or from none: a camera's or an archive's "file ... which runs 23 minutes and 40
seconds", a quoted title between a length and its noun ("the 8-minute ‘Harbour Lights’ trailer"), hours of play
"cut down to 11:20", a work introduced then its length after a colon, a film's bracketed details with its year,
director and certificate ("(2021, dir. Ana Ruiz, 1h 40m, cert. 12A)"), a quoted title and its kind before a length in
brackets, a whole work and its length in brackets. A position said of a work in the fraction's own sentence rules
out a length shorter than it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a file's length after a relative clause": [
        ("We got the raw camera file from the archive, which runs 14 minutes and 10 seconds. The final minute of "
         "the raw file is black.", [(790.0, 850.0, False)]),
        ("The audio file runs 6:40 and the last 20 seconds are applause.", [(380.0, 400.0, False)]),
        # near-miss: a position in one file told again in another is no file's length
        ("The raw camera file runs 20 minutes. The shove comes at 9:05 in the raw file, which is 1:10 in the "
         "edited cut. The final minute of the raw file is dark.",
         [(545.0, None, False), (70.0, None, False), (1140.0, 1200.0, False)]),
        # near-miss: the clip's own length told after a range in it
        ("The jury watched from 2:10 to 5:40 of the file, which runs 6 minutes 30 seconds. In the final 30 "
         "seconds of the file, a door slams.", [(130.0, 340.0, False), (360.0, 390.0, False)]),
        # near-miss: a document's length in pages is no length
        ("The log file runs to 47 pages. The final minute of the video is dark.", []),
    ],
    "a quoted title between a length and its noun": [
        ("Notes on the 8-minute ‘Harbour Lights’ trailer:\n- Halfway through the trailer, the ferry sinks.",
         [(240.0, None, True)]),
        ("The 12-minute \"Night Shift\" documentary ends on a long shot; the last 30 seconds are silent.",
         [(690.0, 720.0, False)]),
        # near-miss: the quoted words after the length are no work
        ("We only had 10 minutes ‘off the record’ with him, and at 2:10 in the clip he laughs.",
         [(130.0, None, False)]),
    ],
    "hours of play cut down to a length": [
        ("Our highlights are up. Five hours of racing cut down to 9:40, and the last 40 seconds are the podium.",
         [(540.0, 580.0, False)]),
        ("The stream ran for nine hours, edited down to a tidy 42 minutes for the channel. The final minute is "
         "the trophy lift.", [(2460.0, 2520.0, False)]),
        # near-miss: a gap cut down is a margin, no work's length
        ("In the clip the gap was cut down to 12 seconds by the last lap.", []),
    ],
    "a work introduced, then its length after a colon": [
        ("All we have is a recording on the club's website: 1 hour 20 minutes, shot from the back row. In the "
         "last five minutes the chair resigns.", [(4500.0, 4800.0, False)]),
        # near-miss: a position after a colon, said into the work
        ("The key moment in the video: 2 minutes 30 seconds in.", [(150.0, None, False)]),
    ],
    "a film's bracketed details": [
        ("‘Harbour’ (2021, dir. Ana Ruiz, 1h 40m, cert. 12A)\n\nSlow, then devastating. The final 10 minutes are "
         "unforgettable.", [(5400.0, 6000.0, False)]),
        ("*Low Sun* (2019, directed by Ken Oba, 1h 52m)\n\nThe last five minutes drag.", [(6420.0, 6720.0, False)]),
    ],
    "a quoted title and its kind, then its length in brackets": [
        ("Watched the ‘Saltmarsh’ launch trailer (2:14) twice. The last 10 seconds are a title card.",
         [(124.0, 134.0, False)]),
        # near-miss: a named part of a work is a position
        ("Rewatched the ‘I Quit’ scene (2:14) twice.", [(134.0, None, False)]),
    ],
    "a whole work and its length in brackets": [
        ("Breakdown (full match on YouTube, 1:48:20)\n\nWatch at 1:02:10 of the upload.", [(3730.0, None, False)]),
        ("She won in 2:21:03. The full replay is on the club's channel (2 hrs 40 mins).", []),
        # near-miss: a position in brackets after a part
        ("The winning goal is on the club's channel (1:12).", [(72.0, None, False)]),
    ],
    "a position in the fraction's sentence rules out a shorter length": [
        ("Full highlights (9:30) are online, and there is a 3-minute “Best bits” package too. The restart is at "
         "5:10 in the video rather than halfway through it.", [(310.0, None, False), (285.0, None, True)]),
        # near-miss: no position in the sentence, the nearest length counts
        ("Full highlights (9:30) are online, and there is a 3-minute “Best bits” package too. Halfway through "
         "the package, the keeper saves.", [(90.0, None, True)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_work_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
