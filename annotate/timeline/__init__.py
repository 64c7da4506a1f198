"""Timelines: the file every output reads (load/save), and building one
from an article or from existing subtitles."""

from __future__ import annotations

import os
from pathlib import Path

from annotate.errors import InputError
from annotate.model import Footage, Timeline
from annotate.timeline.document import dumps, load, loads, save
from annotate.timeline.schema import from_data, to_data

__all__ = ["dumps", "footage_path", "from_data", "load", "loads", "save", "to_data"]


def footage_path(timeline: Timeline, override: str | os.PathLike[str] | None = None, *,
                 video: Footage | None = None) -> Path:
    """The footage file to read: ``override`` if given, else the path of
    ``video`` (default: the timeline's first) resolved against the timeline
    file's folder."""
    video = video or timeline.footage
    if override is not None:
        path = Path(override)
    else:
        if video is None or not video.path:
            where = timeline.origin or "timeline"
            raise InputError("names no footage: pass --footage VIDEO or add 'footage: FILE'", subject=where)
        path = Path(video.path).expanduser()
        if not path.is_absolute() and timeline.origin:
            path = Path(timeline.origin).parent / path
    if not path.exists():
        raise InputError(f"footage not found (timeline {timeline.origin or '-'})", subject=path)
    if path.is_dir():
        raise InputError("footage is a directory, expected a video file", subject=path)
    return path
