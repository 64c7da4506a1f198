from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import TimeFormatError
from annotate.timecode import (
    format_ass,
    format_clock,
    format_compact,
    format_editable,
    format_srt,
    format_vtt,
    parse_time,
)
from tests.strategies import seconds


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2:27", 147), ("1:02:03", 3723), ("00:02:27,500", 147.5), ("2:27.5", 147.5), ("92:05", 5525),
     ("147", 147), ("147.25s", 147.25), (12, 12.0), (1.5, 1.5)],
)
def test_parse_time_reads_every_spelling(text, expected):
    assert parse_time(text) == pytest.approx(expected)


@pytest.mark.parametrize("bad", ["-3", -1, "2:99", "1:75:00", "abc", "", True, None, float("nan"), "1:2:3:4"])
def test_parse_time_rejects_nonsense_with_the_value_in_the_message(bad):
    with pytest.raises(TimeFormatError) as info:
        parse_time(bad)
    assert repr(bad)[:6].strip("'") in str(info.value) or "negative" in str(info.value)


def test_formats():
    assert format_clock(147) == "2:27"
    assert format_clock(3723) == "1:02:03"
    assert format_srt(147.5) == "00:02:27,500"
    assert format_vtt(147.5) == "00:02:27.500"
    assert format_ass(147.5) == "0:02:27.50"
    assert format_compact(147) == "02m27s"
    assert format_clock(59.9996, places=3) == "1:00.000"  # rounding carries into the minute


@given(seconds)
def test_editable_and_srt_round_trip_to_the_millisecond(s):
    assert parse_time(format_editable(s)) == pytest.approx(s, abs=0.0005)
    assert parse_time(format_srt(s)) == pytest.approx(s, abs=0.0005)
    assert parse_time(format_vtt(s)) == pytest.approx(s, abs=0.0005)


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=59))
def test_clock_round_trip(m, s):
    assert parse_time(format_clock(m * 60 + s)) == m * 60 + s
