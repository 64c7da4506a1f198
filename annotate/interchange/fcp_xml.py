"""Final Cut Pro 7 XML (``.xml``, the ``xmeml`` that Premiere, Resolve and
Avid import) through OpenTimelineIO's ``fcp_xml`` adapter: the footage as a
clip item, each moment a marker named after its caption with the article's
stated words as the marker comment. Not FCPX's ``.fcpxml`` (see ``fcpx``).

FCP 7 markers have no colour field: the colour goes into a ``<color>``
element of the marker (the adapter writes marker metadata as elements and
reads unknown elements back into it), so a round trip keeps it; the moment's
id rides the same way, in an ``<annotate_id>`` element.

Markers anywhere in the file count, nested sequences included, each placed
where OTIO places it on the top sequence; one the adapter does not place is
named in a warning.

Several videos: a video track each (as OTIO), its clip item carrying an
``<annotate_video>`` element with the video's id (editors skip elements they
do not know; the adapter reads them back), so :func:`loads` puts each
clip's markers on their video at that footage's own times.
"""

from __future__ import annotations

import io
from typing import Any
from xml.etree import ElementTree

from annotate.clips.media import FrameTable
from annotate.errors import InputError
from annotate.escape import clean_text, loses_characters, xml_text
from annotate.interchange.common import (
    XML_LEFT_OUT,
    counted_at_timecode_rate,
    ids_not_carried,
    is_drop_frame,
    texts_not_kept,
)
from annotate.interchange.from_otio import ID_FIELD, META, from_otio, per_video, picture_clips, plain
from annotate.interchange.otio import captions_as_xml_keeps, plain_footage_names, to_otio
from annotate.interchange.otio_adapters import one_timeline, read_string, say_unread_markers, write_string
from annotate.model import Timeline

EXTENSIONS = (".xml",)
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "caption", "quote", "color")
FCP_META = "fcp_xml"  # the adapter turns this metadata into XML elements
KIND = "a Final Cut Pro 7 XML file"
XML = True  # read by the encoding its XML declaration names (textio.read_text_file)
VIDEO_ELEMENT = "annotate_video"  # a clip item's video id, with several videos


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    timeline = counted_at_timecode_rate(timeline, "FCP 7 XML")  # the adapter refuses or mislabels other rates
    ids_not_carried(timeline, lambda moment_id: bool(clean_text(moment_id)), "an FCP 7 XML file")
    tl = to_otio(timeline, whole_frames=True, selects=selects, pad=pad, frames=frames, kind="FCP 7 XML")
    clips = plain_footage_names(tl)  # XML 1.0 cannot hold control characters
    if len(timeline.videos) > 1 and not selects:
        for clip, video in zip(clips, timeline.videos, strict=True):
            clip.metadata[FCP_META] = {VIDEO_ELEMENT: video.id}
    _drop_frame_files(tl, clips, timeline)
    if tl.global_start_time is not None and ";" in str(timeline.record_timecode):
        tl.metadata[FCP_META] = {"timecode": {"displayformat": "DF"}}  # the sequence's <timecode>, as read back
    markers = [m for clip in clips for m in clip.markers]
    changed = captions_as_xml_keeps(markers)
    for marker in markers:
        quote = str(marker.metadata[META].get("quote") or "")  # (pop would hand back a destroyed dictionary)
        moment_id = str(marker.metadata[META].get("id") or "")
        del marker.metadata[META]
        # XML 1.0 cannot hold control characters: an id with them comes back cleaned (an empty one numbered)
        fields = ({"comment": xml_text(quote)} if quote else {}) \
            | ({ID_FIELD: xml_text(moment_id)} if moment_id else {})
        named = moment_id or marker.name
        if (xml_text(quote) != quote or xml_text(moment_id) != moment_id) and named not in changed:
            changed.append(named)
        marker.metadata[FCP_META] = fields | {"color": str(marker.color)}
    texts_not_kept(changed, "FCP 7 XML", XML_LEFT_OUT, "moment(s)' text", title=loses_characters(timeline.title))
    return write_string(tl, "fcp_xml", kind=KIND, **opts)


def _drop_frame_files(tl: Any, clips: list[Any], timeline: Timeline) -> None:
    """Mark the media of each video whose start timecode is drop frame
    (01:00:00;00) so the adapter writes its file's ``<timecode>`` as such
    (``<string>01:00:00;00</string>``, ``<displayformat>DF``), as its
    reader keeps it; it wrote every one non-drop (00:59:56:12 NDF)."""
    videos = timeline.videos if len(timeline.videos) > 1 and len(clips) == len(timeline.videos) else \
        timeline.videos[:1] * len(clips)
    dropped = {getattr(c.media_reference, "target_url", None) for c, v in zip(clips, videos) if is_drop_frame(v)}
    for clip in tl.find_clips():  # (its sound's clips name the same file)
        if getattr(clip.media_reference, "target_url", None) in dropped - {None}:
            clip.media_reference.metadata[FCP_META] = {"timecode": {"displayformat": "DF"}}


def _root(text: str) -> str | None:
    """The root element's name, or None when the text is no XML (the adapter names what is wrong)."""
    try:
        return next(ElementTree.iterparse(io.StringIO(text), events=("start",)))[1].tag
    except (ElementTree.ParseError, StopIteration):
        return None


def loads(text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
    # An FCPX file saved as .xml: the adapter would say only that it holds no sequence.
    if _root(text) == "fcpxml":
        raise InputError("is Final Cut Pro X XML (<fcpxml>), not Final Cut Pro 7 XML: pass --format fcpx",
                         subject=origin)
    read = read_string(text, "fcp_xml", origin=origin, kind=KIND, root="xmeml")
    found = one_timeline(read, origin=origin, what="sequence")
    in_file = (m.findtext("name") or "" for m in ElementTree.fromstring(text).iter("marker"))  # parsed as the adapter
    say_unread_markers(in_file, read, origin=origin, who="OpenTimelineIO's FCP 7 XML reader")
    clips = picture_clips(found)  # (a video's sound is its clip again, on an audio track)
    ids = [str((plain(c.metadata.get(FCP_META)) or {}).get(VIDEO_ELEMENT) or "") for c in clips]
    if len(clips) > 1 and all(ids):  # annotate's file of several videos: a clip item each
        return per_video(found, ids, lambda alone: from_otio(alone, origin=origin, ours=True, strict=strict),
                         origin=origin)
    return from_otio(found, origin=origin, strict=strict)
