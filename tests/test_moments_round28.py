"""Families of misses that blind rounds 26, 27 and 28 (`tests/data/moments_genres_round26.jsonl`, `..._round27.jsonl`,
`..._round28.jsonl`) exposed, measured times that are no positions, each with sentences written for the family (not
the rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a floor in
test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a run's splits told with the stretch each one times, what a stretch costs or saves, one's best on a route,
    # a result's margin "by": measured performance, no position
    "splits, segment costs, bests and margins": [
        ("Splits: Quarry 3:51, Lighthouse 9:07, Final Tower 21:44.", []),
        ("Sector times were Harbour 0:41, Tunnel 1:22 and Old Town 2:05.", []),
        ("<p>Her <b>splits</b>: Lake 18:20 / Hill 39:02 / Stadium 58:47</p>", []),
        ("The cave section costs about 1:45 on every route.", []),
        ("That glitch saves runners 0:12 but the ladder loses 0:30.", []),
        ("Level 3 will COST\u00a0you at least 2:05 whatever you try.", []),
        ("Splits \u2014 3:51 Quarry, 9:07 Lighthouse, 21:44 Final Tower", []),
        ("My Garmin best up the reservoir climb is 17:32, down from 18:10.", []),
        ("His PB for the parkrun stands at 19:04.", []),
        ("She won the stage by 1:07 and lowered the course record by 0:21.", []),
        ("Okoro, the defending champion, beat Lindqvist by 0:09 in the sprint.", []),
        ("Her winning margin was 0:48; she knocked 0:31 off her own best.", []),
        ("The shortcut is worth 0:20 per lap.", []),
        # near-misses: a position after a split label, a chapter list, "by" a position, a best moment in the video
        ("Splits are shown on screen; the skip in the stream is at 1:06:22.", [(3982.0, None)]),
        ("Chapters: Intro 0:00, Kit 1:30, Ride 4:12.", [(0.0, None), (90.0, None), (252.0, None)]),
        ("By 3:15 the riders reach the bridge.", [(195.0, None)]),
        ("He breaks the record by 2:40 in the broadcast.", [(160.0, None)]),
        ("Her best moment is 2:40 in the video.", [(160.0, None)]),
        ("The margin of the frame at 0:48 is blurry.", [(48.0, None)]),
        ("The keeper loses the ball 3:10 into the match video.", [(190.0, None)]),
    ],
    # a camera's specs: aspect ratios listed with words between ("16:9 and also 9:16"), a recording limit; and a
    # learner's "on the 2 min 50 sec" before what happens there is a position
    "camera specs and limits": [
        ("I film 4:3 but sometimes 9:16 for reels.", []),
        ("Shoot 16:9 as well as 9:16 for stories.", []),
        ("Recording always stops after 14:59 on this body.", []),
        ("The camera stops filming after 29:59 unless you use an external recorder.", []),
        ("Clips are capped at 29:59 by the firmware.", []),
        ("The camera cuts off after 9:59 due to the heat limit.", []),
        ("Sadly the 29:59 <b>limit</b> is still there.", []),
        ("Max. recording time: 29:59 (FHD), 14:59 (4K).", []),
        ("on the 3 min 10 sec the focus pulls wrong", [(190.0, None)]),
        ("At the 1m20s you can hear the fan.", [(80.0, None)]),
        ("in my test ON THE 1\u00a0min 5\u00a0sec, the colours shift", [(65.0, None)]),
        # near-misses: a position at a ratio-like time, a limit warning at a position, lengths after "a"/"the"
        ("In my clip at 9:16 the focus hunts.", [(556.0, None)]),
        ("At 29:59 the limit warning shows.", [(1799.0, None)]),
        ("The music stops at 4:12 and restarts at 4:30.", [(252.0, None), (270.0, None)]),
        ("I uploaded a 2 min 50 sec clip of the beach.", []),
        ("on the 3 min walk the kids sing", []),
    ],
    # a measured average or wait, where or for whom it is measured, and how it changed: neither value is a position
    "averages measured somewhere that changed": [
        ("The agency cut the median wait time at Dover from 18 minutes to 11 minutes.", []),
        ("The upgrade reduced the average boot time on older phones from 1:10 to 0:48.", []),
        ("Staff trimmed the mean turnaround time for ferries from 35 minutes to 26.", []),
        ("The council SLASHED the average response time across the northern district from 14 minutes 30 seconds "
         "to 9 minutes.", []),
        ("<p>Volunteers reduced the average queue time at the\u00a0food bank from 2 min 10 sec to 1 min 5 sec.</p>",
         []),
        ("The average wait at the border crossing is now 4:20.", []),
        ("Median delay on the Harbour line was 3:10 in March.", []),
        # near-misses: a stretch of the footage "from ... to" after a time word, an average viewer at a position
        ("The average viewer drops off at 2:40.", [(160.0, None)]),
        ("The camera holds the time at the bridge from 4:20 to 4:45 in the video.", [(260.0, 285.0)]),
        ("Watch the pit stop time from 1:10 to 1:30 of the video.", [(70.0, 90.0)]),
        ("The drone shot runs from 4 minutes 20 seconds to the end.", [(260.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_eight_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
