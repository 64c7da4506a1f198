"""Families of misses that blind round 9 (`tests/data/moments_genres_round9.jsonl`) exposed, each with
sentences written for the family (not the round's own) and near-misses that must stay as they are (the
round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a time told straight after a distance is that distance's split, not a position
    "race splits after a distance": [
        ("Her splits were 10 km 33:05 and 20 km 1:06:40; in the broadcast the break comes at 1:12:30.",
         [(4350.0, None)]),
        ("Official splits: 5K 15:58, 10K 31:40, half 1:07:12.", []),
        ("He passed 25 km in 1:21:30 and the mile 20 sign soon after.", []),
        # near-misses: a distance, then a position said with "at" in the footage; the half of a video
        ("The 10 km mark is reached at 32:41 in the stream.", [(1961.0, None)]),
        ("Watch the second half: at 12:30 in the clip the lead changes.", [(750.0, None)]),
    ],
    # "at" a spoken clock reading, "in", then the sentence's verb: minutes and seconds, not "a minute"
    "spoken offset after 'at' before the verb": [
        ("the save at a minute forty in is ridiculous", [(100.0, None)]),
        ("That try at two-ten in was the best of the season.", [(130.0, None)]),
        # near-misses: no "at" before the reading; "in" a place
        ("a minute twenty in is all it takes to boil", []),
        ("we met at two-thirty in Leeds and it was great", []),
    ],
    # a past event at a clock time, after a camera's clock was read in the same sentence, is in the world
    "past event after a camera-clock reading": [
        ("The ruling notes that the timestamp on the lobby camera reads 03:40:12 when the door is forced and that "
         "the guard returned at 03:55.", []),
        ("The report says the doorbell camera reads 19:02:55 as the van pulls up and that police arrived at 19:40.",
         []),
        # near-misses: the same sentence going on in the footage, in the present or with "in the clip"
        ("The dashcam clock reads 14:02:11 when the car brakes, and the truck appears at 2:40 in the video.",
         [(160.0, None)]),
        ("The doorbell camera shows 19:02:55 as the van pulls up; the parcel vanished at 0:48 in the clip.",
         [(48.0, None)]),
    ],
    # HTML list items after an item a schedule label opens are a line-up, not a footage log
    "line-ups in HTML lists": [
        ("<ol><li>Gates: 12:30</li><li>Opening set: 13:15</li><li>Main stage: 14:00&ndash;15:30</li></ol>", []),
        ("<ul><li>Doors open: 18:30</li><li>Film: 19:15 to 21:00</li></ul>", []),
        # near-misses: a list of footage positions (from 0:00, or with no schedule label); a list then prose
        ("<ul><li>Intro: 00:00</li><li>First goal: 12:40</li><li>Red card: 31:05</li></ul>",
         [(0.0, None), (760.0, None), (1865.0, None)]),
        ("<ul><li>Opening: 12:40</li><li>Second goal: 31:05</li></ul>", [(760.0, None), (1865.0, None)]),
        ("<ul><li>Doors: 19:00</li></ul><p>In the aftermovie, the headliner walks on at 12:45.</p>", [(765.0, None)]),
    ],
    # a footage length compared with another's, "is shorter, at ...", spelled or as a clock
    "compared lengths": [
        ("The director's cut of the video is much longer, at 14 minutes, and the crash comes at 9:12.",
         [(552.0, None)]),
        ("The teaser, posted a week earlier, was shorter, at 45 seconds.", []),
        # near-miss: "longer at" with no comma or verb of being narrates footage
        ("In the video the queue grows longer at 2 minutes 10 seconds, when the doors open.", [(130.0, None)]),
    ],
    # footage said not to be the source ("not from the video") does not make a clock a position
    "footage said not to be the source": [
        ("Police say the door was forced at 02:40, a time from the alarm log, not from the footage.", []),
        ("The log says the pump failed at 08:15, not in the video.", []),
        # near-misses: the footage is the source, another is not
        ("The pump fails at 8:15 in the video, not in the log.", [(495.0, None)]),
        ("The shot at 2:10 comes from the video, not from the broadcast feed.", [(130.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_nine_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
