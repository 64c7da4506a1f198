"""A full date written beside a clock read to the second makes it the day's clock, its hour one digit or two
("In the clip the driver gets out at 9:15:14 on 12 March 2024" was a position 33,314 s in; "0:15:14 on 2024-03-12"
one at 914): a position in footage carries no date. A position with no date beside it ("at 1:04:10 in the video"),
or a date told apart from it in another clause, stays one."""

from __future__ import annotations

import pytest

from annotate import extract_references


def _found(text: str) -> tuple[list[float | None], list[str | None]]:
    found = extract_references(text)
    return [m.start for m in found.moments], [m.clock for m in found.clock_times]


@pytest.mark.parametrize(("text", "clock"), [
    ("In the clip the driver gets out at 9:15:14 on 12 March 2024.", "2024-03-12T09:15:14"),
    ("In the clip the driver gets out at 0:15:14 on 2024-03-12.", "2024-03-12T00:15:14"),
    ("At 0:12 in the clip the van stops, and at 0:15:14 on 12.03.2024 the driver gets out.", "2024-03-12T00:15:14"),
    ("The camera shows the driver at 7:02:40, 2024-03-12, leaving the van.", "2024-03-12T07:02:40"),
    ("The camera shows the driver at 7:02:40 on March 12, 2024.", "2024-03-12T07:02:40"),
])
def test_a_date_beside_a_clock_makes_it_the_days(text, clock):
    positions, clocks = _found(text)
    assert clocks == [clock]
    assert positions == ([12.0] if "0:12" in text else [])


@pytest.mark.parametrize(("text", "positions"), [
    ("At 1:04:10 in the video the driver gets out.", [3850.0]),
    ("The video was posted on 12 March 2024, and at 1:04:10 the driver gets out.", [3850.0]),
])
def test_a_position_with_no_date_beside_it_stays_one(text, positions):
    assert _found(text)[0] == positions
