"""The timeline file's schema: plain data (as YAML holds it) to a validated
Timeline and back. Pure functions (a video's rate for its editor timecode is
read by the caller's ``frame_rate``); errors name the file, moment and field."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from annotate.errors import MediaWarning, TimeFormatError, TimelineError
from annotate.model import SCHEMA_VERSION, Alignment, Alternative, Footage, Moment, Source, Timeline, default_video_id
from annotate.timecode import ARTICLE_TIMECODE_FPS, format_editable, parse_time
from annotate.validate import MAX_MOMENTS, number_problem

TOP_FIELDS = ("schema_version", "title", "footage", "videos", "edit_rate", "record_timecode", "sources", "moments")
# Version 2 added several videos ("videos:" and each moment's "footage:"). A
# file with one video is still written as version 1, as it always was, so
# older annotate reads it; version 1 files load unchanged (docs/json-schema.md).
VIDEOS_VERSION = 2
READABLE_VERSIONS = (SCHEMA_VERSION, VIDEOS_VERSION)
MOMENT_FIELDS = (
    "id", "start", "end", "approximate", "quote", "caption", "sentence", "window",
    "notes", "tags", "highlight", "color", "alignment", "span", "clock", "said", "footage", "alternatives",
)
ALTERNATIVE_FIELDS = ("footage", "start")
FOOTAGE_FIELDS = ("id", "path", "url", "sha256", "duration", "fps", "width", "height", "rotation", "has_audio",
                  "audio_channels", "timecode", "retrieved")
SOURCE_FIELDS = ("article", "url", "publisher", "excerpt", "credit")
ALIGNMENT_FIELDS = ("start", "kind", "score", "note", "offset")
# Keys whose values are text wherever they appear in a timeline file: a plain
# scalar YAML reads as a number (a caption ``2.50``, ``.5``) stays as written.
TEXT_FIELDS = frozenset(("title", "id", "quote", "stated", "caption", "sentence", "notes", "tags", "color", "clock",
                         "said", "footage", "kind", "note", "path", "url", "sha256", "retrieved", "timecode",
                         *SOURCE_FIELDS))
# Fields renamed since files were first written (old name -> new). Files with
# the old name load unchanged; they are written with the new one.
RENAMED_MOMENT_FIELDS = {"stated": "quote"}  # the article's own words for the time
RENAMED_SOURCE_FIELDS = {"quote": "excerpt"}  # the article's sentence the moments came from


class _Where:
    """Carries the location of the value being read, for error messages."""

    def __init__(self, path: object, moment: object | None = None) -> None:
        self.path = path
        self.moment = moment

    def error(self, message: str, field: str | None = None) -> TimelineError:
        return TimelineError(message, path=self.path, moment=self.moment, field=field)


def _mapping(value: Any, where: _Where, field: str | None, known: tuple[str, ...],
             renamed: Mapping[str, str] | None = None) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise where.error(f"expected a mapping of fields, got {kind_of(value)}", field)
    value = new_names(value, renamed or {}, lambda message: where.error(message, field))
    for key in value:
        # Keys starting with "x-" or "x_" are the user's own and kept as they are.
        if not isinstance(key, str) or (key not in known and not key.startswith(("x-", "x_"))):
            raise where.error(f"unknown field {key!r} (known: {', '.join(known)})", field)
    return value


def new_names(data: Mapping[Any, Any], renamed: Mapping[str, str],
              error: Callable[[str], Exception]) -> Mapping[Any, Any]:
    """``data`` with each field under an old name moved to its new name (the
    one reader of renamed fields); both names at once is ambiguous."""
    if not any(old in data for old in renamed):
        return data
    for old, new in renamed.items():
        if old in data and new in data:
            raise error(f"has both {old!r} (the old name) and {new!r}; keep only {new!r}")
    return {renamed.get(k, k) if isinstance(k, str) else k: v for k, v in data.items()}  # order kept


def _time(value: Any, where: _Where, field: str, *, optional: bool = False, fps: float | None = None) -> float | None:
    """A time field; an editor's hh:mm:ss:ff counts its frames at ``fps``
    (the rate of the moment's video, when the timeline states one)."""
    if value is None and optional:
        return None
    if value is None:
        raise where.error("is required (seconds or a timecode such as 2:27)", field)
    try:
        return parse_time(value, fps=fps)
    except TimeFormatError as exc:
        raise where.error(exc.message, field) from None


def _text(value: Any, where: _Where, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise where.error(f"expected text, got {kind_of(value)}", field)


def kind_of(value: Any) -> str:
    """What a YAML value that is not the one a field takes is: its Python type's name, YAML's own for what
    only a tag makes (``!!set``, ``!!binary``, ``!!timestamp``)."""
    if isinstance(value, (set, frozenset)):
        return "a set (!!set)"
    if isinstance(value, (bytes, bytearray)):
        return "binary data (!!binary)"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date (!!timestamp)"
    return type(value).__name__


def _number(value: Any, where: _Where, field: str, **rule: Any) -> float | None:
    """A plain number field; the rule (range, whole) is annotate.validate's."""
    if value is None:
        return None
    if (problem := number_problem(value, **rule)) is not None:
        raise where.error(problem, field)
    return value  # type: ignore[no-any-return]


def _numbers(value: Any, where: _Where, field: str, count: int, *, times: bool = True) -> tuple[Any, ...] | None:
    """A list of ``count`` numbers (clock text too when ``times``); ranges
    are checked by the model's constructor."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or len(value) != count:
        raise where.error(f"expected a list of {count} numbers", field)
    out = []
    for item in value:
        if isinstance(item, str) and times:
            try:
                item = parse_time(item)
            except TimeFormatError as exc:
                raise where.error(exc.message, field) from None
        out.append(_number(item, where, field))
    return tuple(out)


def _video_named(videos: tuple[Footage, ...], video_id: str) -> Footage | None:
    """The video ``video_id`` names (the first when it names none of them)."""
    return next((v for v in videos if video_id and video_id == (v.id or default_video_id(v.path, v.url))),
                videos[0] if videos else None)


def _rate(videos: tuple[Footage, ...], video_id: str) -> float | None:
    """The stated rate of the video ``video_id`` names (the first video's
    when it names none of them), for frames of editor timecode."""
    chosen = _video_named(videos, video_id)
    return chosen.fps if chosen else None


def _has_frames(value: Any) -> bool:
    """Whether a time field is an editor's timecode (hh:mm:ss:ff: the one form with three colons)."""
    return isinstance(value, str) and value.count(":") == 3


def _frame_times(moments: list[Any]) -> Iterator[tuple[str, str]]:
    """(moment id, video named) of each time field written as an editor's
    timecode: start, end, alignment start, and each alternative's start on
    its own video."""
    for index, data in enumerate(moments):
        if not isinstance(data, Mapping):
            continue
        moment_id = str(data.get("id") or f"m{index + 1}")
        video = str(data.get("footage") or "").strip()
        given = data.get("alignment")
        alignment: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
        if any(_has_frames(v) for v in (data.get("start"), data.get("end"), alignment.get("start"))):
            yield moment_id, video
        for item in data.get("alternatives") or () if isinstance(data.get("alternatives"), list) else ():
            if isinstance(item, Mapping) and _has_frames(item.get("start")):
                yield moment_id, str(item.get("footage") or "").strip()


def _counting_rates(videos: tuple[Footage, ...], moments: list[Any], origin: str | None,
                    frame_rate: Callable[[Footage], float | None] | None) -> tuple[Footage, ...]:
    """``videos``, each whose editor timecode frames a moment counts but
    which states no ``fps`` given the rate ``frame_rate`` reads from its file
    (the footage is here: as every command then reads it); the moments whose
    frames still count at ARTICLE_TIMECODE_FPS (no rate stated or readable)
    are named in one warning."""
    wanted: dict[int, list[str]] = {}
    for moment_id, video_id in _frame_times(moments):
        chosen = _video_named(videos, video_id)
        if chosen is None or not chosen.fps:
            wanted.setdefault(-1 if chosen is None else videos.index(chosen), []).append(moment_id)
    out = list(videos)
    assumed: list[str] = []
    unread: list[str] = []
    for n, ids in wanted.items():
        rate = frame_rate(videos[n]) if n >= 0 and frame_rate is not None else None
        if rate:
            out[n] = replace(videos[n], fps=rate)
        else:
            assumed += [i for i in ids if i not in assumed]
            unread.append("the timeline names no footage" if n < 0 else
                          f"{videos[n].path or videos[n].url or videos[n].id}: no fps stated and the file cannot be "
                          "read here")
    if assumed:
        warnings.warn(f"{origin or '<timeline>'}: moment(s) {', '.join(assumed[:10])}"
                      f"{', ...' if len(assumed) > 10 else ''}: the frames of their editor timecode (hh:mm:ss:ff) "
                      f"are counted at {ARTICLE_TIMECODE_FPS:g} fps ({'; '.join(unread)}): add fps: under footage",
                      MediaWarning, stacklevel=4)
    return tuple(out)


def _moment(data: Any, index: int, path: object, videos: tuple[Footage, ...] = ()) -> Moment:
    raw_id = data.get("id") if isinstance(data, Mapping) else None
    where = _Where(path, raw_id if raw_id not in (None, "") else f"#{index + 1}")
    data = _mapping(data, where, None, MOMENT_FIELDS, RENAMED_MOMENT_FIELDS)
    clock = _text(data.get("clock"), where, "clock").strip()
    said = _text(data.get("said"), where, "said")
    fps = _rate(videos, _text(data.get("footage"), where, "footage").strip())
    # A clock or quote moment waits with "start: null" until align places it.
    start = _time(data.get("start"), where, "start", optional=bool(clock or said.strip()), fps=fps)
    end = _time(data.get("end"), where, "end", optional=True, fps=fps)
    approximate = data.get("approximate", False)
    if not isinstance(approximate, bool):
        raise where.error(f"expected true or false, got {approximate!r}", "approximate")
    tags = data.get("tags") or ()
    if isinstance(tags, str):
        tags = (tags,)
    if not isinstance(tags, (list, tuple)) or not all(isinstance(t, (str, int)) for t in tags):
        raise where.error("expected a list of words", "tags")
    window = _numbers(data.get("window"), where, "window", 2)
    highlight = _numbers(data.get("highlight"), where, "highlight", 4, times=False)
    span = _numbers(data.get("span"), where, "span", 2, times=False)
    alignment = None
    try:
        if data.get("alignment") is not None:
            a = _mapping(data["alignment"], where, "alignment", ALIGNMENT_FIELDS)
            kind = _text(a.get("kind"), where, "alignment.kind") or "none"
            alignment = Alignment(
                start=_time(a.get("start"), where, "alignment.start", optional=kind == "unplaced", fps=fps),
                kind=kind,
                score=_number(a.get("score"), where, "alignment.score") or 0.0,
                note=_text(a.get("note"), where, "alignment.note"),
                offset=_number(a.get("offset"), where, "alignment.offset") or 0.0,
            )
        return Moment(
            id=_text(raw_id, where, "id") or f"m{index + 1}",
            start=start,
            end=end,
            approximate=approximate,
            quote=_text(data.get("quote"), where, "quote"),
            caption=_text(data.get("caption"), where, "caption"),
            sentence=_text(data.get("sentence"), where, "sentence"),
            window=window,  # type: ignore[arg-type]
            notes=_text(data.get("notes"), where, "notes"),
            tags=tuple(str(t) for t in tags),
            highlight=highlight,  # type: ignore[arg-type]
            color=_text(data.get("color"), where, "color").strip().upper(),
            span=span,  # type: ignore[arg-type]
            alignment=alignment,
            clock=clock,
            said=said,
            footage=_text(data.get("footage"), where, "footage").strip(),
            alternatives=_alternatives(data.get("alternatives"), where, videos),
        )
    except TimelineError as exc:
        raise TimelineError(exc.message, path=path, moment=where.moment, field=exc.field) from None


def _alternatives(data: Any, where: _Where, videos: tuple[Footage, ...]) -> tuple[Alternative, ...]:
    """A moment's ``alternatives``: a list of ``{footage: ID, start: TIME}``."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise where.error("expected a list of {footage, start}", "alternatives")
    out = []
    for item in data:
        item = _mapping(item, where, "alternatives", ALTERNATIVE_FIELDS)
        video = _text(item.get("footage"), where, "alternatives.footage").strip()
        start = _time(item.get("start"), where, "alternatives.start", fps=_rate(videos, video))
        assert start is not None
        out.append(Alternative(footage=video, start=start))
    return tuple(out)


def _footage(data: Any, path: object, name: str = "footage") -> Footage | None:
    where = _Where(path)
    if data is None:
        return None
    if isinstance(data, str):
        return Footage(path=data)
    data = _mapping(data, where, name, FOOTAGE_FIELDS)
    try:
        # id, fps, width and height are checked (type, range) by the model.
        return Footage(
            id=_text(data.get("id"), where, f"{name}.id").strip(),
            path=_text(data.get("path"), where, "footage.path") or None,
            url=_text(data.get("url"), where, "footage.url") or None,
            sha256=_text(data.get("sha256"), where, "footage.sha256") or None,
            duration=_time(data.get("duration"), where, "footage.duration", optional=True),
            fps=None if (fps := _number(data.get("fps"), where, "footage.fps")) is None else float(fps),
            width=data.get("width"),
            height=data.get("height"),
            rotation=data.get("rotation"),
            has_audio=data.get("has_audio"),
            audio_channels=data.get("audio_channels"),
            # null (or blank): the file carries none, as probed; absent: not known (probed when needed)
            timecode=_text(data.get("timecode"), where, "footage.timecode").strip() if "timecode" in data else None,
            retrieved=_text(data.get("retrieved"), where, "footage.retrieved") or None,
        )
    except TimelineError as exc:
        field = exc.field.replace("footage", name, 1) if exc.field else name
        raise where.error(exc.message, field) from None


def _videos(data: Mapping[str, Any], path: object) -> tuple[Footage, ...]:
    """The videos of a file: ``footage`` (one, as version 1 wrote it) or
    ``videos`` (a list of the same mappings, or of bare paths)."""
    where = _Where(path)
    if data.get("videos") is None:
        one = _footage(data.get("footage"), path)
        return (one,) if one is not None else ()
    if data.get("footage") is not None:
        raise where.error("has both 'footage' and 'videos'; list every video under 'videos'", "footage")
    if not isinstance(data["videos"], list):
        raise where.error("expected a list of videos", "videos")
    out = []
    for i, item in enumerate(data["videos"]):
        video = _footage(item, path, f"videos.{i + 1}")
        if video is None:  # "- " with nothing after it: a video left half-deleted
            raise where.error("is empty: give a path or a mapping of fields", f"videos.{i + 1}")
        out.append(video)
    return tuple(out)


def _sources(data: Any, path: object) -> tuple[Source, ...]:
    where = _Where(path)
    if data is None:
        return ()
    if isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list):
        raise where.error("expected a list of sources", "sources")
    out = []
    for item in data:
        item = _mapping(item, where, "sources", SOURCE_FIELDS, RENAMED_SOURCE_FIELDS)
        out.append(Source(**{k: _text(item.get(k), where, f"sources.{k}") or None for k in SOURCE_FIELDS}))
    return tuple(out)


def from_data(data: Any, *, origin: str | None = None,
              frame_rate: Callable[[Footage], float | None] | None = None) -> Timeline:
    """Validate plain data (as loaded from YAML) into a Timeline;
    ``frame_rate`` reads a video's rate from its file, for editor timecode
    of a video that states none (:func:`_counting_rates`)."""
    where = _Where(origin)
    if data is None:
        raise where.error("is empty: a timeline needs at least 'moments'")
    data = _mapping(data, where, None, TOP_FIELDS)
    version = data.get("schema_version", SCHEMA_VERSION)
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        newer = isinstance(version, int) and version > max(READABLE_VERSIONS)
        hint = " (written by a newer annotate: upgrade)" if newer else ""
        raise where.error(f"unsupported schema_version {version!r}{hint}", "schema_version")
    moments = data.get("moments") or []
    if not isinstance(moments, list):
        raise where.error("expected a list of moments", "moments")
    if len(moments) > MAX_MOMENTS:
        raise where.error(f"has {len(moments)} moments; a timeline holds at most {MAX_MOMENTS}", "moments")
    videos = _videos(data, origin)
    edit_rate = data.get("edit_rate")  # Timeline checks it
    counting = _counting_rates(videos, moments, origin, frame_rate)
    parsed = [_moment(m, i, origin, counting) for i, m in enumerate(moments)]
    try:
        return Timeline(
            moments=tuple(parsed),
            title=_text(data.get("title"), where, "title"),
            videos=videos,
            edit_rate=float(edit_rate) if type(edit_rate) is int else edit_rate,
            record_timecode=_text(data.get("record_timecode"), where, "record_timecode").strip() or None,
            sources=_sources(data.get("sources"), origin),
            origin=origin,
        )
    except TimelineError as exc:
        raise TimelineError(exc.message, path=origin, moment=exc.moment, field=exc.field) from None


# Written as null, not left out: a clock moment's "start: null" says it is not placed yet.
_UNPLACED = object()  # written as null: a moment not placed yet, a footage timecode known to be none


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: None if v is _UNPLACED else v for k, v in d.items() if v not in (None, "", (), [])}


def to_data(timeline: Timeline) -> dict[str, Any]:
    """Plain data for YAML, in the documented field order; times as editable
    clock text (``2:27.5``), empty fields left out."""
    def moment(m: Moment) -> dict[str, Any]:
        a = m.alignment
        return _clean({
            "id": m.id,
            "start": format_editable(m.start) if m.start is not None else _UNPLACED,
            "end": format_editable(m.end) if m.end is not None else None,
            "approximate": m.approximate or None,
            "quote": m.quote,
            "caption": m.caption,
            "sentence": m.sentence,
            "window": [round(m.window[0], 3), round(m.window[1], 3)] if m.window else None,
            "notes": m.notes,
            "tags": list(m.tags),
            "highlight": list(m.highlight) if m.highlight else None,
            "color": m.color,
            "span": list(m.span) if m.span else None,
            "alignment": _clean({
                "start": format_editable(a.start) if a.start is not None else _UNPLACED, "kind": a.kind,
                "score": round(a.score, 3),
                "note": a.note, "offset": round(a.offset, 3) or None,
            }) if a else None,
            "clock": m.clock,
            "said": m.said,
            "footage": timeline.video_id(m) if several else None,
            "alternatives": [{"footage": a.footage, "start": format_editable(a.start)} for a in m.alternatives],
        })

    def footage(f: Footage) -> dict[str, Any]:
        # One video's id is written only when it is not the one its path gives.
        named = several or f.id != default_video_id(f.path, f.url)
        return _clean({
            "id": f.id if named else None,
            "path": f.path, "url": f.url, "sha256": f.sha256,
            "duration": round(f.duration, 3) if f.duration is not None else None,
            "fps": round(f.fps, 3) if f.fps else None, "width": f.width, "height": f.height,
            "rotation": f.rotation, "has_audio": f.has_audio,
            "audio_channels": f.audio_channels, "timecode": _UNPLACED if f.timecode == "" else f.timecode,
            "retrieved": f.retrieved,
        })

    several = len(timeline.videos) > 1
    return _clean({
        "schema_version": VIDEOS_VERSION if several else timeline.schema_version,
        "title": timeline.title,
        "footage": footage(timeline.videos[0]) if len(timeline.videos) == 1 else None,
        "videos": [footage(f) for f in timeline.videos] if several else None,
        "edit_rate": timeline.edit_rate,
        "record_timecode": timeline.record_timecode,
        "sources": [_clean({k: getattr(s, k) for k in SOURCE_FIELDS}) for s in timeline.sources],
        "moments": [moment(m) for m in timeline.moments],
    }) | {"moments": [moment(m) for m in timeline.moments]}
