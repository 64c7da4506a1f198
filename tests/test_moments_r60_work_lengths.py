"""Round 60: a work's runtime said in a review's own words is the length its end forms and fractions count from:
the work named as what it is to its maker ("her second feature runs 2 hours 11 minutes"), "It runs 58 minutes and
wastes none of them" (a verb after "and"), an apposition closed by its comma ("Tide Line, her documentary about the
last ferrymen, runs 1 hour 44 minutes"), "sit through all 1 hr 52 min". A stretch whose start is said before its
length ("begins about 47 minutes in and runs for nine minutes") is the stretch's length, not the work's. A time
said as elapsed ("comes about 31.15 in") is a position whatever the tense of a relative clause before it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the work's runtime in a review's words": [
        ("Her second feature runs 1 hour 40 minutes. Halfway through the film, the tone turns.",
         [(3000.0, None, True)]),
        ("Our pilot episode aired last week. It runs 40 minutes and earns every one. The last five minutes are "
         "a gut punch.", [(2100.0, 2400.0, False)]),
        ("Tide Line, Mara Holt's documentary about the last ferrymen of the Humber, runs 1 hour 30 minutes and "
         "never hurries. The final ten minutes are silent.", [(4800.0, 5400.0, False)]),
        ("Skip the stream (unless you want to sit through all 2 hr 10 min). The final minute has the reveal.",
         [(7740.0, 7800.0, False)]),
        # near-misses: "it" with no work named; a past event's length; "all 90 minutes" of a match played
        ("We waited at the gate. It lasted 40 minutes and ended badly. The last five minutes were tense.", []),
        ("He played through all 90 minutes. In the final minute he scored.", []),
    ],
    "a stretch's own length is no work's": [
        ("The film runs 2 hours. A single take that begins about 30 minutes in and runs for six minutes is the "
         "peak; halfway through the film the mood shifts.",
         [(1800.0, 2160.0, True), (3600.0, None, True)]),
        ("The documentary runs 90 minutes. The interview begins 20 minutes into the film and lasts eight "
         "minutes. The final two minutes are archive.",
         [(1200.0, 1680.0, False), (5280.0, 5400.0, False)]),
        # near-miss: a work's length after its start said elsewhere
        ("The episode runs 50 minutes and the last five minutes are the best.", [(2700.0, 3000.0, False)]),
    ],
    "elapsed with a future in a relative clause": [
        ("The scene everyone will be quoting comes about 21.40 in, when she laughs.", [(1300.0, None, True)]),
        ("The line you will remember arrives at 12:05 in, right after the crash.", [(725.0, None, False)]),
        # near-misses: a time of day in the future
        ("The match will kick off at 7.45 tonight.", []),
        ("The bus will leave at 10:15 in the morning.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_work_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
