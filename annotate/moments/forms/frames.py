"""Frame numbers at a rate the text states ("recorded at 24 fps ... frame 2,160" = 90 s, "Frames 2,400 to 2,520"):
positions, as rounds 51 and 57 read them. A frame that a timecode of the same value restates in its sentence
("Frame 1,042 of the 30fps drone video (0:34.7)", "at 0:49.4 — ... in frame 2,964") is that moment told twice,
and the timecode alone counts (rounds 6 and 44); a frame count ("Frames 479 ·" in an infobox, "480 frames") is no
position."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotate.moments.forms.candidate import Candidate, parse_timecode_text
from annotate.moments.patterns import FRAME_RATE, TIMECODE

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d|,\d)"
_FRAME = re.compile(
    rf"(?<![\w-])frames?\s+(?:no\.?\s*|number\s+|#)?(?P<a>{_NUMBER})"
    rf"(?:\s*(?:to|through|–|-)\s*(?:frame\s+)?(?P<z>{_NUMBER}))?"
    # (not a count set out as a label's value: "Frames 479 · Format 8 mm", nor a rate: "frame 24 fps")
    r"(?![\d.,:]\d|\s*(?:fps|frames|[·|]|\n|$))",
    re.IGNORECASE,
)
# How close a timecode must be to a frame's time to restate it (a timecode rounds to a tenth of a second).
RESTATED_SECONDS = 0.1


def find_frames(text: str, b: int, e: int, fps: float | None) -> Iterator[Candidate]:
    """Each frame number or pair of them in text[b:e] as a point or range, when ``fps`` (a rate the text states)
    is known; none that a timecode in the sentence restates."""
    if fps is None or "frame" not in text[b:e].lower():
        return
    own = FRAME_RATE.search(text, b, e)  # a camera's own rate told beside its frame: "the camera runs at 15 fps"
    fps = float(own.group("fps")) if own and 1 <= float(own.group("fps")) <= 300 else fps
    for m in _FRAME.finditer(text, b, e):
        start = int(m.group("a").replace(",", "")) / fps
        stop = None if m.group("z") is None else int(m.group("z").replace(",", "")) / fps
        if stop is not None and stop <= start or _restated(text, b, e, start):
            continue
        yield Candidate("point" if stop is None else "range", m.start(), m.end(), start=start, stop=stop)


def _restated(text: str, b: int, e: int, seconds: float) -> bool:
    """A timecode in the sentence tells the same time."""
    for t in TIMECODE.finditer(text, b, e):
        value = parse_timecode_text(t.group(), 30.0)
        if value is not None and abs(value[0] - seconds) <= RESTATED_SECONDS:
            return True
    return False
