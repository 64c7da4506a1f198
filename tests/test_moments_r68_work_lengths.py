"""A work's length told in ways not read before (blind round 68), the length its end forms count from: "it" with a
verb of its own before "and runs" ("It first aired on ITV ... and runs 48 minutes"), a titled work's length alone
in its brackets in prose ("Shorter and stranger is Signal (47 min), about ..."), a work's noun, its length and
"long" ("a bodycam recording 14 minutes 20 seconds long") and a review's credit line with the length before its
certificate ("Directed by ... 2 hrs 8 min. 15 certificate."). Not a delay ("runs 45 minutes late"), a bracket
holding more than a length ("(40 min late, as ever)"), a number of people before a length-shaped item nor a
part's start and length ("it begins 20 minutes into the film and lasts seven minutes")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'it' with a verb of its own, then 'and runs'": [
        ("Tidebreak is the fourth episode of the first series of the drama Calder. It premiered on BBC Two on 3 May "
         "2019 and runs 52 minutes. In the final four minutes of the episode, Kerr burns the letter.",
         [(2880.0, 3120.0)]),
        ("The short film was shot in Wexford. It was cut in a week and lasts 12 minutes. The last minute is silent.",
         [(660.0, 720.0)]),
    ],
    "a titled work's length alone in brackets in prose": [
        ("Odder still is Foghorn (36 min), about a Cork harbour pilot. Its best scene comes in the last three "
         "minutes, as the pilot boat turns for home.", [(1980.0, 2160.0)]),
        ("Then there is Low Meadow (1 hr 12 min), a portrait of a Kerry hill farm. The final ten minutes are "
         "the shearing.", [(3720.0, 4320.0)]),
    ],
    "a work's noun, its length in words and 'long'": [
        ("Prosecutors played Exhibit 4, a dashcam recording 9 minutes 40 seconds long. Jurors later asked to see the "
         "final 30 seconds of the exhibit again.", [(550.0, 580.0)]),
    ],
    "a credit line's length before its certificate": [
        ("Directed by Tomasz Reyes. 1 hr 52 min. 12A certificate.\n\nThe film falls apart in the final eight "
         "minutes, a tacked-on wedding.", [(6240.0, 6720.0)]),
    ],
    "look-alikes: no work's length": [
        ("Our bus to the shoot left at noon. It stopped twice and runs 45 minutes late. The final ten minutes of "
         "the video show the depot.", []),
        ("Lunch with Maeve (40 min late, as ever) ran on. The final ten minutes of the video show the quay.", []),
        ("Queue time 40 min. 15 certified guides on duty. The final ten minutes of the tour video are dull.", []),
        ("The documentary runs 1 hour 30 minutes. Its centre is one take: it begins 20 minutes into the film and "
         "lasts seven minutes. The final five minutes are a fade.", [(1200.0, 1620.0), (5100.0, 5400.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_lengths(text, expected):
    assert found_spans(text) == expected
