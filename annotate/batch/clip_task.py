"""The batch's side of the clip export: plan a story's clips, key them for
resume, and cut one clip in a worker, through the export's own single-clip
functions (``clip_key``, ``is_finished``, ``make_clip``), so a batch clips
folder is exactly what ``annotate clips`` makes."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from annotate.clips import media, plan
from annotate.clips import run as clip_run
from annotate.clips.manifest import Manifest
from annotate.digest import sha256
from annotate.errors import InputError
from annotate.model import Timeline

CONTACT_SHEET = clip_run.CONTACT_SHEET


@functools.lru_cache(maxsize=8)
def _scan(path: str, size: int, mtime_ns: int) -> media.FrameTable:
    return media.scan(Path(path))


@functools.lru_cache(maxsize=8)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    return sha256(Path(path))


def frame_table(path: Path) -> media.FrameTable:
    """The footage's frame table, scanned once per process per file version
    (a worker cuts many clips of one footage)."""
    st = path.stat()
    return _scan(str(path), st.st_size, st.st_mtime_ns)


def footage_sha256(path: Path) -> str:
    st = path.stat()
    return _digest(str(path), st.st_size, st.st_mtime_ns)


def plan_clips(timeline: Timeline, label: str, footage: Path, pad: tuple[float, float] | None,
               only: tuple[str, ...] | None, mode: str) -> tuple[list[tuple[plan.ClipPlan, str]], list[plan.Skipped]]:
    """Each clip of ``timeline`` with its resume key, and the moments that get none."""
    table = frame_table(footage)
    digest = footage_sha256(footage)
    plans, skipped = plan.plan_timeline(timeline, label=label, folder="", footage_duration=table.duration,
                                        pad=pad, only=only)
    return [(p, clip_run.clip_key(p, digest, mode)) for p in plans], skipped


def finished(folder: Path, entry: dict[str, Any] | None, key: str) -> bool:
    """The clip export's proof of a finished clip: same key, same size and sha256 on disk."""
    return clip_run.is_finished(folder, entry, key)


def cut(timeline_path: str, label: str, footage: str, name: str, key: str, folder: str, mode: str,
        pad: tuple[float, float] | None, only: tuple[str, ...] | None) -> dict[str, Any]:
    """Cut clip ``name`` of the timeline in ``timeline_path``: re-plan it
    from the file (the task carries paths, never frames), check it is still
    the clip the main process planned, cut, return its manifest entry."""
    from annotate import timeline as tl

    video = Path(footage)
    timeline = tl.load(timeline_path)
    planned, _ = plan_clips(timeline, label, video, pad, only, mode)
    match = [(p, k) for p, k in planned if p.name == name]
    if not match or match[0][1] != key:
        raise InputError("the timeline changed since the batch planned this clip; re-run the batch",
                         subject=timeline_path)
    p, _ = match[0]
    job = clip_run.ClipJob(p, frame_table(video), video, footage_sha256(video), timeline_path, key)
    return clip_run.make_clip(job, Path(folder), mode, lambda _fraction: None)


def load_manifest(folder: Path) -> tuple[Manifest, str | None]:
    return Manifest.load(folder)


def clean_partials(folder: Path) -> None:
    clip_run.clean_partials(folder)


def contact_sheet(manifest: Manifest, folder: Path, mode: str) -> Path | None:
    """The clip export's contact sheet over every clip in the manifest."""
    return clip_run.write_contact_sheet(manifest, folder, f"annotate batch · {mode}")
