"""Families of misses that blind round 31 (`tests/data/moments_genres_round31.jsonl`) exposed, each with sentences
written for the family (not the round's own) and near-misses that must stay as they are (the round itself is held
at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a range of a recording that was played or shown, whatever day words tell when it was played
    "a played range with the day it was played": [
        ("The prosecutor replayed the clip from 00:17:40 to 00:18:05 twice on Friday morning.", [(1060.0, 1085.0)]),
        ("Jurors were shown the bodycam footage from 0:03:12 to 0:04:50 on Tuesday.", [(192.0, 290.0)]),
        ("On Monday the panel <b>watched the tape</b> from 00:51:00 to 00:52:30 in silence.", [(3060.0, 3150.0)]),
        ("The committee\u00a0played the recording from 00:05:10 to 00:06:00 three times on Thursday.",
         [(310.0, 360.0)]),
        # near-misses: a broadcast schedule and an evening watched, told by the day's clock
        ("Channel 9 showed the film from 00:30 to 02:10 on Sunday.", []),
        ("We watched the match from 19:30 to 21:15 on Saturday.", []),
    ],
    # a range with seconds past the hours a bare clock is read as footage, inside a length the text stated before
    "a late range inside a stated long recording": [
        ("The archive stream is nearly ten hours long. The closing ceremony is from 8:40:15 to 9:02:50.",
         [(31215.0, 32570.0)]),
        ("Their nine-hour livestream was clipped widely. The raffle runs from 6:05:00 to 6:09:30; watch it.",
         [(21900.0, 22170.0)]),
        # near-misses: past the stated length, or no length stated at all, the clocks stay times of day
        ("The recording is three hours long. The lights failed from 6:12:30 to 6:15:05.", []),
        ("The lights failed from 6:12:30 to 6:15:05; nobody noticed.", []),
    ],
    # a list under a title naming moments, with a time in brackets after each entry: positions, the first included
    "a moments list's bracketed times": [
        ("Top 3 moments from the council meeting\n1. The walkout (08:15)\n2. The vote (41:02)\n3. The apology (55:10)",
         [(495.0, None), (2462.0, None), (3310.0, None)]),
        ("## Key beats of the season finale\n- The storm (41:10)\n- The reunion (48:02)",
         [(2470.0, None), (2882.0, None)]),
        ("FIVE MOMENTS THAT MADE THE\u00a0CUP FINAL\n* The early red card (4:40)\n* The equaliser (1:12:05)",
         [(280.0, None), (4325.0, None)]),
        ("**Top 5 moments of the derby**\n\n1) The flare (3:12)\n2) The own goal (27:40)",
         [(192.0, None), (1660.0, None)]),
        # near-misses: a playlist's titles and a clip list under "highlights" keep their lengths
        ("My playlist for the moment\n1. Blue Monday (7:29)\n2. Age of Consent (5:16)", []),
        ("Playlist\n\n1. Blue Monday (7:29)\n2. Age of Consent (5:16)", []),
        ("Weekend highlights\n1. Arsenal 2-1 Spurs (10:42)\n2. Chelsea 0-0 Everton (8:15)", []),
        ("Those were great moments.\n1. Teaser (1:36)\n2. Trailer (2:31)", []),
    ],
    # a log's or a counter's tally by the clock: times of day
    "a log's count between clock times": [
        ("The switchboard logged 212 calls from 21:05 to 21:40.", []),
        ("Police received about 40 emergency calls at 22:14, the report says.", []),
        ("The turnstiles counted 1,850 entries between 19:10 and 19:25.", []),
        ("Its register lists 9 late arrivals after 08:50.", []),
        # near-misses: footage that shows a count, a position after the log's sentence
        ("The clip shows 3 goals between 1:20 and 1:45.", [(80.0, 105.0)]),
        ("The log records 14 transmissions; the video shows the gate at 20:20.", [(1220.0, None)]),
        ("The bodycam video records 6 shots between 0:20 and 0:31.", [(20.0, 31.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_one_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
