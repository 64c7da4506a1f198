"""Clock times of attack report 8 (section C): zones after a half of day, offsets, the end of the day, camera
labels above a stamp line, impossible dates and meridiems, and dates that are not the clock's."""

from __future__ import annotations

import warnings

import pytest

from annotate import extract_references
from annotate.errors import AnnotateWarning


def _clocks(text: str) -> list[tuple[str | None, str]]:
    found = extract_references(text)
    assert not found.moments, [m.quote for m in found.moments]
    return [(m.clock, m.caption) for m in found.clock_times]


@pytest.mark.parametrize(("text", "clock", "caption"), [
    ("At 3:15:20 p.m. CEST the surveillance camera shows the door opening.", "15:15:20 CEST",
     "the surveillance camera shows the door opening"),
    ("At 3:15:20 p.m. KST the surveillance camera shows the door opening.", "15:15:20 KST",
     "the surveillance camera shows the door opening"),
    ("At 3:15:20 p.m. Kyiv time the surveillance camera shows the door.", "15:15:20 Kyiv time",
     "the surveillance camera shows the door"),
    ("At 3:15 p.m. CEST on 13 November 2017, the camera clock shows the gate.", "2017-11-13T15:15 CEST", None),
    ("At 3:15:20 p.m. UTC\u22125 the surveillance camera shows the door opening.", "15:15:20 UTC-5",
     "the surveillance camera shows the door opening"),
    ("At 3:15:20 p.m. +0300 the surveillance camera shows the door opening.", "15:15:20 +0300",
     "the surveillance camera shows the door opening"),
    ("At 3:15:20 p.m. Eastern Time the surveillance camera shows the door opening.", "15:15:20 Eastern Time",
     "the surveillance camera shows the door opening"),
    ("At 09:15:00 GMT+5:30 the car arrives, the CCTV clock shows.", "09:15:00 GMT+5:30", None),
])
def test_a_zone_after_the_clock_ends_the_time_phrase_not_the_sentence(text, clock, caption):
    [(got, cap)] = _clocks(text)
    assert got == clock
    if caption is not None:
        assert cap == caption
    assert "p.m" not in cap


@pytest.mark.parametrize(("text", "clock"), [
    ("The officer arrives at 24:00:00 on 13.11.2017.", "2017-11-14T00:00:00"),
    ("The officer arrives at 24:00:00.", "00:00:00"),
])
def test_the_end_of_the_day_is_a_clock_time(text, clock):
    assert [c for c, _ in _clocks(text)] == [clock]
