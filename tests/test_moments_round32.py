"""Families of misses that blind round 32 (`tests/data/moments_genres_round32.jsonl`) exposed, each with sentences
written for the family (not the round's own) and near-misses that must stay as they are (the round itself is held
at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a line-up's act right before its set's clock, in a list, a table or prose: "Support act 19:15",
    # "Headliners from 20:45 to 22:15" (a range told with "from" too)
    "line-up acts and their sets": [
        ("Stage times, Sunday:\nThe Pale Moths 17:40\nGrey Harbour 19:00\nHeadliner from 20:50 to 22:20", []),
        ("<ul><li>Box office opens 17:00</li><li>Opening act 18:10</li><li>Headliners 20:30&ndash;22:00</li></ul>", []),
        ("**Doors** 18:00 · **Opening act** 18:45 · **Headliner** from 20:30 to 22:00", []),
        ("| Act | Set |\n|---|---|\n| Support band | 19:05 |\n| Headliners | 20:40–22:10 |", []),
        ("Warm-up set 17:30 – DJ set 18:15 – headline set 20:00–21:30", []),
        ("SUPPORT ACT:\u00a019:20. Encore: 22:35", []),
        # near-misses: a concert film's or a recap's positions of its acts stay positions
        ("The headliners come on at 1:02:10 in the stream.", [(3730.0, None)]),
        ("In the concert film the headliners come on at 12:40.", [(760.0, None)]),
        ("Concert film chapters: support act 00:40, headliners 21:10", [(40.0, None), (1270.0, None)]),
        ("In the recap video the encore starts at 21:05.", [(1265.0, None)]),
    ],
    # a race or title won "in" a time, a point of the course passed "in" a time: a finisher's time, no position
    "race results won or passed in a time": [
        ("Kwame Adjei won the junior men's race in 2:11:47, and Lina Berg took the veterans' title in 2:49:05.", []),
        ("Nadia Osei retained her national 10,000m title in 31:40 on Friday.", []),
        ("The lead pack of nine was passing halfway in 1:04:02, well outside record pace.", []),
        ("The leaders reached 30 km in 1:30:12 and the turn at 35 km soon after.", []),
        ("Ortiz, 34, CLAIMED the 50 km walk crown in 3:52:10.", []),
        # near-misses: a broadcast's positions of the same moments, and a title won in a stated part of a video
        ("The winner crosses the line at 2:07:32 in the broadcast.", [(7652.0, None)]),
        ("He won the race in 1:02:10 of the stream.", [(3730.0, None)]),
        ("She takes the lead in 12:40 of the replay.", [(760.0, None)]),
        ("In the highlights the pack passes halfway at 14:05.", [(845.0, None)]),
    ],
    # world times told as a habit ("usually from"), a correction box's clocks, and when a recording began
    "habitual, corrected and recording-start clocks": [
        ("The choir rehearses in the crypt, normally between 7:15 and 8:45 on Thursdays.", []),
        ("Anglers fish off the north jetty, typically from 4:45 to 6:30 before the ferries start.", []),
        ("Correction: A previous version of this article said the vote closes at 20:00. It closes at 21:30.", []),
        ("**Clarification:** the parade leaves the town hall at 13:30, not 13:00; floats assemble from 12:15.", []),
        ("The owner says the camera was an hour fast and that filming began at 14:10, not 15:10.", []),
        ("Court papers say the livestream only started at 21:04.", []),
        # near-misses: a habit or a correction about footage, the start of a recording told inside it
        ("The sponsor read is usually at 2:10 in the video.", [(130.0, None)]),
        ("The intro usually runs until 0:45 on his channel.", [(45.0, None)]),
        ("Correction: an earlier version of this story said the goal comes at 12:40 in the highlights. It comes at "
         "14:10.", [(760.0, None), (850.0, None)]),
        ("In the video the recording started at 0:12.", [(12.0, None)]),
        ("> **Correction:** an earlier version of this post said the dog jumps at 2:14. It jumps at 2:41.",
         [(134.0, None), (161.0, None)]),
    ],
    # a round clock compared, in a sentence about footage, with a time no clock reads: both are the footage's
    "footage times compared with one past the clock's hours": [
        ("Someone spotted that the French captions slip: they're right until 12:00 but by 27:40 they trail badly.",
         [(720.0, None), (1660.0, None)]),
        ("The captions are in sync until 10:00, but at 31:15 they lag a full line.", [(600.0, None), (1875.0, None)]),
        ("The audio drifts: fine up to 20:00, off by half a second at 44:10.", [(1200.0, None), (2650.0, None)]),
        # near-misses: a clock of the world beside a length of footage, a sentence naming no footage
        ("The meeting ran until 12:00, and the video of it is 45:10 long.", []),
        ("The shop is open until 12:00 on Sundays, and the queue took 25:30 to clear.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_two_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
