"""OpenTimelineIO (``.otio``): the footage as one clip with an external
reference, each moment a marker on it; also the shared bridge to OTIO that
the EDL and FCP XML modules hand to OTIO's own adapters.

Marker times are the moment's effective (aligned) times; the stated time,
id and alignment ride along in ``metadata["annotate"]``, so an editor who
moves a marker moves the moment, and a round trip restores everything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import opentimelineio as otio

from annotate.errors import InputError
from annotate.escape import line_text
from annotate.exports.common import by_time, footage_name, fps_of, title_of
from annotate.model import Alignment, Footage, Moment, Source, Timeline

EXTENSIONS = (".otio",)
META = "annotate"
# Footage length to assume when the timeline was never probed: past the last moment.
TAIL_SECONDS = 10.0

_RT = otio.opentime.RationalTime
_TR = otio.opentime.TimeRange


def _target_url(timeline: Timeline) -> str | None:
    f = timeline.footage
    if f is None:
        return None
    if f.path:
        path = Path(f.path).expanduser()
        if not path.is_absolute() and timeline.origin:
            path = Path(timeline.origin).resolve().parent / path
        return path.as_uri() if path.is_absolute() else f.path
    return f.url


def plain_footage_names(tl: otio.schema.Timeline) -> otio.schema.Clip:
    """The footage clip of ``tl`` with its name and media path made one line
    of plain text, for adapters that write them as they are into line or XML
    formats (EDL comments, FCP XML elements). Returns the clip."""
    clip = tl.find_clips()[0]
    clip.name = line_text(clip.name)
    if isinstance(clip.media_reference, otio.schema.ExternalReference):
        clip.media_reference.target_url = line_text(clip.media_reference.target_url)
    return clip


def _length(timeline: Timeline) -> float:
    if timeline.footage and timeline.footage.duration:
        return timeline.footage.duration
    ends = [m.effective_end if m.effective_end is not None else m.effective_start for m in timeline.moments]
    return max(ends, default=0.0) + TAIL_SECONDS


def _color(moment: Moment) -> str:
    """Green when the footage confirmed the time, yellow when the article only
    said "about", red otherwise: what an editor should double-check first."""
    if moment.alignment and moment.alignment.kind not in ("", "none"):
        return otio.schema.MarkerColor.GREEN
    if moment.approximate:
        return otio.schema.MarkerColor.YELLOW
    return otio.schema.MarkerColor.RED


def _meta(moment: Moment) -> dict[str, Any]:
    a = moment.alignment
    data: dict[str, Any] = {
        "id": moment.id, "start": moment.start, "end": moment.end, "approximate": moment.approximate,
        "caption": moment.caption, "stated": moment.quote, "sentence": moment.sentence,
        "notes": moment.notes, "tags": list(moment.tags),
        "alignment": {"start": a.start, "kind": a.kind, "score": a.score, "note": a.note, "offset": a.offset}
        if a else None,
    }
    # caption and stated stay even when empty: the marker's name falls back to other text
    return {k: v for k, v in data.items() if k in ("caption", "stated") or v not in (None, "", [])}


def to_otio(timeline: Timeline, *, whole_frames: bool = False,
            marker_metadata: str | None = META) -> otio.schema.Timeline:
    """An OTIO timeline of one video track holding the footage as one clip and
    the moments as its markers. ``whole_frames`` rounds to frames (EDL and FCP
    XML count frames); ``marker_metadata`` is the metadata key to fill."""
    fps = fps_of(timeline)

    def rt(seconds: float) -> otio.opentime.RationalTime:
        value = seconds * fps
        return _RT(round(value) if whole_frames else value, fps)

    length = _length(timeline)
    available = _TR(_RT(0, fps), _RT(max(1, math.ceil(length * fps - 1e-6)), fps))
    url = _target_url(timeline)
    ref = otio.schema.ExternalReference(target_url=url, available_range=available) if url \
        else otio.schema.MissingReference(available_range=available)
    clip = otio.schema.Clip(name=footage_name(timeline), media_reference=ref, source_range=available)
    for m in by_time(timeline):
        start = m.effective_start
        end = m.effective_end if m.effective_end is not None else start
        marker = otio.schema.Marker(
            name=title_of(m), marked_range=_TR(rt(start), rt(end) - rt(start)), color=_color(m),
        )
        if marker_metadata:
            marker.metadata[marker_metadata] = _meta(m)
        clip.markers.append(marker)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    track.append(clip)
    result = otio.schema.Timeline(name=timeline.title or footage_name(timeline))
    result.tracks.append(track)
    f = timeline.footage
    result.metadata[META] = {
        "schema_version": timeline.schema_version,
        "title": timeline.title,
        "footage": {k: v for k, v in vars(f).items() if v is not None} if f else None,
        "sources": [{k: v for k, v in vars(s).items() if v is not None} for s in timeline.sources],
    }
    return result


def dumps(timeline: Timeline, **opts: Any) -> str:
    return otio.adapters.write_to_string(to_otio(timeline, **opts), "otio_json")


def _seconds(t: otio.opentime.RationalTime) -> float:
    # OTIO keeps rational values; to the microsecond is below any frame or ms anyone edits.
    return round(t.to_seconds(), 6)


def _plain(value: Any) -> Any:
    """OTIO metadata (AnyDictionary, AnyVector) as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(v) for v in value]
    return value


def _moment_from_marker(marker: otio.schema.Marker, start: float, end: float | None, index: int,
                        meta_key: str = META) -> Moment:
    meta = _plain(marker.metadata.get(meta_key)) or {}
    name = marker.name or ""
    stated_start = meta.get("start")
    a = meta.get("alignment")
    if isinstance(a, dict) and isinstance(stated_start, (int, float)):
        # The marker is where the moment is shown: it is the aligned time.
        alignment = Alignment(start=start, kind=str(a.get("kind") or "none"), score=float(a.get("score") or 0),
                              note=str(a.get("note") or ""), offset=float(a.get("offset") or 0))
        shift = start - float(stated_start)
        first = float(stated_start)
    else:
        alignment, shift, first = None, 0.0, start
    last = None if end is None else max(first, round(end - shift, 6))
    return Moment(
        id=str(meta.get("id") or f"m{index}"),
        start=first,
        end=last,
        approximate=bool(meta.get("approximate", False)),
        caption=str(meta["caption"]) if "caption" in meta else name,
        quote=str(meta.get("stated") or ""),
        sentence=str(meta.get("sentence") or ""),
        notes=str(meta.get("notes") or ""),
        tags=tuple(str(t) for t in meta.get("tags") or ()),
        alignment=alignment,
    )


def from_otio(tl: otio.schema.Timeline, *, origin: str | None = None, meta_key: str = META,
              comment_key: str | None = None) -> Timeline:
    """A Timeline from any OTIO timeline: markers become moments at their
    position on the timeline; without any markers, each clip becomes a ranged
    moment named after the clip (an editor's selects)."""
    found: list[tuple[float, float | None, otio.schema.Marker]] = []
    clips = list(tl.find_clips())
    for clip in clips:
        for marker in clip.markers:
            r = marker.marked_range
            # Position on the record timeline: where the clip sits plus how far into
            # the clip (OTIO 0.18's transformed_time gets this wrong for a trimmed clip).
            start = _seconds(clip.range_in_parent().start_time + (r.start_time - clip.trimmed_range().start_time))
            dur = _seconds(r.duration)
            found.append((start, start + dur if dur > 0 else None, marker))
    for item in [tl.tracks, *tl.tracks]:
        for marker in item.markers:
            r = marker.marked_range
            start = _seconds(r.start_time)
            dur = _seconds(r.duration)
            found.append((start, start + dur if dur > 0 else None, marker))
    found.sort(key=lambda x: x[0])
    moments = []
    for i, (start, end, marker) in enumerate(found, start=1):
        m = _moment_from_marker(marker, max(0.0, start), end, i, meta_key)
        if comment_key and not m.quote:
            comment = (marker.metadata.get(comment_key) or {}).get("comment")
            if comment:
                m = replace(m, quote=str(comment))
        moments.append(m)
    if not found:
        for i, clip in enumerate(clips, start=1):
            r = clip.range_in_parent()
            start = _seconds(r.start_time)
            moments.append(Moment(id=f"m{i}", start=start, end=start + _seconds(r.duration),
                                  caption=clip.name or ""))
    meta = _plain(tl.metadata.get(META)) or {}
    return Timeline(
        moments=tuple(moments),
        title=str(meta["title"] if "title" in meta else tl.name or ""),
        footage=_footage(meta["footage"], []) if "footage" in meta else _footage(None, clips),
        sources=tuple(Source(**{k: v for k, v in s.items() if k in Source.__dataclass_fields__})
                      for s in meta.get("sources") or () if isinstance(s, dict)),
        origin=origin,
    )


def _footage(meta: Any, clips: list[otio.schema.Clip]) -> Footage | None:
    if isinstance(meta, dict):
        return Footage(**{k: v for k, v in meta.items() if k in Footage.__dataclass_fields__})
    if not clips:
        return None
    ref = clips[0].media_reference
    url = getattr(ref, "target_url", None)
    if not url:
        return None
    rng = ref.available_range if ref is not None else None
    path = None
    if url and url.startswith("file://"):
        from urllib.parse import unquote, urlparse
        path = unquote(urlparse(url).path)
    elif url and "://" not in url:
        path = url
    return Footage(
        path=path, url=url if url and path is None else None,
        duration=_seconds(rng.duration) if rng else None,
        fps=rng.duration.rate if rng else None,
    )


def loads(text: str, *, origin: str | None = None) -> Timeline:
    try:
        tl = otio.adapters.read_from_string(text, "otio_json")
    except Exception as exc:  # OTIO raises many types for a bad file
        raise InputError(f"not an OpenTimelineIO file: {str(exc).splitlines()[0][:200]}", subject=origin) \
            from None
    if not isinstance(tl, otio.schema.Timeline):
        raise InputError(f"holds a {type(tl).__name__}, expected a Timeline", subject=origin)
    return from_otio(tl, origin=origin)
