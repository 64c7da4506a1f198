"""A table whose column is headed by a clock of the world ("Camera clock", "CCTV time", "Local time", "Time (UTC)")
beside a column of positions (blind round 63 html_md-02, a Markdown "Timeline of the footage"): the clock column
tells the day, the other column places the footage. A column headed by the footage's own time stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_PIPE = "| {left} | {right} | Event |\n|---|---|---|\n| 0:00 | {a} | Door opens |\n| 2:14 | {b} | Van leaves frame |\n"
_HTML = ("<table>\n<tr><th>At</th><th>{right}</th><th>Event</th></tr>\n<tr><td>0:12</td><td>{a}</td>"
         "<td>Bus arrives</td></tr>\n<tr><td>1:40</td><td>{b}</td><td>Bus leaves</td></tr>\n</table>")
FAMILIES = {
    "a column headed by a clock of the world": [
        (_PIPE.format(left="In video", right="Camera clock", a="23:04:51", b="23:07:05"), [(0.0, None), (134.0, None)]),
        (_PIPE.format(left="Offset", right="CCTV time", a="02:11:09", b="02:13:23"), [(0.0, None), (134.0, None)]),
        (_PIPE.format(left="Position", right="Local time", a="18:20", b="18:22"), [(0.0, None), (134.0, None)]),
        (_PIPE.format(left="Position", right="Time (UTC)", a="06:41:00", b="06:43:14"), [(0.0, None), (134.0, None)]),
        (_HTML.format(right="Doorbell clock", a="07:15:02", b="07:16:30"), [(12.0, None), (100.0, None)]),
        (_HTML.format(right="Time of day", a="19:02", b="19:04"), [(12.0, None), (100.0, None)]),
    ],
    "a column of the footage's own time stays positions": [
        (_PIPE.format(left="Note", right="Video time", a="12:04", b="13:10"),
         [(0.0, None), (724.0, None), (134.0, None), (790.0, None)]),
        (_PIPE.format(left="Note", right="Timestamp", a="3:05", b="4:40"),
         [(0.0, None), (185.0, None), (134.0, None), (280.0, None)]),
        (_HTML.format(right="Upload position", a="0:30", b="1:58"), [(12.0, None), (30.0, None), (100.0, None),
                                                                     (118.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_columns(text, expected):
    assert found_spans(text) == expected
