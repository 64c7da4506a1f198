"""Any OpenTimelineIO timeline (read by any adapter) to a Timeline, with every
marker and clip placed where OTIO itself places it.

Positions go through OTIO's own coordinate mapping
(``Item.transformed_time_range`` up to the top stack, as :class:`ToTop`
applies it), which walks every nested stack and track, a track's or clip's
``source_range`` offset, gaps and transitions. Summing offsets by hand got
nested clips wrong (placed at their local 0:00) and ignored trimmed tracks.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import unquote, urlparse

import opentimelineio as otio

from annotate.errors import InputError, TimelineError
from annotate.interchange.common import notify
from annotate.interchange.otio_adapters import rewritten
from annotate.model import MARKER_COLORS, Alignment, Footage, Moment, Source, Timeline, moment_ids
from annotate.timeline.schema import RENAMED_MOMENT_FIELDS, RENAMED_SOURCE_FIELDS, new_names

META = "annotate"  # metadata key for what annotate writes beside OTIO's own fields
# Metadata keys under which OTIO's EDL and FCP 7 XML adapters keep a marker's raw fields (and
# annotate an FCPX marker's note, which its adapter drops: fcpx.loads).
ADAPTER_KEYS = ("cmx_3600", "fcp_xml", "fcpx")
# The moment id an EDL comment or an FCP 7 XML marker element carries, in the adapter's marker metadata.
ID_FIELD = "annotate_id"
# DaVinci Resolve's metadata key: a marker's note (``Note``) and keywords (``Keywords``) are there.
RESOLVE_KEY = "Resolve_OTIO"
SHOWN_CHARS = 60


@dataclass(frozen=True)
class Placed:
    """A marker or clip at its range on the top-level timeline, in seconds."""

    start: float
    end: float | None
    name: str
    marker: otio.schema.Marker | None = None


def seconds(t: otio.opentime.RationalTime) -> float:
    # OTIO keeps rational values; to the microsecond is below any frame or ms anyone edits.
    return round(t.to_seconds(), 6)


class ToTop:
    """Ranges of items of one timeline on its top stack, in linear time. OTIO's
    mapping (``Item.transformed_time``) is a shift: for each level up to the
    top stack, minus the item's trimmed start plus its start in its parent.
    Each call of it finds that start by summing every earlier sibling's
    duration, so a call per marker and per clip made placing N markers over
    N clips cubic (2000 of each: 200 s); here each level's shift is found
    once, from OTIO's ranges of all of a parent's children at once."""

    def __init__(self, tl: otio.schema.Timeline) -> None:
        self.tl = tl
        # keyed by id(): the item is kept in the value, so its id is not reused
        self._shifts: dict[tuple[int, float], tuple[Any, otio.opentime.RationalTime]] = {}
        self._children: dict[int, tuple[Any, dict[Any, otio.opentime.TimeRange]]] = {}

    def shift(self, item: Any, rate: float) -> otio.opentime.RationalTime:
        """What OTIO adds to a time of ``item`` at ``rate`` to place it on the top stack."""
        key = (id(item), rate)
        if key not in self._shifts:
            parent = item.parent()
            zero = otio.opentime.RationalTime(0, rate)
            if parent is None or item is self.tl.tracks:
                self._shifts[key] = (item, zero)
            else:
                if id(parent) not in self._children:
                    self._children[id(parent)] = (parent, parent.range_of_all_children())
                local = zero - item.trimmed_range().start_time + self._children[id(parent)][1][item].start_time
                self._shifts[key] = (item, local + self.shift(parent, local.rate))
        return self._shifts[key][1]

    def range(self, item: Any, rng: otio.opentime.TimeRange) -> otio.opentime.TimeRange:
        """``rng``, in ``item``'s own time, in the top stack's (``item.transformed_time_range(rng, tl.tracks)``)."""
        return otio.opentime.TimeRange(rng.start_time + self.shift(item, rng.start_time.rate), rng.duration)

    def into(self, item: Any, rng: otio.opentime.TimeRange) -> otio.opentime.TimeRange:
        """``rng``, of the top stack's time, in ``item``'s own (``tl.tracks.transformed_time_range(rng, item)``)."""
        return otio.opentime.TimeRange(rng.start_time - self.shift(item, rng.start_time.rate), rng.duration)


class ClipsOf:
    """The clips of one media file on the top stack, and which of them (the
    first in OTIO's order, as a scan of ``find_clips`` would find) shows a
    time: one sweep over their ranges, then a bisection per time."""

    def __init__(self, to_top: ToTop, url: str) -> None:
        clips = [c for c in to_top.tl.find_clips() if media_url(c) == url]
        spans = []
        for index, clip in enumerate(clips):
            shown = to_top.range(clip, clip.trimmed_range())
            first, end = shown.start_time.to_seconds(), shown.end_time_exclusive().to_seconds()
            if not math.isnan(first):  # OTIO: start <= t is false; t < end is "not t >= end", true for a NaN end
                spans.append((first, math.inf if math.isnan(end) else end, index))
        self.url, self.clips = url, clips
        self.bounds = sorted({b for first, end, _ in spans for b in (first, end)})
        self.owner: list[int | None] = []
        spans.sort()
        begun = 0
        live: list[tuple[int, float]] = []  # (index, end) of the spans begun, a heap by index
        for bound in self.bounds:  # each bound to the next: the same spans show it all
            while begun < len(spans) and spans[begun][0] <= bound:
                heapq.heappush(live, (spans[begun][2], spans[begun][1]))
                begun += 1
            while live and live[0][1] <= bound:
                heapq.heappop(live)
            self.owner.append(live[0][0] if live else None)

    def at(self, t: otio.opentime.RationalTime) -> otio.schema.Clip | None:
        """The clip that shows top-stack time ``t`` (a range contains its start, not its end), or None."""
        k = bisect.bisect_right(self.bounds, t.to_seconds()) - 1
        index = self.owner[k] if k >= 0 else None
        return self.clips[index] if index is not None else None


def is_sound(item: Any) -> bool:
    """Whether ``item`` lies in an audio track at any depth: a compound clip's picture track inside an audio
    track (FCPX's compound clip on an audio lane) is heard there, not seen."""
    parent = item.parent()
    while parent is not None:
        if isinstance(parent, otio.schema.Track) and parent.kind == otio.schema.TrackKind.Audio:
            return True
        parent = parent.parent()
    return False


def picture_clips(tl: otio.schema.Timeline) -> list[otio.schema.Clip]:
    """The clips of ``tl`` outside its audio tracks, or every clip when all
    are sound: in annotate's own files (one clip a video) an audio track
    beside the picture holds the same media's sound (an EDL's ``AA/V``
    event is a clip on each track), not more videos."""
    clips = list(tl.find_clips())
    return [c for c in clips if not is_sound(c)] or clips


def sound_of(tl: otio.schema.Timeline, url: str | None) -> bool | None:
    """True when an audio track of ``tl`` holds a clip of the media ``url``, else None (not said)."""
    return True if url and any(is_sound(c) and media_url(c) == url for c in tl.find_clips()) else None


def top_start(tl: otio.schema.Timeline) -> float:
    """Where the top-level stack begins showing (its own trim), in seconds."""
    r = tl.tracks.source_range
    return seconds(r.start_time) if r is not None else 0.0


def markers_of(tl: otio.schema.Timeline) -> Iterator[tuple[Any, otio.schema.Marker]]:
    """Every marker in the timeline with the item that holds it: the top stack,
    tracks and stacks at any depth, clips and gaps."""
    for item in [tl.tracks, *tl.tracks.find_children()]:
        for marker in getattr(item, "markers", ()):
            yield item, marker


def media_url(item: Any) -> str | None:
    """The URL of the media ``item`` (a clip) shows, or None."""
    return getattr(getattr(item, "media_reference", None), "target_url", None) or None


def in_media(item: Any, rng: otio.opentime.TimeRange, top: otio.opentime.TimeRange, to_top: ToTop,
             clips: ClipsOf) -> otio.opentime.TimeRange | None:
    """``rng``, given in ``item``'s own time, as a range of the media file of
    ``clips`` from its first frame: a clip of that media holds it in its
    media's time already (its ``source_range`` is in that time, as OTIO's
    adapters read it); anything else is mapped through the clip of that
    media under it on the top-level timeline (``top``: where ``rng`` lies
    there). None when no such clip is there (a gap, another file's clip)."""
    clip = item if isinstance(item, otio.schema.Clip) and media_url(item) == clips.url else None
    if clip is None:
        clip = clips.at(top.start_time)
        if clip is not None:
            rng = to_top.into(clip, top)
    if clip is None:
        return None
    available = clip.media_reference.available_range  # media whose timecode does not start at 0
    first = available.start_time if available is not None else otio.opentime.RationalTime(0, rng.start_time.rate)
    return otio.opentime.TimeRange(rng.start_time - first, rng.duration)


def place(tl: otio.schema.Timeline, *, origin: str | None = None, start: float = 0.0,
          selects: bool = True, url: str | None = None, events: bool = False,
          known: Mapping[int, otio.opentime.TimeRange] | None = None,
          same: Mapping[int, int] | None = None) -> tuple[list[Placed], bool]:
    """Every marker where OTIO places it; without any marker, every clip (an
    editor's selects) unless ``selects`` is false (annotate's own file: its
    one clip is the footage). With ``url`` (the media the timeline names as
    its footage), each at its time in that media (:func:`in_media`), and
    True; when one cannot be (on a gap, on another file's clip: a warning
    names them), every one at its sequence time, where ``start`` (seconds
    of the top stack's time) becomes 0:00, and False. Anything placed before
    0:00 is left out with a warning. ``events``: the clips are a CMX
    reader's events, each copied onto each of its tracks (one cut each).
    ``known``: where a reader knows better than OTIO's mapping where a marker
    lies on the top-level timeline (by the marker's ``id()``: FCPX's conformed
    clips and lane spines, which OTIO cannot state). ``same``: markers that
    are one marker of the file shown at several places (by ``id()``: which
    one), as a compound clip used twice shows its markers: one moment for
    each instant of the footage."""
    held = [(item, marker.marked_range, marker.name or "", marker) for item, marker in _once(tl, origin)]
    _say_off_clip(held, origin)
    to_top = ToTop(tl)
    if not held and selects:
        held = _cuts(tl, to_top) if events else \
            [(clip, clip.trimmed_range(), clip.name or "", None) for clip in tl.find_clips()]
    found: list[Placed] = []
    tops = [known[id(marker)] if known and marker is not None and id(marker) in known else to_top.range(item, rng)
            for item, rng, _name, marker in held]
    if url is not None:
        clips = ClipsOf(to_top, url)
        ranges = [(in_media(item, rng, top, to_top, clips), name, marker)
                  for (item, rng, name, marker), top in zip(held, tops, strict=True)]
        lost = [(name, marker) for r, name, marker in ranges if r is None]
        if lost:
            _say_off_footage(lost, url, origin)
        else:
            found = [_placed(r, 0.0, name, marker) for r, name, marker in ranges if r is not None]
    mapped = url is not None and len(found) == len(held)
    if mapped:
        found = _one_per_instant(found, same or {}, origin)
    else:
        zero = top_start(tl) + start
        found = [_placed(top, zero, name, marker) for (_item, _rng, name, marker), top in zip(held, tops, strict=True)]
    kept = []
    for p in found:
        if p.start < 0:
            what = "marker" if p.marker is not None else "clip"
            notify(f"{origin or '<input>'}: {what} {p.name!r} lies {-p.start:g} s before the "
                   f"{'footage' if mapped else 'timeline'}'s start; left out")
        else:
            kept.append(p)
    return sorted(kept, key=lambda p: p.start), mapped


def _one_per_instant(found: list[Placed], same: Mapping[int, int], origin: str | None) -> list[Placed]:
    """``found`` (placed in the footage) without a marker shown again at the same instant of the footage (one
    marker of the file, by ``same``), said in one warning: a compound clip used twice in an edit shows its
    markers at each use, which are one instant of the footage, and gave identical moments."""
    seen: set[tuple[Any, ...]] = set()
    kept, again = [], []
    for p in found:
        one = same.get(id(p.marker)) if p.marker is not None else None
        key = (one, p.start, p.end)
        if one is not None and key in seen:
            again.append(p)
            continue
        seen.add(key)
        kept.append(p)
    if again:
        shown = "; ".join(f"{p.name[:SHOWN_CHARS]!r} at {p.start:g} s" for p in again[:5])
        notify(f"{origin or '<input>'}: {len(again)} marker(s) shown again at one instant of the footage "
               f"({shown}{'; ...' if len(again) > 5 else ''}), as a compound clip used twice shows "
               "its markers twice: one moment each")
    return kept


def _once(tl: otio.schema.Timeline, origin: str | None) -> list[tuple[Any, otio.schema.Marker]]:
    """:func:`markers_of`, a marker given twice on one nested stack read once,
    said: Premiere writes a nested sequence's marker on the sequence and again
    on the clip item that holds it, and OTIO's FCP 7 XML reader puts both on
    its stack, which made two identical moments of one marker. (Two identical
    markers on a clip are two moments a timeline held: kept.)"""
    seen: set[tuple[int, str]] = set()
    kept = []
    for item, marker in markers_of(tl):
        key = (id(item), otio.adapters.write_to_string(marker, "otio_json"))
        if key in seen and isinstance(item, otio.schema.Stack) and item is not tl.tracks:
            notify(f"{origin or '<input>'}: marker {marker.name[:SHOWN_CHARS]!r} at "
                   f"{seconds(marker.marked_range.start_time):g} s of {type(item).__name__.lower()} "
                   f"{item.name[:SHOWN_CHARS]!r} is given twice (a nested sequence's marker repeated on its clip "
                   "item): read once")
            continue
        seen.add(key)
        kept.append((item, marker))
    return kept


def _say_off_clip(held: list[tuple[Any, otio.opentime.TimeRange, str, otio.schema.Marker | None]],
                  origin: str | None) -> None:
    """Name in one warning the clips' markers outside the part of their media
    the clip shows: each is placed where that part would reach on the
    timeline, where the clip is not shown (OpenTimelineIO gives it on the
    clip, an editor shows it nowhere)."""
    off = []
    for item, rng, name, _marker in held:
        if isinstance(item, otio.schema.Clip) and item.source_range is not None:
            shown = _retimed(item, item.trimmed_range())
            if shown.duration.value > 0 and not shown.start_time <= rng.start_time < shown.end_time_exclusive():
                off.append(f"{name[:SHOWN_CHARS]!r} of clip {item.name[:SHOWN_CHARS]!r} at {seconds(rng.start_time):g}"
                           f" s, which shows {seconds(shown.start_time):g}-{seconds(shown.end_time_exclusive()):g} s")
    if off:
        notify(f"{origin or '<input>'}: {len(off)} marker(s) lie outside the part of its media their clip shows "
               f"({'; '.join(off[:5])}{'; ...' if len(off) > 5 else ''}): placed where that part would reach, where "
               "the clip is not shown")


def _retimed(clip: otio.schema.Clip, shown: otio.opentime.TimeRange) -> otio.opentime.TimeRange:
    """The part of its media ``clip`` shows, ``shown`` as its range states it, read through its
    LinearTimeWarp effects (a clip at 2x shows twice its range's length of media; reversed, at -1x, as much as
    forwards)."""
    speed = 1.0
    for effect in clip.effects:
        if isinstance(effect, otio.schema.LinearTimeWarp) and effect.time_scalar:
            speed *= abs(effect.time_scalar)
    return shown if speed == 1.0 else otio.opentime.TimeRange(
        shown.start_time, otio.opentime.RationalTime(shown.duration.value * speed, shown.duration.rate))


def _cuts(tl: otio.schema.Timeline,
          to_top: ToTop) -> list[tuple[Any, otio.opentime.TimeRange, str, otio.schema.Marker | None]]:
    """Each clip of a CMX reader's timeline as a cut of the selects, but the
    copies of one event: the cmx_3600 reader puts an event on each of its
    tracks (``AA/V`` on V, A1 and A2; ``AA`` with ``AUD 3`` on A1 and A2),
    which made identical moments of one event. (Other formats' clips are the
    editor's own: each kept.)"""
    seen: set[tuple[str, str | None, float, float]] = set()
    cuts = []
    for clip in tl.find_clips():
        shown = to_top.range(clip, clip.trimmed_range())
        key = (clip.name or "", media_url(clip), seconds(shown.start_time), seconds(shown.duration))
        if key in seen and is_sound(clip):
            continue
        seen.add(key)
        cuts.append((clip, clip.trimmed_range(), clip.name or "", None))
    return cuts


def _say_off_footage(lost: list[tuple[str, otio.schema.Marker | None]], url: str, origin: str | None) -> None:
    """One warning naming the markers (or clips) not on the footage's media."""
    what = "marker(s)" if lost[0][1] is not None else "clip(s)"
    shown = ", ".join(repr(name[:SHOWN_CHARS]) for name, _ in lost[:5]) + (", ..." if len(lost) > 5 else "")
    name = url.replace("\\", "/").rsplit("/", 1)[-1]
    notify(f"{origin or '<input>'}: {len(lost)} {what} {shown} lie on no clip of {name!r} (a gap, another file): "
           f"every {what[:-3]} is placed at its sequence time and the timeline names no footage (the edited "
           "sequence is what its times are in)")


def _placed(r: otio.opentime.TimeRange, zero: float, name: str,
            marker: otio.schema.Marker | None = None) -> Placed:
    start = round(seconds(r.start_time) - zero, 6)
    dur = seconds(r.duration)
    return Placed(start, round(start + dur, 6) if dur > 0 else None, name, marker)


def plain(value: Any) -> Any:
    """OTIO metadata (AnyDictionary, AnyVector) as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [plain(v) for v in value]
    return value


def _color(marker: otio.schema.Marker, meta: dict[str, Any]) -> str:
    """The marker's colour as its file named it: annotate's own field, else the
    raw word an EDL or FCP 7 XML marker carries (the CMX reader turns unknown
    words into RED; FCP 7 XML has no colour but annotate's own ``<color>``),
    else OTIO's."""
    if meta:
        color = str(meta.get("color") or "").upper()
    else:
        raw = next((c for key in ADAPTER_KEYS if (c := (plain(marker.metadata.get(key)) or {}).get("color"))), None)
        color = str(raw or marker.color or "").upper()
    if color and color not in MARKER_COLORS:
        notify(f"marker {marker.name[:60]!r}: colour {color[:40]!r} is not one editors share "
               f"({', '.join(MARKER_COLORS)}); left out")
        return ""
    return color


def _raw(marker: otio.schema.Marker, name: str) -> str:
    """A marker's field as an adapter kept it (ADAPTER_KEYS), else ""."""
    return next((str(v) for key in ADAPTER_KEYS if (v := (plain(marker.metadata.get(key)) or {}).get(name))), "")


def _editor_fields(marker: otio.schema.Marker) -> dict[str, tuple[tuple[str, Any], ...]]:
    """What an editor wrote on a marker besides its name, by the moment field
    that holds it, each with the label a warning names it by: the comment
    (the FCP 7 XML ``<comment>`` its adapter keeps, as annotate's FCP 7 export
    writes the quote there, and OpenTimelineIO's own ``Marker.comment``) is
    the quote; a note (FCPX's, kept by fcpx.loads, and DaVinci Resolve's
    ``Note``) the notes; Resolve's ``Keywords`` the tags."""
    resolve = plain(marker.metadata.get(RESOLVE_KEY)) or {}
    resolve = resolve if isinstance(resolve, Mapping) else {}
    words = resolve.get("Keywords") or []
    keywords = tuple(str(k) for k in (words if isinstance(words, list) else [words]) if str(k).strip())
    return {
        "quote": (("comment", _raw(marker, "comment")), ("comment", marker.comment or "")),
        "notes": (("note", _raw(marker, "note")), ("Resolve note", str(resolve.get("Note") or ""))),
        "tags": (("Resolve keywords", keywords),),
    }


def _chosen(field: str, given: Any, found: tuple[tuple[str, Any], ...], where: str) -> Any:
    """The moment's ``field``: ``given`` (annotate's own metadata) if any,
    else the first value the editor's fields hold; every other value that
    differs is named in a warning, not dropped in silence."""
    values = [(label, v) for label, v in found if v]
    kept = given or (values[0][1] if values else given)
    for label, value in values:
        if value != kept:
            shown = value if isinstance(value, str) else ", ".join(value)
            notify(f"{where}: its {label} {shown[:SHOWN_CHARS]!r} left out: the moment's {field} is "
                   f"{str(kept)[:SHOWN_CHARS]!r} (from the same marker)")
    return kept


def _carried_id(p: Placed, meta_key: str) -> str:
    """The moment id a marker carries: annotate's own metadata, else the id
    an EDL comment or FCP 7 XML marker holds (ID_FIELD); "" for none."""
    if p.marker is None:
        return ""
    meta = plain(p.marker.metadata.get(meta_key)) or {}
    own = meta.get("id") if isinstance(meta, Mapping) else None
    return str(own or _raw(p.marker, ID_FIELD))


def _named_moment(p: Placed, index: int, meta_key: str, origin: str | None) -> Moment:
    """:func:`_moment`, a value the model refuses named by the marker that gave it (its name and time) where
    the moment's id is one annotate numbered: "moment m40" named an id the file does not hold."""
    try:
        return _moment(p, index, meta_key, origin)
    except TimelineError as exc:
        if exc.moment != f"m{index}" or _carried_id(p, meta_key):
            raise
        what = "marker" if p.marker is not None else "clip"
        field = f", field '{exc.field}'" if exc.field else ""
        at = f" at {p.start:g} s" if math.isfinite(p.start) else ""
        raise InputError(f"{what} {p.name[:SHOWN_CHARS]!r}{at}{field}: {exc.message}", subject=origin) from None


def _moment(p: Placed, index: int, meta_key: str, origin: str | None) -> Moment:
    marker = p.marker
    if marker is None:
        return Moment(id=f"m{index}", start=p.start, end=p.end, caption=p.name)
    meta = plain(marker.metadata.get(meta_key)) or {}
    if isinstance(meta, Mapping):  # written before the rename: "stated" is "quote"
        meta = dict(new_names(meta, RENAMED_MOMENT_FIELDS, TimelineError))
    stated_start = meta.get("start")
    a = meta.get("alignment")
    if isinstance(a, dict) and isinstance(stated_start, (int, float)):
        # The marker is where the moment is shown: it is the aligned time.
        # score and offset as the file holds them: the model judges them (annotate.validate).
        alignment = Alignment(start=p.start, kind=str(a.get("kind") or "none"), score=a.get("score") or 0.0,
                              note=str(a.get("note") or ""), offset=a.get("offset") or 0.0)
        shift = p.start - float(stated_start)
        first = float(stated_start)
    else:
        alignment, shift, first = None, 0.0, p.start
    where = f"{origin or '<input>'}: marker {p.name[:SHOWN_CHARS]!r} at {p.start:g} s"
    editor = _editor_fields(marker)
    texts = {f: _chosen(f, given, editor[f], where) for f, given in (
        ("quote", str(meta.get("quote") or "")), ("notes", str(meta.get("notes") or "")),
        ("tags", tuple(str(t) for t in meta.get("tags") or ())))}
    return Moment(
        id=_carried_id(p, meta_key) or f"m{index}",
        start=first,
        end=None if p.end is None else max(first, round(p.end - shift, 6)),
        approximate=bool(meta.get("approximate", False)),
        caption=str(meta["caption"]) if "caption" in meta else p.name,
        quote=texts["quote"],
        sentence=str(meta.get("sentence") or ""),
        notes=texts["notes"],
        tags=texts["tags"],
        color=_color(marker, meta),
        alignment=alignment,
        footage=str(meta.get("footage") or ""),
    )


def rate_of(tl: otio.schema.Timeline) -> float | None:
    """The timeline's frame rate as its file states it: the rate of its start
    time (FCP XML: the sequence's), else of its first clip (a nested clip may
    run at another rate, so that is the second choice)."""
    if tl.global_start_time is not None:
        return float(tl.global_start_time.rate)
    for clip in tl.find_clips():
        if clip.source_range is not None:
            return float(clip.source_range.duration.rate)
    return None


def from_otio(tl: otio.schema.Timeline, *, origin: str | None = None, meta_key: str = META,
              start: float = 0.0, rate: float | None = None, ours: bool = False, strict: bool = False,
              events: bool = False, known: Mapping[int, otio.opentime.TimeRange] | None = None,
              same: Mapping[int, int] | None = None) -> Timeline:
    """A Timeline from any OTIO timeline: markers become moments at their
    position on the timeline (see :func:`place`), with what an editor wrote
    on them (:func:`_editor_fields`); ``rate`` is the
    rate the file was read at (else the file's own); ``ours`` says annotate
    wrote the file (a timeline without moments then stays without);
    ``strict`` refuses a marker whose id another took (else a warning);
    ``events``: the clips are a CMX reader's events; ``known``, ``same``: markers' places a reader knows, and
    which are one marker shown twice (see :func:`place`)."""
    try:
        return _timeline(tl, origin, meta_key, start, rate, ours, strict, events, known, same)
    except TimelineError as exc:  # a value the model refused: name the file too
        raise TimelineError(exc.message, path=origin, moment=exc.moment, field=exc.field) from None


def _timeline(tl: otio.schema.Timeline, origin: str | None, meta_key: str, start: float, rate: float | None,
              ours: bool, strict: bool, events: bool = False,
              known: Mapping[int, otio.opentime.TimeRange] | None = None,
              same: Mapping[int, int] | None = None) -> Timeline:
    meta = plain(tl.metadata.get(META)) or {}
    # OTIO raises on items it cannot place (a clip with no range at all); a
    # moment refuses a time that is not finite (a marker at rate 0).
    with rewritten("cannot place its items on the timeline", "OpenTimelineIO", origin=origin):
        # An editor's file names its first picture's media as the footage (a sound recorder's file only when no
        # clip has a picture): its markers are read in that media's time, where the file says where that media
        # starts (an editor's EDL does not: its source timecode may start at 01:00:00:00 or anywhere, so its
        # markers stay at the programme's time, as its record side gives them).
        clips = picture_clips(tl)
        media_start_known = ours or getattr(clips[0].media_reference, "available_range", None) is not None \
            if clips else False
        url = None if meta or not media_start_known else media_url(clips[0])
        placed, mapped = place(tl, origin=origin, start=start, selects=not (ours or meta), url=url, events=events,
                               known=known, same=same)
        moments = [_named_moment(p, i, meta_key, origin) for i, p in enumerate(placed, start=1)]
    # A marker an editor copied carries the id again: the copy is numbered, and said so.
    wanted = [_carried_id(p, meta_key) for p in placed]
    given = moment_ids(wanted)
    _tell_renamed(_renamed(placed, wanted, given, origin), strict)
    moments = [m if m.id == new else replace(m, id=new) for m, new in zip(moments, given, strict=True)]
    return Timeline(
        moments=tuple(moments),
        title=str(meta["title"] if "title" in meta else tl.name or ""),
        videos=_videos(meta, clips, tl) if mapped or url is None else (),
        edit_rate=_number(meta.get("edit_rate")) if meta else (rate or rate_of(tl)),
        record_timecode=str(meta.get("record_timecode") or "") or sequence_start(tl),
        sources=tuple(Source(**{k: v for k, v in new_names(s, RENAMED_SOURCE_FIELDS, TimelineError).items()
                                if k in Source.__dataclass_fields__})
                      for s in meta.get("sources") or () if isinstance(s, dict)),
        origin=origin,
    )


def sequence_start(tl: otio.schema.Timeline) -> str | None:
    """Where the file's sequence starts on its timecode, the timeline's record
    timecode: OTIO's ``global_start_time`` (FCP 7 XML's sequence
    ``<timecode>``, FCPX's ``tcStart`` as :mod:`annotate.interchange.fcpx`
    reads it), drop frame when the adapter's metadata says so; None from
    00:00:00:00."""
    start = tl.global_start_time
    if start is None or start.value <= 0:
        return None
    timecode = (plain(tl.metadata.get("fcp_xml")) or {}).get("timecode")
    drop = (isinstance(timecode, Mapping) and timecode.get("displayformat") == "DF") or \
        (plain(tl.metadata.get("fcpx")) or {}).get("tcFormat") == "DF"
    return _start_timecode(start, drop)


def _renamed(placed: list[Placed], wanted: list[str], given: list[str], origin: str | None) -> list[str]:
    """One line for each marker whose id an earlier marker carries (moment
    ids are unique), naming both markers and the id it is imported as, the
    way a subtitle import names a repeated cue identifier."""
    first: dict[str, Placed] = {}
    lines = []
    for p, want, new in zip(placed, wanted, given, strict=True):
        earlier = first.setdefault(want, p)
        if want and want != new:
            lines.append(f"{origin or '<input>'}: marker {p.name[:SHOWN_CHARS]!r} at {p.start:g} s: id {want!r} "
                         f"was already used by the marker {earlier.name[:SHOWN_CHARS]!r} at {earlier.start:g} s; "
                         f"imported as moment {new}")
    return lines


def _tell_renamed(lines: list[str], strict: bool) -> None:
    """Each renamed id as a warning; under ``strict`` (``import --strict``) an error, as for subtitle files."""
    if strict and lines:
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        raise InputError(f"{lines[0]}{more}; an error under --strict")
    for line in lines:
        notify(line)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _videos(meta: Mapping[str, Any], clips: list[otio.schema.Clip], tl: otio.schema.Timeline) -> tuple[Footage, ...]:
    """The videos annotate wrote (``videos``, or the one ``footage``), else the first clip's media."""
    if isinstance(meta.get("videos"), list):
        return tuple(f for v in meta["videos"] if (f := _footage(v, [], tl)) is not None)
    one = _footage(meta["footage"], [], tl) if "footage" in meta else _footage(None, clips, tl)
    return (one,) if one is not None else ()


def _footage(meta: Any, clips: list[otio.schema.Clip], tl: otio.schema.Timeline) -> Footage | None:
    if isinstance(meta, dict):
        return Footage(**{k: v for k, v in meta.items() if k in Footage.__dataclass_fields__})
    if not clips:
        return None
    ref = clips[0].media_reference
    url = getattr(ref, "target_url", None)
    if not url:
        return None
    rng = ref.available_range
    path = None
    if url.startswith("file://"):
        path = unquote(urlparse(url).path)
    elif "://" not in url:
        path = url
    known = rng is not None and rng.duration.value > 0  # (an EDL's media gives its start only: edl.loads)
    # FCP 7 XML's <timecode> says drop frame (<displayformat>DF), as its reader keeps it
    timecode = (plain(ref.metadata.get("fcp_xml")) or {}).get("timecode")
    drop = isinstance(timecode, Mapping) and timecode.get("displayformat") == "DF"
    return Footage(
        path=path, url=url if path is None else None,
        duration=seconds(rng.duration) if known else None,
        fps=rng.duration.rate if known else None,
        has_audio=sound_of(tl, url),
        # where its timecode starts, as the file counts it (a camera's 01:00:00:00)
        timecode=_start_timecode(rng.start_time, drop) if rng is not None and rng.start_time.value > 0 else None,
    )



def _start_timecode(start: otio.opentime.RationalTime, drop: bool) -> str:
    """A media's start as its timecode: drop frame (``;``) when its file says so and the rate counts it."""
    try:
        return otio.opentime.to_timecode(start, start.rate, drop_frame=drop)
    except ValueError:  # (drop frame at a rate it does not count at)
        return otio.opentime.to_timecode(start, start.rate, drop_frame=False)



def per_video(tl: otio.schema.Timeline, ids: Sequence[str], read: Callable[[otio.schema.Timeline], Timeline], *,
              origin: str | None = None) -> Timeline:
    """A file of several videos, one clip each (``ids``: the video of each of
    ``tl``'s clips, in order): each clip read alone by ``read`` (so its
    markers are at its own footage's times, wherever an editor put it in the
    programme), its moments on its video, numbered across all of them as one
    file of one video numbers its own."""
    videos: list[Footage] = []
    moments: list[Moment] = []
    parts = []
    for clip, video_id in zip(picture_clips(tl), ids, strict=True):
        alone = otio.schema.Timeline(name=tl.name)
        track = otio.schema.Track(kind=otio.schema.TrackKind.Video)
        track.append(clip.deepcopy())
        alone.tracks.append(track)
        if sound_of(tl, media_url(clip)):  # its sound, said as the file says it (Footage.has_audio)
            sound = otio.schema.Track(kind=otio.schema.TrackKind.Audio)
            sound.append(otio.schema.Clip(media_reference=clip.media_reference.deepcopy(),
                                          source_range=clip.trimmed_range()))
            alone.tracks.append(sound)
        part = read(alone)
        parts.append(part)
        try:  # (an id an editor changed by hand is judged as the timeline file's would be)
            videos.append(replace(part.videos[0] if part.videos else Footage(), id=video_id))
        except TimelineError as exc:
            raise TimelineError(exc.message, path=origin, field=exc.field) from None
        moments += [replace(m, footage=video_id) for m in part.moments]
    numbered = [replace(m, id=f"m{n}") if m.id == f"m{i}" else m
                for n, (i, m) in enumerate(_local_numbers(moments), start=1)]
    try:
        return replace(parts[0], moments=tuple(numbered), videos=tuple(videos),
                       record_timecode=parts[0].record_timecode or sequence_start(tl))
    except TimelineError as exc:
        raise TimelineError(exc.message, path=origin, moment=exc.moment, field=exc.field) from None


def _local_numbers(moments: list[Moment]) -> list[tuple[int, Moment]]:
    """Each moment with its number within its video (the ``m<n>`` a reader gave it)."""
    counts: dict[str, int] = {}
    out = []
    for m in moments:
        counts[m.footage] = counts.get(m.footage, 0) + 1
        out.append((counts[m.footage], m))
    return out
