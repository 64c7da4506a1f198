"""OpenTimelineIO (``.otio``): the footage as one clip with an external
reference, each moment a marker on it; :func:`to_otio` is also the shared
bridge the EDL and FCP XML modules hand to OTIO's own adapters (reading back
is :mod:`annotate.interchange.from_otio`).

Marker times are the moment's effective (aligned) times; the stated time,
id and alignment ride along in ``metadata["annotate"]``, so an editor who
moves a marker moves the moment, and a round trip restores everything.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import opentimelineio as otio

from annotate.clips.media import FrameTable
from annotate.errors import InputError
from annotate.escape import line_text, loses_characters, xml_text
from annotate.interchange.common import (
    by_time,
    footage_name,
    fps_of,
    json_depth,
    marker_name,
    record_start,
    texts_not_kept,
    timecode_start,
)
from annotate.interchange.from_otio import META, from_otio, picture_clips, plain
from annotate.interchange.otio_adapters import one_timeline, read_string, write_string
from annotate.model import Moment, Timeline
from annotate.timecode import frame_of

EXTENSIONS = (".otio",)
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "approximate", "caption", "quote", "sentence", "notes", "tags", "color", "alignment")
# The deepest JSON nesting an OTIO file may have. OpenTimelineIO's reader
# recurses once per level and kills the process (a segfault, no message) at
# some 20,000-50,000 levels; a clip inside 240 stacks nested in each other
# is about 1,000 levels and reads in a second.
MAX_OTIO_DEPTH = 1_000
# Footage length to assume when the timeline was never probed: past the last moment.
TAIL_SECONDS = 10.0
# The timeline file's precision: a time this near a frame's start is that frame.
MILLISECOND = 0.001

_RT = otio.opentime.RationalTime
_TR = otio.opentime.TimeRange


def target_url(timeline: Timeline) -> str | None:
    f = timeline.footage
    if f is None:
        return None
    if f.path:
        path = Path(f.path).expanduser()
        if not path.is_absolute() and timeline.origin:
            path = Path(timeline.origin).resolve().parent / path
        return path.as_uri() if path.is_absolute() else f.path
    return f.url


def plain_footage_names(tl: otio.schema.Timeline) -> list[otio.schema.Clip]:
    """The picture's clips of ``tl`` (one per video, or the selects; its
    sound's clips are the same) with their names and media paths, and the
    sound's, made one line of plain text, for adapters that write them as
    they are into line or XML formats (EDL comments, FCP XML elements)."""
    for clip in tl.find_clips():
        clip.name = line_text(clip.name)
        if isinstance(clip.media_reference, otio.schema.ExternalReference):
            clip.media_reference.target_url = line_text(clip.media_reference.target_url)
    return picture_clips(tl)


def with_sound(tracks: list[otio.schema.Track], videos: list[bool]) -> list[otio.schema.Track]:
    """``tracks`` (the picture, a track per video) and, when any video has
    sound (``videos``: each one's), an audio track beside each that has:
    the same clips without markers, so an editor gets the footage's sound
    with its picture (FCPX: an asset with ``hasAudio``; EDL: ``B`` or ``AA/V``)."""
    sound = []
    for n, (track, has) in enumerate(zip(tracks, videos, strict=True), start=1):
        if has:
            audio = otio.schema.Track(name=f"A{n}", kind=otio.schema.TrackKind.Audio)
            for clip in track.find_clips():
                copy = clip.deepcopy()
                copy.markers[:] = []
                audio.append(copy)
            sound.append(audio)
    return [*tracks, *sound]


def captions_as_xml_keeps(markers: list[otio.schema.Marker]) -> list[str]:
    """Name each marker (its moment in its ``metadata[META]``, the text as the
    timeline holds it) after its moment's caption as an XML file keeps it
    (:func:`xml_text`): line breaks, tabs and edge spaces as written, not the
    one line :func:`marker_name` makes for line formats. The ids of the
    moments whose caption XML 1.0 cannot hold whole, for the writer's one
    warning (texts_not_kept, XML_LEFT_OUT)."""
    changed = []
    for marker in markers:
        meta = marker.metadata[META]
        caption = str(meta.get("caption") or "")
        if caption:
            marker.name = xml_text(caption)
            if marker.name != caption:
                changed.append(str(meta.get("id") or marker.name))
    return changed


def nuls_left_out(tl: otio.schema.Timeline, title: bool) -> None:
    """Take every NUL out of the moments in ``tl``'s markers (their
    ``metadata[META]``), which OpenTimelineIO would cut short there when it
    writes them, and name the moments changed, and the title if ``title``
    (it lost characters: :func:`to_otio`)."""
    changed = []
    for clip in tl.find_clips():
        for marker in clip.markers:
            if META not in marker.metadata:
                continue
            meta = plain(marker.metadata[META])
            kept = otio_text(meta)
            if kept != meta:
                changed.append(str(meta.get("id") or marker.name))  # the id as the timeline holds it
                marker.metadata[META] = kept
    texts_not_kept(changed, "an OpenTimelineIO file", "a NUL, where OpenTimelineIO ends a text", "moment(s)' text",
                   title=title)


def _length(timeline: Timeline) -> float:
    if timeline.footage and timeline.footage.duration:
        return timeline.footage.duration
    ends = [m.effective_end if m.effective_end is not None else m.effective_start for m in timeline.moments]
    return max(ends, default=0.0) + TAIL_SECONDS


def marker_color(moment: Moment) -> str:
    """The colour an editor file gave the moment; else green when the footage
    confirmed the time, yellow when the article only said "about", red
    otherwise: what an editor should double-check first."""
    if moment.color:
        return moment.color
    if moment.alignment and moment.alignment.kind not in ("", "none"):
        return otio.schema.MarkerColor.GREEN
    if moment.approximate:
        return otio.schema.MarkerColor.YELLOW
    return otio.schema.MarkerColor.RED


def otio_text(value: Any) -> Any:
    """``value`` with NUL taken out of every string in it: OpenTimelineIO keeps
    a name or metadata string only up to its first NUL (a caption
    ``'a\\x00b'`` came back ``'a'``, the rest lost without a word)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {k: otio_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [otio_text(v) for v in value]
    return value


def moment_metadata(moment: Moment) -> dict[str, Any]:
    a = moment.alignment
    data: dict[str, Any] = {
        "id": moment.id, "start": moment.start, "end": moment.end, "approximate": moment.approximate,
        "caption": moment.caption, "quote": moment.quote, "sentence": moment.sentence,
        "notes": moment.notes, "tags": list(moment.tags), "color": moment.color,
        "alignment": {"start": a.start, "kind": a.kind, "score": a.score, "note": a.note, "offset": a.offset}
        if a else None,
    }
    # caption and quote stay even when empty: the marker's name falls back to other text. The text is the
    # timeline's, NULs too: a writer that keeps it compares it with what it writes (nuls_left_out,
    # captions_as_xml_keeps).
    return {k: v for k, v in data.items() if k in ("caption", "quote") or v not in (None, "", [])}


def to_otio(timeline: Timeline, *, whole_frames: bool = False, marker_metadata: str | None = META,
            selects: bool = False, pad: tuple[float, float] | None = None,
            frames: FrameTable | None = None, kind: str = "OpenTimelineIO") -> otio.schema.Timeline:
    """An OTIO timeline of one video track holding the footage as one clip and
    the moments as its markers (several videos: one track each), and an
    audio track of the same clip for footage with sound (:func:`with_sound`).
    ``whole_frames`` rounds to frames (EDL and FCP XML count frames);
    ``marker_metadata`` is the metadata key to fill. With
    ``selects``: a cut per moment instead (:mod:`annotate.interchange.selects`).
    The timeline's record timecode (an editor's programme at 01:00:00:00) is
    where the sequence starts (``global_start_time``), as OTIO states it and
    its FCP 7 XML adapter writes it (the sequence's ``<timecode>``); ``kind``
    names the format in the warning about one that does not count."""
    if selects:
        from annotate.interchange.selects import to_otio as selects_otio

        result = selects_otio(timeline, pad, marker_metadata=marker_metadata, frames=frames)
    else:
        result = _footage_otio(timeline, whole_frames, marker_metadata)
    result.global_start_time = record_start(timeline, fps_of(timeline), kind)
    return result


def _footage_otio(timeline: Timeline, whole_frames: bool, marker_metadata: str | None) -> otio.schema.Timeline:
    """:func:`to_otio` of the footage itself: a track per video, its moments its clip's markers."""
    several = len(timeline.videos) > 1
    # Several videos: one track each (V1, V2, ...), its clip holding its own moments' markers.
    parts = [timeline.for_video(v.id) for v in timeline.videos] if several else [timeline]
    tracks = with_sound([_footage_track(part, f"V{i}", whole_frames, marker_metadata, several)
                         for i, part in enumerate(parts, start=1)],
                        [bool(part.footage and part.footage.has_audio) for part in parts])
    # One line of text, as selects names theirs: the XML adapters cannot write a control
    # character or U+FFFF (the export failed), and a NUL cut the name short. The title
    # itself rides whole in the metadata below.
    result = otio.schema.Timeline(name=line_text(timeline.title) or line_text(footage_name(parts[0])))
    result.tracks.extend(tracks)
    videos = [{k: v for k, v in vars(f).items() if v is not None} for f in timeline.videos]
    result.metadata[META] = otio_text({
        "schema_version": timeline.schema_version,
        "title": timeline.title,
        "edit_rate": timeline.edit_rate,
        **({"record_timecode": timeline.record_timecode} if timeline.record_timecode else {}),
        **({"videos": videos} if several else {"footage": videos[0] if videos else None}),
        "sources": [{k: v for k, v in vars(s).items() if v is not None} for s in timeline.sources],
    })
    return result


def _footage_track(timeline: Timeline, name: str, whole_frames: bool, marker_metadata: str | None,
                   named: bool) -> otio.schema.Track:
    """A video track of one video: the footage as one clip, the moments as its
    markers (their metadata naming the video when ``named``)."""
    fps = fps_of(timeline)

    def rt(seconds: float) -> otio.opentime.RationalTime:
        # A frame's start written to the millisecond (frame 277 at 24 fps is "0:11.541") is that frame: 276.984
        # frames was read a frame short by OTIO's own to_frames/to_timecode. A time between frames stays as is.
        frame = frame_of(seconds, fps)
        return _RT(frame if whole_frames or abs(seconds - frame / fps) < MILLISECOND else seconds * fps, fps)

    length = _length(timeline)
    first = rt(timecode_start(timeline.footage, fps))  # where its own timecode starts: source times count from it
    available = _TR(first, _RT(max(1, math.ceil(length * fps - 1e-6)), fps))
    url = otio_text(target_url(timeline))
    ref = otio.schema.ExternalReference(target_url=url, available_range=available) if url \
        else otio.schema.MissingReference(available_range=available)
    clip = otio.schema.Clip(name=otio_text(footage_name(timeline)), media_reference=ref, source_range=available)
    video_id = timeline.footage.id if named and timeline.footage else ""
    for m in by_time(timeline):
        start = m.effective_start
        end = m.effective_end if m.effective_end is not None else start
        marker = otio.schema.Marker(
            name=marker_name(m), marked_range=_TR(first + rt(start), rt(end) - rt(start)), color=marker_color(m),
        )
        if marker_metadata:
            marker.metadata[marker_metadata] = moment_metadata(m) | ({"footage": video_id} if video_id else {})
        clip.markers.append(marker)
    track = otio.schema.Track(name=name, kind=otio.schema.TrackKind.Video)
    track.append(clip)
    return track


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    tl = to_otio(timeline, selects=selects, pad=pad, frames=frames, **opts)
    # The title rides in the metadata, without NULs; selects are named after it on one line.
    nuls_left_out(tl, loses_characters(timeline.title) if selects else "\x00" in timeline.title)
    return write_string(tl, "otio_json", kind="an OpenTimelineIO file")


def loads(text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
    if json_depth(text, MAX_OTIO_DEPTH) > MAX_OTIO_DEPTH:
        raise InputError(f"is nested more than {MAX_OTIO_DEPTH} levels deep", subject=origin)
    found = read_string(text, "otio_json", origin=origin, kind="an OpenTimelineIO file")
    if not isinstance(found, (otio.schema.Timeline, otio.schema.SerializableCollection)):
        raise InputError(f"holds a {type(found).__name__}, expected a Timeline", subject=origin)
    # A collection (otioconvert writes an FCPX library or FCP XML bins as one): its first timeline, as FCP XML.
    return from_otio(one_timeline(found, origin=origin, what="timeline"), origin=origin, strict=strict)
