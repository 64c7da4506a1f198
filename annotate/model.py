"""The data model every job shares: frozen values with their invariants
checked on construction. Changes return new values (``dataclasses.replace``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from annotate.clocktext import parse_clock
from annotate.errors import InputError, TimeFormatError, TimelineError
from annotate.escape import LONE_SURROGATE, NOT_A_NAME_BYTE
from annotate.validate import MAX_MOMENTS, MAX_NUMBER, MAX_SECONDS, MAX_VIDEOS, number_problem

SCHEMA_VERSION = 1
MAX_FPS = 10_000.0  # probing odd files can report high rates; none is faster
MAX_PIXELS = 100_000  # a side of the frame
MAX_AUDIO_CHANNELS = 255  # of one sound stream: a probed count is no more; a typed one beyond is a slip
# The marker colours editors share (OpenTimelineIO's MarkerColor): a colour is
# written into EDL locator lines and XML as a bare word, so nothing else is kept.
MARKER_COLORS = ("RED", "PINK", "ORANGE", "YELLOW", "GREEN", "CYAN", "BLUE", "PURPLE", "MAGENTA", "BLACK", "WHITE")


def _check_number(value: Any, name: str, owner: str | None, **rule: Any) -> None:
    """Every numeric field of the model goes through here (rules in annotate.validate)."""
    if value is not None and (problem := number_problem(value, **rule)) is not None:
        raise TimelineError(problem, moment=owner, field=name)


def _check_time(value: float | None, name: str, owner: str | None) -> None:
    _check_number(value, name, owner, low=0, high=MAX_SECONDS)


def _check_numbers(values: Sequence[Any] | None, count: int, name: str, owner: str, **rule: Any) -> None:
    if values is None:
        return
    if not isinstance(values, (tuple, list)) or len(values) != count:
        raise TimelineError(f"expected {count} numbers, not {values!r}", moment=owner, field=name)
    for value in values:
        _check_number(value, name, owner, **rule)


# How far past an edge a box [x, y, w, h] may reach: what adding fractions written to a few places can round to.
BOX_EDGE_TOLERANCE = 1e-6
UNPLACED_NAMED = 10  # moments a note of unplaced ones names; the rest are counted


def _check_box(box: Sequence[float] | None, owner: str) -> None:
    """A highlight [x, y, w, h] lies inside the frame (corners typed as
    [x1, y1, x2, y2] would run off it)."""
    if box is None:
        return
    x, y, w, h = box
    for edge, far in (("right", ("x + w", x + w)), ("bottom", ("y + h", y + h))):
        if far[1] > 1 + BOX_EDGE_TOLERANCE:
            raise TimelineError(f"[x, y, w, h] reaches past the frame's {edge} edge ({far[0]} = {far[1]:g}; at most 1)",
                                moment=owner, field="highlight")


def _set_video(videos: tuple[Footage, ...], footage: Footage) -> tuple[tuple[Footage, ...], dict[str, str]]:
    """``videos`` with ``footage`` in place of the video of the same id (of
    the first when it has no id), and the ids that changed (old -> new): a
    video without id replacing one of several keeps that one's id; replacing
    the only video it gets its own."""
    if not videos:
        return (footage,), {}
    for i, video in enumerate(videos):
        if footage.id == video.id or (not footage.id and i == 0):
            if not footage.id and len(videos) == 1:
                new_id = default_video_id(footage.path, footage.url)
                return (replace(footage, id=new_id),), {video.id: new_id}
            return (*videos[:i], replace(footage, id=video.id), *videos[i + 1:]), {}
    return (*videos, footage), {}


def _with_ids(videos: tuple[Footage, ...], origin: str | None) -> tuple[Footage, ...]:
    """Each video with its id (named, else :func:`default_video_id`), all unique."""
    if len(videos) > MAX_VIDEOS:
        raise TimelineError(f"lists {len(videos)} videos; a timeline holds at most {MAX_VIDEOS}", path=origin,
                            field="videos")
    # Ids name files (out.ID.srt): compared case-folded, as macOS and Windows disks compare names.
    named = [v.id for v in videos if isinstance(v, Footage) and v.id]
    for video_id in named:
        same = [other for other in named if other.casefold() == video_id.casefold()]
        if len(same) > 1:
            shown = f"the id {video_id!r}" if len(set(same)) == 1 else f"ids {' and '.join(map(repr, same))}"
            raise TimelineError(f"two videos have {shown} (ids name files; case is not told apart)", path=origin,
                                field="videos")
    taken = [video_id.casefold() for video_id in named]
    out = []
    for video in videos:
        if not isinstance(video, Footage):
            raise TimelineError(f"a video must be a Footage, not {type(video).__name__}", path=origin,
                                field="videos")
        if not video.id:
            video = replace(video, id=default_video_id(video.path, video.url, taken=taken))
            taken.append(video.id.casefold())
        out.append(video)
    return tuple(out)


def _listed(ids: Sequence[str], most: int = 10) -> str:
    """Video ids for a one-line message: the first ``most``, then how many in all."""
    return ", ".join(ids[:most]) + (f", ... ({len(ids)} in all)" if len(ids) > most else "")


# Fields naming a file on this machine: a lone surrogate there may be a name's byte that is not UTF-8 (os.fsdecode's),
# kept so the path still leads to that file (dropped, ``caf\xe9/f.mp4`` became another folder's ``caf/f.mp4``).
# A writer that records names as text refuses it (``timeline.document.text_paths``).
PATH_FIELDS = frozenset({"path", "article", "origin"})


def _valid_texts(value: object) -> None:
    """Every text field must be valid Unicode: a lone surrogate (JSON's
    ``"\\ud800"``) can be held in memory but written to no UTF-8 file, so it
    would break every output it reaches. It is dropped, as the caption
    writers always did (escape.clean_text): it has no visible form. File
    paths (:data:`PATH_FIELDS`) keep those that stand for a name's byte."""
    for name, dropped in _text_fields(type(value)):
        item = getattr(value, name)
        # isascii() is a flag read (no scan): almost every text is ASCII and holds no surrogate.
        if isinstance(item, str) and not item.isascii() and dropped.search(item):
            object.__setattr__(value, name, dropped.sub("", item))
        elif isinstance(item, tuple) and any(isinstance(t, str) and dropped.search(t) for t in item):
            object.__setattr__(value, name, tuple(dropped.sub("", t) if isinstance(t, str) else t for t in item))


_TEXT_FIELDS: dict[type, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _text_fields(cls: type) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A dataclass's field names, each with the surrogates it drops, read once per class (dataclasses.fields costs
    more than the check)."""
    names = _TEXT_FIELDS.get(cls)
    if names is None:
        names = _TEXT_FIELDS[cls] = tuple((f.name, NOT_A_NAME_BYTE if f.name in PATH_FIELDS else LONE_SURROGATE)
                                          for f in fields(cls))  # type: ignore[arg-type]
    return names


# The alignment kind of a shown time a person set (annotate review), not found by evidence.
MANUAL = "manual"


@dataclass(frozen=True)
class Alignment:
    """Where a moment was snapped to in the footage, and why.

    ``kind`` is the evidence: ``cut``, ``dissolve``, ``fade``, ``motion``,
    ``audio``, or ``none`` when nothing convincing was found (then ``start``
    is the stated time); ``clock`` when placed through the footage's burnt-in
    clock, ``unplaced`` (``start`` None) when its clock does not show the time;
    ``subtitle`` when a quote (``Moment.said``) was found in a text track of the
    footage, ``speech`` when it was heard in its sound; ``manual`` (MANUAL)
    when a person set it (the review page), which an import keeps as given.
    ``score`` is how strongly the evidence stood out, on its kind's own scale
    (cut: change ratio, audio: dB over the bed, motion: energy over the floor;
    subtitle and speech: 0..1 match quality, :mod:`annotate.speech.match`;
    docs/json-schema.md). ``offset`` is the cross-copy
    shift already applied.
    """

    start: float | None
    kind: str
    score: float = 0.0
    note: str = ""
    offset: float = 0.0

    def __post_init__(self) -> None:
        _check_time(self.start, "alignment.start", None)
        if self.start is None and self.kind != "unplaced":
            raise TimelineError("needs a start unless its kind is 'unplaced'", field="alignment.start")
        _check_number(self.score, "alignment.score", None, low=0, high=MAX_NUMBER)
        _check_number(self.offset, "alignment.offset", None, low=-MAX_SECONDS, high=MAX_SECONDS)
        if not isinstance(self.kind, str) or not isinstance(self.note, str):
            raise TimelineError("kind and note must be text", field="alignment")
        _valid_texts(self)


@dataclass(frozen=True)
class Alternative:
    """The instant of a moment on another video (``footage``: its id) synced
    with the moment's own (``annotate align --alternatives``)."""

    footage: str
    start: float

    def __post_init__(self) -> None:
        if (problem := video_id_problem(self.footage)) is not None:
            raise TimelineError(problem, field="alternatives.footage")
        _check_time(self.start, "alternatives.start", None)


@dataclass(frozen=True)
class Moment:
    """A position (``end is None``) or span in the footage that a text points at.

    ``start``/``end`` are what the text states; ``alignment`` (if any) is where
    the footage says the scene really begins. Outputs use ``effective_*``.
    ``window`` is the (low, high) range of seconds that alignment may search.
    ``clock`` is a time of day the text states (:mod:`annotate.clocktext`;
    a clock range keeps its end after a slash, ``06:31:08/06:33:40``): such
    a moment has ``start`` None until ``align`` places it through the
    footage's burnt-in clock; outputs skip unplaced moments (``placed``).
    ``said`` is the words a person says in the footage, as the text quotes them
    (without quotation marks): a moment with ``said`` and no stated time also
    has ``start`` None until ``align`` finds the words in the footage's text
    tracks or sound (:mod:`annotate.speech`).
    """

    start: float | None
    end: float | None = None
    approximate: bool = False
    quote: str = ""
    span: tuple[int, int] | None = None
    sentence: str = ""
    caption: str = ""
    window: tuple[float, float] | None = None
    id: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    alignment: Alignment | None = None
    # Optional on-screen box (x, y, w, h as fractions of the frame) for overlays.
    highlight: tuple[float, float, float, float] | None = None
    # Marker colour an editor file gave the moment (RED, BLUE, ...): exports
    # write it back instead of the colour they would pick from the alignment.
    color: str = ""
    clock: str = ""
    said: str = ""
    # The id of the video (Timeline.videos) the moment is in; "" = the first (or only) one.
    footage: str = ""
    # The same instant on the other videos synced with this one.
    alternatives: tuple[Alternative, ...] = ()

    def __post_init__(self) -> None:
        owner = self.id or "?"
        _valid_texts(self)
        if self.footage and (problem := video_id_problem(self.footage)) is not None:
            raise TimelineError(problem, moment=owner, field="footage")
        if self.clock:
            try:
                parse_clock(self.clock)
            except TimeFormatError as e:
                raise TimelineError(e.message, moment=owner, field="clock") from None
        if self.start is None and not self.clock and not self.said:
            raise TimelineError("needs a start (only a moment with a clock time or a quote may wait to be placed)",
                                moment=owner, field="start")
        if self.start is None and self.end is not None:
            raise TimelineError("an unplaced clock or quote moment has no end", moment=owner, field="end")
        if self.color and self.color not in MARKER_COLORS:
            raise TimelineError(f"must be one of {', '.join(MARKER_COLORS)} (or empty), not {self.color[:40]!r}",
                                moment=owner, field="color")
        _check_time(self.start, "start", owner)
        _check_time(self.end, "end", owner)
        if self.end is not None and self.start is not None and self.end < self.start:
            raise TimelineError(
                f"end {self.end:g} is before start {self.start:g}", moment=owner, field="end"
            )
        # A window may reach a little past the times it surrounds.
        _check_numbers(self.window, 2, "window", owner, low=-MAX_SECONDS, high=2 * MAX_SECONDS)
        _check_numbers(self.highlight, 4, "highlight", owner, low=0, high=1)
        _check_box(self.highlight, owner)
        _check_numbers(self.span, 2, "span", owner, low=0, whole=True)
        if self.window is not None and self.window[1] < self.window[0]:
            raise TimelineError(f"window {self.window} is reversed", moment=owner, field="window")

    @property
    def placed(self) -> bool:
        """It has a position in the footage (every moment but a clock time or quote not yet placed)."""
        return self.start is not None or (self.alignment is not None and self.alignment.start is not None)

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def effective_start(self) -> float:
        """Start to show: aligned if alignment found evidence, else stated."""
        if self.alignment and self.alignment.start is not None:
            return self.alignment.start
        if self.start is None:
            raise TimelineError("is a clock time or quote not placed in the footage yet", moment=self.id or "?",
                                field="start")
        return self.start

    @property
    def effective_end(self) -> float | None:
        """End shifted by the same amount as the start, so a range keeps its length."""
        if self.end is None or self.start is None:
            return None
        return self.end + (self.effective_start - self.start)

    def with_alignment(self, alignment: Alignment | None) -> Moment:
        return replace(self, alignment=alignment)


# A video id is a name for files and command lines: letters, digits, "_",
# "-" and "." (not first), at most MAX_VIDEO_ID_CHARS.
# A start timecode as files carry it: hours to 23, minutes and seconds to 59, frames counted at the rate.
START_TIMECODE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[:;]\d{2,3}$")
MAX_VIDEO_ID_CHARS = 40
_VIDEO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


def video_id_problem(text: object) -> str | None:
    """Why ``text`` cannot be a video id, or None when it can."""
    if not isinstance(text, str) or not _VIDEO_ID.match(text) or len(text) > MAX_VIDEO_ID_CHARS:
        bad = _UNSAFE_ID_CHARS.search(text) if isinstance(text, str) else None
        which = f": {bad.group()[0]!r} (U+{ord(bad.group()[0]):04X}) is not one" if bad else ""
        return (f"a video id is 1-{MAX_VIDEO_ID_CHARS} ASCII letters, digits, '_', '-' or '.' "
                f"(not first), not {str(text)[:60]!r}{which}")
    return None


def moment_ids(wanted: Sequence[str]) -> list[str]:
    """An id for each of ``wanted`` (the ids a file carried, "" where it
    carried none): each carried id the first time it comes, else ``m<n>`` for
    the n-th moment, or the next number no carried id takes (ids are unique)."""
    taken = {w for w in wanted if w}
    out: list[str] = []
    used: set[str] = set()
    for n, want in enumerate(wanted, start=1):
        if not want or want in used:
            while f"m{n}" in taken or f"m{n}" in used:
                n += 1
            want = f"m{n}"
        used.add(want)
        out.append(want)
    return out


def default_video_id(path: str | None, url: str | None = None, *, taken: Sequence[str] = ()) -> str:
    """The id a video gets unless named: the stem of its file (``A`` for
    ``A.mp4``) or of its URL's last path part, made safe, and made unique
    against ``taken`` (case-folded: ids name files) with ``-2``, ``-3``, ...;
    ``video`` when neither says."""
    name = ""
    for where in (path, url):
        if where:
            last = re.split(r"[/\\]", re.sub(r"[?#].*$", "", where).rstrip("/\\"))[-1]
            name = _UNSAFE_ID_CHARS.sub("-", last.rsplit(".", 1)[0] if "." in last[1:] else last)
            name = name.strip("-._")[:MAX_VIDEO_ID_CHARS].rstrip("-._")
            if name:
                break
    base = name or "video"
    unique, n = base, 1
    folded = {t.casefold() for t in taken}
    while unique.casefold() in folded:
        n += 1
        suffix = f"-{n}"
        unique = base[: MAX_VIDEO_ID_CHARS - len(suffix)] + suffix
    return unique


@dataclass(frozen=True)
class Footage:
    """A video a timeline annotates, as probed (all fields optional until probed).
    ``id`` names it for moments, file names and ``--video``; a timeline gives
    each video without one :func:`default_video_id`."""

    path: str | None = None
    url: str | None = None
    sha256: str | None = None
    duration: float | None = None
    fps: float | None = None
    width: int | None = None
    height: int | None = None
    has_audio: bool | None = None
    retrieved: str | None = None  # ISO time a URL was downloaded, for provenance
    id: str = ""
    # The timecode of its first frame as the file carries it (a camera's 01:00:00:00; ``;``: drop frame),
    # where editors count its frames from (EDL source timecodes, an XML file's <timecode>); "" when the file
    # carries none (probed: exports need not read it again), None when not known (not probed).
    timecode: str | None = None
    # How many channels its sound has (1: mono), when probed: an EDL event names them (B: one, AA/V: two).
    audio_channels: int | None = None
    # Degrees counter-clockwise a player turns the stored picture (a phone's display matrix: 90 for portrait
    # stored as landscape), when probed; None: not known (a timeline made before it was recorded).
    rotation: int | None = None

    def __post_init__(self) -> None:
        if self.id and (problem := video_id_problem(self.id)) is not None:
            raise TimelineError(problem, field="footage.id")
        if self.timecode and not START_TIMECODE.match(self.timecode):
            raise TimelineError(f"not a timecode (hh:mm:ss:ff, ';' before the frames for drop frame): "
                                f"{self.timecode!r}", field="footage.timecode")
        _check_time(self.duration, "footage.duration", None)
        _check_number(self.fps, "footage.fps", None, low=0, low_open=True, high=MAX_FPS)
        for name in ("width", "height"):
            _check_number(getattr(self, name), f"footage.{name}", None, low=1, high=MAX_PIXELS, whole=True)
        _check_number(self.audio_channels, "footage.audio_channels", None, low=1, high=MAX_AUDIO_CHANNELS, whole=True)
        _check_number(self.rotation, "footage.rotation", None, low=0, high=359, whole=True)
        _valid_texts(self)

    @property
    def shown_size(self) -> tuple[int, int] | None:
        """Width and height as a player shows the picture (turned by its rotation, as the render draws it);
        None when the size is not recorded."""
        if not (self.width and self.height):
            return None
        from annotate.probe import shown_size  # (the probe's one rule; it imports this module)

        return shown_size(self.width, self.height, self.rotation or 0)


@dataclass(frozen=True)
class Source:
    """Where the moments came from: an article and who published it."""

    article: str | None = None
    url: str | None = None
    publisher: str | None = None
    excerpt: str | None = None  # the article's sentence the moments came from
    credit: str | None = None  # e.g. "Footage: United Nations Command via AP"

    def __post_init__(self) -> None:
        _valid_texts(self)


_KEEP = object()  # Timeline(footage=...) not given


@dataclass(frozen=True, init=False)
class Timeline:
    """A story's moments against its videos: the centre every output reads.

    ``videos`` lists the footage, each with a unique ``id``; a moment names
    its video by that id (``Moment.footage``, "" for the first). Most jobs
    read one video: ``footage`` is the first (or only) one, and
    ``Timeline(footage=F)`` / ``replace(timeline, footage=F)`` set the video
    with F's id (the first when F has none), so single-video code stays as it
    was. :meth:`one_video` picks the one a single-video command works on.
    """

    moments: tuple[Moment, ...]
    title: str
    videos: tuple[Footage, ...]
    sources: tuple[Source, ...]
    schema_version: int
    # Frames per second of the editor file (EDL, FCP XML, OTIO) the moments were
    # imported from: frame-based exports count frames at this rate again.
    edit_rate: float | None
    # Where the file was loaded from: relative footage paths resolve against it.
    origin: str | None = field(default=None, compare=False)
    # The record (programme) timecode the editor file the moments came from starts at (an editor's EDL at
    # 01:00:00:00, or 00:59:53:11 with a countdown; ";": drop frame): an EDL export records from it again.
    record_timecode: str | None = None

    def __init__(
        self,
        moments: tuple[Moment, ...] = (),
        title: str = "",
        footage: Footage | None | object = _KEEP,
        sources: tuple[Source, ...] = (),
        schema_version: int = SCHEMA_VERSION,
        edit_rate: float | None = None,
        origin: str | None = None,
        videos: tuple[Footage, ...] | list[Footage] = (),
        record_timecode: str | None = None,
    ) -> None:
        renamed: dict[str, str] = {}
        videos = tuple(videos)
        if footage is None:
            videos = ()
        elif isinstance(footage, Footage):
            videos, renamed = _set_video(videos, footage)
        elif footage is not _KEEP:
            raise TimelineError(f"footage must be a Footage, not {type(footage).__name__}", path=origin,
                                field="footage")
        videos = _with_ids(videos, origin)
        moments = tuple(moments)
        if len(videos) == 1:
            # One video: every moment is in it, and says so by naming none.
            only = videos[0].id
            moments = tuple(replace(m, footage="") if m.footage in (only, *renamed) else m for m in moments)
        elif len(videos) > 1:
            # Several: every moment names its own, so equal timelines compare equal.
            moments = tuple(m if m.footage else replace(m, footage=videos[0].id) for m in moments)
        for name, value in (("moments", moments), ("title", title), ("videos", videos),
                            ("sources", tuple(sources)), ("schema_version", schema_version),
                            ("edit_rate", edit_rate), ("origin", origin), ("record_timecode", record_timecode)):
            object.__setattr__(self, name, value)
        self.__post_init__()

    def __post_init__(self) -> None:
        if self.edit_rate is not None and (problem := number_problem(self.edit_rate, low=0, low_open=True,
                                                                     high=MAX_FPS)) is not None:
            raise TimelineError(problem, path=self.origin, field="edit_rate")
        if self.record_timecode is not None and not START_TIMECODE.match(self.record_timecode):
            raise TimelineError(f"not a timecode (hh:mm:ss:ff, ';' before the frames for drop frame): "
                                f"{self.record_timecode!r}", path=self.origin, field="record_timecode")
        if len(self.moments) > MAX_MOMENTS:
            raise TimelineError(f"has {len(self.moments)} moments; a timeline holds at most {MAX_MOMENTS}",
                                path=self.origin, field="moments")
        _valid_texts(self)
        seen: set[str] = set()
        ids = [v.id for v in self.videos]
        for moment in self.moments:
            if moment.id and moment.id in seen:
                raise TimelineError("duplicate moment id", path=self.origin, moment=moment.id, field="id")
            seen.add(moment.id)
            for named, field_name in ((moment.footage, "footage"),
                                      *((a.footage, "alternatives") for a in moment.alternatives)):
                if named and self.videos and named not in ids:
                    raise TimelineError(f"names video {named!r}, which the timeline does not list "
                                        f"(videos: {_listed(ids)})", path=self.origin, moment=moment.id or "?",
                                        field=field_name)
            others = [a.footage for a in moment.alternatives]
            own = self.video_id(moment)
            if own in others or len(set(others)) < len(others):
                # An alternative is the moment's instant on another video: one per other video.
                twice = own if own in others else next(o for o in others if others.count(o) > 1)
                raise TimelineError(f"gives video {twice!r} an alternative "
                                    f"{'though the moment is on it' if twice == own else 'twice'}",
                                    path=self.origin, moment=moment.id or "?", field="alternatives")

    @property
    def footage(self) -> Footage | None:
        """The one video single-video jobs read (None when none is listed).
        With several it raises rather than answer: a job that reads one
        video must be given the timeline of one (:meth:`one_video`), never
        silently the first or the last."""
        if len(self.videos) > 1:
            self.one_video(None, "this command")
        return self.videos[0] if self.videos else None

    def with_footage(self, footage: Footage | None) -> Timeline:
        """The timeline with ``footage`` in place of the video of its id (of
        the first when it has none), as ``Timeline(footage=...)`` sets it;
        None drops every video."""
        return Timeline(self.moments, self.title, footage, self.sources, self.schema_version, self.edit_rate,
                        self.origin, videos=self.videos, record_timecode=self.record_timecode)

    def video_id(self, moment: Moment) -> str:
        """The id of the video ``moment`` is in ("" when the timeline lists none)."""
        return moment.footage or (self.videos[0].id if self.videos else "")

    def video(self, video_id: str) -> Footage:
        """The video named ``video_id`` ("" for the first)."""
        for video in self.videos:
            if video.id == video_id or (not video_id and video is self.videos[0]):
                return video
        listed = _listed([v.id for v in self.videos]) or "none"
        raise InputError(f"no video {video_id!r} in this timeline (videos: {listed})",
                         subject=self.origin or "timeline")

    def for_video(self, video_id: str) -> Timeline:
        """The timeline of one video: that video alone and its moments
        (without their alternatives on the others)."""
        chosen = self.video(video_id)
        # Alternatives name the other videos: a timeline of one has none.
        return replace(self, videos=(chosen,),
                       moments=tuple(replace(m, alternatives=()) if m.alternatives else m
                                     for m in self.moments if self.video_id(m) == chosen.id))

    def one_video(self, video_id: str | None, command: str) -> Timeline:
        """The timeline a single-video ``command`` works on: the video chosen
        by ``video_id``, else the only one; several without a choice is an
        error (never silently the first or the last)."""
        if video_id:
            return self.for_video(video_id)
        if len(self.videos) > 1:
            raise InputError(f"{command} needs one video; this timeline has {len(self.videos)}: pass --video ID "
                             f"(one of {_listed([v.id for v in self.videos])})", subject=self.origin or "timeline")
        return self

    @property
    def credit(self) -> str | None:
        return next((s.credit for s in self.sources if s.credit), None)

    def with_moments(self, moments: tuple[Moment, ...] | list[Moment]) -> Timeline:
        return replace(self, moments=tuple(moments))

    def placed(self) -> Timeline:
        """The timeline without the clock moments not placed yet: what outputs show."""
        if all(m.placed for m in self.moments):
            return self
        return replace(self, moments=tuple(m for m in self.moments if m.placed))

    def unplaced_note(self) -> str | None:
        """The warning of an output made from :meth:`placed`, naming what it
        left out, so no moment goes missing from a page or file unsaid."""
        waiting = [m for m in self.moments if not m.placed]
        if not waiting:
            return None
        clocks = sum(1 for m in waiting if m.clock)
        kinds = [f"{n} {kind}(s)" for n, kind in ((clocks, "clock time"), (len(waiting) - clocks, "quote")) if n]
        names = ", ".join(m.id or "?" for m in waiting[:UNPLACED_NAMED])
        more = f" and {len(waiting) - UNPLACED_NAMED} more" if len(waiting) > UNPLACED_NAMED else ""
        tried = sum(1 for m in waiting if m.alignment is not None)  # align ran on them and found no place
        how = ("annotate align places them" if not tried else
               "annotate align found no place for them: their notes say why" if tried == len(waiting) else
               "annotate align places them, or says in a moment's note why it found no place")
        return (f"left out {' and '.join(kinds)} not placed in the footage yet "
                f"(moment{'s' if len(waiting) > 1 else ''} {names}{more}; {how})")
