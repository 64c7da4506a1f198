"""Clock times of attack report 9 (section C): a fraction of a second, ISO 8601's combined date and time and Zulu's
"Z", zones at a sentence's end and of the forms the reader missed, and dates in the orders it missed. Each clock is
read back through the timeline's own ``clock`` field (:func:`annotate.clocktext.parse_clock`)."""

from __future__ import annotations

import warnings

import pytest

from annotate import extract_references
from annotate.clocktext import parse_clock
from annotate.errors import AnnotateWarning


def _found(text: str, duration: float | None = None) -> tuple[list[float | None], list[tuple[str | None, str]]]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        found = extract_references(text, duration)
    assert not [w for w in seen if issubclass(w.category, AnnotateWarning)]
    for m in found.clock_times:
        assert m.clock is not None and parse_clock(m.clock).text() == m.clock
    return [m.start for m in found.moments], [(m.clock, m.caption) for m in found.clock_times]


# Bug 6: a CCTV stamp's fraction of a second made the time of day a footage position the footage cannot reach.
@pytest.mark.parametrize(("text", "duration", "clock"), [
    ("At 15:14:40.250 on 2017-11-13 the car arrives at the gate.", 600.0, "2017-11-13T15:14:40.25"),
    ("At 23:59:58.500 the car arrives.", None, "23:59:58.5"),
    ("At 23:59:58,5 the car arrives.", None, "23:59:58.5"),
    ("At 15:14:40.250 the car arrives.", 600.0, "15:14:40.25"),
])
def test_a_time_of_day_with_a_fraction_of_a_second_is_a_clock_time_when_the_footage_cannot_reach_it(
        text, duration, clock):
    positions, clocks = _found(text, duration)
    assert positions == []
    assert [c for c, _ in clocks] == [clock]


def test_a_fraction_of_a_second_the_footage_reaches_stays_a_position():
    assert _found("At 0:04:40.250 in the video the car arrives.", 600.0)[0] == [280.25]


# Bug 7: ISO 8601's combined form, with or without its zone, and "15:14:40Z" gave nothing at all.
@pytest.mark.parametrize(("text", "clock"), [
    ("The timestamp reads 2017-11-13T15:14:40 as the car arrives.", "2017-11-13T15:14:40"),
    ("The bodycam timestamp shows 15:14:40Z when the car arrives.", "15:14:40 Z"),
    ("Logged at 2017-11-13T15:14:40+03:00, the video shows the car arriving.", "2017-11-13T15:14:40 +03:00"),
    ("Its creation_time is 2017-11-13T15:14:40.000000Z when the car arrives.", "2017-11-13T15:14:40 Z"),
    ("The stamp reads 2017-11-13T15:14:40.5Z when the car arrives.", "2017-11-13T15:14:40.5 Z"),
    ("The stamp reads 2017-11-13T15:14Z when the car arrives.", "2017-11-13T15:14 Z"),
])
def test_an_iso_8601_date_time_is_a_clock_time_with_its_date_and_zone(text, clock):
    positions, clocks = _found(text, 600.0)
    assert positions == []
    [(got, caption)] = clocks
    assert got == clock
    assert "T15" not in caption and "Z" not in caption and "2017" not in caption


# Bug 8: "Z." ended no sentence; "GMT+5.30" lost its minutes; NZDT and a dotted "E.T." were no zones.
@pytest.mark.parametrize("clock_said", ["15:15:20 Z", "15:15 Z", "3:15:20 p.m. Z"])
def test_zulu_at_a_sentence_s_end_ends_it(clock_said):
    positions, clocks = _found(f"The drone strike was logged at {clock_said}. At 0:45 in the clip a man falls.")
    assert positions == [45.0]
    [(clock, caption)] = clocks
    assert clock is not None and clock.endswith(" Z") and caption == "The drone strike was logged"


@pytest.mark.parametrize(("text", "clock", "caption"), [
    ("At 09:15:00 GMT+5.30 the car arrives.", "09:15:00 GMT+5.30", "the car arrives"),
    ("The convoy was hit at 15:15:20 NZDT. At 0:45 in the clip a man falls.", "15:15:20 NZDT", "The convoy was hit"),
    ("The convoy was hit at 3:15:20 p.m. NZST. At 0:45 in the clip a man falls.", "15:15:20 NZST",
     "The convoy was hit"),
    ("At 3:15:20 p.m. E.T. the camera shows the gate. At 0:45 in the clip a man falls.", "15:15:20 E.T.",
     "the camera shows the gate"),
    ("The gate opened at 3:15:20 p.m. E.S.T. At 0:45 in the clip a man falls.", "15:15:20 E.S.T.",
     "The gate opened"),
])
def test_a_zone_stays_with_its_clock(text, clock, caption):
    _, clocks = _found(text)
    assert clocks == [(clock, caption)]


# Bug 9: a dotted year-first date and a dashed month-first one beside a clock were dropped without a word.
@pytest.mark.parametrize(("date", "clock"), [
    ("2017.11.13", "15:14:40"), ("11-13-2017", "03:14:40 PM"), ("13-11-2017", "15:14:40"), ("2017.1.3", "15:14:40"),
])
def test_a_date_in_figures_beside_a_clock_is_read_in_every_order(date, clock):
    _, clocks = _found(f"The camera timestamp reads {date} {clock} when the car arrives.")
    expected = "2017-01-03T15:14:40" if date == "2017.1.3" else "2017-11-13T15:14:40"
    assert [c for c, _ in clocks] == [expected]


def test_a_dashed_date_that_reads_both_ways_names_no_day():
    _, clocks = _found("The camera timestamp reads 03-04-2017 15:14:40 when the car arrives.")
    assert [c for c, _ in clocks] == ["15:14:40"]
