"""One recording that stops at a time (blind round 84): "the Week 6 recording cuts out after 52:10" says where that
recording stops, a point in it (as round 40's "after the 3-minute mark"), not a camera's or every recording's limit.
A device's limit ("The camera cuts off after 9:59"), a habit ("Recording always stops after 29:59") and a limit
said as such ("because of the limit") stay no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "one recording named with its determiner stops after a time": [
        ("Heads up: the Tuesday lab recording cuts out after 41:05, so watch the rest in the slides.",
         [(2465.0, None)]),
        ("Sorry all, my upload just ends after 3:12 and I don't have the rest.", [(192.0, None)]),
        ("The lecture video stops after 1:02:30; the last example was never captured.", [(3750.0, None)]),
    ],
    "a device's or every recording's limit stays no moment": [
        ("Recording always stops after 14:59 on this bodycam model.", []),
        ("The camera cuts off after 9:59 due to the heat limit.", []),
        ("The recording stops after 29:59 because of the limit.", []),
        ("Clips stop after 4:59 on the free plan.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_cuts_out(text, expected):
    assert found_spans(text) == expected
