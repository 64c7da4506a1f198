"""Families of misses that blind round 36 (`tests/data/moments_genres_round36.jsonl`) exposed, each with sentences
written for the family (not the round's own) and near-misses that must stay as they are (the round itself is held
at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # the whole work's length: in brackets after the work and before "of" what it shows, "the whole 28:12 of it",
    # a list header's "(full video 12:18):"
    "lengths told in brackets and of the whole work": [
        ("The county's drone video (2:37) of the landslide shows the slope giving way 50 seconds in.", [(50.0, None)]),
        ("A ranger's clip (0:58) of the rescue was shared widely.", []),
        ("Sat through the whole 41:05 of it. The reveal is at 33:10.", [(1990.0, None)]),
        ("we watched ALL 1:12:30 of the stream, the good bit is at 45:00", [(2700.0, None)]),
        ("Five worst parking jobs (whole video 9:44):\n- 0:40 the bollard\n- 2:15 the ditch",
         [(40.0, None), (135.0, None)]),
        ("<p>Top saves (Full\u00a0Video 6:02):</p>\n<ul><li>1:10 the dive</li></ul>", [(70.0, None)]),
        # near-misses: a position cited in brackets, "the whole 3:10" as a position, "of course" after a bracket
        ("He falls in the video (0:45) of course.", [(45.0, None)]),
        ("The whole 3:10 mark is a blur.", [(190.0, None)]),
        ("Skip the whole intro; the drop is at 4:05.", [(245.0, None)]),
    ],
    # a journey's or a shift's length in brackets after its two clocks: exactly the time between them
    "a length in brackets between two clocks of the world": [
        ("The coach leaves at 08:05 and arrives at 09:20 (1 h 15 min). Bring a coat.", []),
        ("our flight was 23:40 to 02:10 (2h30m), no sleep", []),
        ("The shift ran 7.00 to 15.30 (8 hrs 30 mins) with one break.", []),
        ("Bus departs 9:05,\u00a0arrives 11:20 (2\u00a0h 15\u00a0min).", []),
        # near-misses: a bracketed offset that is not the time between the clocks, or with no clocks before it
        ("The stream shows the start at 0:30 and the end at 1:05 (1h 35m).",
         [(30.0, None), (65.0, None), (5700.0, None)]),
        ("The clip shows the ferry (1 h 35 min) docking.", [(5700.0, None)]),
    ],
    # a clock on a named day ("at 10:15 on launch day") or in another place on the day before: a time of day
    "clocks on a named day or in another place's day": [
        ("Picked mine up at 9:30 on release day, queue was huge.", []),
        ("By 8:45 on race day the car park was full.", []),
        ("The blast was recorded at 03:10 local time, 19:10 in London the previous day.", []),
        ("**At 11:20 on election day** the booths opened.", []),
        # near-misses: a day of a multi-day stream, a position on the replay, footage named before the day
        ("The stream at 1:05:00 on day 2 shows the fall.", [(3900.0, None)]),
        ("The goal at 3:10 on the replay is offside.", [(190.0, None)]),
        ("At 12:40 in the video, on match day, the fans fill the square.", [(760.0, None)]),
    ],
    # a clock's error ("the CCTV clock was running four minutes fast") is no length of the work: the end forms
    # count from the length the work was told to run
    "a clock running fast or slow is no length": [
        ("Her clip runs 5:10. The dashcam clock was running two minutes slow. In the last 10 seconds of her clip, "
         "the bus stops.", [(300.0, 310.0)]),
        ("The stream lasts 12:00, though its clock runs 3 minutes behind. The final 20 seconds of the stream show "
         "the crowd.", [(700.0, 720.0)]),
        ("The bodycam recording was running ninety seconds fast, the court heard.", []),
        # near-misses: a recording that runs a length, then "fast" elsewhere
        ("The footage runs 4:00 and cuts fast. In its last 30 seconds the lights go out.", [(210.0, 240.0)]),
    ],
    # a service "due out", "due back", "due off" at a clock: its timetable, like "due at"
    "a service due out or back at a clock": [
        ("The first sailing, due out at 07:00, left eleven minutes late.", []),
        ("The last bus, due back at 23:10, never came.", []),
        ("The coach, due off at 8:20, was held.", []),
        # near-misses: footage named in the sentence
        ("The ferry in the video is due out at 3:10 and leaves at 3:40.", [(190.0, None), (220.0, None)]),
        ("In the clip the train is due in at 1:20 of the video.", [(80.0, None)]),
    ],
    # a race's split: a distance "reached in" or "passed in" a time, like "finished in"
    "a race's split reached in a time": [
        ("The leaders passed halfway, reached in 1:04:20, together.", []),
        ("The pack went by 25 km, passed in 1:14:09, still as one.", []),
        # near-misses: footage that reaches a position, a ball passed in at a position of the video
        ("The drone footage reached 3:10 before it cut out.", [(190.0, None)]),
        ("The ball is passed in at 4:12 of the video.", [(252.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_six_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
