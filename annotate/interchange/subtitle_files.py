"""What the SRT, WebVTT and ASS interchange modules share: they are
annotate.subtitles both ways, so import reads a file by the same reader as
``annotate subtitles --check`` and ``annotate timeline --from-srt``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from annotate import subtitles
from annotate.interchange.common import ids_not_carried
from annotate.model import Timeline
from annotate.subtitles.problems import Collector

# The moment fields a subtitle import takes from the file (the others stay the timeline's).
CARRIES = ("caption",)


def dumps(name: str, timeline: Timeline, **opts: Any) -> str:
    ids_not_carried(timeline, subtitles.FORMATS[name].can_carry, f"a {name.upper()} file")
    return subtitles.dumps(timeline, name, **opts)


def loads(name: str, text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
    """A timeline from subtitle text already decoded (one moment per cue)."""
    found = Collector(origin or "<input>")
    subtitles.at_most_moments(text, name, found.path)
    cues = subtitles.FORMATS[name].loads(text, found)
    subtitles.tell(found.problems + subtitles.reversed_cues(cues, found.path), strict=strict)
    return subtitles.timeline_of(cues, origin=origin)


def read(name: str, path: str | os.PathLike[str], *, strict: bool = False,
         encoding: str | None = None) -> Timeline:
    """A timeline from a subtitle file, its bytes decoded as the subtitle
    reader does (any UTF BOM, a reported guess for legacy encodings). Like
    every import it carries only moments: title and sources stay the YAML's."""
    timeline = subtitles.read_timeline(path, format=name, encoding=encoding, strict=strict)
    return replace(timeline, title="", sources=())


class SubtitleFormat(NamedTuple):
    """The three functions a format module of annotate.interchange exposes."""

    dumps: Callable[..., str]
    loads: Callable[..., Timeline]
    read: Callable[..., Timeline]


def subtitle_format(name: str) -> SubtitleFormat:
    """``dumps``, ``loads`` and ``read`` for the subtitle format ``name``, so
    that each format module is its extensions and one line."""
    def dumps_(timeline: Timeline, **opts: Any) -> str:
        return dumps(name, timeline, **opts)

    def loads_(text: str, *, origin: str | None = None, strict: bool = False) -> Timeline:
        return loads(name, text, origin=origin, strict=strict)

    def read_(path: str | os.PathLike[str], *, strict: bool = False, encoding: str | None = None) -> Timeline:
        return read(name, path, strict=strict, encoding=encoding)

    return SubtitleFormat(dumps_, loads_, read_)
