"""Synthetic clips with a burnt-in clock drawn by ffmpeg's drawtext, for the
clock reader's hostile tests and its benchmark: each part of a clip shows a clock
from its own start value at its own rate (0: frozen), or none; boxes may
cover the clock for a while. The expected readings are computed from the
same numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from annotate import ffmpeg
from media_samples.script import FPS  # one frame rate for all generated footage

SIZE = (640, 360)
FONT_SIZE_PX = 20
DATE = "2021-06-30"


@dataclass(frozen=True)
class Part:
    start: float  # clip seconds
    end: float
    clock: float | None  # seconds after midnight at ``start``; None: no clock drawn
    rate: float = 1.0
    style: str = "24h"  # "24h" (date and time), "d/m/y" (the date as dd/mm/yyyy), "time" (HH:MM:SS, no date)
    # or "timecode" (HH:MM:SS:FF, no date), or "minutes" (date and HH:MM: a clock that shows no seconds)
    xy: tuple[int, int] = (12, 10)
    date: str = DATE  # YYYY-MM-DD

    def shown(self, frame: int) -> int | None:
        """The whole second this part's clock shows on ``frame`` (None: no clock)."""
        if self.clock is None:
            return None
        return math.floor(self.clock + self.rate * (frame / FPS - self.start) + 1e-9)


def _text(part: Part) -> str:
    c, r, t0 = part.clock, part.rate, part.start
    now = f"({c}+{r}*(t-{t0}))"
    hms = (f"%{{eif:mod(trunc({now}/3600),24):d:2}}\\:%{{eif:mod(trunc({now}/60),60):d:2}}"
           f"\\:%{{eif:mod(trunc({now}),60):d:2}}")
    if part.style == "minutes":
        return f"{part.date} " + hms.rsplit("\\:", 1)[0]
    if part.style == "timecode":
        return hms + f"\\:%{{eif:mod(trunc(t*{FPS}+0.5),{FPS}):d:2}}"
    if part.style == "time":
        return hms
    if part.style == "d/m/y":
        year, month, day = part.date.split("-")
        return f"{day}/{month}/{year} {hms}"
    return f"{part.date} {hms}"


def make_clip(path: Path, duration: float, parts: list[Part],
              covers: tuple[tuple[float, float, tuple[int, int, int, int]], ...] = (), *,
              size: tuple[int, int] = SIZE, font_size: int = FONT_SIZE_PX, gop: int = 50) -> Path:
    """Write an H.264 clip of ``duration`` s: a grainy background, each part's clock."""
    filters = ["noise=alls=12:allf=t"]
    textfiles: list[Path] = []
    for i, part in enumerate(parts):
        if part.clock is None:
            continue
        textfile = path.with_name(f"{path.stem}-{i}.txt")
        textfiles.append(textfile)
        # In a textfile drawtext expands %{...} but the filter graph never sees it: no graph escaping.
        textfile.write_text(_text(part), encoding="utf-8")
        filters.append(f"drawtext=textfile={textfile}:x={part.xy[0]}:y={part.xy[1]}:fontsize={font_size}"
                       f":fontcolor=white:borderw=2:bordercolor=black"
                       f":enable=between(t\\,{part.start}\\,{part.end - 0.5 / FPS})")
    for t0, t1, (x, y, w, h) in covers:
        filters.append(f"drawbox=x={x}:y={y}:w={w}:h={h}:color=0x303030:t=fill"
                       f":enable=between(t\\,{t0}\\,{t1 - 0.5 / FPS})")
    try:
        ffmpeg.run(["-f", "lavfi", "-i", f"color=c=0x5a6b4c:size={size[0]}x{size[1]}:rate={FPS}:duration={duration}",
                    "-vf", ",".join(filters), "-c:v", "libx264", "-preset", "ultrafast", "-g", str(gop),
                    "-pix_fmt", "yuv420p", str(path)], what="making a clock test clip")
    finally:
        for textfile in textfiles:  # the drawtext scripts are ours and done with
            textfile.unlink(missing_ok=True)
    return path
