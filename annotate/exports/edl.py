"""CMX 3600 EDL (``.edl``) through OpenTimelineIO's ``cmx_3600`` adapter: one
event for the footage, each moment a locator (``* LOC:``) on it.

The adapter writes locator text in capitals (Avid's convention) and EDLs keep
no ids, quotes or alignment: times survive to the frame, texts upper-cased.
An EDL does not state its frame rate, so the rate is written as a comment
that :func:`loads` reads back (``fps=`` overrides it, default 25).
"""

from __future__ import annotations

import math
import re
from typing import Any

import opentimelineio as otio

from annotate.errors import InputError, TimeFormatError
from annotate.escape import edl_reel, line_text
from annotate.exports.common import DEFAULT_FPS, fps_of, where
from annotate.exports.otio import from_otio, plain_footage_names, to_otio
from annotate.model import Timeline

EXTENSIONS = (".edl",)
_RATE = re.compile(r"^\*\s*ANNOTATE RATE:\s*([0-9.]+)\s*$", re.MULTILINE)
_TIMECODE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})[:;.](\d{2,3})$")
_EVENT = re.compile(r"^\s*(\d{1,6})\s+\S")
_LOCATOR = re.compile(r"^\s*\*\s*LOC:\s*(\S+)")


def dumps(timeline: Timeline, **opts: Any) -> str:
    tl = to_otio(timeline, whole_frames=True, marker_metadata=None)
    tl.name = line_text(tl.name)[:70]  # TITLE: is one line
    # The adapter writes names and the media path into comment lines as they
    # are: a line break in a footage name would start a new event.
    clip = plain_footage_names(tl)
    reel_from = clip.name
    if isinstance(clip.media_reference, otio.schema.ExternalReference):
        reel_from = clip.media_reference.target_url.replace("\\", "/").rsplit("/", 1)[-1]
    clip.metadata["cmx_3600"] = {"comments": [f"ANNOTATE RATE: {fps_of(timeline):g}"], "reel": edl_reel(reel_from)}
    return otio.adapters.write_to_string(tl, "cmx_3600", rate=fps_of(timeline), **opts)


def _check_timecode(text: str, fps: float, origin: str | None, line: int, what: str) -> None:
    m = _TIMECODE.match(text)
    problem = None
    if not m:
        problem = f"not a timecode (hh:mm:ss:ff): {text!r}"
    elif int(m.group(2)) > 59 or int(m.group(3)) > 59:
        problem = f"minutes or seconds over 59 in {text!r}"
    elif int(m.group(4)) >= math.ceil(fps):
        problem = f"frame {m.group(4)} does not exist at {fps:g} fps in {text!r}"
    if problem:
        raise TimeFormatError(problem, subject=f"{where(origin, line)}, {what}")


def _validate(text: str, fps: float, origin: str | None) -> None:
    """Check every timecode before the adapter sees the file, so an error
    names the line (the adapter's own errors do not)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if (m := _EVENT.match(line)) and not line.lstrip().startswith(("*", "TITLE", "FCM")):
            fields = line.split()
            times = fields[-4:]
            if len(fields) < 7:
                raise InputError("event line has too few fields (expected 4 timecodes)",
                                 subject=f"{where(origin, number)}, event {m.group(1)}")
            for name, value in zip(("source in", "source out", "record in", "record out"), times, strict=True):
                _check_timecode(value, fps, origin, number, f"event {m.group(1)} {name}")
        elif m := _LOCATOR.match(line):
            _check_timecode(m.group(1), fps, origin, number, "locator")


def loads(text: str, *, origin: str | None = None, fps: float | None = None) -> Timeline:
    if fps is None:
        found = _RATE.search(text)
        fps = float(found.group(1)) if found else DEFAULT_FPS
    _validate(text, fps, origin)
    try:
        tl = otio.adapters.read_from_string(text, "cmx_3600", rate=fps, ignore_timecode_mismatch=True)
    except Exception as exc:  # the adapter raises bare OTIO errors without a line
        raise InputError(f"not a CMX 3600 EDL: {str(exc).splitlines()[0][:200]}", subject=origin) from None
    return from_otio(tl, origin=origin)
