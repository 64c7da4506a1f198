"""Subtitles from a timeline: SRT, WebVTT and styled ASS, one module per
format behind one mapping; reading them back; linting any subtitle file."""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from annotate.atomic import write_text
from annotate.errors import InputError
from annotate.escape import control_characters
from annotate.inputs import note_input
from annotate.model import Moment, Timeline, moment_ids
from annotate.subtitles import ass, srt, vtt
from annotate.subtitles.cues import CUE_TAG, Cue, Style, layout, parts_joined, words_of
from annotate.subtitles.decode import decode
from annotate.subtitles.lint import Violation, lint
from annotate.subtitles.problems import ENCODING, MALFORMED, NOT_FAULTS, NOT_KEPT, Collector, Problem, SubtitleWarning
from annotate.subtitles.rules import Rules
from annotate.timecode import format_clock, format_clock_exact
from annotate.validate import MAX_MOMENTS, MAX_SECONDS

__all__ = [
    "CUE_TAG", "FORMATS", "Cue", "Problem", "Reading", "Rules", "Style", "SubtitleWarning", "Violation",
    "at_most_moments", "check", "dumps", "layout", "read", "read_file", "read_timeline", "tell", "timeline_of", "write",
]

# Adding a format: one module with EXTENSIONS, NUL, dumps(cues, **opts) and loads(text, report), and one line
# here.
FORMATS: dict[str, ModuleType] = {"srt": srt, "vtt": vtt, "ass": ass}
# "an SRT file", "an ASS file", "a VTT file": the article as the letters are said.
_ARTICLES = {"srt": "an", "ass": "an"}
# A line that opens a cue, counted before a file is parsed into a timeline so
# that one of 200,000 cues is refused at once, not after each became a moment:
# SRT and WebVTT timing lines hold "-->" (WebVTT forbids it in cue text), ASS
# events start "Dialogue:".
_CUE_OPENING = {"srt": re.compile(r"^[^\n]*-->", re.M), "vtt": re.compile(r"^[^\n]*-->", re.M),
                "ass": re.compile(r"^[ \t]*dialogue[ \t]*:", re.M | re.I)}


def format_of(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format named, else the one the file extension says."""
    if format:
        name = format.lower().lstrip(".")
        if name == "ssa":
            name = "ass"
        if name not in FORMATS:
            raise InputError(f"unknown subtitle format {format!r} (known: {', '.join(FORMATS)})")
        return name
    suffix = Path(path).suffix.lower()
    for name, module in FORMATS.items():
        if suffix in module.EXTENSIONS:
            return name
    raise InputError(
        f"cannot tell the subtitle format from {suffix or 'no extension'!r}: "
        f"use .srt, .vtt or .ass, or --format",
        subject=path,
    )


def dumps(timeline: Timeline, format: str = "srt", *, rules: Rules | None = None, style: Style | None = None,
          export: bool = False) -> str:
    """Subtitle text for ``timeline`` in ``format`` (clock times not placed yet
    are left out). Every command that writes subtitles comes here, so here the
    ids the format cannot carry are said: by a format that carries ids (a
    WebVTT cue identifier, an ASS Name), or, for ``export`` (a file meant to
    be imported again), by any."""
    from annotate.interchange.common import ids_not_carried  # (interchange imports this package)

    name = format_of("", format)
    what = f"{_ARTICLES.get(name, 'a')} {name.upper()} file"
    timeline = timeline.placed()
    if FORMATS[name].can_carry("m1") or export:  # (SubRip carries none: said only where a round trip is meant)
        ids_not_carried(timeline, FORMATS[name].can_carry, what)
    _controls_left_out(timeline, what)
    cues = layout(timeline, rules, style)
    options = {}
    if name == "ass" and timeline.footage and (shown := timeline.footage.shown_size):
        options = {"width": shown[0], "height": shown[1]}  # as a player shows it: a phone's portrait video upright
    return FORMATS[name].dumps(cues, **options)


# Control characters a warning names by code point.
SHOWN_CONTROLS = 8


def _controls_left_out(timeline: Timeline, what: str) -> None:
    """One warning naming the moments whose words lose control characters in
    ``what`` (no subtitle format holds them: ``clean_text`` leaves them out) and those characters."""
    from annotate.interchange.common import by_time, texts_not_kept

    lost = [(m.id, control_characters(words_of(m))) for m in by_time(timeline)]
    chars = sorted({c for _, found in lost for c in found})
    codes = ", ".join(f"U+{ord(c):04X}" for c in chars[:SHOWN_CONTROLS]) + (", ..." if len(chars) > SHOWN_CONTROLS
                                                                            else "")
    texts_not_kept([moment_id for moment_id, found in lost if found], what, f"control characters {codes}")


def write(
    timeline: Timeline, path: str | os.PathLike[str], *, format: str | None = None,
    rules: Rules | None = None, style: Style | None = None, force: bool = False, recorded: bool = False,
) -> Path:
    """Write ``timeline`` as subtitles to ``path`` (atomically). An existing
    file of another kind is refused unless ``force`` (annotate.overwrite).
    ``recorded``: noted in its folder's record of the files annotate wrote
    (annotate.owned), as a folder command (batch) notes its outputs, so that a
    rerun tells it from a user's edit of it."""
    from annotate import overwrite, owned

    name = format_of(path, format)
    overwrite.check(path, name, force=force)
    text = dumps(timeline, name, rules=rules, style=style)
    if recorded:
        return owned.write_owned_text(Path(path).parent, Path(path).name, text)
    return write_text(path, text)


# Larger than any subtitle file; a guard against reading a video by mistake.
MAX_SUBTITLE_BYTES = 50_000_000


@dataclass(frozen=True)
class Reading:
    """A subtitle file as read: its cues, what could not be read as written
    (:class:`Problem`, each with its line) and the text encoding used."""

    cues: list[Cue]
    problems: list[Problem]
    encoding: str


def read_file(
    path: str | os.PathLike[str], *, format: str | None = None, encoding: str | None = None,
    moments: bool = False,
) -> Reading:
    """Read a subtitle file by the one reader of its format; nothing is
    skipped without a :class:`Problem` saying where and why. ``moments``: it
    is read into a timeline, so more cues than one holds are refused first."""
    from annotate.textio import STDIN_NAME, read_stdin

    p = Path(path)
    name = format_of(p, format)
    if str(path) == "-":  # standard input, so named in what is said of it
        data = read_stdin(kind="subtitle file", max_bytes=MAX_SUBTITLE_BYTES)
        p = Path(STDIN_NAME)
    else:
        if not p.is_file():
            raise InputError("no such subtitle file" if not p.exists() else "is not a file", subject=p)
        info = p.stat()
        if info.st_size > MAX_SUBTITLE_BYTES:
            raise InputError(f"is larger than {MAX_SUBTITLE_BYTES // 1_000_000} MB, not a subtitle file", subject=p)
        note_input(info, "subtitle file", p)  # (read here, not by textio: no output of the command may replace it)
        data = p.read_bytes()
    try:
        decoded = decode(data, encoding)
    except InputError as exc:
        raise InputError(exc.message, subject=exc.subject or p) from None
    if moments:
        at_most_moments(decoded.text, name, str(p))
    found = Collector(str(p))
    if decoded.guessed:
        found(None, f"not UTF-8; read as {decoded.encoding}, a guess (pass --encoding if the text looks wrong)",
              ENCODING)
    said_nuls(decoded.text, FORMATS[name], found)
    try:
        cues = FORMATS[name].loads(decoded.text, found)
    except InputError as exc:
        raise InputError(exc.message, subject=p) from None
    except Exception as exc:  # a third-party parser's own error type: still one line
        raise InputError(f"cannot read as {name}: {exc}", subject=p) from None
    return Reading(cues, found.problems, decoded.encoding)


# Line numbers a NUL warning lists.
SHOWN_LINES = 5


def said_nuls(text: str, module: ModuleType, report: Collector) -> None:
    """Report the NUL characters of a subtitle file, by line, with what the
    format's reader made of them (its ``NUL``): pysrt, srt and pysubs2 keep
    them in the text, where they show as nothing; WebVTT's parser shows U+FFFD."""
    if "\x00" not in text:
        return
    lines = [n for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1)
             if "\x00" in line]
    listed = ", ".join(map(str, lines[:SHOWN_LINES])) + (", ..." if len(lines) > SHOWN_LINES else "")
    report(lines[0], f"{text.count(chr(0))} NUL character(s) in the text (line(s) {listed}): {module.NUL}",
           MALFORMED)


def tell(problems: list[Problem], *, strict: bool = False) -> None:
    """Each problem as a :class:`SubtitleWarning`; with ``strict``, any problem is an error."""
    for problem in problems:
        warnings.warn(str(problem), SubtitleWarning, stacklevel=3)
    if strict and problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(f"{problems[0]}{more}; an error under --strict")


def read(
    path: str | os.PathLike[str], *, format: str | None = None, encoding: str | None = None,
    strict: bool = False,
) -> list[Cue]:
    """The cues of a subtitle file, with their visible text; problems are
    warnings (see :func:`tell`)."""
    reading = read_file(path, format=format, encoding=encoding)
    tell(reading.problems, strict=strict)
    return reading.cues


def timeline_of(cues: list[Cue], *, title: str = "", origin: str | None = None) -> Timeline:
    """Existing subtitles (e.g. a transcript) as a timeline: one range moment
    per cue, kept to the millisecond with its text (empty ones too), tagged
    ``cue`` so that writing subtitles gives the cue back as it was. A cue
    later than any timeline may hold is an InputError naming its line."""
    late = next((c for c in cues if max(c.start, c.end) > MAX_SECONDS), None)
    if late is not None:
        raise InputError(f"cue at {format_clock(max(late.start, late.end))} is later than {MAX_SECONDS:g} s "
                         "(a week), the latest a timeline holds", subject=_where(origin, late.line))
    groups = parts_joined(cues)
    moments = tuple(_moment(moment_id, parts) for moment_id, (_name, parts)
                    in zip(moment_ids([name for name, _parts in groups]), groups, strict=True))
    return Timeline(moments=moments, title=title, origin=origin)


def _moment(moment_id: str, parts: list[Cue]) -> Moment:
    """One cue as it was (tagged ``cue``); a caption our writer split over
    several cues as the moment it was (untagged, so writing splits it again)."""
    first = parts[0]
    if len(parts) == 1:
        return Moment(id=moment_id, start=first.start, end=max(first.end, first.start), caption=first.text,
                      tags=(CUE_TAG,))
    caption = " ".join(" ".join(c.text.split("\n")) for c in parts)
    # (its parts' span, whatever their order: one retimed in a subtitle editor is said by :func:`unordered_parts`)
    start = min(c.start for c in parts)
    return Moment(id=moment_id, start=start, end=max(start, *(c.end for c in parts)), caption=caption)


def _where(origin: str | None, line: int | None) -> str | None:
    return ", ".join(str(part) for part in (origin, line and f"line {line}") if part) or None


def at_most_moments(text: str, name: str, origin: str | None) -> None:
    """Refuse subtitle text of more cues than a timeline holds moments,
    naming the line of the first cue too many, before it is parsed."""
    for count, opening in enumerate(_CUE_OPENING[name].finditer(text), start=1):
        if count > MAX_MOMENTS:
            raise InputError(f"has more than {MAX_MOMENTS} cues; a timeline holds at most {MAX_MOMENTS} moments",
                             subject=_where(origin, text.count("\n", 0, opening.start()) + 1))


def moment_problems(cues: list[Cue], path: str) -> list[Problem]:
    """What :func:`timeline_of` cannot keep as the file says: a cue ending
    before it starts, an identifier another cue took first."""
    return reversed_cues(cues, path) + renamed_ids(cues, path) + unordered_parts(cues, path)


def renamed_ids(cues: list[Cue], path: str) -> list[Problem]:
    """A moment id is unique: a cue whose identifier an earlier cue carries
    (WebVTT wants them unique, not every tool obeys) gets the id
    :func:`timeline_of` gives it instead, and is said so with its line."""
    groups = parts_joined(cues)
    given = moment_ids([name for name, _parts in groups])
    first: dict[str, int | None] = {}
    for name, parts in groups:
        first.setdefault(name, parts[0].line)
    return [Problem(parts[0].line, f"cue identifier {name!r} was already used by the cue at line {first[name]}; "
                                   f"imported as moment {new}", NOT_KEPT, path=path)
            for (name, parts), new in zip(groups, given, strict=True) if name and name != new]


def unordered_parts(cues: list[Cue], path: str) -> list[Problem]:
    """A caption our writer split over several cues is read back as one moment; a part out of time order (one
    retimed in a subtitle editor, which keeps annotate's header) makes that moment span all its parts, said with
    the part's line."""
    problems = []
    for name, parts in parts_joined(cues):
        for number, (before, part) in enumerate(zip(parts, parts[1:], strict=False), start=2):
            if part.start < before.start:
                start, end = min(c.start for c in parts), max(c.end for c in parts)
                problems.append(Problem(
                    part.line, f"part {number} of caption {name!r} ({format_clock_exact(part.start)}) starts before "
                    f"part {number - 1} ({format_clock_exact(before.start)}): its parts are out of time order; read "
                    f"as one moment spanning them, {format_clock_exact(start)}-{format_clock_exact(end)}", MALFORMED,
                    path=path))
                break
    return problems


def reversed_cues(cues: list[Cue], path: str) -> list[Problem]:
    """A cue that ends before it starts cannot be a moment's range: each is
    read as a point at its start, and said so."""
    return [Problem(c.line, f"cue ends ({c.end:.3f} s) before it starts ({c.start:.3f} s); "
                            "read as ending where it starts", path=path)
            for c in cues if c.end < c.start]


def read_timeline(
    path: str | os.PathLike[str], *, format: str | None = None, encoding: str | None = None,
    strict: bool = False,
) -> Timeline:
    """A subtitle file as a timeline (:func:`timeline_of`) that names the file as its source."""
    from dataclasses import replace

    from annotate.model import Source
    from annotate.textio import STDIN_NAME

    reading = read_file(path, format=format, encoding=encoding, moments=True)
    if str(path) == "-":  # standard input: named so, and no file to record as the timeline's origin or source
        tell(reading.problems + moment_problems(reading.cues, STDIN_NAME), strict=strict)
        return timeline_of(reading.cues)
    tell(reading.problems + moment_problems(reading.cues, str(path)), strict=strict)
    timeline = timeline_of(reading.cues, title=Path(path).stem, origin=str(path))
    return replace(timeline, sources=(Source(article=str(path)),))


def check(
    path: str | os.PathLike[str], rules: Rules | None = None, *, format: str | None = None,
    duration: float | None = None, encoding: str | None = None,
) -> list[Violation]:
    """Lint a subtitle file against the timed-text rules. What could not be
    read as written is a violation too (rules ``unreadable``, ``malformed``):
    a linter that skipped it would call a broken file clean. A guessed
    encoding, or a cue's place on screen that a moment cannot hold, is not
    the file's fault: it is a warning (see :func:`tell`)."""
    reading = read_file(path, format=format, encoding=encoding)
    tell([p for p in reading.problems if p.rule in NOT_FAULTS])
    unread = [Violation(0, p.rule, p.reason, line=p.line) for p in reading.problems if p.rule not in NOT_FAULTS]
    return unread + lint(reading.cues, rules, duration=duration)
