"""SubStation Alpha (``.ass``, ``.ssa``) for interchange, both ways through annotate.subtitles: export is
the subtitle writer's output; import reads each cue as a ranged moment tagged
``cue``, to the millisecond, so writing subtitles again gives it back."""

from __future__ import annotations

import os
from typing import Any

from annotate.exports import subtitle_files
from annotate.exports.subtitle_files import Warn
from annotate.model import Timeline

EXTENSIONS = (".ass", ".ssa")


def dumps(timeline: Timeline, **opts: Any) -> str:
    return subtitle_files.dumps("ass", timeline, **opts)


def loads(text: str, *, origin: str | None = None, warn: Warn | None = None, strict: bool = False) -> Timeline:
    return subtitle_files.loads("ass", text, origin=origin, warn=warn, strict=strict)


def read(path: str | os.PathLike[str], *, warn: Warn | None = None, strict: bool = False,
         encoding: str | None = None) -> Timeline:
    return subtitle_files.read("ass", path, warn=warn, strict=strict, encoding=encoding)
