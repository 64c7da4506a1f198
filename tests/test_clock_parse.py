"""annotate.clock.parse: clock text as cameras burn it in, read back to a
time (no OCR, no footage)."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given, settings

from annotate.clock import parse as clockparse
from annotate.clock.parse import date_order, date_order_guessed, iso, parse
from tests.strategies import clock_moments, clock_styles


@pytest.mark.parametrize("text, expected", [
    ("2017-11-13 15:02:11", "2017-11-13T15:02:11.000"),
    ("2017-11-1315:02:11", "2017-11-13T15:02:11.000"),  # OCR dropped the space
    ("11/13/2017 03:12:30 PM", "2017-11-13T15:12:30.000"),
    ("13.11.2017 12:00:05 AM", "2017-11-13T00:00:05.000"),
    ("13/11/17 12:00:05 pm", "2017-11-13T12:00:05.000"),
    ("2021/06/30 23:59:59.250", "2021-06-30T23:59:59.250"),
    ("CAM 2 2017-11-13 15:O2:1l", "2017-11-13T15:02:11.000"),  # letters for digits
])
def test_parse_formats(text, expected):
    fields = parse(text)
    assert fields is not None
    order = date_order([fields])
    assert iso(fields.seconds(order)) == expected


@pytest.mark.parametrize("text", ["CAM 01", "", "25:00:00", "12:61:00", "13:00:00 PM", "2017-11-13", "15:02",
                                  "2017.11.13", "2017.11.13 15913:38"])  # a dotted date is no 17:11:13
def test_parse_refuses_what_is_no_clock(text):
    assert parse(text) is None


def test_date_order_from_values_seen_over_time():
    seen = [parse(t) for t in ("05/06/2020 23:59:59", "06/06/2020 00:00:01")]
    assert date_order([f for f in seen if f]) == "dmy"  # the first field changes: it is the day
    seen = [parse(t) for t in ("05/06/2020 23:59:59", "05/07/2020 00:00:01")]
    assert date_order([f for f in seen if f]) == "mdy"
    assert date_order([f for f in [parse("11/13/2017 01:00:00")] if f]) == "mdy"


@pytest.mark.parametrize("texts, guessed", [
    (["03/04/2017 15:00:00", "03/04/2017 15:00:09"], True),  # 3 April or 4 March: nothing tells
    (["04/04/2017 15:00:00"], False),  # the same day either way
    (["13/04/2017 15:00:00"], False),
    (["05/06/2020 23:59:59", "06/06/2020 00:00:01"], False),  # the day changed
    (["2017-04-03 15:00:00"], False),
    (["15:00:00"], False),
])
def test_a_date_that_reads_both_ways_is_said_to_be_a_guess(texts, guessed):
    """03/04/2017 was taken as 3 April without a word; a US camera means 4 March."""
    readings = [f for f in (parse(t) for t in texts) if f]
    assert date_order_guessed(readings) is guessed
    assert date_order(readings) in ("dmy", "ymd")


@settings(max_examples=200, deadline=None)
@given(clock_moments, clock_styles)
def test_parse_reads_back_what_a_camera_writes(moment, style):
    y, mo, d, h, mi, s, ms = moment
    order, sep, twelve, gap = style
    date = {"ymd": (y, mo, d), "dmy": (d, mo, y), "mdy": (mo, d, y)}[order]
    text = sep.join(f"{v:02d}" for v in date)
    hour = (h + 11) % 12 + 1 if twelve else h
    text += f"{gap}{hour:02d}:{mi:02d}:{s:02d}" + (f".{ms:03d}" if ms is not None else "")
    if twelve:
        text += " PM" if h >= 12 else " AM"
    fields = parse(text)
    assert fields is not None, text
    want = calendar.timegm((y, mo, d, h, mi, s)) + (ms or 0) / 1000
    assert fields.seconds(order) == pytest.approx(want), text


@pytest.mark.parametrize(("text", "shown"), [
    ("2017-11-13 23:59", "23:59"), ("2021-06-3023:59", "23:59"), ("CAM 3 9:05", "09:05"),
    ("2017-11-13 23:59:10", None), ("2017.11.13", None), ("10:61", None), ("24:30", None),
])
def test_a_time_of_day_to_the_minute_alone_is_told_apart(text, shown):
    """Attack report 7 #14: a clock without seconds is not read, but the reader says it saw one."""
    assert clockparse.time_without_seconds(text) == shown
    assert (clockparse.parse(text) is not None) == (text == "2017-11-13 23:59:10")
