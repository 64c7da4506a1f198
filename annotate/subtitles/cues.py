"""From a timeline to cues: what is on screen when, under the timed-text rules.

Principle: times the text states are kept; what we invent obeys the rules.
A range shows over its own span (at most ``max_seconds`` a cue), and a moment
starting inside it stacks above it, as players and subtitle editors show
overlapping cues (a phase "from 0:05 to 0:15" and an event at 0:08 inside
it are both on screen); a point gets a display length long enough to read,
up to the next moment; a caption too long for one cue is split into
consecutive cues; nothing runs past the footage, unless the text cannot be
read in the time there is: then its cues run on (with a warning), since
text is never cut. A cue squeezed under the minimum display time or past
the reading speed is said, naming the moment and what squeezed it. A moment read from a subtitle file
(tagged ``cue``) is someone's finished cue and is written as it was, unless
``Style.reflow`` asks for the rules.
"""

from __future__ import annotations

import bisect
import collections
import contextvars
import itertools
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from annotate.escape import clean_text, first_shown
from annotate.model import Moment, Timeline
from annotate.subtitles.problems import SubtitleWarning
from annotate.subtitles.rules import Rules
from annotate.subtitles.wrap import chunks, given_lines, read_length
from annotate.timecode import floor_millis, format_clock, format_clock_exact, frame_among

APPROXIMATE_MARK = "≈"
FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE: see isolated()
# The tag of a moment read from a subtitle file: its cue is written back as it was.
CUE_TAG = "cue"


@dataclass(frozen=True)
class Cue:
    """Text on screen from ``start`` to ``end`` (seconds); lines split by ``\\n``."""

    start: float
    end: float
    text: str
    moment_id: str = ""
    line: int | None = field(default=None, compare=False)  # where a reader found it, for messages
    # Read from a file annotate wrote (its mark in the header): only there is a name ``id.2`` a part of ``id``.
    ours: bool = field(default=False, compare=False)

    @property
    def duration(self) -> float:
        return self.end - self.start


def part_names(cues: list[Cue]) -> list[str]:
    """The name each cue carries in a file (WebVTT identifier, ASS Name):
    its moment's id, with ``.2``, ``.3``, ... on the later parts of a caption
    split over several cues, so that import makes them one moment again."""
    seen: dict[str, int] = {}
    names: list[str] = []
    group = ""  # the name the moment before this cue's was written under ("" when none)
    for cue in cues:
        seen[cue.moment_id] = seen.get(cue.moment_id, 0) + 1
        n = seen[cue.moment_id]
        if n > 1:
            names.append(f"{cue.moment_id}.{n}" if cue.moment_id else "")
            continue
        name = cue.moment_id
        if group and name == f"{group}.{seen[group] + 1}":
            say(f"moment {name}: its id right after moment {group} would read back as the next part of that "
                "moment's caption; its cue is written without a name (import numbers it)")
            name = ""
        names.append(name)
        group = name
    return names


def parts_joined(cues: list[Cue]) -> list[tuple[str, list[Cue]]]:
    """Cues grouped back into moments by the names :func:`part_names` gave
    them (``id``, then ``id.2``, ``id.3``, ... right after it), each group
    with the name of its first cue ("" when it had none). Only cues of a file
    annotate wrote (``Cue.ours``) are joined: elsewhere ``scene`` and
    ``scene.2`` are two cues, as every player and reference parser shows them."""
    groups: list[tuple[str, list[Cue]]] = []
    for cue in cues:
        if cue.ours and groups and groups[-1][0] and cue.moment_id == f"{groups[-1][0]}.{len(groups[-1][1]) + 1}":
            groups[-1][1].append(cue)
        else:
            groups.append((cue.moment_id, [cue]))
    return groups


@dataclass(frozen=True)
class Style:
    """What to add to each caption: a time prefix, and an ≈ for hedged times."""

    timecode: bool = False
    mark_approximate: bool = False
    reflow: bool = False  # shape ``cue`` moments by the rules too, instead of writing them as read


def words_of(moment: Moment) -> str:
    """The words a moment shows, as the timeline holds them: its caption, else the article's quote or sentence."""
    return first_shown(moment.caption, moment.quote, moment.sentence)


def caption_text(moment: Moment, style: Style) -> str:
    """The text shown for a moment: its caption (or the article's quote), with the
    optional ``≈ 2:27 — `` prefix."""
    text = clean_text(words_of(moment))
    unaligned = moment.alignment is None or moment.alignment.kind == "none"
    hedged = style.mark_approximate and moment.approximate and unaligned
    if style.timecode or hedged:
        clock = format_clock(moment.effective_start, floor=True)  # the second on screen, as a burnt-in timecode
        prefix = f"{APPROXIMATE_MARK} {clock}" if hedged else clock
        text = f"{isolated(prefix)} — {text}" if text else isolated(prefix)
    return text


def isolated(label: str) -> str:
    """``label`` (a time before a caption) as its own bidi isolate, FIRST
    STRONG ISOLATE .. POP DIRECTIONAL ISOLATE: its digits and marks neither
    take nor give the direction of the caption beside it (bare, a
    right-to-left caption moved them). The render's time label too."""
    return f"{FSI}{label}{PDI}"


def layout(
    timeline: Timeline,
    rules: Rules | None = None,
    style: Style | None = None,
) -> list[Cue]:
    """Cues for every moment of ``timeline`` in time order; what could not be
    shown as asked is a :class:`SubtitleWarning`, naming the timeline's file."""
    token = _ORIGIN.set(timeline.origin)
    try:
        return _layout(timeline, rules, style)
    finally:
        _ORIGIN.reset(token)


def on_frames(cues: list[Cue], frames: Sequence[float], duration: float) -> list[Cue]:
    """``cues`` to be drawn on a variable-frame-rate footage's own frames (``frames``, their starts in footage
    time; ``duration``, where the last ends): each start moved to the start of the frame it names (the nearest,
    as align and the clips read a time), each end to the frame boundary it names. A renderer (libass) shows an
    event on the frames from the first at or after its start: a start just after a frame's began a frame late.
    Unchanged without ``frames`` (a constant-rate file's cues are timed from its frames already)."""
    if not frames:
        return cues
    bounds = (*frames, max(duration, frames[-1]))
    out = []
    for cue in cues:
        first = frame_among(frames, cue.start)
        stop = max(first + 1, frame_among(bounds, cue.end, end=True))
        out.append(replace(cue, start=round(bounds[first], 6), end=round(bounds[min(stop, len(bounds) - 1)], 6)))
    return out


def _with_frames(rules: Rules, timeline: Timeline) -> Rules:
    """``rules`` counting the frames of the timeline's footage where it is a variable-frame-rate file there to
    read (``probe.variable_frame_times``); as they are otherwise."""
    from annotate.probe import variable_frame_times
    from annotate.timeline.document import footage_location

    footage = timeline.footage
    if rules.frame_times or footage is None or not footage.path:
        return rules
    path = footage_location(footage, timeline.origin)
    frames = variable_frame_times(path) if path.is_file() else ()
    return replace(rules, frame_times=frames) if frames else rules


def _layout(timeline: Timeline, rules: Rules | None, style: Style | None) -> list[Cue]:
    footage = timeline.footage
    if rules is None:
        rules = Rules(fps=footage.fps) if footage and footage.fps else Rules()
    rules = _with_frames(rules, timeline)
    style = style or Style()
    duration = footage.duration if footage else None
    moments = sorted(timeline.moments, key=lambda m: m.effective_start)
    starts = [m.effective_start for m in moments]
    cues: list[Cue] = []
    screen: list[Cue] = []  # the cues that may still be on screen when the next moment starts
    last: tuple[float, str, float] | None = None  # the previous moment with cues: its start, id, last cue's end
    for moment in moments:
        start = moment.effective_start
        composed = CUE_TAG not in moment.tags or style.reflow
        end = moment.effective_end
        if composed and last is not None and start <= last[0]:
            # Two moments at one instant (a snapped moment and a clock time on one cut): the later in the
            # timeline follows the other's cues, as broadcast rules want no overlapping cues.
            shown = last[2] + rules.gap_after(last[2])
            say(f"moment {moment.id}: starts at {format_clock(start, places=2)}, as moment {last[1]} does; "
                f"shown after it, from {format_clock(shown, places=2)}")
            start, end = shown, None if end is None else end + shown - start
        if duration is not None and start >= duration:
            say(f"moment {moment.id}: starts at {format_clock_exact(start)}, after the footage ends "
                f"({format_clock_exact(duration)}); left out")
            continue
        # The next later start (a bisection: scanning the rest made 20,000 moments take minutes). A range
        # keeps its stated span: a moment starting inside it stacks over it (see _stacked).
        after = bisect.bisect_right(starts, start)
        following = starts[after:after + 1]
        nearest = moments[after] if (end is None or end <= start) and after < len(moments) else None
        limit = min([t - rules.gap_before(t) for t in following] + ([duration] if duration else []),
                    default=float("inf"))
        if end is not None and end > start and floor_millis(end) <= floor_millis(start):
            say(f"moment {moment.id}: its range {format_clock(start, places=4)}-{format_clock(end, places=4)} lasts "
                f"{(end - start) * 1000:.1f} ms, less than a subtitle's millisecond; shown for "
                f"{rules.min_seconds:.3f} s, the shortest cue")
            end = start + rules.min_seconds
        if end is not None and duration is not None and end > duration:
            say(f"moment {moment.id}: ends after the footage; clamped to {format_clock_exact(duration)}")
            end = duration
        if not composed:
            cues.append(Cue(start, end if end is not None else start, moment.caption, moment.id))
            screen.append(cues[-1])
            continue
        made = _moment_cues(moment, caption_text(moment, style), start, end, limit, rules, say,
                            room=_room(start, end, nearest, duration))
        made = _stacked(made, screen, moment, rules)
        made = _within(made, duration, moment, say) if duration is not None else made
        screen.extend(made)  # (not those left out past the footage's end: they would hold back every later one)
        cues.extend(made)
        if made:
            last = (moment.effective_start, moment.id, made[-1].end)
    return cues


# The timeline file being laid out, which each warning names (several in one run, a batch log).
_ORIGIN: contextvars.ContextVar[str | None] = contextvars.ContextVar("subtitle_layout_origin", default=None)


def say(message: str) -> None:
    origin = _ORIGIN.get()
    warnings.warn(f"{origin}: {message}" if origin else message, SubtitleWarning, stacklevel=3)


def _lines(cue: Cue) -> int:
    return cue.text.count("\n") + 1


def _stacked(made: list[Cue], screen: list[Cue], moment: Moment, rules: Rules) -> list[Cue]:
    """``made`` moved later when it would stack more than
    ``rules.max_stacked_lines`` lines of overlapping captions (libass and
    players push the rest off the top of the picture): it starts when the
    earlier captions leave room, its span kept, with a warning. ``screen``
    holds the earlier moments' cues that may still show (moments come in time
    order, so those ended by this one's start are dropped here)."""
    if not made:
        return made
    start, span, need = made[0].start, made[-1].end - made[0].start, max(map(_lines, made))
    screen[:] = [c for c in screen if c.end > moment.effective_start]
    times = sorted({start, *(c.end + rules.gap_after(c.end) for c in screen if c.end > start)})
    shown = _first_with_room(screen, times, span, rules.max_stacked_lines - need)
    if shown > start:
        showing = [c for c in screen if c.start <= start < c.end]
        names = ", ".join(dict.fromkeys(c.moment_id for c in showing))
        say(f"moment {moment.id}: starts at {format_clock(start, places=2)} while {sum(map(_lines, showing))} "
            f"caption lines of moment(s) {names} are on screen (at most {rules.max_stacked_lines} are stacked); "
            f"shown after them, from {format_clock(shown, places=2)}")
        shift = shown - start
        made = [replace(c, start=round(c.start + shift, 3), end=round(c.end + shift, 3)) for c in made]
    return made


def _first_with_room(screen: list[Cue], times: list[float], span: float, room: int) -> float:
    """The first of ``times`` (ascending) from which, for ``span`` seconds, ``screen`` shows at most ``room``
    lines at once (the last of them if none does). One sweep: the lines shown form a step function over the
    cues' starts and ends, and the window [t, t + span) only moves on, so its highest step is kept by a
    deque. Asking every window of every time about every cue took 69 s for 3,000 moments."""
    change: dict[float, int] = {}
    for cue in screen:
        change[cue.start] = change.get(cue.start, 0) + _lines(cue)
        change[cue.end] = change.get(cue.end, 0) - _lines(cue)
    bounds = sorted(change)
    levels = list(itertools.accumulate(change[b] for b in bounds))  # lines shown from bounds[k] to bounds[k + 1]
    highest: collections.deque[int] = collections.deque()  # steps in the window, their levels decreasing
    pushed = 0
    for t in times:
        first = bisect.bisect_right(bounds, t) - 1  # the step t is in (-1: before every cue, none shown)
        last = max(bisect.bisect_left(bounds, t + span), first + 1) - 1  # the last step starting before t + span
        while pushed <= last:
            while highest and levels[highest[-1]] <= levels[pushed]:
                highest.pop()
            highest.append(pushed)
            pushed += 1
        while highest and highest[0] < first:
            highest.popleft()
        if (levels[highest[0]] if highest else 0) <= room:
            return t
    return times[-1]


def _within(made: list[Cue], duration: float, moment: Moment, say: Callable[[str], None]) -> list[Cue]:
    """Cues that ran on past the footage's end: those starting after it cannot
    be shown at all, and are reported; the last one shown ends with the footage."""
    if not made or made[-1].end <= duration:
        return made
    shown = [c for c in made if c.start < duration]
    if len(shown) < len(made):
        say(f"moment {moment.id}: {len(made) - len(shown)} of its {len(made)} cues would start after the "
            f"footage ends ({format_clock_exact(duration)}); not written")
    return shown[:-1] + [replace(shown[-1], end=duration)] if shown else []


def _room(start: float, end: float | None, nearest: Moment | None, duration: float | None) -> str:
    """The time a moment's cues had, as a warning names it: up to its end, the next moment's start (naming
    it) or the footage's end, whichever comes first (the next start itself, not less the gap kept before
    it: a moment 0.1 s before the next was said to have "0.0 s")."""
    upto = None if nearest is None else nearest.effective_start
    named = "" if nearest is None else f"the next moment, {nearest.id} at {format_clock(upto or 0.0, places=2)}"
    bounds = [(t, what) for t, what in ((end, "its end"), (upto, named),
                                        (duration, "the footage's end")) if t is not None]
    if not bounds:
        return "the time it has"
    stop, what = min(bounds, key=lambda b: b[0])
    return f"the {max(stop - start, 0.0):.2f} s before {what}"


# Rounding in a file's times should not make a rate a warning (as lint allows).
CPS_TOLERANCE = 0.05


def _rate(piece: str, seconds: float) -> float:
    """Characters a second a cue of ``piece`` asks of a reader, as lint counts them (line breaks don't count)."""
    return read_length(piece) / seconds if seconds > 0 else float("inf")


def _too_fast(pieces: list[str], seconds: float, rules: Rules) -> str:
    """``"; read at N characters/s, faster than 17"`` for the fastest of ``pieces`` shown ``seconds`` each, or ""."""
    rate = max(_rate(p, seconds) for p in pieces)
    return (f"; read at {rate:.1f} characters/s, faster than {rules.max_chars_per_second:g}"
            if rate > rules.max_chars_per_second + CPS_TOLERANCE else "")


def _say_squeezed(moment: Moment, pieces: list[str], seconds: float, room: str, rules: Rules,
                  say: Callable[[str], None]) -> None:
    """Warn of cues squeezed into ``seconds`` each, under the minimum display time or past the reading speed
    (a caption before a moment 0.04 s later flashed for one frame, silently)."""
    short = seconds < rules.min_seconds - 1e-9
    fast = _too_fast(pieces, seconds, rules)
    if short or fast:
        what = "its caption" if len(pieces) == 1 else f"each of its {len(pieces)} cues"
        say(f"moment {moment.id}: {what} squeezed into {room}: on screen {seconds:.3f} s"
            + (f", less than the {rules.min_seconds:.3f} s a cue needs" if short else "") + fast)


_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def _say_lines_not_kept(moment: Moment, text: str, pieces: list[str], rules: Rules,
                        say: Callable[[str], None]) -> None:
    """Warn when a caption's own line breaks are not shown as written: blank lines (no cue holds an empty
    line), or breaks reflowed because a line is wider than a cue's."""
    given = given_lines(text)
    lost = []
    written = [line.strip() for line in _BREAKS.split(words_of(moment).strip())]  # (text has lost its blanks)
    if len(given) > 1 and not all(written):
        lost.append("its blank lines are left out (a cue cannot show an empty line)")
    if len(given) > 1 and [line for piece in pieces for line in piece.split("\n")] != given:
        lost.append(f"its {len(given) - 1} line breaks are not kept: a line is wider than the "
                    f"{rules.max_line_chars} columns a cue's line holds, so the text is wrapped anew")
    if lost:
        say(f"moment {moment.id}: " + "; ".join(lost))


def _moment_cues(
    moment: Moment, text: str, start: float, end: float | None, limit: float, rules: Rules,
    say: Callable[[str], None], *, room: str = "the time it has",
) -> list[Cue]:
    pieces = chunks(text, rules.max_line_chars, rules.max_lines) if text else []
    gap, frame = rules.gap_after(start), rules.frames_after(start, 1)  # the footage's own frames there
    if not pieces:
        say(f"moment {moment.id}: no caption, quote or sentence to show; left out")
        return []
    _say_lines_not_kept(moment, text, pieces, rules, say)
    if end is not None and len(pieces) == 1 and end - start <= rules.max_seconds:
        if end - start < rules.min_seconds:  # too short to read (an editor's one-frame marker): the least time
            shown = max(min(start + rules.min_seconds, limit), end)
            if shown > end:
                say(f"moment {moment.id}: its range of {end - start:.3f} s is shown for {shown - start:.3f} s"
                    + ("" if shown - start >= rules.min_seconds - 1e-9 else ", up to the next moment")
                    + f" (at least {rules.min_seconds:.3f} s on screen)")
            end = round(shown, 3)
        return [Cue(start, end, pieces[0], moment.id)]  # a stated span, kept to the millisecond
    wanted = [min(max(rules.reading_seconds(p), rules.min_seconds), rules.max_seconds) for p in pieces]
    if end is None and len(pieces) == 1:
        wanted = [min(max(wanted[0], rules.point_seconds), rules.max_seconds)]
    # A range spreads its cues over its span (a later moment inside it stacks); a point takes what reading
    # needs, up to ``limit``, the next moment.
    stop = end if end is not None else limit
    if end is not None:
        spare = (end - start) - sum(wanted) - gap * (len(pieces) - 1)
        if spare > 0:
            wanted = [min(w + spare / len(wanted), rules.max_seconds) for w in wanted]
    needed = sum(wanted) + gap * (len(pieces) - 1)
    available = stop - start
    if needed > available:
        # Squeeze towards the minimum display time; what still doesn't fit runs on, never cut.
        each = (available - gap * (len(pieces) - 1)) / len(pieces)
        if each < rules.min_seconds and len(pieces) > 1:
            over = len(pieces) * rules.min_seconds + gap * (len(pieces) - 1) - available
            say(f"moment {moment.id}: caption too long for {room}; its {len(pieces)} cues run {over:.1f} s past it"
                + _too_fast(pieces, rules.min_seconds, rules))
            each = rules.min_seconds
        else:
            _say_squeezed(moment, pieces, max(each, frame), room, rules, say)
        wanted = [max(each, frame)] * len(pieces)
    cues = []
    t = start
    for piece, length in zip(pieces, wanted, strict=True):
        cues.append(Cue(round(t, 3), round(t + length, 3), piece, moment.id))
        t += length + gap
    # (a range longer than its cues may last is shown for max_seconds a cue, as timed-text rules have it, without
    # a word: every long range of an article, the samples' own among them, would say it)
    return cues
