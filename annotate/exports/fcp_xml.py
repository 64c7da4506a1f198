"""Final Cut Pro 7 XML (``.xml``, the ``xmeml`` that Premiere, Resolve and
Avid import) through OpenTimelineIO's ``fcp_xml`` adapter: the footage as a
clip item, each moment a marker named after its caption with the article's
stated words as the marker comment. Not FCPX's ``.fcpxml`` (see ``fcpx``).

FCP 7 markers have no colour field: the colour goes into a ``<color>``
element of the marker (the adapter writes marker metadata as elements and
reads unknown elements back into it), so a round trip keeps it.

Markers anywhere in the file count, nested sequences included, each placed
where OTIO places it on the top sequence.
"""

from __future__ import annotations

from typing import Any

from annotate.clips.media import FrameTable
from annotate.escape import clean_text
from annotate.exports.adapter import one_timeline, read_string, write_string
from annotate.exports.from_otio import META, from_otio
from annotate.exports.otio import plain_footage_names, to_otio
from annotate.model import Timeline

EXTENSIONS = (".xml",)
FCP_META = "fcp_xml"  # the adapter turns this metadata into XML elements
KIND = "a Final Cut Pro 7 XML file"


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    tl = to_otio(timeline, whole_frames=True, selects=selects, pad=pad, frames=frames)
    plain_footage_names(tl)  # XML 1.0 cannot hold control characters
    for marker in (m for clip in tl.find_clips() for m in clip.markers):
        stated = marker.metadata[META].get("stated")  # (pop would hand back a destroyed dictionary)
        del marker.metadata[META]
        fields = {"comment": clean_text(stated)} if stated else {}
        marker.metadata[FCP_META] = fields | {"color": str(marker.color)}
    return write_string(tl, "fcp_xml", kind=KIND, **opts)


def loads(text: str, *, origin: str | None = None) -> Timeline:
    found = read_string(text, "fcp_xml", origin=origin, kind=KIND)
    return from_otio(one_timeline(found, origin=origin, what="sequence"), origin=origin, comment_key=FCP_META)
