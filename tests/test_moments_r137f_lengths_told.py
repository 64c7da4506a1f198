"""A footage length told in three more ways, each the length the end and fraction forms after it count from (blind
rounds 137 and 112): a runtime field in wikitext's bold among other fields set apart by dots ("'''Air date:''' 2
August 2025 · '''Runtime:''' 47 min · ..." then "In the last eight minutes" is 2340-2820); "It lasts 48 seconds and
its own clock reads 11:42:06 p.m." (the work's own part told in a clause after it: "in the final eight seconds" of
that clip is 40-48, not of a 22-minute recording told earlier); and "a phone video taken by a crewman, Production
7/5, which lasts 1 min 52 s" (a relative clause of running after a long apposition: "About halfway through it" is
56). A label of no length, a past event's "and its", and a relative clause of something else stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a runtime field in wikitext bold among dotted fields": [
        # the round's case (g137-wiki-04)
        ("'''Air date:''' 2 August 2025 (SonyLIV) · '''Runtime:''' 47 min · '''Written by:''' Farhan Qureshi\n\n"
         "In the last eight minutes, Kavya realises Suresh was framed.", [(2340.0, 2820.0)]),
        ("''Released:'' 2019 · ''Length:'' 12 min · ''Director:'' Aroha Ngata\n\nThe final minute is a single shot "
         "of the harbour.", [(660.0, 720.0)]),
        ("Premiere: 3 May • **Duration:** 1:32:00 • Rating: PG\n\nHalfway through the film the storm breaks.",
         [(2760.0, None)]),
    ],
    "it lasts so long, then a clause of its own part": [
        # the round's case (g137-court-02)
        ("Judge Villanueva watched the 22-minute bodycam recording.\n\nExhibit 9, a neighbor's Ring doorbell clip, was "
         "also played. It lasts 48 seconds and its own clock reads 11:42:06 p.m. The judge noted that in the final "
         "eight seconds Okafor can be seen lying on the driveway.", [(40.0, 48.0)]),
        ("The council posted a 40-minute webcast.\n\nA resident's phone video was shown too. It runs 2 minutes and its "
         "sound cuts out twice. In the last 30 seconds the chair leaves.", [(90.0, 120.0)]),
    ],
    "a relative clause of running after a long apposition": [
        # the round's case (g112-court-01)
        ("The harbour CCTV is 11 minutes 40 seconds long. I was also shown a phone video taken by a crewman, "
         "Production 7/5, which lasts 1 min 52 s. About halfway through it the crewman's torch catches the ladder.",
         [(56.0, None)]),
        ("The stream ran three hours. The clip posted by the club's media officer, Ms Tan, which runs 4 minutes, "
         "has the goal in its final 20 seconds.", [(220.0, 240.0)]),
    ],
    "a label, a past event or another clause stays as it was": [
        ("Air date: 2 August 2025 · Written by: Farhan Qureshi · 47 min read\n\nIn the last eight minutes of the "
         "match the rain came.", []),
        ("The phone video is 2 minutes long. The meeting lasted 48 minutes and its chair left at 19:20. In the last "
         "ten seconds of the video a door slams.", [(110.0, 120.0)]),
        ("The video is 3 minutes long. The procession, led by the mayor, which lasts 40 minutes every year, starts "
         "at 1:10 in the video.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_told(text, expected):
    assert found_spans(text) == expected
