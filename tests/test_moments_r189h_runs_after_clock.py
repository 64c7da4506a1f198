"""A work's length told with "runs" where the lengths did not read it (blind round 189), each the length an end form
then counts from: "It first aired on 11 March 2025 at 8:30 p.m. and runs 44 minutes" (the clock's "p.m." is no end
of the clause); "The stream began at 9.30 am IST and runs 6 hours 15 minutes in the archive" (a dotted clock between
the work and its verb); and "The original runs 3 minutes 10 seconds" (the original of a copy named as such), whose
"last 30 seconds of the original" count from it, not from the viral clip's length. "The original runs late", a delay,
and a pronoun of no work stay no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's texts": [
        ('"Yard Wedding" is the fourth episode of the second season of the TVJ drama Rockfort Road. It first aired on '
         "11 March 2025 at 8:30 p.m. and runs 44 minutes. In the final three minutes, the band plays at the "
         "reception.", [(2460.0, 2640.0)]),
        ("I watched the whole opening day on the state government's livestream. The stream began at 9.30 am IST and "
         "runs 6 hours 15 minutes in the archive. The last 15 minutes are the sound check.", [(21600.0, 22500.0)]),
        ("The viral clip is 45 seconds long. At 0:09 in the viral clip, a white SUV floats past.\n\nWe traced the "
         "footage to a longer video posted on 17 April 2024. The original runs 3 minutes 10 seconds. In the last 30 "
         "seconds of the original, the uploader films the skyline.", [(9.0, None), (160.0, 190.0)]),
    ],
    "fresh lengths told with runs": [
        ("The documentary is the third of the series. It premiered on 2 June 2024 at 9 p.m. and runs 52 minutes. The "
         "final five minutes follow the flood.", [(2820.0, 3120.0)]),
        ("The webcast opened at 10.15 am and runs 3 hours 20 minutes on the council's page. The last 10 minutes are "
         "questions from the public.", [(11400.0, 12000.0)]),
        ("A 20-second clip went round on WhatsApp. We found the full video on the uploader's channel. The original "
         "runs 4 minutes. In the final 15 seconds of the original the flag is visible.", [(225.0, 240.0)]),
        ("The episode aired on 3 May at 7:30 a.m. and runs 26 minutes. In the last two minutes the host sings.",
         [(1440.0, 1560.0)]),
    ],
    "no length: a delay, a thing of no work": [
        ("The original runs 3 minutes late most mornings. In the last 30 seconds the doors close.", []),
        ("The bus left at 8:30 p.m. and runs 44 minutes to the coast. In the final three minutes we sang.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_runs_after_clock(text, expected):
    assert found_spans(text) == expected
