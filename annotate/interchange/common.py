"""Helpers every format module shares: warnings for forced changes, error
locations, the frame rate to use, and a moment's one-line title."""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from annotate.errors import AnnotateWarning
from annotate.escape import first_shown, line_text, loses_characters
from annotate.model import MANUAL, Footage, Moment, Timeline, moment_ids
from annotate.timecode import FALLBACK_FPS, NTSC_SHORTHAND_FPS, format_clock_exact, timecode_rate

if TYPE_CHECKING:
    import opentimelineio as otio

# EDL timecode counts hours to 23: the CMX adapter writes 25:00:00:00 as 01:00:00:00.
DAY_SECONDS = 24 * 3600


class ExportWarning(AnnotateWarning):
    """A change a format forced on the timeline (merged chapter, dropped field)."""


def notify(message: str) -> None:
    """Report a forced change; :func:`annotate.interchange.write` collects these."""
    warnings.warn(message, ExportWarning, stacklevel=3)


def where(origin: str | None, line: int | None = None, field: str | None = None) -> str:
    """``cuts.csv, line 4, field 'start'``: the location an import error names."""
    parts = [origin or "<input>"]
    if line is not None:
        parts.append(f"line {line}")
    if field:
        parts.append(f"field '{field}'")
    return ", ".join(parts)


# Everything but brackets, once strings (which may hold brackets) are gone.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")


def json_depth(text: str, limit: int) -> int:
    """How deep the JSON text nests, found without recursing (parsers recurse
    once per level); 0 when it has too few brackets to pass ``limit``."""
    if text.count("[") + text.count("{") <= limit:
        return 0
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    steps = (1 if c in "[{" else -1 for c in brackets)
    return max(itertools.accumulate(steps), default=0)


def fps_of(timeline: Timeline, *, editing: bool = True) -> float:
    """The rate to count frames at. For an edit (``editing``): the rate of the
    editor file the moments came from (an edit goes back at the rate it came
    at), else the footage's, else 25; for stepping through the footage
    itself, the footage's first. With several videos (an EDL counts at one
    rate) the footage is the first video."""
    first = timeline.videos[0] if timeline.videos else None
    footage = first.fps if first and first.fps else None
    rates = (timeline.edit_rate, footage) if editing else (footage, timeline.edit_rate)
    return next((r for r in rates if r), FALLBACK_FPS)


EDITORS_DROP_THEM = "written as the timeline has them, off the clip, where editors hide or drop such markers"


def past_the_end(timeline: Timeline, then: str = EDITORS_DROP_THEM) -> None:
    """One warning naming the moments that start after their footage ends or
    run past it (as subtitles and render name them), and ``then``, what
    becomes of them: an editor file keeps them as the timeline has them,
    where editors hide or drop a marker off its clip."""
    for video in timeline.videos:
        if not video.duration:
            continue
        end = video.duration
        late = [f"{m.id} (starts at {format_clock_exact(m.effective_start)})" if m.effective_start >= end else
                f"{m.id} (runs to {format_clock_exact(m.effective_end or 0.0)})"
                for m in by_time(timeline.for_video(video.id) if len(timeline.videos) > 1 else timeline)
                if m.effective_start >= end or (m.effective_end or 0.0) > end]
        if late:
            name = f"{video.id}'s footage" if len(timeline.videos) > 1 else "the footage"
            notify(f"moment(s) {', '.join(late[:5])}{', ...' if len(late) > 5 else ''} lie past {name}'s end "
                   f"({format_clock_exact(end)}): {then}")


def timecode_start(footage: Footage | None, fps: float) -> float:
    """Seconds before the footage's first frame on its own timecode (the
    ``timecode`` it carries, counted at its rate: 01:00:00:00 is 3600 s), 0
    when it records none. Editor files count a clip's source times from
    there (EDL source timecodes, FCP XML's <timecode>, FCPX's asset start)."""
    if footage is None or not footage.timecode:
        return 0.0
    from annotate.probe import timecode_seconds

    start = timecode_seconds(footage.timecode, footage.fps or fps)
    if start is None:
        notify(f"{footage.path or footage.url or footage.id or 'the footage'}: its timecode {footage.timecode!r} does "
               f"not count at {footage.fps or fps:.5g} fps; exported from 00:00:00:00")
        return 0.0
    return start


def record_start(timeline: Timeline, fps: float, what: str) -> otio.opentime.RationalTime | None:
    """Where the sequence ``what`` writes starts on its timecode: the record
    timecode the timeline was imported at (an editor's EDL at 01:00:00:00),
    counted at ``fps``; None when it has none, or one that does not count at
    ``fps`` (said: the sequence then starts at 00:00:00:00)."""
    if not timeline.record_timecode:
        return None
    import opentimelineio as otio

    try:
        return otio.opentime.from_timecode(timeline.record_timecode, fps)
    except ValueError:
        notify(f"{what}: the record timecode {timeline.record_timecode!r} the timeline starts at does not count at "
               f"{fps:.5g} fps; recorded from 00:00:00:00")
        return None


def is_drop_frame(footage: Footage | None) -> bool:
    """Whether the footage's start timecode is drop frame (written with ``;``,
    as probed): editor files then state their timecode drop frame too."""
    return bool(footage and footage.timecode and ";" in footage.timecode)


def in_drop_frame(timeline: Timeline, rate: float) -> Timeline:
    """``timeline`` with each video's start timecode written drop frame
    (``;``), as the file it was read from counts it (an EDL under ``FCM: DROP
    FRAME``, an FCPX clip's ``tcFormat="DF"``): OpenTimelineIO gives it back
    as a frame count, which read 00:59:56:12 for a camera's 01:00:00;00."""
    import opentimelineio as otio

    def drop(video: Footage) -> Footage:
        if not video.timecode or ";" in video.timecode:
            return video
        counted = timecode_rate(video.fps or rate)
        try:
            at = otio.opentime.from_timecode(video.timecode, counted)
            return replace(video, timecode=otio.opentime.to_timecode(at, counted, drop_frame=True))
        except ValueError:  # (a rate drop frame does not count at: kept as read)
            return video

    return replace(timeline, videos=tuple(drop(v) for v in timeline.videos))


def title_source(moment: Moment) -> str:
    """The text a moment's one-line title (:func:`title_of`) is made of."""
    return first_shown(moment.caption, moment.quote, moment.sentence, moment.id)


def title_of(moment: Moment) -> str:
    """One line naming a moment: its caption, else the words the article stated, else its id."""
    return line_text(title_source(moment) or "Moment")


def marker_name(moment: Moment) -> str:
    """A marker's name: :func:`title_of` when the moment has words, else empty
    (an unnamed marker read from an editor file goes back unnamed, not "m3")."""
    return title_of(moment) if first_shown(moment.caption, moment.quote, moment.sentence) else ""


def ids_not_carried(timeline: Timeline, carries: Callable[[str], bool], what: str) -> None:
    """Say which moment ids ``what`` cannot carry (``carries`` tells) and the
    ids import will give those moments instead."""
    # Read back video after video (a file of several holds a clip each), each video's moments in time order.
    several = len(timeline.videos) > 1
    moments = [m for v in timeline.videos for m in by_time(timeline.for_video(v.id))] if several \
        else by_time(timeline)
    given = moment_ids([m.id if carries(m.id) else "" for m in moments])
    lost = [(m.id, new) for m, new in zip(moments, given, strict=True) if m.id != new]
    if lost:
        shown = ", ".join(f"{old!r} as {new}" for old, new in lost[:5]) + (", ..." if len(lost) > 5 else "")
        notify(f"{what} cannot carry {len(lost)} moment id(s): import gives them other ids ({shown})")


# What a writer of one-line or cue text (clean_text) and of XML 1.0 (xml_text) leaves out, as a warning names it.
CLEAN_LEFT_OUT = "control characters, U+2060, U+FFFE, U+FFFF"
XML_LEFT_OUT = "control characters, U+FFFE, U+FFFF; a carriage return reads back as a line break"


def shown_ids(ids: list[str]) -> str:
    """The first five of ``ids`` for a warning, each as it is unless it holds
    a character a terminal line leaves out (then quoted, escapes shown)."""
    return ", ".join(i if i and not loses_characters(i) else repr(i) for i in ids[:5]) + \
        (", ..." if len(ids) > 5 else "")


def texts_not_kept(changed: list[str], what: str, why: str, texts: str = "caption(s)", *, title: bool = False) -> None:
    """One warning naming the moments (``changed``: their ids) whose text
    ``what`` wrote otherwise than the timeline holds it (``why``: the
    characters it cannot hold), and the timeline's title if ``title``, so
    its import (or its reader) gets something else."""
    if not changed and not title:
        return
    held = " and ".join([f"{len(changed)} {texts}"] * bool(changed) + ["the title"] * title)
    notify(f"{what} cannot hold every character of {held} ({why}): written without them"
           + (f" for moment(s) {shown_ids(changed)}" if changed else ""))


# What every import gives a moment: where it starts and which one it is.
PLACE_FIELDS = ("id", "start", "footage")


def merged(old: Moment, new: Moment, carried: tuple[str, ...], tolerance: float, origin: str | None, *,
           capitals: bool = False) -> Moment:
    """``new`` (a moment read from a file) with every field the file's format
    does not carry (``carried`` names those it does) taken from ``old``, the
    moment of the same id in the timeline imported into. Text the format only
    changed in spacing (a cue's line breaks), or, in a format that writes text
    in ``capitals`` (an EDL's locators), only upper-cased, stays ``old``'s: a
    case-only change anywhere else is the user's edit ("the car" -> "The car").
    Times
    within ``tolerance`` seconds of ``old``'s shown ones were only rounded to
    the format's frames: ``old``'s times and alignment stay. A moment moved in
    the file takes the new times and loses its alignment (found at the old
    time), with a warning naming it, unless the file's alignment is
    ``manual`` (a person set the shown time: the review page's download):
    then its stated times and that alignment stay as the file gives them.
    A format that does not carry ends (a
    subtitle cue lasts as long as it takes to read) leaves a point a point,
    and a moved one ``old``'s length; a range's cue gives its end."""
    fields: dict[str, object] = {}
    for name in Moment.__dataclass_fields__:
        value, before = getattr(new, name), getattr(old, name)
        if name not in carried and name not in PLACE_FIELDS:
            fields[name] = before
        elif isinstance(value, str) and isinstance(before, str) and value != before \
                and " ".join(value.split()) == " ".join((before.upper() if capitals else before).split()):
            fields[name] = before
    if not (old.placed and new.placed):
        return replace(new, **fields)  # type: ignore[arg-type]
    shift = new.effective_start - old.effective_start
    old_end, new_end = old.effective_end, new.effective_end
    ends = "end" in carried or (old.end is not None and new.end is not None)  # a range's cue keeps its end
    moved = abs(shift) > tolerance or (ends and ((old_end is None) != (new_end is None) or (
        old_end is not None and new_end is not None and abs(new_end - old_end) > tolerance)))
    if not moved:
        fields |= {"start": old.start, "end": old.end, "alignment": old.alignment or new.alignment}
        return replace(new, **fields)  # type: ignore[arg-type]
    if "alignment" in carried and _set_by_hand(new):
        return replace(new, **fields)  # type: ignore[arg-type]
    if old.alignment is not None:
        how = (f"moment {old.id} moved from {old.effective_start:g} s to {new.effective_start:g} s"
               if abs(shift) > tolerance else f"moment {old.id}'s end moved from {_seconds(old_end)} to "
               f"{_seconds(new_end)}")  # the start stayed: "moved from 186 s to 186 s" said nothing
        notify(f"{origin or '<input>'}: {how}; its alignment (found at the old time) is cleared: "
               "annotate align finds it again")
    end = new_end if ends else (None if old_end is None else old_end + shift)
    fields |= {"start": new.effective_start, "end": end, "alignment": None}
    return replace(new, **fields)  # type: ignore[arg-type]


def _set_by_hand(moment: Moment) -> bool:
    """Whether a person set where ``moment`` is shown (the review page's
    "set" and nudges, a hand-edited file): an alignment of kind ``manual``.
    Its stated time and that alignment are both the file's word, so they
    stay as the file gives them; any other alignment of a moved moment was
    found at the old time."""
    return moment.alignment is not None and moment.alignment.kind == MANUAL


def _seconds(t: float | None) -> str:
    return "no end" if t is None else f"{t:g} s"


def by_time(timeline: Timeline) -> list[Moment]:
    return sorted(timeline.moments, key=lambda m: m.effective_start)


def footage_name(timeline: Timeline) -> str:
    f = timeline.footage
    if f and f.path:
        return f.path.replace("\\", "/").rsplit("/", 1)[-1]
    if f and f.url:
        return f.url.rstrip("/").rsplit("/", 1)[-1] or "footage"
    return "footage"


def counted_at_timecode_rate(timeline: Timeline, what: str) -> Timeline:
    """``timeline`` with the edit rate :func:`timecode_rate` picks, and a
    note when that is not the rate it would have been counted at (29.97 is
    30000/1001 and stays as written)."""
    fps = fps_of(timeline)
    rate = timecode_rate(fps)
    if abs(rate - fps) <= NTSC_SHORTHAND_FPS:
        return timeline
    notify(f"{what} counts whole SMPTE timecode rates only: frames counted at {rate:.6g} fps, not {fps:.6g} "
           "(each time to the nearest of its frames; set edit_rate in the timeline to choose)")
    return replace(timeline, edit_rate=rate)
