from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import TimeFormatError
from annotate.timecode import (
    floor_millis,
    format_clock,
    format_clock_exact,
    format_editable,
    format_hms,
    format_vtt,
    frame_among,
    frame_of,
    millis,
    parse_time,
    seconds_of,
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
    assert format_vtt(147.5) == "00:02:27.500"
    assert format_hms(147.9) == "00:02:27"  # the second on screen, never rounded up
    assert format_hms(3723) == "01:02:03"
    assert format_clock(59.9996, places=3) == "1:00.000"  # rounding carries into the minute


@given(seconds)
def test_editable_and_vtt_round_trip_to_the_millisecond(s):
    """Files get the millisecond at or before the time (a frame's pts written
    rounded up misses that frame), never more than a millisecond before it."""
    for written in (parse_time(format_editable(s)), parse_time(format_vtt(s)), floor_millis(s) / 1000):
        assert s - 0.001 < written <= s + 1e-9
    assert millis(s) / 1000 == pytest.approx(s, abs=0.0005)
    assert floor_millis(s, 10) / 1000 == pytest.approx(s, abs=0.01) and floor_millis(s, 10) / 1000 <= s + 1e-9


def test_a_frame_time_is_written_rounded_down_and_whole_milliseconds_stay_whole():
    assert format_editable(105 * 1001 / 30000) == "0:03.503"  # frame 105 at 29.97, pts 3.5035
    assert format_vtt(2 * 1001 / 30000) == "00:00:00.066"  # pts 0.0667
    assert floor_millis(299 * 1001 / 30000, 10) == 9970  # pts 9.9766: ASS's 9.97, not 9.98
    assert format_editable(12.345) == "0:12.345" and floor_millis(3.003) == 3003  # (12.3449999 in floats)


def test_the_caption_time_label_is_the_second_on_screen():
    assert format_clock(158.6, floor=True) == "2:38" and format_clock(158.6) == "2:39"
    assert format_clock(3599.99, floor=True) == "59:59" and format_clock(180.0 - 1e-12, floor=True) == "3:00"


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=59))
def test_clock_round_trip(m, s):
    assert parse_time(format_clock(m * 60 + s)) == m * 60 + s


def test_subtitle_fields_count_milliseconds():
    assert seconds_of("00", "02", "27", "500") == 147.5
    assert seconds_of(0, 0, 1, "5") == 1.005  # SRT's digits after the comma count milliseconds
    assert seconds_of(1, 0, 0, None) == 3600


@pytest.mark.parametrize("fps", [30.0, 30000 / 1001, 25.0, 24000 / 1001, 60.0])
def test_every_frame_written_to_the_millisecond_names_that_frame(fps):
    """The drift bug: 85.0333 s (frame 2551 at 30 fps) is written 1:25.033;
    floor(85.033 * 30) is frame 2550, the last frame of the shot before."""
    starts = [k / fps for k in range(3 * 3600 * 30)]
    for k in range(0, len(starts), 7):
        written = parse_time(format_editable(starts[k]))
        assert frame_of(written, fps) == k
        assert frame_among(starts, written) == k
    assert frame_of(85.033, 30) == 2551


def test_frame_among_takes_the_nearest_start_and_keeps_a_tie_inside_the_span():
    starts = [0.0, 0.04, 0.08]
    assert frame_among(starts, -1) == 0
    assert frame_among(starts, 0.019) == 0
    assert frame_among(starts, 0.02) == 0 and frame_among(starts, 0.02, end=True) == 1
    assert frame_among(starts, 0.021) == 1
    assert frame_among(starts, 0.07) == 2
    assert frame_among(starts, 9) == 2
    assert frame_of(0.51, 1) == 1 and frame_of(0.49, 1) == 0 and frame_of(-3, 25) == 0
    # Exactly halfway a span keeps the frame in doubt: 57.5 (computed 57.49999999999999).
    assert frame_of(2.3, 25) == 57 and frame_of(2.3, 25, end=True) == 58
    assert frame_among([2.28, 2.32], 2.3) == 0 and frame_among([2.28, 2.32], 2.3, end=True) == 1


@pytest.mark.parametrize(("text", "seconds"), [
    ("0" * 5000 + "1:00", 60.0),
    ("0" * 5000 + "1:02:03", 3723.0),
    ("1:" + "0" * 5000 + "2:03,5", 3723.5),
])
def test_a_time_padded_with_thousands_of_zeros_is_read(text, seconds):
    assert parse_time(text) == seconds


@pytest.mark.parametrize("text", ["9" * 5000 + ":00", "1" + "0" * 30 + ":00:00", "1:" + "7" * 5000 + ":00"])
def test_a_time_of_thousands_of_digits_is_a_time_format_error(text):
    # int() refused over 4300 digits with a ValueError: a traceback from the CLI.
    with pytest.raises(TimeFormatError, match="more than 604800 s|minutes over 59"):
        parse_time(text)


def test_subtitle_fields_of_any_width_are_read():
    assert seconds_of("0" * 5000 + "1", "02", "03", "0" * 5000 + "500") == 3723.5
    assert seconds_of("9" * 5000, "00", "00") > 7 * 24 * 3600


@pytest.mark.parametrize(("value", "text"), [(0.4, "0:00.4"), (0.437, "0:00.437"), (60.0, "1:00"), (59.6, "0:59.6"),
                                             (3723.25, "1:02:03.25"), (0.0004, "0:00")])
def test_format_clock_exact_shows_the_millisecond_and_no_more(value, text):
    assert format_clock_exact(value) == text


@given(seconds)
def test_format_clock_exact_reads_back_to_the_millisecond(value):
    text = format_clock_exact(value)
    assert millis(parse_time(text)) == millis(value)
    assert not re.search(r"\.\d*0$", text)  # no trailing zeros


@pytest.mark.parametrize(("text", "fps", "expected"), [
    ("00:02:27:12", 25.0, 147.48), ("00:02:27:12", None, 147.4), ("01:00:00:29", 29.97, 3600 + 29 / 29.97),
    ("00:00:00:00", 24.0, 0.0),
])
def test_parse_time_reads_editor_timecode_counting_frames_at_the_rate_given(text, fps, expected):
    """HH:MM:SS:FF, as editors write it: frames at ``fps``, else at ARTICLE_TIMECODE_FPS."""
    assert parse_time(text, fps=fps) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "fps"), [("00:02:27:25", 25.0), ("00:02:27:30", None), ("00:61:00:00", 25.0),
                                           ("00:02:60:00", 25.0)])
def test_editor_timecode_with_a_field_out_of_range_is_refused(text, fps):
    with pytest.raises(TimeFormatError) as info:
        parse_time(text, fps=fps)
    assert text in str(info.value)
