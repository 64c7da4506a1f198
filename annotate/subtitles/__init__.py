"""Subtitles from a timeline: SRT, WebVTT and styled ASS, one module per
format behind one mapping; reading them back; linting any subtitle file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from annotate.atomic import write_text
from annotate.errors import InputError
from annotate.model import Moment, Timeline
from annotate.subtitles import ass, srt, vtt
from annotate.subtitles.cues import Cue, Style, layout
from annotate.subtitles.lint import Violation, lint
from annotate.subtitles.rules import Rules

__all__ = [
    "FORMATS", "Cue", "Rules", "Style", "Violation", "check", "dumps", "layout", "read",
    "read_timeline", "write",
]

# Adding a format: one module with EXTENSIONS, dumps(cues, **opts) and loads(text), and one line here.
FORMATS: dict[str, ModuleType] = {"srt": srt, "vtt": vtt, "ass": ass}


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


def dumps(
    timeline: Timeline, format: str = "srt", *, rules: Rules | None = None, style: Style | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """Subtitle text for ``timeline`` in ``format``."""
    name = format_of("", format)
    cues = layout(timeline, rules, style, warn=warn)
    options = {}
    if name == "ass" and timeline.footage and timeline.footage.width and timeline.footage.height:
        options = {"width": timeline.footage.width, "height": timeline.footage.height}
    return FORMATS[name].dumps(cues, **options)


def write(
    timeline: Timeline, path: str | os.PathLike[str], *, format: str | None = None,
    rules: Rules | None = None, style: Style | None = None, warn: Callable[[str], None] | None = None,
) -> Path:
    """Write ``timeline`` as subtitles to ``path`` (atomically)."""
    text = dumps(timeline, format_of(path, format), rules=rules, style=style, warn=warn)
    return write_text(path, text)


def read(path: str | os.PathLike[str], *, format: str | None = None) -> list[Cue]:
    """The cues of a subtitle file, with their visible text."""
    p = Path(path)
    name = format_of(p, format)
    if not p.is_file():
        raise InputError("no such subtitle file" if not p.exists() else "is not a file", subject=p)
    raw = p.read_bytes()
    if b"\x00" in raw:
        raise InputError("is binary, not a subtitle file", subject=p)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # old SRTs are often Windows-1252
    try:
        return FORMATS[name].loads(text)
    except InputError as exc:
        raise InputError(exc.message, subject=p) from None
    except Exception as exc:  # a third-party parser's own error type: still one line
        raise InputError(f"cannot read as {name}: {exc}", subject=p) from None


def read_timeline(path: str | os.PathLike[str], *, format: str | None = None) -> Timeline:
    """Existing subtitles (e.g. a transcript) as a timeline: one range moment
    per cue, its text the caption, kept to the millisecond."""
    from annotate.model import Source

    cues = read(path, format=format)
    moments = tuple(
        Moment(id=f"m{i}", start=c.start, end=max(c.end, c.start), caption=c.text, tags=("subtitle",))
        for i, c in enumerate(cues, start=1)
    )
    return Timeline(moments=moments, title=Path(path).stem, sources=(Source(article=str(path)),))


def check(
    path: str | os.PathLike[str], rules: Rules | None = None, *, format: str | None = None,
    duration: float | None = None,
) -> list[Violation]:
    """Lint a subtitle file against the timed-text rules."""
    return lint(read(path, format=format), rules, duration=duration)
