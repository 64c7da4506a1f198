"""Final Cut Pro 7 XML (``.xml``, the ``xmeml`` that Premiere, Resolve and
Avid import) through OpenTimelineIO's ``fcp_xml`` adapter: the footage as a
clip item, each moment a marker named after its caption with the article's
stated words as the marker comment. Not FCPX's ``.fcpxml``, a different format.
"""

from __future__ import annotations

from typing import Any

import opentimelineio as otio

from annotate.errors import InputError
from annotate.escape import clean_text
from annotate.exports.common import by_time
from annotate.exports.otio import from_otio, plain_footage_names, to_otio
from annotate.model import Timeline

EXTENSIONS = (".xml",)
FCP_META = "fcp_xml"  # the adapter turns this metadata into XML elements


def dumps(timeline: Timeline, **opts: Any) -> str:
    tl = to_otio(timeline, whole_frames=True, marker_metadata=None)
    markers = plain_footage_names(tl).markers  # XML 1.0 cannot hold control characters
    for marker, moment in zip(markers, by_time(timeline), strict=True):
        if moment.quote:
            marker.metadata[FCP_META] = {"comment": clean_text(moment.quote)}
    return otio.adapters.write_to_string(tl, "fcp_xml", **opts)


def loads(text: str, *, origin: str | None = None) -> Timeline:
    try:
        tl = otio.adapters.read_from_string(text, "fcp_xml")
    except Exception as exc:  # the adapter raises XML and OTIO errors alike
        raise InputError(f"not a Final Cut Pro 7 XML file: {str(exc).splitlines()[0][:200]}",
                         subject=origin) from None
    if not isinstance(tl, otio.schema.Timeline):
        tl = next(iter(tl.find_children(descended_from_type=otio.schema.Timeline)), None) \
            if hasattr(tl, "find_children") else None
        if tl is None:
            raise InputError("holds no sequence", subject=origin)
    return from_otio(tl, origin=origin, comment_key=FCP_META)
