"""What ``-o`` may name: a file whose extension is of the format written (``--format`` is for names no format
claims), a timeline named as YAML, and ``-`` (standard output) only for text."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

from annotate.errors import InputError

# Files a timeline (YAML) must not be named as: besides every interchange and subtitle format's extension, the
# footage, stills and sound the commands read and write.
_MEDIA = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mxf", ".mts", ".ts", ".mpg", ".mpeg", ".wmv", ".flv",
          ".mp3", ".m4a", ".wav", ".aac", ".flac", ".ogg", ".opus", ".png", ".jpg", ".jpeg", ".gif", ".webp")


def _claimed(name: str, formats: Mapping[str, ModuleType]) -> tuple[str, str] | None:
    """The format whose extension ``name`` ends with (the longest: ``.chapters.txt`` beats ``.txt``), and it."""
    lower = name.lower()
    found = [(ext, fmt) for fmt, module in formats.items() for ext in module.EXTENSIONS if lower.endswith(ext)]
    return max(found, key=lambda pair: len(pair[0]))[::-1] if found else None


def format_matches(output: str | os.PathLike[str], given: str, formats: Mapping[str, ModuleType]) -> None:
    """Refuse ``--format given`` when ``output``'s extension is another format's: a WebVTT file named .srt is
    read as SubRip by players, editors and annotate itself. A format that is a kind of the one named
    (``--format vtt-chapters`` into .vtt) agrees with it."""
    claimed = _claimed(Path(output).name, formats)
    if claimed is None or claimed[0] == given:
        return
    fmt, ext = claimed
    own = formats[given].EXTENSIONS
    if any(mine.endswith(ext) for mine in own):
        return
    raise InputError(f"is {fmt} by its extension, but --format {given}: name it {own[0]}, or drop --format",
                     subject=output)


def timeline_named(output: str | os.PathLike[str]) -> None:
    """Refuse a timeline output named like a subtitle, editor or media file: it would hold YAML under a name
    every other tool (and annotate's own import) reads as that kind."""
    from annotate.interchange import FORMATS

    name = Path(output).name.lower()
    claimed = _claimed(name, FORMATS)
    if claimed is not None:
        raise InputError(f"a timeline is YAML, not {claimed[0]} (use `annotate export` or `annotate subtitles` to "
                         f"write {claimed[1]}); name it .yaml", subject=output)
    suffix = Path(name).suffix
    if suffix in _MEDIA:
        raise InputError(f"a timeline is YAML, not {suffix[1:]} media; name it .yaml", subject=output)


STDOUT = "-"


def to_stdout(output: str | os.PathLike[str] | None, format_given: str | None = None, *,
              where: str = "-o -", medium: str = "standard output") -> bool:
    """Whether ``output`` is ``-``: text for standard output (or, with ``medium``, read from standard input),
    which has no extension to tell the format: then ``--format`` must."""
    if output is None or str(output) != STDOUT:
        return False
    if not format_given:
        raise InputError(f"{medium} has no extension to tell the format; pass --format", subject=where)
    return True


def no_stdout(output: str | os.PathLike[str] | None, command: str, what: str) -> None:
    """Refuse ``-o -`` for a command whose output is no text (a video, a picture, a folder): a file named
    ``-`` is what it made before."""
    if output is not None and str(output) == STDOUT:
        raise InputError(f"{command} writes {what}, not text for standard output; name a file or folder",
                         subject="-o -")
