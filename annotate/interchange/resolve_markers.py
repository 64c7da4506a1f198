"""DaVinci Resolve's markers in an EDL ("Export > Timeline Markers to EDL"):
each marker is a one-frame event followed by a line ``|C:ResolveColorBlue
|M:Interview starts |D:25`` (its colour, name and length in frames), which
OpenTimelineIO's CMX reader skips without a word, so a marker came in named
after its event number, its name and colour lost. :func:`as_locators`
writes each such line as the CMX locator it stands for, at its event's
source in, and a length of more than one frame as annotate's own range
comment, so the reader places them as it places every locator. A line
that looks like one but is not read (no event before it, a field missing)
is said, where the reader would skip it without a word. A marker EDL of a
source clip names its events by the clip's reel: edl.loads reads it as
that reel's footage, as Resolve puts the markers on that clip. One of a
timeline (its reel the marker's number) is counted from the whole hour its
first marker falls in (Resolve's timelines start at 01:00:00:00), not from
its first marker, said in a warning."""

from __future__ import annotations

import re

import opentimelineio as otio

from annotate.errors import InputError
from annotate.interchange.common import DAY_SECONDS, notify, where

_MARKER = re.compile(r"^\s*\|C:(?P<color>\S*)\s*\|M:(?P<name>.*?)\s*\|D:(?P<frames>\d+)\s*$")
_EVENT = re.compile(r"^\s*\d{1,6}\s+\S")
_LOCATOR = re.compile(r"^\s*\*\s*LOC:")
# A line that is one of Resolve's marker lines by its look (CMX 3600 has no line starting with a bar).
_MARKER_LIKE = re.compile(r"^\s*\|\s*[CMD]:")
# Resolve's names for the colours editors share; the others (Sky, Mint, ...) are kept and warned of as any
# colour an editor does not share is.
_COLORS = {"FUCHSIA": "MAGENTA"}


def has_markers(text: str) -> bool:
    """Whether ``text`` holds one of Resolve's marker lines (a marker EDL)."""
    return "|M:" in text and any(_MARKER.match(line) for line in text.split("\n"))


def as_locators(text: str, fps: float, origin: str | None = None) -> str:
    """``text`` with each Resolve marker line written as ``* LOC: <source in>
    <COLOUR> <name>`` (plus ``* ANNOTATE RANGE`` when it lasts more than a
    frame). A marker running past 24:00:00:00 is an error naming its line:
    EDL timecode would wrap it round to the start of the day."""
    if "|M:" not in text:
        return text
    out: list[str] = []
    source_in: str | None = None
    locators = 0  # in the current event: a range comment names its locator by number
    for number, line in enumerate(text.split("\n"), start=1):
        if _EVENT.match(line) and not line.lstrip().startswith("*"):
            fields = line.split()
            source_in, locators = (fields[-4] if len(fields) >= 7 else None), 0
        elif _LOCATOR.match(line):
            locators += 1
        elif (m := _MARKER.match(line)) and source_in is not None:
            color = m.group("color").upper().removeprefix("RESOLVECOLOR")
            out.append(f"* LOC: {source_in} {_COLORS.get(color, color)} {m.group('name')}")
            locators += 1
            frames = int(m.group("frames"))
            if frames > 1:
                end = otio.opentime.from_timecode(source_in, fps) + otio.opentime.RationalTime(frames, fps)
                if end.to_seconds() > DAY_SECONDS:
                    raise InputError(f"marker {m.group('name')!r} lasts {frames} frames from {source_in}, past "
                                     "24:00:00:00, where EDL timecode ends", subject=where(origin, number))
                out.append(f"* ANNOTATE RANGE: LOC {locators} TO "
                           f"{otio.opentime.to_timecode(end, fps, drop_frame=False)}")
            continue
        elif _MARKER_LIKE.match(line):
            notify(f"{where(origin, number)}: Resolve marker line {line.strip()[:60]!r} not read (expected "
                   "'|C:<colour> |M:<name> |D:<frames>' after an event)")
        out.append(line)
    return "\n".join(out)
