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


def test_a_camera_label_above_a_stamp_line_is_no_forum_handle():
    text = ("Key frames from the CCTV footage, as the camera clocks show them:\n\nCAM2\n2017-11-13 15:14:40\n"
            "The truck reaches the checkpoint.\n\nCAM_04\nNov. 13, 2017, 3:15:02 p.m.\n"
            "Soldiers run toward the bridge.\n\n"
            "bodycam\n13.11.2017 15:16:10\nThe officer draws his weapon.\n\nGate camera\n13.11.2017 15:17:10\n"
            "The driver falls.\n")
    assert [c for c, _ in _clocks(text)] == ["2017-11-13T15:14:40", "2017-11-13T15:15:02", "2017-11-13T15:16:10",
                                             "2017-11-13T15:17:10"]
    assert [c for c, _ in _clocks("cam2 | 2017-11-13 15:15:02 | soldiers run toward the bridge.\n")] \
        == ["2017-11-13T15:15:02"]
    # a forum's handle above its post's stamp is still one
    thread = "kwonj\nNovember 22, 2017, 10:32am\nThe clip is from the bridge camera.\n"
    assert extract_references(thread).clock_times == ()


def _warned(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        found = extract_references(text)
    return [(m.clock, m.caption) for m in found.clock_times], \
        [str(w.message) for w in seen if issubclass(w.category, AnnotateWarning)]


def test_an_impossible_date_beside_a_clock_is_said():
    clocks, said = _warned("Intro.\nAt 4:41:09 p.m. on 30/02/2017 the camera shows the flash.\n")
    assert [c for c, _ in clocks] == ["16:41:09"]
    assert len(said) == 1 and "line 2" in said[0] and "30/02/2017" in said[0]


@pytest.mark.parametrize(("text", "quote"), [
    ("The camera clock shows 13:15:05 p.m. as the truck leaves.", "13:15:05 p.m."),
    ("The camera clock shows 0:15:05 a.m. as the taxi leaves.", "0:15:05 a.m."),
])
def test_a_half_of_day_the_hour_cannot_take_is_said(text, quote):
    clocks, said = _warned(text)
    assert clocks == []
    assert len(said) == 1 and quote in said[0] and "line 1" in said[0]


@pytest.mark.parametrize(("text", "clock"), [
    ("The video, uploaded to YouTube on Nov. 20, 2017, shows the CCTV clock at 15:14:40 as the truck stops.",
     "15:14:40"),
    ("In footage released on 22.11.2017, the camera clock reads 15:15:02 when the soldiers run.", "15:15:02"),
    ("The video, posted on Nov. 20, 2017, shows the camera clock at 15:14:40 on 13.11.2017.",
     "2017-11-13T15:14:40"),
    ("On 13.11.2017 at 15:14:40 the camera clock shows the truck.", "2017-11-13T15:14:40"),
])
def test_an_upload_date_is_not_the_clocks(text, clock):
    assert [c for c, _ in _clocks(text)] == [clock]
