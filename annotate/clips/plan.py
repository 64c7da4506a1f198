"""Which clips a batch makes, as pure functions over timelines: the span of
each moment (padding, clamping to the footage), and safe unique names."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from annotate.errors import AnnotateError, InputError
from annotate.escape import file_name, line_text
from annotate.model import Moment, Source, Timeline
from annotate.timecode import format_clock

# A point moment ("at 2:27") becomes a window around it: a little context
# before, the action after. A range is cut to its span unless padding is given.
POINT_PAD_SECONDS = (3.0, 7.0)
RANGE_PAD_SECONDS = (0.0, 0.0)
# Shortest clip worth writing: one frame at 10 fps.
MIN_CLIP_SECONDS = 0.1
CLIP_EXTENSION = ".mp4"
# Room for "NN-" and "-NN" and ".part" suffixes inside a 255-byte file name.
MAX_SLUG_BYTES = 80


@dataclass(frozen=True)
class Span:
    """The requested window of one clip, after padding and clamping."""

    start: float
    end: float
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClipPlan:
    """One clip to make: which moment, which window, under which name.
    ``name`` is relative to the output folder (``sub/NN-slug.mp4``)."""

    timeline: str  # label: the timeline file (or title) it came from
    folder: str  # sub-folder for this timeline ("" when there is one timeline)
    index: int  # 1-based order of the moment in its timeline
    moment: Moment
    span: Span
    name: str
    notes: tuple[str, ...] = field(default=())
    sources: tuple[Source, ...] = ()  # the articles the moment was read from (paths absolute), for the manifest


@dataclass(frozen=True)
class Skipped:
    """A moment that gets no clip, and why (reported, makes the run fail)."""

    timeline: str
    moment_id: str
    reason: str


def clip_span(
    moment: Moment, footage_duration: float | None, pad: tuple[float, float] | None = None
) -> Span | str:
    """The window to cut for ``moment``: a Span, or the reason there is none.

    Uses the effective (aligned) times. ``pad`` (before, after) applies to
    points and ranges alike when given; by default points get
    POINT_PAD_SECONDS and ranges none (a range of no length is a point). The window is clamped to the footage
    (a note says so); a moment starting at or after the footage's end is
    skipped rather than clamped to a clip of something else."""
    start = moment.effective_start
    end = moment.effective_end
    notes: list[str] = []
    if end is not None and end <= start:  # ``end: 5`` with ``start: 5``: no range to show, so a point's window
        end = None
        notes.append("its end is its start: cut as a point")
    before, after = pad if pad is not None else (RANGE_PAD_SECONDS if end is not None else POINT_PAD_SECONDS)
    if footage_duration is not None and start >= footage_duration:
        return (
            f"starts at {format_clock(start, places=2)}, at or after the end of the footage "
            f"({format_clock(footage_duration, places=2)})"
        )
    lo = start - before
    hi = (end if end is not None else start) + after
    if lo < 0:
        if before > 0:
            notes.append(f"padding before trimmed to {start:g} s (footage starts at 0)")
        lo = 0.0
    if footage_duration is not None and hi > footage_duration:
        if end is not None and end > footage_duration:
            notes.append(
                f"end {format_clock(end, places=2)} is beyond the footage; clamped to "
                f"{format_clock(footage_duration, places=2)}"
            )
        elif after > 0:
            notes.append("padding after trimmed at the end of the footage")
        hi = footage_duration
    if hi - lo < MIN_CLIP_SECONDS:
        hi = lo + MIN_CLIP_SECONDS
        if footage_duration is not None and hi > footage_duration:
            # A moment in the footage's last instants (its last frame): the shortest clip ending there.
            hi, lo = footage_duration, max(0.0, footage_duration - MIN_CLIP_SECONDS)
    return Span(lo, hi, tuple(notes))


def wanted_names(only: Iterable[str], known: set[str]) -> set[str]:
    """The ids and tags ``only`` names: each value split at its commas (``--only m1,m2``, repeatable),
    except a value that is itself an id or tag of a moment, taken whole (how an id holding a comma,
    ``a,b``, is selected: ``--only 'a,b'``)."""
    names: set[str] = set()
    for value in only:
        whole = value.strip()
        names |= {whole} if whole in known else {w.strip() for w in value.split(",")}
    return names - {""}


def _known(moments: Sequence[Moment]) -> set[str]:
    return {m.id for m in moments if m.id} | {t for m in moments for t in m.tags}


# The error of a selection, from what is wrong with it ("x matches no moment id or tag"): how the user
# gave it is the caller's to say (the command line's ``--only``, a job file's ``only:`` key).
OnlyError = Callable[[str], AnnotateError]


def only_option(where: str = "") -> OnlyError:
    """The error of the command line's ``--only`` (``where``: the timelines it selects from)."""
    return lambda message: InputError(f"--only {message}", subject=where or None)


def check_names(moments: Sequence[Moment], only: Iterable[str] | None, *, where: str = "",
                error: OnlyError | None = None) -> None:
    """Raise when ``only`` names an id or tag no moment of ``moments`` (all a run cuts from, placed or
    not) has: a typo among good names would otherwise silently cut fewer clips. The error (``error``,
    default :func:`only_option` of ``where``) names each unknown one, with the nearest known name when
    there is one."""
    if only is None:
        return
    make = error or only_option(where)
    known = _known(moments)
    wanted = wanted_names(only, known)
    if not wanted:  # e.g. --only ',': selecting nothing on purpose is never meant
        raise make("names no moment id or tag")
    unknown = sorted(wanted - known)
    if unknown:
        near = [f"{u} -> {close[0]}" for u in unknown if (close := difflib.get_close_matches(u, sorted(known), 1))]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise make(f"{', '.join(unknown)} matches no moment id or tag{hint} "
                   f"(have: {', '.join(sorted(known)) or 'none'})")


def select(moments: Sequence[Moment], only: Iterable[str] | None, *, where: str = "",
           strict: bool = True, known: set[str] | None = None, error: OnlyError | None = None) -> list[int]:
    """Indexes of the moments to cut: all, or those whose id or one of whose
    tags ``only`` names (:func:`wanted_names`; ``known``: the names of every
    moment of the timeline when ``moments`` are some of them). With ``strict``,
    a name no moment has is an error (:func:`check_names`); a batch of several
    timelines checks that over all of them instead."""
    if only is None:
        return list(range(len(moments)))
    if strict:
        check_names(moments, only, where=where, error=error)
    wanted = wanted_names(only, _known(moments) if known is None else known)
    if not wanted:
        raise (error or only_option(where))("names no moment id or tag")
    return [i for i, m in enumerate(moments) if m.id in wanted or wanted & set(m.tags)]


def folder_names(labels: Sequence[str]) -> list[str]:
    """One safe, distinct sub-folder per timeline (from its file stem); none
    when there is a single timeline."""
    if len(labels) == 1:
        return [""]
    return unique([file_name(label, max_bytes=MAX_SLUG_BYTES, fallback="timeline") for label in labels])


def unique(stems: Sequence[str]) -> list[str]:
    """Make stems distinct: the second ``x`` becomes ``x-2``, and so on.
    Compared case-folded, as macOS and Windows file systems do."""
    seen: set[str] = set()
    out: list[str] = []
    for stem in stems:
        candidate, n = stem, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{stem}-{n}"
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def clip_stems(moments: Sequence[Moment]) -> list[str]:
    """``NN-slug`` for every moment of a timeline, in order: NN is its
    position (zero-padded to the count's width, at least 2 digits) and the
    slug comes from the caption (else quote, else id); equal slugs get
    ``-2``, ``-3``... so even without the number no two clips look alike."""
    width = max(2, len(str(len(moments))))
    slugs = unique([
        file_name(m.caption or m.quote or m.id or "moment", max_bytes=MAX_SLUG_BYTES) for m in moments
    ])
    return [f"{i + 1:0{width}d}-{slug}" for i, slug in enumerate(slugs)]


def duplicate_captions(moments: Sequence[Moment]) -> list[str]:
    """Warnings for captions shared by several moments (their clips get -2 names)."""
    by_caption: dict[str, list[str]] = {}
    for i, m in enumerate(moments):
        key = file_name(m.caption or m.quote or m.id or "moment", max_bytes=MAX_SLUG_BYTES)
        by_caption.setdefault(key, []).append(m.id or f"#{i + 1}")
    return [
        f"moments {', '.join(ids)} share the caption name '{key}': their clips are told apart by -2, -3 ..."
        for key, ids in by_caption.items()
        if len(ids) > 1
    ]


# How much of a quote a warning shows.
NOTE_QUOTE_CHARS = 60


def unplaced_notes(moments: Sequence[Moment], only: Iterable[str] | None = None) -> list[str]:
    """Warnings for clock times and quotes that get no clip because align has
    not placed them (of those ``only`` selects: see :func:`select`)."""
    return [f"moment {moments[i].id or '?'}: {_unplaced(moments[i])} is not placed in the footage, so it has no "
            "clip (annotate align places it)" for i in select(moments, only, strict=False) if not moments[i].placed]


def check_selection(moments: Sequence[Moment], only: Iterable[str] | None, *, where: str = "",
                    error: OnlyError | None = None) -> None:
    """Raise when ``only`` (None: every moment) selects no clip at all: it
    matches no moment (see :func:`select`), or every moment it matches waits
    for align to place it (a selection with some placed moments goes on,
    with :func:`unplaced_notes`). ``error``: as :func:`check_names`."""
    chosen = [moments[i] for i in select(moments, only, where=where, error=error)]
    if chosen and not any(m.placed for m in chosen):
        waiting = ", ".join(f"moment {m.id or '?'} ({_unplaced(m)})" for m in chosen)
        why = f"{waiting} not placed in the footage yet (run annotate align, or annotate clock)"
        if only is None:
            raise InputError(f"no moment to cut: {why}", subject=where or None)
        raise (error or only_option(where))(f"{', '.join(sorted(wanted_names(only, _known(moments))))} "
                                            f"selects no clip: {why}")


def _unplaced(m: Moment) -> str:
    if m.clock:
        return f"clock time {m.clock}"
    said = line_text(m.said)
    return f"quote “{said if len(said) <= NOTE_QUOTE_CHARS else said[:NOTE_QUOTE_CHARS - 1] + '…'}”"


def plan_timeline(
    timeline: Timeline,
    *,
    label: str,
    folder: str,
    footage_duration: float | None,
    pad: tuple[float, float] | None = None,
    only: Iterable[str] | None = None,
    strict: bool = True,
) -> tuple[list[ClipPlan], list[Skipped]]:
    """The clips of one timeline, and the moments that get none. A clock time
    not placed in the footage is no clip and no failure (:func:`unplaced_notes`);
    with ``strict``, a selection of no clip at all is (:func:`check_selection`)."""
    if strict:
        check_selection(timeline.moments, only, where=label)
    from annotate.timeline.document import with_absolute_paths

    sources = with_absolute_paths(timeline).sources
    moments = timeline.placed().moments
    names = clip_names(timeline, folder)
    plans: list[ClipPlan] = []
    skipped: list[Skipped] = []
    for i in select(moments, only, where=label, strict=False, known=_known(timeline.moments)):
        moment = moments[i]
        span = clip_span(moment, footage_duration, pad)
        if isinstance(span, str):
            skipped.append(Skipped(label, moment.id or f"#{i + 1}", span))
            continue
        plans.append(ClipPlan(label, folder, i + 1, moment, span, names[i][0], span.notes, sources))
    return plans, skipped


def clip_names(timeline: Timeline, folder: str) -> list[tuple[str, str]]:
    """``(file, moment id)`` of the clip of every placed moment of ``timeline``, in order, whether
    ``--only`` selects it or not: what a clips folder may hold of this timeline. A name carries the
    moment's position and caption, so a clip recorded under any other name (or under this name for
    another moment) is left over from an earlier run (see :func:`annotate.clips.run.drop_stale`)."""
    moments = timeline.placed().moments
    prefix = f"{folder}/" if folder else ""
    return [(f"{prefix}{stem}{CLIP_EXTENSION}", m.id) for stem, m in zip(clip_stems(moments), moments)]
