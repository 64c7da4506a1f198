"""A work's length said in ways round 67's reviews and long reads use (blind round 67): a runtime label with a verb or a
judgement between ("Runtime's a brisk 44 minutes", "Runtime for the film is rumoured at 2h 45m"), a numbered work's
apposed length ("episode 5, at 52 minutes, is ..."), an excerpt's length ("a 2-minute excerpt"), "its 47-minute
running time" (and an end form "of" it), lengths listed before one "long" ("(3:05 and 4:50 long)"), the shortest or
longest of several "at" its length. Each is a length (a name said again with its own bracketed length, "The highlights
cut (11:48)" after "a 12‑minute highlights cut", gives the exact one), no moment, and the end forms and fractions
count from it. Near-misses: a runtime "into" which a position is said, a position apposed with no verb of being, a
position before "and" a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a runtime label with a verb or a judgement": [
        ("Runtime's a tidy 38 minutes. The twist lands roughly halfway through the episode.", [(1140.0, None)]),
        ("Runtime for the movie is reported at 2h 12m, so bring snacks.", []),
        ("The runtime is said to be 96 minutes. The last ten minutes drag.", [(5160.0, 5760.0)]),
    ],
    "a numbered work's apposed length": [
        ("Of the six, episode 3, at 41 minutes, is the strongest; about twenty minutes in the raid begins.",
         [(1200.0, None)]),
        ("Episode 3, at 41 minutes, shows the raid.", [(2460.0, None)]),
    ],
    "an excerpt's length and its running time": [
        ("The label posted a 3-minute excerpt of the concert: about halfway through the clip the lights fail.",
         [(90.0, None)]),
        ("The confession comes in the last four minutes of its 52-minute running time.", [(2880.0, 3120.0)]),
        ("In the first three hours of running time of the new tram, two doors jammed.", []),
    ],
    "lengths listed before one 'long'": [
        ("Police released the two videos (2:40 and 5:15 long) on Friday.", []),
        ("The three angles are 0:52, 1:30 and 2:05 long.", []),
        ("He scores at 2:40 and the replay is 5:15 long.", [(160.0, None)]),
    ],
    "the shortest or longest of several, at its length": [
        ("The drone clip is the shortest of the four at one minute and forty seconds. About halfway through it "
         "the roof goes.", [(50.0, None)]),
        ("The doorbell video is the longest, at 8:20.", []),
        ("The longest rally of the final at 2:10 is in the highlights.", [(130.0, None)]),
    ],
    "a name said again with its exact length in brackets": [
        ("<h1>Recap (and the 10\u2011minute highlights reel)</h1>\n<h2>The highlights reel (9:40)</h2>\n<p>The last "
         "minute is the fireworks.</p>", [(520.0, 580.0)]),
        ("<h1>Recap (and the 10-minute highlights reel)</h1>\n<p>The last minute of the highlights reel is the "
         "fireworks.</p>", [(540.0, 600.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lengths_said(text, expected):
    assert found_spans(text) == expected
