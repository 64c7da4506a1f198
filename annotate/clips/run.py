"""Run a clip batch: plan every timeline, skip clips the manifest proves
finished, cut the rest on worker threads (the work is in ffmpeg processes),
record each clip as it lands, and stop cleanly on Ctrl-C."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import hashlib
import json
import os
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotate import ffmpeg, owned
from annotate.atomic import atomic_path, folder_lock, refuse_input, remove_partials
from annotate.children import worker_count
from annotate.clips import cut as cutter
from annotate.clips import media, plan, sheet
from annotate.clips.manifest import (
    CONTACT_SHEET,
    MANIFEST_JSON,
    Manifest,
    forget_journal,
    journal_clip,
    journal_entry,
    journaled,
    not_ours,
    now,
)
from annotate.digest import file_digest, sha256
from annotate.errors import AnnotateError, BusyWarning, InputError, MediaError, OutputError, collected, os_reason
from annotate.fonts import FontWarning
from annotate.model import Timeline
from annotate.owned import as_recorded
from annotate.pool import wait_all
from annotate.probe import probe
from annotate.timecode import format_clock

POSTER_SUFFIX = ".jpg"
# A clip whose first frame is later than this in the file hides footage
# behind an edit list (or lost frames): refuse it rather than mislabel it.
MAX_FIRST_PTS_FRAMES = 0.5
STOP_GRACE_SECONDS = 10.0  # for running cuts to end after Ctrl-C killed their ffmpeg


@dataclass(frozen=True)
class Failure:
    """Something that was not written: a clip, a moment or a whole timeline."""

    what: str  # clip file, "timeline X, moment Y" or a timeline
    reason: str

    @classmethod
    def of(cls, what: str, path: str, exc: AnnotateError) -> Failure:
        """The failure of the timeline file ``path`` (shown as ``what``) by an
        error that may name that file itself: it is named once, not twice
        (``x.yaml: x.yaml: not valid YAML``)."""
        reason = str(exc)
        if reason.startswith(f"{path}: ") or reason.startswith(f"{path}, "):
            reason = reason[len(path) + 2:]
        return cls(what, reason)


@dataclass
class ExportReport:
    """What a batch wrote, reused from an earlier run, and did not write."""

    folder: Path
    mode: str
    written: list[dict[str, Any]] = field(default_factory=list)
    reused: list[dict[str, Any]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    manifest: Path | None = None
    contact_sheet: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class _Source:
    label: str
    path: str | None
    timeline: Timeline


@dataclass(frozen=True)
class ClipJob:
    plan: plan.ClipPlan
    table: media.FrameTable
    footage: Path
    footage_sha256: str
    timeline_path: str | None
    key: str


def _load(items: Sequence[Path | str | Timeline], report: ExportReport, *, override: bool = False) -> list[_Source]:
    """The timelines to cut; one of several videos becomes one source per
    video (labelled ``STEM.ID``: its clips go to a folder of their own)."""
    from annotate import timeline as tl

    sources: list[_Source] = []
    for n, item in enumerate(_once(items, report), 1):
        if isinstance(item, Timeline):
            label = Path(item.origin).stem if item.origin else (item.title or f"timeline-{n}")
            loaded = _Source(label, item.origin, item)
        else:
            try:
                loaded = _Source(Path(item).stem, str(item), tl.load(item))
            except AnnotateError as exc:
                report.failed.append(Failure.of(str(item), str(item), exc))
                continue
        videos = loaded.timeline.videos
        if len(videos) > 1 and override:
            report.failed.append(Failure(loaded.path or loaded.label, f"--footage cuts one video; this timeline has "
                                         f"{len(videos)} ({', '.join(v.id for v in videos)})"))
        elif len(videos) > 1:
            sources += [_Source(f"{loaded.label}.{v.id}", loaded.path, loaded.timeline.for_video(v.id))
                        for v in videos]
        else:
            sources.append(loaded)
    return _told_apart(sources)


def _told_apart(sources: list[_Source]) -> list[_Source]:
    """``sources`` with the labels two of them share (``a/story.yaml`` and ``b/story.yaml``) made distinct in
    the order of their paths, not of the arguments (:func:`plan.unique`: ``story``, ``story-2``): each timeline
    keeps its folder and its clips whichever order it is given in, and the manifest's ``timeline`` tells
    them apart."""
    ranked = sorted(range(len(sources)), key=lambda i: (os.path.abspath(sources[i].path or ""), i))
    labels = dict(zip(ranked, plan.unique([sources[i].label for i in ranked]), strict=True))
    return [replace(s, label=labels[i]) if labels[i] != s.label else s for i, s in enumerate(sources)]


def _once(items: Sequence[Path | str | Timeline], report: ExportReport) -> list[Path | str | Timeline]:
    """``items`` with a file given again (by its real path: a glob plus its name, a symlink) left out, with a
    warning: cut twice, its clips went to a second folder (``story-2/``)."""
    kept: list[Path | str | Timeline] = []
    seen: dict[str, str] = {}
    for item in items:
        if not isinstance(item, Timeline):
            real = os.path.realpath(item)
            if real in seen:
                first = seen[real]
                report.warnings.append(f"{item}: given twice; cut once" if str(item) == first else
                                       f"{item}: the same file as {first}, given twice; cut once")
                continue
            seen[real] = str(item)
        kept.append(item)
    return kept


def clip_key(job_plan: plan.ClipPlan, footage_sha256: str, mode: str) -> str:
    """What decides a clip's content: if any of it changes, the clip is redone."""
    data = {"footage": footage_sha256, "start": round(job_plan.span.start, 6), "end": round(job_plan.span.end, 6),
            **cutter.settings(mode)}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def is_finished(folder: Path, entry: dict[str, Any] | None, key: str) -> bool:
    """A clip counts as done only if the manifest has it with the same key
    and the file on disk has the recorded size and hash."""
    if not entry or entry.get("key") != key:
        return False
    return as_recorded(folder / entry["file"], entry)


def refuse_foreign(folder: Path, recorded: Mapping[str, dict[str, Any]], names: Iterable[str]) -> None:
    """Raise before anything is cut when a clip of ``names`` (or its poster) would replace a file annotate
    did not write: only a file the manifest records under that name, with its size and sha256, is ours
    to replace (a user's own ``01-hi.mp4`` in the folder is refused as their ``contact-sheet.png`` is).
    ``recorded``: the manifest's clips as loaded."""
    named = journaled(folder)
    posters: dict[str, dict[str, Any]] = {}
    for entry in recorded.values():
        posters.setdefault(str(entry.get("poster")), entry)
    for name in names:
        for rel in (name, str(Path(name).with_suffix(POSTER_SUFFIX))):
            path = folder / rel
            if not os.path.lexists(path):
                continue
            refuse_input(path)  # the footage this run reads, under a clip's name: say that first
            if not _recorded_file(folder, recorded, posters, named, rel):
                what = "a clip" if rel == name else "a clip's poster"
                raise not_ours(path, f"{MANIFEST_JSON} records no file of its sha256 under this name", what=what)


def _recorded_file(folder: Path, recorded: Mapping[str, dict[str, Any]], posters: Mapping[str, dict[str, Any]],
                   named: Mapping[str, dict[str, Any]], rel: str) -> bool:
    """Whether ``rel`` is a clip the manifest records (by name) or a poster it records (``posters``: the
    entries by poster name), still as annotate wrote it (a poster of a manifest from before posters had a
    sha256: while its clip is), or one a killed run named before it could record it (``named``:
    :func:`manifest.journaled`)."""
    clip = rel if rel in named else str(Path(rel).with_suffix(plan.CLIP_EXTENSION))
    if clip in named:  # (a poster is made after its clip, and only where no file of the user's was)
        return as_recorded(folder / clip, named[clip])
    if (entry := recorded.get(rel)) is not None:
        return as_recorded(folder / rel, entry)
    if (entry := posters.get(rel)) is not None:
        if "poster_sha256" not in entry:
            return as_recorded(folder / str(entry["file"]), entry)
        return _digest_of(folder / rel) == entry["poster_sha256"]
    return False


def _digest_of(path: Path) -> str | None:
    try:
        return sha256(path) if path.is_file() and not path.is_symlink() else None
    except OSError:
        return None


def drop_stale(manifest: Manifest, folder: Path, current: Sequence[tuple[str, str]],
               planned: Mapping[str, tuple[str, str]] | None = None) -> list[str]:
    """Unlist every clip recorded by an earlier run that the timelines of this run do not have under
    that name (``current``: :func:`annotate.clips.plan.clip_names` of each): its moment was deleted,
    re-captioned or moved, or its name now belongs to another moment. The manifest is the evidence of
    where each clip came from, so it lists only clips of this run's timelines. A clip this run cuts
    again anyway (``planned``: name to moment id and :func:`clip_key`, the same moment, footage, span
    and mode) is renamed to its new name instead of cut again. Any other goes (with its poster) when it
    is still exactly what annotate wrote: kept, it would show a caption that no longer exists, under a
    number another moment now has. A file changed since is the user's now and is kept (one under a name
    this run cuts was refused before: :func:`refuse_foreign`). Returns one warning
    per clip, naming its file. Run before the manifest is saved: a run stopped in between
    leaves records of files moved or removed, which the next run drops as it drops any deleted clip."""
    owner, planned = dict(current), planned or {}
    stale = {name: entry for name, entry in manifest.clips.items()
             if owner.get(name) != str(entry.get("moment_id") or "")}
    for name in stale:
        del manifest.clips[name]
    wanted = {_same_clip(name, moment, key): name for name, (moment, key) in planned.items()
              if name not in manifest.clips}
    movable = {name: wanted[same] for name, entry in stale.items()
               if (same := _same_clip(name, str(entry.get("moment_id") or ""), str(entry.get("key")))) in wanted}
    notes = [_remove(folder, name, entry, _stale_what(name, entry, owner))
             for name, entry in stale.items() if name not in movable]
    for name, target in movable.items():
        moved = _move(folder, name, target, stale[name])
        if moved is None:
            notes.append(_remove(folder, name, stale[name], _stale_what(name, stale[name], owner)))
            continue
        manifest.clips[target] = moved
        notes.append(f"{name}: clip of moment {moved.get('moment_id') or '(no id)'} from an earlier run is now "
                     f"{target} (its moment was re-captioned or moved): renamed it and its poster, not cut again")
    return notes


def _same_clip(name: str, moment: str, key: str) -> tuple[str, str, str]:
    """What makes two clips one: the folder (the timeline's), the moment and the content's key."""
    return str(Path(name).parent), moment, key


def _stale_what(name: str, entry: dict[str, Any], owner: Mapping[str, str]) -> str:
    """The start of a left-over clip's warning: its file, its moment and why it is stale."""
    moment = str(entry.get("moment_id") or "") or "(no id)"
    why = ("no moment of this run's timelines has this name now: its moment was re-captioned, moved or "
           "deleted" if name not in owner else f"the name is now that of moment {owner[name] or '(no id)'}")
    return f"{name}: clip of moment {moment} from an earlier run ({why})"


def _move(folder: Path, name: str, target: str, entry: dict[str, Any]) -> dict[str, Any] | None:
    """Rename a left-over clip (and its poster) that is still as recorded to ``target``, a name no file
    holds; its entry under the new names, or None when it cannot be moved."""
    clip = _inside(folder, name, plan.CLIP_EXTENSION)
    new = folder / target
    if clip is None or os.path.lexists(new) or not as_recorded(clip, entry):
        return None
    try:
        os.replace(clip, new)
    except OSError:
        return None
    poster = _inside(folder, str(entry.get("poster") or ""), POSTER_SUFFIX)
    new_poster = new.with_suffix(POSTER_SUFFIX)
    if poster is not None and poster.with_suffix(plan.CLIP_EXTENSION) == clip:
        with contextlib.suppress(OSError):
            os.replace(poster, new_poster)
    return {**entry, "file": target, "poster": str(new_poster.relative_to(folder))}


def _remove(folder: Path, name: str, entry: dict[str, Any], what: str) -> str:
    """Remove a left-over clip and its poster if the file is still as recorded; the warning saying so.
    (A changed file under a name this run cuts never gets here: :func:`refuse_foreign` refused it.)"""
    clip = _inside(folder, name, plan.CLIP_EXTENSION)
    if clip is None and not os.path.lexists(folder / name):
        return f"{what}: its file is gone; unlisted it"
    if clip is None or not as_recorded(clip, entry):
        return f"{what}: changed since annotate wrote it, so kept; no longer in the manifest"
    try:
        clip.unlink()
    except OSError as exc:
        return f"{what}: cannot remove it ({os_reason(exc)}), so kept; no longer in the manifest"
    poster = _inside(folder, str(entry.get("poster") or ""), POSTER_SUFFIX)
    if poster is not None and poster.with_suffix(plan.CLIP_EXTENSION) == clip:
        with contextlib.suppress(OSError):
            poster.unlink()
    return f"{what}: removed it and its poster, and unlisted it"


def _inside(folder: Path, name: str, suffix: str) -> Path | None:
    """``folder / name`` if that is a regular file of ours by its place and suffix (a manifest names
    files relative to its folder; one edited to point elsewhere never gets a file removed)."""
    rel = Path(name)
    if not name or rel.is_absolute() or ".." in rel.parts or rel.suffix != suffix:
        return None
    path = folder / rel
    if path.is_symlink() or not path.is_file():
        return None
    return path


def keep_folders(folder: Path, subs: Iterable[str]) -> None:
    """Make this run's sub-folders (one per timeline or video), noted as annotate's, and remove the ones an
    earlier run made that are left empty now (an earlier run's ``story-2/`` whose clips went): only folders
    the record says annotate made (``owned.remove_empty_folders``), never a user's."""
    owned.remove_empty_folders(folder, subs)
    owned.make_owned_folders(folder, subs)


def clean_partials(folder: Path) -> None:
    """Remove what an interrupted (killed) run left behind: temporary clips
    and smart-cut work folders (runs into one folder hold its lock), and the :data:`manifest.JOURNAL` of
    clips named by the last run (call it after :func:`refuse_foreign`)."""
    remove_partials(folder)
    forget_journal(folder)


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder: {os_reason(exc)}", subject=folder) from exc
    if not folder.is_dir():
        raise OutputError("is not a folder", subject=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("output folder is not writable", subject=folder)


def make_clip(job: ClipJob, folder: Path, mode: str, progress: Callable[[float], None]) -> dict[str, Any]:
    """Cut one clip under a temporary name, check it, then give it its name."""
    p = job.plan
    final = folder / p.name
    named = moment_frame(job.table, p.moment.effective_start)
    with atomic_path(final) as tmp:
        result = cutter.cut(mode, job.table, p.span, tmp, final=str(final), progress=progress, poster_at=named)
        got = media.measure(tmp)
        frame = 1 / job.table.fps
        if abs(got.first_pts) > MAX_FIRST_PTS_FRAMES * frame:
            raise MediaError(f"first frame at {got.first_pts:.3f} s in the file, expected 0", subject=final)
        if result.frames is not None and got.frames != result.frames:
            raise MediaError(f"holds {got.frames} frames, expected {result.frames}", subject=final)
        size, digest = file_digest(tmp)
        journal_clip(folder, p.name, size, digest)
    poster_path = final.with_suffix(POSTER_SUFFIX)
    at = poster_offset(job.table, p.moment.effective_start, result.start, got.duration)
    # A smart cut's head usually holds the moment's frame (the pre-roll is before it): its poster is that
    # source frame as decoded for the head, so the written clip is not decoded again for it.
    kept = result.poster if abs(result.start + at - named) <= media.SAME_TIME_SECONDS else None
    sheet.poster(final, poster_path, at, image=kept)
    return {
        **described(p, job.key, job.timeline_path, job.footage),
        "mode": mode,
        "requested_start": round(p.span.start, 6),
        "requested_end": round(p.span.end, 6),
        "start": round(result.start, 6),
        "end": round(result.start + got.duration, 6),
        "duration": round(got.duration, 6),
        "frames": got.frames,
        "first_pts": round(got.first_pts, 6),
        "audio_duration": None if got.audio_duration is None else round(got.audio_duration, 6),
        "width": got.width,
        "height": got.height,
        "size": size,
        "sha256": digest,
        "footage_sha256": job.footage_sha256,
        "notes": [*p.notes, *result.notes],
        "commands": list(result.commands),
        "poster": str(poster_path.relative_to(folder)),
        "poster_sha256": sha256(poster_path),
        "poster_time": round(result.start + at, 6),
        "finished": now(),
    }


def moment_frame(table: media.FrameTable, moment: float) -> float:
    """The source time of the frame the moment names: its clip's poster."""
    return table.times[table.frame_at(moment)] if table.times else moment


def poster_offset(table: media.FrameTable, moment: float, clip_start: float, clip_duration: float) -> float:
    """Where in a clip its poster is: the source frame the moment names, in every mode. A copy clip's
    first keyframe may be seconds before the moment (another scene): decoding up to the moment costs
    at most a GOP more, and the poster and contact sheet then show what their label says."""
    named = moment_frame(table, moment)
    return min(max(0.0, named - clip_start), max(0.0, clip_duration - 1 / table.fps))


def described(p: plan.ClipPlan, key: str, timeline_path: str | None, footage: Path) -> dict[str, Any]:
    """What a manifest entry says of the moment and timeline a clip is of (not of its content, which
    ``key`` proves): set anew on every clip, reused ones too, so the record is of this run's timeline."""
    m = p.moment
    return {
        "file": p.name,
        "timeline": p.timeline,
        "timeline_path": timeline_path,
        "moment_id": m.id,
        "index": p.index,
        "moment_start": round(m.effective_start, 6),
        "moment_end": None if m.effective_end is None else round(m.effective_end, 6),
        "stated_start": m.start,
        "aligned": m.alignment is not None,
        "footage": str(footage.resolve()),
        "caption": m.caption,
        "quote": m.quote,
        "sentence": m.sentence,
        # Where the moment was read: the article (path or address), its publisher and the footage's credit.
        "sources": [{k: v for k, v in (("article", s.article), ("url", s.url), ("publisher", s.publisher),
                                       ("credit", s.credit)) if v} for s in p.sources],
        "tags": list(m.tags),
        "key": key,
    }


def write_contact_sheet(manifest: Manifest, folder: Path, title: str) -> Path | None:
    """``contact-sheet.png`` over every clip the manifest records."""
    tiles, out, full_title = contact_sheet_plan(manifest, folder, title)
    return sheet.contact_sheet(tiles, out, title=full_title)


def contact_sheet_plan(manifest: Manifest, folder: Path, title: str) -> tuple[list[sheet.Tile], Path, str]:
    """What ``sheet.contact_sheet`` draws for the manifest's clips: tiles,
    file and title (plain data: another process may draw it)."""
    tiles = [
        sheet.Tile(folder / c["poster"], f"{c['index']:02d} · {c['moment_id'] or '-'} · "
                   f"{format_clock(c.get('poster_time', c['start']), places=2)} · {c['duration']:.1f} s clip",
                   c.get("caption") or c.get("quote") or "")
        for c in sorted(manifest.clips.values(), key=lambda c: c["file"])
    ]
    return tiles, folder / CONTACT_SHEET, f"{title} · {len(tiles)} clip(s)"


def export(
    timelines: Sequence[Path | str | Timeline],
    out_dir: str | os.PathLike[str],
    *,
    mode: str = "exact",
    pad: tuple[float, float] | None = None,
    only: Sequence[str] | None = None,
    workers: int | None = None,
    footage: str | os.PathLike[str] | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> ExportReport:
    """One clip per moment of every timeline into ``out_dir`` (a sub-folder
    per timeline when there are several), with posters, a contact sheet and
    a manifest. Resumable: clips the manifest proves finished are kept.
    Problems with one timeline or clip are reported, not raised, so the rest
    still gets done; check ``report.ok``; with no clip to cut and no folder
    there, none is made (``report.manifest`` None). ``on_progress`` is called (from
    worker threads, one at a time) with the fraction of the footage cut."""
    if mode not in cutter.MODES:
        raise InputError(f"unknown mode {mode!r}: use one of {', '.join(cutter.MODES)}", subject="--mode")
    if pad is not None and (len(pad) != 2 or min(pad) < 0):
        raise InputError(f"padding must be two times >= 0, got {pad}", subject="--pad")
    folder = Path(out_dir).absolute()
    # The timelines are read before the folder is made: with none readable there is nothing to record.
    report = ExportReport(folder, mode)
    sources = _load(timelines, report, override=footage is not None)
    if not sources:
        return report  # (report.manifest None: no folder, no manifest)
    plan.check_names([m for s in sources for m in s.timeline.moments], only,
                     where=", ".join(s.path or s.label for s in sources))  # raises: a name no moment has
    # The footage is read before the folder is made too: with no clip to cut there is nothing to record
    # (a folder made before keeps its manifest, which then lists what failed). The record lists every
    # failed input: the timelines not read, then the footage not read and the moments not cut.
    failed = {f.what: {"timeline": f.what, "reason": f.reason} for f in report.failed}
    jobs, current, not_planned = _plan_jobs(sources, footage, pad, only, mode, report)
    every_read = current is not None and not failed  # (else what is stale cannot be told)
    failed.update(not_planned)
    if not jobs and report.failed and not folder.exists():
        return report
    _check_folder(folder)

    def waiting() -> None:
        warnings.warn(f"another run is writing to {folder}; waiting for it to finish", BusyWarning, stacklevel=2)

    # Two runs into one folder take turns: the second finds the first's clips
    # finished (by hash) instead of deleting its temporary files.
    with folder_lock(folder, on_wait=waiting):
        return _export(sources, report, jobs, current if every_read else None, failed, mode, only, workers,
                       on_progress)


def _export(
    sources: list[_Source], report: ExportReport, jobs: list[ClipJob], current: list[tuple[str, str]] | None,
    failed: Mapping[str, dict[str, Any]], mode: str, only: Sequence[str] | None, workers: int | None,
    on_progress: Callable[[float], None] | None,
) -> ExportReport:
    folder = report.folder
    manifest, warning = Manifest.load(folder)
    if warning:
        report.warnings.append(warning)
    recorded = dict(manifest.clips)
    # Entries whose clip was deleted since are dropped from the record.
    manifest.clips = {name: c for name, c in manifest.clips.items() if (folder / name).is_file()}
    manifest.failed.update(failed)
    refuse_foreign(folder, recorded, [j.plan.name for j in jobs])
    if sources and not jobs and not report.failed:
        every = [m for s in sources for m in s.timeline.moments]
        plan.check_selection(every, only, where=", ".join(s.path or s.label for s in sources))  # raises
    if current is not None:  # (None: a run that could not read every timeline cannot tell what is stale)
        report.warnings.extend(drop_stale(manifest, folder, current,
                                          {j.plan.name: (j.plan.moment.id, j.key) for j in jobs}))
    todo = _unfinished(jobs, folder, manifest, report)
    sub_folders = {j.plan.folder for j in jobs}
    manifest.save()  # (before the journal goes: the clips a killed run journaled are in it now)
    for sub_folder in {folder, *(folder / sub for sub in sub_folders)}:
        clean_partials(sub_folder)
    keep_folders(folder, sub_folders)
    report.manifest = folder / MANIFEST_JSON
    try:
        _run_jobs(todo, folder, mode, manifest, report, workers, on_progress)
    finally:  # once, also when interrupted: each clip was journaled as it finished
        manifest.save()
    try:
        with collected(report.warnings, FontWarning):  # (glyphs the sheet cannot draw)
            report.contact_sheet = write_contact_sheet(manifest, folder, f"annotate clips · {mode}")
    except (OSError, AnnotateError) as exc:
        report.failed.append(Failure(CONTACT_SHEET, str(exc)))
    forget_journal(folder)  # every clip named is recorded now
    return report


def _plan_jobs(sources: list[_Source], footage: str | os.PathLike[str] | None, pad: tuple[float, float] | None,
               only: Sequence[str] | None, mode: str, report: ExportReport,
               ) -> tuple[list[ClipJob], list[tuple[str, str]] | None, dict[str, dict[str, Any]]]:
    """The clips to have, the name and moment of every clip the timelines may hold
    (:func:`plan.clip_names`; None when one of them could not be planned), and the manifest's
    ``failed`` entries of what could not be planned (added to ``report.failed`` too). Reads the
    footage only, so it runs before the output folder is made."""
    from annotate.timeline import footage_changed, footage_path

    subfolders = plan.folder_names([s.label for s in sources]) if sources else []
    tables: dict[str, tuple[media.FrameTable, str]] = {}
    jobs: list[ClipJob] = []
    current: list[tuple[str, str]] | None = []
    failed: dict[str, dict[str, Any]] = {}
    for source, sub in zip(sources, subfolders):
        try:
            video = footage_path(source.timeline, footage).resolve()
            resolved = str(video)
            if resolved not in tables:
                probe(video)  # clear errors for truncated, empty or non-video files
                tables[resolved] = media.footage_facts(video)
            table, digest = tables[resolved]
            if (changed := footage_changed(source.timeline.footage, video, digest=digest)) is not None:
                report.warnings.append(f"{source.label}: {changed}")
            plans, skipped = plan.plan_timeline(source.timeline, label=source.label, folder=sub,
                                                footage_duration=table.duration, pad=pad, only=only,
                                                strict=False)
        except AnnotateError as exc:
            failure = Failure.of(f"timeline {source.path or source.label}", str(source.path), exc)
            report.failed.append(failure)
            failed[failure.what] = {"timeline": source.path or source.label, "reason": failure.reason}
            current = None
            continue
        if current is not None:
            current += plan.clip_names(source.timeline, sub)
        report.warnings.extend(f"{source.label}: {w}" for w in plan.duplicate_captions(source.timeline.moments)
                               + plan.unplaced_notes(source.timeline.moments, only))
        for s in skipped:
            report.failed.append(Failure(f"timeline {s.timeline}, moment {s.moment_id}", s.reason))
            failed[f"{s.timeline}/{s.moment_id}"] = {
                "timeline": s.timeline, "moment_id": s.moment_id, "reason": s.reason}
        for p in plans:
            report.warnings.extend(f"{p.name}: {note}" for note in p.notes)
            jobs.append(ClipJob(p, table, video, digest, source.path, clip_key(p, digest, mode)))
    return jobs, current, failed


def _unfinished(jobs: list[ClipJob], folder: Path, manifest: Manifest, report: ExportReport) -> list[ClipJob]:
    """The jobs still to cut: a clip the manifest proves finished is reused (its poster redrawn if gone)."""
    todo: list[ClipJob] = []
    for job in jobs:
        entry = manifest.clips.get(job.plan.name)
        if entry is not None and is_finished(folder, entry, job.key):
            entry = {**entry, **described(job.plan, job.key, job.timeline_path, job.footage)}
            manifest.clips[job.plan.name] = entry
            report.reused.append(entry)
            if not (folder / entry["poster"]).exists():
                at = poster_offset(job.table, job.plan.moment.effective_start, entry["start"], entry["duration"])
                sheet.poster(folder / job.plan.name, folder / entry["poster"], at)
                entry["poster_time"] = round(entry["start"] + at, 6)
                entry["poster_sha256"] = sha256(folder / entry["poster"])
        else:
            manifest.clips.pop(job.plan.name, None)
            todo.append(job)
    return todo


def _run_jobs(todo: list[ClipJob], folder: Path, mode: str, manifest: Manifest, report: ExportReport,
              workers: int | None, on_progress: Callable[[float], None] | None) -> None:
    if not todo:
        return
    total = sum(j.plan.span.end - j.plan.span.start for j in todo) or 1.0
    lock = threading.Lock()
    cancel = threading.Event()
    cut_seconds = [0.0]  # of footage, over every clip: the fraction reported

    def job_run(job: ClipJob) -> dict[str, Any]:
        if cancel.is_set():
            raise KeyboardInterrupt
        length = job.plan.span.end - job.plan.span.start
        shown = [0.0]

        def advance(fraction: float) -> None:
            step = min(fraction, 1.0) * length - shown[0]
            if step > 0:
                shown[0] += step
                with lock:
                    cut_seconds[0] += step
                    if on_progress is not None:
                        on_progress(min(1.0, cut_seconds[0] / total))

        try:
            return make_clip(job, folder, mode, advance)
        finally:
            advance(1.0)

    count, capped = worker_count(workers, len(todo))
    if capped:
        report.warnings.append(capped)
    pool = cf.ThreadPoolExecutor(max_workers=count, thread_name_prefix="clip")
    futures = {pool.submit(job_run, job): job for job in todo}

    def settle(future: cf.Future[dict[str, Any]]) -> None:
        job = futures[future]
        try:
            entry = future.result()
        except (AnnotateError, OSError) as exc:
            reason = str(exc) if isinstance(exc, AnnotateError) else os_reason(exc)
            report.failed.append(Failure(job.plan.name, reason))
            manifest.fail(job.plan.name, {"file": job.plan.name, "timeline": job.plan.timeline,
                                          "moment_id": job.plan.moment.id, "reason": reason}, save=False)
            return
        journal_entry(folder, entry)
        manifest.record(entry, save=False)
        report.written.append(entry)

    def stop() -> None:
        # Signals reach only this thread: stop queued jobs, kill running
        # ffmpeg children (their partial files are removed by atomic_path).
        cancel.set()
        pool.shutdown(wait=False, cancel_futures=True)
        ffmpeg.stop_all()

    def stopped(pending: set[cf.Future[dict[str, Any]]]) -> None:
        # Clips that were complete when the signal came are recorded, not lost.
        for future in pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                journal_entry(folder, future.result())
                manifest.record(future.result(), save=False)
                report.written.append(future.result())

    try:
        wait_all(futures, settle, stop=stop, grace_seconds=STOP_GRACE_SECONDS, stopped=stopped)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
