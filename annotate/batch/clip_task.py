"""The batch's side of the clip export: plan a story's clips, key them for
resume, and cut one clip in a worker, through the export's own single-clip
functions (``clip_key``, ``is_finished``, ``make_clip``), so a batch clips
folder is exactly what ``annotate clips`` makes."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotate.clips import manifest as clip_manifest
from annotate.clips import media, plan
from annotate.clips import run as clip_run
from annotate.clips.manifest import Manifest
from annotate.errors import InputError
from annotate.model import Timeline

CONTACT_SHEET = clip_run.CONTACT_SHEET


def frame_table(path: Path) -> media.FrameTable:
    """The footage's frame table, scanned once per file version and shared
    with the workers through the cache folder (``media.footage_facts``)."""
    return media.footage_facts(path)[0]


def footage_sha256(path: Path) -> str:
    return media.footage_facts(path)[1]


def plan_clips(timeline: Timeline, label: str, footage: Path, pad: tuple[float, float] | None,
               only: tuple[str, ...] | None, mode: str,
               folder: str = "") -> tuple[list[tuple[plan.ClipPlan, str]], list[plan.Skipped]]:
    """Each clip of ``timeline`` (one video's) with its resume key, and the
    moments that get none; ``folder``: the video's sub-folder of the clips folder. The story's
    ``only`` is checked over all its videos by the batch, in the words of its job file."""
    table = frame_table(footage)
    digest = footage_sha256(footage)
    plans, skipped = plan.plan_timeline(timeline, label=label, folder=folder, footage_duration=table.duration,
                                        pad=pad, only=only, strict=False)
    return [(p, clip_run.clip_key(p, digest, mode)) for p in plans], skipped


def finished(folder: Path, entry: dict[str, Any] | None, key: str) -> bool:
    """The clip export's proof of a finished clip: same key, same size and sha256 on disk."""
    return clip_run.is_finished(folder, entry, key)


def cut(timeline_path: str, label: str, footage: str, name: str, key: str, folder: str, mode: str,
        pad: tuple[float, float] | None, only: tuple[str, ...] | None, video_id: str | None = None,
        sub: str = "", progress: Callable[[float], None] | None = None) -> dict[str, Any]:
    """Cut clip ``name`` of the timeline in ``timeline_path`` (of its video
    ``video_id``, into sub-folder ``sub``): re-plan it from the file (the
    task carries paths, never frames), check it is still the clip the main
    process planned, cut, return its manifest entry; ``progress(fraction)``
    follows the cut."""
    video = Path(footage)
    st = os.stat(timeline_path)
    planned = _replanned(timeline_path, (st.st_size, st.st_mtime_ns, st.st_ctime_ns), label, footage,
                         footage_sha256(video), pad, only, mode, video_id, sub)
    match = planned.get(name)
    if match is None or match[1] != key:
        raise InputError("the timeline changed since the batch planned this clip; re-run the batch",
                         subject=timeline_path)
    job = clip_run.ClipJob(match[0], frame_table(video), video, footage_sha256(video), timeline_path, key)
    return clip_run.make_clip(job, Path(folder), mode, progress or (lambda _fraction: None))


@functools.lru_cache(maxsize=16)
def _replanned(timeline_path: str, version: tuple[int, int, int], label: str, footage: str, footage_digest: str,
               pad: tuple[float, float] | None, only: tuple[str, ...] | None, mode: str, video_id: str | None,
               sub: str) -> dict[str, tuple[plan.ClipPlan, str]]:
    """A story's plan (of one of its videos), made once per worker and
    version of its timeline file and footage (a worker cuts many clips of one story)."""
    from annotate import timeline as tl

    timeline = tl.load(timeline_path)
    if video_id is not None:
        timeline = timeline.for_video(video_id)
    planned, _ = plan_clips(timeline, label, Path(footage), pad, only, mode, sub)
    return {p.name: (p, k) for p, k in planned}


def load_manifest(folder: Path) -> tuple[Manifest, str | None]:
    return Manifest.load(folder)


def refuse_foreign(folder: Path, manifest: Manifest, names: list[str]) -> None:
    """The clip export's refusal of a user's file under a clip's or poster's name."""
    clip_run.refuse_foreign(folder, manifest.clips, names)


def refreshed(entry: dict[str, Any], p: plan.ClipPlan, key: str, timeline_path: str, footage: Path) -> dict[str, Any]:
    """A reused clip's entry with what it says of its moment taken from the timeline as it is now."""
    return {**entry, **clip_run.described(p, key, timeline_path, footage)}


def drop_stale(manifest: Manifest, folder: Path, timelines: list[tuple[Timeline, str]],
               planned: list[tuple[plan.ClipPlan, str]]) -> list[str]:
    """The clip export's handling of clips left over from an earlier run (``timelines``: each video's
    timeline and sub-folder; ``planned``: the clips to have and their keys): the story's manifest lists
    only clips of its timeline as it is now."""
    current = [name for timeline, sub in timelines for name in plan.clip_names(timeline, sub)]
    return clip_run.drop_stale(manifest, folder, current, {p.name: (p.moment.id, key) for p, key in planned})


def clean_partials(folder: Path) -> None:
    clip_run.clean_partials(folder)


def keep_folders(folder: Path, subs: list[str]) -> None:
    clip_run.keep_folders(folder, subs)


def forget_journal(folder: Path) -> None:
    clip_manifest.forget_journal(folder)


def contact_sheet(manifest: Manifest, folder: Path, mode: str) -> Path | None:
    """The clip export's contact sheet over every clip in the manifest."""
    return clip_run.write_contact_sheet(manifest, folder, f"annotate batch · {mode}")


def submit_contact_sheet(executor: Any, manifest: Manifest, folder: Path, mode: str,
                         inputs: tuple[tuple[str, str], ...] = ()) -> Any:
    """The same sheet drawn by a worker (from the tiles: plain data), while
    the others cut: a future of the file written (or None) and the
    warnings drawing it gave (a script no font has), which travel back as a
    task's do. ``inputs``: as for a task (:func:`annotate.batch.tasks.execute`)."""
    tiles, out, title = clip_run.contact_sheet_plan(manifest, folder, f"annotate batch · {mode}")
    return executor.submit(_draw_sheet, tiles, out, title, inputs)


def _draw_sheet(tiles: Any, out: Path, title: str,
                inputs: tuple[tuple[str, str], ...]) -> tuple[Path | None, list[str]]:
    from annotate.clips.sheet import contact_sheet as draw
    from annotate.errors import collected
    from annotate.inputs import command_inputs

    notes: list[str] = []
    with command_inputs(inputs), collected(notes):
        drawn = draw(tiles, out, title=title)
    return drawn, notes
