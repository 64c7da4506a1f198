"""The data model every job shares: frozen values with their invariants
checked on construction. Changes return new values (``dataclasses.replace``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from annotate.clocktext import parse_clock
from annotate.errors import TimeFormatError, TimelineError
from annotate.validate import MAX_MOMENTS, MAX_NUMBER, MAX_SECONDS, number_problem

SCHEMA_VERSION = 1
MAX_FPS = 10_000.0  # probing odd files can report high rates; none is faster
MAX_PIXELS = 100_000  # a side of the frame
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


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _valid_texts(value: object) -> None:
    """Every text field must be valid Unicode: a lone surrogate (JSON's
    ``"\\ud800"``) can be held in memory but written to no UTF-8 file, so it
    would break every output it reaches. It is dropped, as the caption
    writers always did (escape.clean_text): it has no visible form."""
    for f in fields(value):  # type: ignore[arg-type]
        item = getattr(value, f.name)
        if isinstance(item, str) and _SURROGATE.search(item):
            object.__setattr__(value, f.name, _SURROGATE.sub("", item))
        elif isinstance(item, tuple) and any(isinstance(t, str) and _SURROGATE.search(t) for t in item):
            object.__setattr__(value, f.name, tuple(_SURROGATE.sub("", t) if isinstance(t, str) else t
                                                    for t in item))


@dataclass(frozen=True)
class Alignment:
    """Where a moment was snapped to in the footage, and why.

    ``kind`` is the evidence: ``cut``, ``dissolve``, ``fade``, ``motion``,
    ``audio``, or ``none`` when nothing convincing was found (then ``start``
    is the stated time); ``clock`` when placed through the footage's burnt-in
    clock, ``unplaced`` (``start`` None) when its clock does not show the time;
    ``subtitle`` when a quote (``Moment.said``) was found in a text track of the
    footage, ``speech`` when it was heard in its sound.
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
class Moment:
    """A position (``end is None``) or span in the footage that a text points at.

    ``start``/``end`` are what the text states; ``alignment`` (if any) is where
    the footage says the scene really begins. Outputs use ``effective_*``.
    ``window`` is the (low, high) range of seconds that alignment may search.
    ``clock`` is a time of day the text states (:mod:`annotate.clocktext`):
    such a moment has ``start`` None until ``align`` places it through the
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

    def __post_init__(self) -> None:
        owner = self.id or "?"
        _valid_texts(self)
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


@dataclass(frozen=True)
class Footage:
    """The video a timeline annotates, as probed (all fields optional until probed)."""

    path: str | None = None
    url: str | None = None
    sha256: str | None = None
    duration: float | None = None
    fps: float | None = None
    width: int | None = None
    height: int | None = None
    has_audio: bool | None = None
    retrieved: str | None = None  # ISO time a URL was downloaded, for provenance

    def __post_init__(self) -> None:
        _check_time(self.duration, "footage.duration", None)
        _check_number(self.fps, "footage.fps", None, low=0, low_open=True, high=MAX_FPS)
        for name in ("width", "height"):
            _check_number(getattr(self, name), f"footage.{name}", None, low=1, high=MAX_PIXELS, whole=True)
        _valid_texts(self)


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


@dataclass(frozen=True)
class Timeline:
    """A story's moments against one footage: the centre every output reads."""

    moments: tuple[Moment, ...] = ()
    title: str = ""
    footage: Footage | None = None
    sources: tuple[Source, ...] = ()
    schema_version: int = SCHEMA_VERSION
    # Frames per second of the editor file (EDL, FCP XML, OTIO) the moments were
    # imported from: frame-based exports count frames at this rate again.
    edit_rate: float | None = None
    # Where the file was loaded from: relative footage paths resolve against it.
    origin: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.edit_rate is not None and (problem := number_problem(self.edit_rate, low=0, low_open=True,
                                                                     high=MAX_FPS)) is not None:
            raise TimelineError(problem, path=self.origin, field="edit_rate")
        if len(self.moments) > MAX_MOMENTS:
            raise TimelineError(f"has {len(self.moments)} moments; a timeline holds at most {MAX_MOMENTS}",
                                path=self.origin, field="moments")
        _valid_texts(self)
        seen: set[str] = set()
        for moment in self.moments:
            if moment.id and moment.id in seen:
                raise TimelineError("duplicate moment id", path=self.origin, moment=moment.id, field="id")
            seen.add(moment.id)

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
