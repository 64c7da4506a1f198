"""Timelines: the file every output reads (load/save), and building one
from an article or from existing subtitles."""

from __future__ import annotations

import os
from pathlib import Path

from annotate.errors import InputError
from annotate.model import Footage, Timeline
from annotate.timeline.document import dumps, load, loads, save
from annotate.timeline.schema import from_data, to_data

__all__ = ["dumps", "footage_path", "from_data", "load", "loads", "output_for", "per_video", "save", "to_data"]


def output_for(output: str | os.PathLike[str], video_id: str) -> Path:
    """The file of one video among several: the video's id before the
    extension (``out.srt`` -> ``out.A.srt``)."""
    path = Path(output)
    return path.with_name(f"{path.stem}.{video_id}{path.suffix}")


def per_video(timeline: Timeline, output: str | os.PathLike[str],
              video_id: str | None = None) -> list[tuple[Timeline, Path]]:
    """What a per-video command writes: the timeline of each video with its
    output file. One video (or the one ``video_id`` picks) writes ``output``
    itself; several write one file each, named by :func:`output_for`."""
    if video_id is not None or len(timeline.videos) <= 1:
        return [(timeline.one_video(video_id, "this command"), Path(output))]
    return [(timeline.for_video(v.id), output_for(output, v.id)) for v in timeline.videos]


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
