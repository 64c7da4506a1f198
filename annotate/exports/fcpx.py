"""Final Cut Pro X XML (``.fcpxml``) through the ``otio-fcpx-xml-adapter``
package (OpenTimelineIO's ``fcpx_xml`` adapter): the footage as one clip in
a project's spine, each moment a marker on it.

FCPX markers have no colours, only three kinds: the adapter writes RED as a
to-do marker and GREEN as a completed one, and reads a plain marker back as
PURPLE; other colours become plain markers (a warning says so).
"""

from __future__ import annotations

from typing import Any

from annotate.exports.adapter import one_timeline, read_string, write_string
from annotate.exports.common import notify
from annotate.exports.from_otio import from_otio
from annotate.exports.otio import to_otio
from annotate.model import Timeline

EXTENSIONS = (".fcpxml",)
KIND = "a Final Cut Pro X XML file"
# Colours an FCPX marker can carry (to-do, completed, plain).
KEPT_COLORS = ("RED", "GREEN", "PURPLE")


def dumps(timeline: Timeline, **opts: Any) -> str:
    tl = to_otio(timeline, whole_frames=True, marker_metadata=None)
    lost = sorted({str(m.color) for m in tl.find_clips()[0].markers} - set(KEPT_COLORS))
    if lost:
        notify(f"FCPX markers have no colours: {', '.join(lost)} written as plain markers")
    return write_string(tl, "fcpx_xml", kind=KIND, **opts)


def loads(text: str, *, origin: str | None = None) -> Timeline:
    found = read_string(text, "fcpx_xml", origin=origin, kind=KIND)
    return from_otio(one_timeline(found, origin=origin, what="project"), origin=origin)
