"""Final Cut Pro X XML (``.fcpxml``) through the ``otio-fcpx-xml-adapter``
package (OpenTimelineIO's ``fcpx_xml`` adapter): the footage as one clip in
a project's spine, each moment a marker on it.

FCPX markers have no colours, only three kinds: the adapter writes RED as a
to-do marker and GREEN as a completed one, and reads a plain marker back as
PURPLE; other colours become plain markers (a warning says so).

NTSC rates (24000/1001 and the like) are where otio-fcpx-xml-adapter 1.0.0
falls short: its writer knows them only as 23.98 and 29.97 and leaves the
``frameDuration`` of an exact 24000/1001 timeline empty (filled here with the
exact frame duration, so Final Cut Pro gets a whole file), and its reader
truncates such a rate to a whole number (23.976 to 23), which puts everything
about 4 % late. Such files are refused on import rather than misplaced.
At whole rates its reader also truncates seconds x rate in floating point, so
a time can come back one frame early (201/25 s as frame 200).
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import Any
from urllib.parse import quote, unquote

import opentimelineio as otio

from annotate.clips.media import FrameTable
from annotate.errors import InputError
from annotate.interchange.common import footage_name, fps_of, notify, where
from annotate.interchange.from_otio import from_otio
from annotate.interchange.otio import plain_footage_names, to_otio
from annotate.interchange.otio_adapters import one_timeline, read_string, write_string
from annotate.model import Timeline

EXTENSIONS = (".fcpxml",)
KIND = "a Final Cut Pro X XML file"
# Colours an FCPX marker can carry (to-do, completed, plain).
KEPT_COLORS = ("RED", "GREEN", "PURPLE")
# Largest denominator of a frame duration (FCPX writes 1001/60000s for 59.94).
MAX_TIMEBASE = 120_000
# Characters a URL keeps as they are (quotes, brackets and spaces are %-escaped).
URL_SAFE = "/:?&=%#@+,;~!$*()"
_FRAME_DURATION = re.compile(r'frameDuration="(\d+)/(\d+)s"')


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    tl = to_otio(timeline, whole_frames=True, marker_metadata=None, selects=selects, pad=pad, frames=frames)
    plain_footage_names(tl)  # XML 1.0 cannot hold control characters
    for clip in tl.find_clips():  # selects: every cut is the footage again
        if isinstance(clip.media_reference, otio.schema.ExternalReference) and clip.media_reference.target_url:
            # An asset's src is a URL, and the adapter also looks it up in an
            # XPath predicate, where a quote or bracket in a file name breaks it.
            clip.media_reference.target_url = quote(clip.media_reference.target_url, safe=URL_SAFE)
        if "'" in clip.name:  # looked up by name in such a predicate too, which has no escape for it
            clip.name = clip.name.replace("'", "\u2019")
    if "'" in footage_name(timeline):
        notify(f"FCPX: the footage name is written with \u2019 for ' ({tl.find_clips()[0].name})")
    lost = sorted({str(m.color) for c in tl.find_clips() for m in c.markers} - set(KEPT_COLORS))
    if lost:
        notify(f"FCPX markers have no colours: {', '.join(lost)} written as plain markers")
    text = write_string(tl, "fcpx_xml", kind=KIND, **opts)
    frame = Fraction(1 / fps_of(timeline)).limit_denominator(MAX_TIMEBASE)
    return text.replace('frameDuration=""', f'frameDuration="{frame.numerator}/{frame.denominator}s"')


def _whole_rates(text: str, origin: str | None) -> None:
    for m in _FRAME_DURATION.finditer(text):
        num, den = int(m.group(1)), int(m.group(2))
        if num and den % num:
            line = text.count("\n", 0, m.start()) + 1
            raise InputError(f"frame duration {num}/{den}s is {den / num:.3f} fps, which otio-fcpx-xml-adapter "
                             f"reads as {den // num} fps (every time placed late); not imported",
                             subject=where(origin, line))


def loads(text: str, *, origin: str | None = None) -> Timeline:
    _whole_rates(text, origin)
    found = read_string(text, "fcpx_xml", origin=origin, kind=KIND)
    timeline = from_otio(one_timeline(found, origin=origin, what="project"), origin=origin)
    footage = timeline.footage
    if footage is not None and footage.path and "%" in footage.path:
        # An asset's src is a URL: a relative one is %-escaped too (file:// ones are unescaped already).
        timeline = timeline.with_footage(replace(footage, path=unquote(footage.path)))
    return timeline
