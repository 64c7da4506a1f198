"""A bare clock in the same hour as a post's stamp with p.m. or a zone just before it (blind round 100, a broadband
forum): "**fibre_guy_31** posted 2026-Nov-14, 11:41 pm AEDT (edited 11:44 pm) / Back up at 11:20." A clock with a
two-digit hour told in a sentence naming no footage, soon after a time of day in the same hour, is that day's time
whether its minute is later or earlier (a post tells what happened before it went up). A clock with a one-digit hour
(as footage positions are told) or in a sentence naming the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a two-digit clock in the hour of the stamp just before is the day's": [
        ("**dj_ozzy** posted 14 Nov, 10:52 pm AEDT\nBack on at 10:31 here in Penrith. Fridge survived.", []),
        ("Posted by tramfan · 12:18 PM GMT\nSignals out from Deansgate since 12:02. Nothing moving.", []),
    ],
    "a one-digit clock, or one in a sentence naming footage, stays a position": [
        ("Reply #3 — 1:05 PM\nThe rider goes down at 1:02, look at the front wheel.", [(62.0, None)]),
        ("posted 10:52 pm\nIn the video the dog escapes at 10:31.", [(631.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_same_hour_after_stamp(text, expected):
    assert found_spans(text) == expected
