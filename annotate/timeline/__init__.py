"""Timelines: the file every output reads (load/save), and building one
from an article or from existing subtitles."""

from __future__ import annotations

import os
import warnings
from dataclasses import replace
from pathlib import Path, PureWindowsPath

from annotate.errors import InputError, MediaWarning
from annotate.model import Footage, Timeline
from annotate.timeline.document import (
    dumps,
    footage_location,
    load,
    loads,
    refuse_unrecordable_files,
    refuse_unsavable,
    save,
    update,
    videos_of,
)
from annotate.timeline.schema import from_data, to_data

__all__ = ["check_footage", "dumps", "footage_changed", "footage_path", "from_data", "load", "loads", "output_for",
           "per_video", "refuse_unrecordable_files", "refuse_unsavable", "save", "to_data", "update", "videos_of",
           "with_footage_length"]


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
    file's folder; either may be a ``file://`` URL (:func:`annotate.fetch.given_path`), read the same way by every
    command."""
    from annotate.fetch import given_path
    from annotate.textio import windows_path

    video = video or timeline.footage
    if override is not None:
        path = given_path(os.fspath(override))
    else:
        if video is None or not video.path:
            where = timeline.origin or "timeline"
            raise InputError("names no footage: pass --footage VIDEO or add 'footage: FILE'", subject=where)
        path = footage_location(video, timeline.origin)
    if not path.exists() and windows_path(str(path)):
        raise InputError(_windows_footage(path, timeline.origin), subject=path)
    if not path.exists():  # (a timeline copied elsewhere: its footage's relative path no longer holds)
        raise InputError(f"footage not found (timeline {timeline.origin or '-'})"
                         + ("" if override is not None else "; if it is elsewhere, pass --footage FILE"), subject=path)
    if path.is_dir():
        raise InputError("footage is a directory, expected a video file", subject=path)
    return path


def _windows_footage(path: Path, origin: str | None) -> str:
    """The line for footage named by a Windows path not here: the file of its name beside the timeline, if any."""
    name = PureWindowsPath(path).name
    beside = Path(origin).parent / name if origin and name else None
    found = (f"{name} lies beside the timeline: pass --footage {beside}" if beside is not None and beside.is_file()
             else f"no {name} beside the timeline either: pass --footage FILE")
    return f"footage not found: a Windows path (of another machine), not a file here; {found}"


def footage_changed(recorded: Footage | None, path: str | os.PathLike[str], *,
                    digest: str | None = None) -> str | None:
    """What changed in the footage file ``path`` since the timeline recorded
    ``recorded`` (one line naming the file), or None when it is the file
    recorded or the timeline records no sha256 to compare with. ``digest``
    is the file's sha256 when the caller has it already; otherwise it is
    read once per version of the file (:func:`annotate.digest.versioned_sha256`)."""
    from annotate.digest import versioned_sha256

    if recorded is None or not recorded.sha256:
        return None
    digest = digest or versioned_sha256(path)
    if digest == recorded.sha256.lower():
        return None
    return (f"footage {path} is not the file the timeline records: its sha256 is {digest[:12]}, the timeline's "
            f"{recorded.sha256.lower()[:12]} (replaced or changed since; its times may not fit it)")


def with_footage_length(timeline: Timeline) -> Timeline:
    """``timeline`` (of one video) with what it does not record of its
    footage's duration, rate, sound (and its channels), start timecode and
    rotation read from the file, when the file is here; what it records
    stays (a length set by hand).
    A hand-written ``footage: FILE`` records none of them; a timeline made
    before sound, timecodes or rotation were recorded lacks those (its editor
    exports would lack the sound and count from 00:00:00:00; the ASS file of
    a phone's portrait video would play landscape). A timeline recording
    them all is not probed (one whose footage has no start timecode records
    that as "", ``timecode: null``; a timeline without the field is probed,
    some 50 ms a call). A file not here is
    nothing to read (an output that needs no footage is made all the same);
    one here but no readable video (text, a truncated download) is a
    warning, and what it would have given is not used."""
    from annotate import probe
    from annotate.errors import AnnotateError

    recorded = timeline.footage
    if recorded is None or _recorded_whole(recorded):
        return timeline
    try:
        path = footage_path(timeline)
    except AnnotateError:
        return timeline  # not here: nothing to read
    try:
        info = probe.probe(path)
    except AnnotateError as exc:
        unknown = ("its length and rate are unknown: what is made from it may run past its end"
                   if recorded.duration is None else "its sound and start timecode are unknown")
        warnings.warn(f"{exc}; {unknown}", MediaWarning, stacklevel=2)
        return timeline
    sound = info.has_audio if recorded.has_audio is None else recorded.has_audio
    return timeline.with_footage(replace(
        recorded, duration=info.duration if recorded.duration is None else recorded.duration,
        fps=recorded.fps or info.fps or None, has_audio=sound,
        timecode=recorded.timecode if recorded.timecode is not None else info.timecode or "",
        audio_channels=recorded.audio_channels or (info.audio_channels if sound else None),
        rotation=info.rotation if recorded.rotation is None else recorded.rotation))


def _recorded_whole(recorded: Footage) -> bool:
    """Whether a timeline records all :func:`with_footage_length` reads of its footage (the rotation only with a
    size: it turns that size)."""
    return (None not in (recorded.duration, recorded.fps, recorded.has_audio, recorded.timecode)
            and not (recorded.has_audio and recorded.audio_channels is None)
            and not (recorded.width and recorded.rotation is None))


def check_footage(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Warn (MediaWarning) when the footage file a command reads is not the
    one ``timeline`` (of one video) records: see :func:`footage_changed`."""
    if (message := footage_changed(timeline.footage, path)) is not None:
        warnings.warn(message, MediaWarning, stacklevel=3)
