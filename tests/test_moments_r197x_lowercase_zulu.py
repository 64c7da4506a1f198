"""Zulu time's zone letter written lower-case and glued to the clock, as aviation and military logs often write it
("15:14z", "2017-11-13T15:14:40z"): read as "15:14Z" is, a clock time with the zone "Z" (it gave nothing at all). A
lone "z" after a space is a word in other languages ("o 15:14 z kolegą"), no zone."""

from __future__ import annotations

import warnings

import pytest

from annotate import extract_references
from annotate.clocktext import parse_clock
from annotate.errors import AnnotateWarning


def _found(text: str) -> tuple[list[float | None], list[str | None]]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        found = extract_references(text, 600.0)
    assert not [w for w in seen if issubclass(w.category, AnnotateWarning)]
    for m in found.clock_times:
        assert m.clock is not None and parse_clock(m.clock).text() == m.clock
    return [m.start for m in found.moments], [m.clock for m in found.clock_times]


@pytest.mark.parametrize(("text", "clock"), [
    ("The bodycam timestamp shows 15:14:40z when the car arrives.", "15:14:40 Z"),
    ("The drone log has the strike at 15:14z, and at 0:45 in the clip a man falls.", "15:14 Z"),
    ("The stamp reads 2017-11-13T15:14:40z when the car arrives.", "2017-11-13T15:14:40 Z"),
    ("Its creation_time is 2017-11-13T15:14:40.000000z when the car arrives.", "2017-11-13T15:14:40 Z"),
])
def test_a_lower_case_zulu_letter_is_read_as_z(text, clock):
    positions, clocks = _found(text)
    assert clocks == [clock]
    assert positions == ([45.0] if "0:45" in text else [])


@pytest.mark.parametrize(("text", "clock"), [
    ("The bodycam timestamp shows 15:14:40Z when the car arrives.", "15:14:40 Z"),
    ("Pociąg odjechał o 15:14 z peronu trzeciego.", "15:14"),
])
def test_the_capital_letter_and_a_lone_z_are_read_as_before(text, clock):
    assert _found(text)[1] == [clock]
