"""Exhibits named two ways (round 56, court): "Ex. 7" in the list of exhibits and "Exhibit 7" at the end form are
one name (the dot of "Ex." ends no sentence), "body-cam" and "body-worn camera" one kind, and "911 call, 1 minute
40 seconds" states the call's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_LIST = ("Exhibits entered:\n- Ex. 3, body-worn camera of Deputy Lane, eight minutes long.\n"
         "- Ex. 4, dash camera, runs 4:00.\n- Ex. 9, 911 call, 2 minutes 30 seconds.\n\n")

FAMILIES: dict[str, list[tuple[str, object]]] = {
    "exhibit-abbreviated-in-the-list": [
        (_LIST + "The jury replayed the last 30 seconds of Exhibit 9.", [(120.0, 150.0)]),
        (_LIST + "Counsel pointed to the final 10 seconds of Exhibit 4.", [(230.0, 240.0)]),
        (_LIST + "The jury replayed the first 30 seconds of Exhibit 3.", [(0.0, 30.0)]),
    ],
    "body-cam-is-the-body-worn-camera": [
        (_LIST + "Lane said that, halfway through the body-cam video, he lowered his weapon.", [(240.0, None)]),
        (_LIST + "In the final minute of the bodycam, the door opens.", [(420.0, 480.0)]),
    ],
    "a-call-with-its-length": [
        ("Ex. 2, 911 call, 1 minute 20 seconds.\n\nThe dispatcher hangs up in the last 10 seconds.",
         [(70.0, 80.0)]),
    ],
    # near-misses: a name not in the list and a bare noun count from the nearest length; a call that is no length
    "near-misses": [
        (_LIST + "The jury replayed the last 30 seconds of Exhibit 12.", [(120.0, 150.0)]),
        (_LIST + "The jury replayed the last 30 seconds of the video.", [(120.0, 150.0)]),
        ("She made the call, 2 minutes later.", []),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_exhibit_named_two_ways_is_one_work(text, expected):
    assert found_spans(text) == expected
