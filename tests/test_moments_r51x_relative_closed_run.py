"""A work named with where it is, a relative clause about it, then its verb of running (round 51): "Leclerc's full
onboard on F1TV, which is basically the whole race — runs 1 hr 38 min" states the onboard's length, closed by a dash
or a comma, so "in the final 20 minutes" of it counts from 1 h 38 min. A thing that is no footage keeps its running
time to itself."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the work's length past its relative clause": [
        ("Leclerc's full onboard on F1TV, which is basically the whole race — runs 1 hr 38 min. The overtake is in "
         "the final 20 minutes somewhere.", [(4680.0, 5880.0)]),
        ("The bodycam file from the second officer, which nobody had seen, runs 23 minutes. The arrest comes two "
         "minutes before the end.", [(1260.0, None)]),
        ("Her phone video from the balcony, which she posted that night — lasts 4 minutes. Halfway through, the "
         "crane tips over.", [(120.0, None)]),
    ],
    "left alone": [
        ("The train on the main line, which is always late — runs 40 minutes. In the final 5 minutes nothing "
         "happens.", []),
        ("The ferry from Dover, which is always packed, runs 90 minutes; halfway through it I was seasick.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_closed_run(text, expected):
    assert found_spans(text) == expected
