"""Run a job file: build each story's timeline once here, plan one task per
output, skip outputs proven finished by their hashes, run the rest on a
local process pool or a Dask cluster through one concurrent.futures code
path, and gather results, failures and timings into a report."""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotate import __version__, owned
from annotate.atomic import folder_lock, make_folder, remove_partials, write_text
from annotate.batch.jobs import JobFile, JobFileError, Story
from annotate.batch.jobs import load as load_jobs
from annotate.batch.tasks import (
    PROGRESS_TOPIC,
    Task,
    execute,
    file_record,
    init_local_worker,
    running_part,
    warm_up,
)
from annotate.children import worker_count
from annotate.errors import AnnotateError, InputError, OutputError, ToolError, collected, os_reason
from annotate.escape import json_text
from annotate.inputs import noted
from annotate.model import Timeline
from annotate.owned import as_recorded
from annotate.pool import LocalPool, interrupt, wait_all

REPORT_JSON = "batch-report.json"
STATE_JSON = "batch-state.json"
REPORT_VERSION = 1
TIMELINE_FILE = "timeline.yaml"
CLIPS_FOLDER = "clips"
REVIEW_FOLDER = "review"
RENDER_FILE = "render.mp4"
# After Ctrl-C, how long running tasks get to stop (their ffmpeg got the
# signal too) before the pool is torn down.
STOP_GRACE_SECONDS = 10.0
SCHEDULER_TIMEOUT_SECONDS = 15
# How long a scheduler address gets to connect and answer distributed's handshake.
SCHEDULER_CONNECT_SECONDS = 5
# Longest work first: a late render would otherwise run alone at the end.
KIND_ORDER = {"render": 0, "review": 1, "clip": 2, "subtitles": 3}
# How long results may wait in memory before the clip manifests and the
# batch state are rewritten (a rewrite per result cost the main process more
# than recording it). A run killed meanwhile redoes those outputs: a file
# with no record is never trusted.
FLUSH_SECONDS = 1.0


@dataclass
class Item:
    """One planned output (or a story that could not be planned) and what became of it."""

    id: str
    story: str
    kind: str
    status: str = "pending"  # written | reused | failed | cancelled
    files: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None
    seconds: float | None = None
    worker: str | None = None


@dataclass
class BatchReport:
    job_file: Path
    out: Path
    executor: str
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    report_path: Path | None = None

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def work(self) -> dict[str, tuple[int, float]]:
        """Per kind of output: how many were made in this run and the seconds they took in the workers."""
        kinds: dict[str, tuple[int, float]] = {}
        for i in self.items:
            if i.status == "written":
                n, seconds = kinds.get(i.kind, (0, 0.0))
                kinds[i.kind] = (n + 1, seconds + (i.seconds or 0.0))
        return kinds

    @property
    def ok(self) -> bool:
        return not self.interrupted and all(i.status in ("written", "reused") for i in self.items)

    def to_data(self) -> dict[str, Any]:
        return {
            "report_version": REPORT_VERSION,
            "annotate": __version__,
            "job_file": str(self.job_file),
            "out": str(self.out),
            "executor": self.executor,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
            "counts": {s: self.count(s) for s in ("written", "reused", "failed", "cancelled")},
            "task_seconds": round(sum(i.seconds or 0.0 for i in self.items), 3),
            "work": {k: {"made": n, "seconds": round(t, 3)} for k, (n, t) in self.work().items()},
            "warnings": self.warnings,
            "items": [asdict(i) for i in self.items],
        }


def _digest(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _proven(out: Path, record: dict[str, Any] | None, key: str) -> bool:
    """An output counts as finished only if the state has it under the same
    key and every file it wrote has the recorded size and sha256."""
    if not record or record.get("key") != key or not record.get("files"):
        return False
    for f in record["files"]:
        path = out / f["file"]
        try:
            if path.stat().st_size != f["size"] or file_record(path, out)["sha256"] != f["sha256"]:
                return False
        except OSError:
            return False
    return True


def _timeline_for(story: Story, folder: Path, warn: Callable[[str], None]) -> Timeline:
    """Build (article) or copy (timeline) the story's timeline, with the
    footage named by absolute path, and save it as OUT/<story>/timeline.yaml."""
    from annotate import timeline as tl
    from annotate.timeline.make import make_timeline

    target = folder / TIMELINE_FILE
    loaded = tl.load(story.timeline) if story.article is None and story.timeline is not None else None
    # (before the footage is probed and hashed: a path the story's timeline cannot hold fails the story at once)
    tl.refuse_unrecordable_files(_files(story, loaded), target, elsewhere=_INSIDE)
    if story.article is not None:
        notes: list[str] = []
        with collected(notes):
            built = make_timeline(str(story.article), footage=[f"{name}={path}" if name else str(path)
                                                                for name, path in story.footage] or None)
        for note in notes:
            warn(note)
    else:
        assert loaded is not None
        built = _with_footage(loaded, story)
    built = replace(built, videos=tuple(replace(v, path=str(Path(v.path).absolute())) if v.path else v
                                        for v in built.videos))
    try:
        unchanged = target.is_file() and tl.to_data(tl.load(target)) == tl.to_data(built)
    except AnnotateError:
        unchanged = False
    if not unchanged:  # (re-saving an equal timeline may still change its spelling, e.g. quotes)
        dropped: list[str] = []
        with collected(dropped):  # the moments of the earlier file that it drops, named in the report
            tl.update(built, target, source=story.article or story.timeline or story.name,
                      keep_edits=story.article is not None)
        for note in dropped:
            warn(note)
    return tl.load(target)


# What helps a story's timeline (OUT/<story>/timeline.yaml) record footage in a folder whose name is not UTF-8.
_INSIDE = "give batch -o a folder inside it"


def _files(story: Story, loaded: Timeline | None) -> list[str]:
    """The local footage files the story's timeline will record (:func:`_with_footage`), found without a probe:
    the story's own, and the videos of its timeline file that they do not replace."""
    from annotate.timeline import footage_location

    given = [str(path) for _, path in story.footage if isinstance(path, Path)]
    if loaded is None or (len(loaded.videos) <= 1 and story.footage):
        return given
    named = {name for name, _ in story.footage}
    return given + [str(footage_location(v, loaded.origin)) for v in loaded.videos if v.path and v.id not in named]


def _with_footage(built: Timeline, story: Story) -> Timeline:
    """A timeline story's videos found from the timeline file's folder, or
    replaced by the story's ``footage`` (probed): with one video, any one
    file; with several, each named by its id (``ID=FILE`` or a mapping)."""
    from annotate import timeline as tl
    from annotate.timeline.make import probe_footage

    if len(built.videos) <= 1 and len(story.footage) <= 1:
        override = story.footage[0][1] if story.footage else None
        if override is None and not (built.footage and built.footage.path):
            return built
        if isinstance(override, str):  # a URL: downloaded once into the cache, as `timeline --footage` does
            return built.with_footage(probe_footage(override))
        video = tl.footage_path(built, override).absolute()
        if built.footage is not None and override is None:
            return built.with_footage(replace(built.footage, path=str(video)))
        return built.with_footage(probe_footage(str(video)))
    ids = [v.id for v in built.videos]
    given = dict(story.footage)
    wrong = [name or str(path) for name, path in story.footage if name not in ids]
    if wrong:
        raise InputError(f"footage {wrong[0]!r} names none of the timeline's videos ({', '.join(ids)}): "
                         "give each as ID=FILE or a mapping of id to file", subject=story.timeline)
    videos = []
    for v in built.videos:
        if v.id in given:
            videos.append(replace(probe_footage(str(given[v.id])), id=v.id))
        elif v.path:
            videos.append(replace(v, path=str(tl.footage_path(built, video=v).absolute())))
        else:
            videos.append(v)
    return replace(built, videos=tuple(videos))


@dataclass(frozen=True)
class _Video:
    """One video of a story as the planner sees it: its one-video timeline,
    the names its outputs get and the ``video`` argument of its tasks."""

    timeline: Timeline
    id: str | None  # None: the story's only video (outputs named as before several existed)
    suffix: str  # "" or "/ID" after a task id
    clips_label: str
    clips_folder: str  # sub-folder of the story's clips folder ("" for one video)

    def named(self, file_name: str) -> str:
        from annotate.timeline import output_for

        return file_name if self.id is None else output_for(file_name, self.id).name


def _videos(story: Story, timeline: Timeline) -> list[_Video]:
    """The story's videos, named as the one-story commands name them:
    ``story.ID.srt``, clips in a folder per video (``annotate clips``)."""
    from annotate.clips.plan import folder_names

    if len(timeline.videos) <= 1:
        return [_Video(timeline, None, "", story.name, "")]
    labels = [f"{story.name}.{v.id}" for v in timeline.videos]
    return [_Video(timeline.for_video(v.id), v.id, f"/{v.id}", label, sub)
            for v, label, sub in zip(timeline.videos, labels, folder_names(labels))]


class _Planner:
    def __init__(self, out: Path, state: dict[str, Any], report: BatchReport) -> None:
        self.out = out
        self.state = state
        self.report = report
        self.tasks: list[tuple[Task, Item]] = []
        self.manifests: dict[str, tuple[Any, Path, str]] = {}
        self.sheets_made: set[str] = set()

    def _add(self, task: Task, writes: Path | None = None) -> None:
        """Plan ``task``, reused when proven finished. ``writes``: the one file it writes in its story's
        folder, which it may replace only while that is still the file annotate wrote there (the folder's
        record, or this output's in the batch state: a folder of an earlier version has only that), by the
        rule the review page's files and the clips are kept by (annotate.owned): a file the user edited or
        put under the name since is refused, never written over."""
        recorded = self.state.get(task.id)
        if _proven(self.out, recorded, task.key):
            self.report.items.append(Item(task.id, task.story, task.kind, status="reused",
                                          files=(recorded or {}).get("files", [])))
            return
        if writes is not None and not any(self.out / f.get("file", "") == writes and as_recorded(writes, f)
                                          for f in (recorded or {}).get("files", [])):
            try:
                owned.refuse_foreign(writes.parent, [writes.name], hint="move {them} away, or name another "
                                     "output folder")
            except AnnotateError as exc:
                self.fail(task.id, task.story, task.kind, str(exc))
                return
        item = Item(task.id, task.story, task.kind)
        self.report.items.append(item)
        self.tasks.append((task, item))

    def fail(self, item_id: str, story: str, kind: str, reason: str) -> None:
        self.report.items.append(Item(item_id, story, kind, status="failed", reason=reason))

    def story(self, story: Story) -> None:
        folder = self.out / story.name
        remove_partials(folder, recursive=True)
        warnings = self.report.warnings
        try:
            make_folder(folder, ours=True)  # a planted link there is refused
            timeline = _timeline_for(story, folder, lambda m: warnings.append(f"{story.name}: {m}"))
        except AnnotateError as exc:
            self.fail(f"{story.name}/timeline", story.name, "timeline", str(exc))
            return
        tl_path = str(folder / TIMELINE_FILE)
        from annotate.timeline import to_data

        videos = _videos(story, timeline)
        o = story.outputs
        for fmt in o.subtitles:
            for v in videos:
                out_file = folder / v.named(f"{story.name}.{fmt}")
                v_sha = _digest(to_data(v.timeline))  # the content, not its spelling
                task = Task(f"{story.name}/subtitles/{fmt}{v.suffix}", story.name, "subtitles", tl_path,
                            {"out": str(out_file), "format": fmt, "video": v.id},
                            _digest(["subtitles", fmt, v_sha, __version__]))
                self._add(task, out_file)
        wants_footage = o.clips is not None or o.render or o.review
        if not wants_footage:
            return
        from annotate import timeline as tl
        from annotate.batch import clip_task

        paths: list[Path] = []
        video_shas: list[str] = []
        try:
            for v in videos:
                video = tl.footage_path(v.timeline).absolute()
                video_shas.append(clip_task.footage_sha256(video))
                paths.append(video)
        except (AnnotateError, OSError) as exc:
            reason = str(exc) if isinstance(exc, AnnotateError) else f"{video}: {exc}"
            for kind, wanted in (("clips", o.clips), ("render", o.render), ("review", o.review)):
                if wanted:
                    self.fail(f"{story.name}/{kind}", story.name, kind, reason)
            return
        tl_sha = _digest(to_data(timeline))
        if o.render:
            for v, video_sha in zip(videos, video_shas):
                out_file = folder / v.named(RENDER_FILE)
                v_sha = _digest(to_data(v.timeline))
                task = Task(f"{story.name}/render{v.suffix}", story.name, "render", tl_path,
                            {"out": str(out_file), "video": v.id}, _digest(["render", v_sha, video_sha, __version__]))
                self._add(task, out_file)
        if o.review:  # one review folder: a page per video with a switcher when there are several
            task = Task(f"{story.name}/review", story.name, "review", tl_path,
                        {"out": str(folder / REVIEW_FOLDER), "pictures": o.review_pictures},
                        _digest(["review", tl_sha, *video_shas, o.review_pictures, __version__]))
            self._add(task)
        if o.clips is not None:
            self._clips(story, videos, tl_path, paths, folder / CLIPS_FOLDER)

    def _clips(self, story: Story, videos: list[_Video], tl_path: str, paths: list[Path], folder: Path) -> None:
        from annotate.batch import clip_task
        from annotate.clips import plan

        c = story.outputs.clips
        assert c is not None
        job_file = self.report.job_file

        def only_key(message: str) -> JobFileError:  # an error of ``only`` names the job file's key, not --only
            return JobFileError(message, path=job_file, story=story.name, field=f"{c.key}.only")

        try:
            every = [m for v in videos for m in v.timeline.moments]
            plan.check_names(every, c.only, error=only_key)  # raises: a name no moment of the story has
            make_folder(folder, ours=True)
            planned: list[tuple[_Video, Path, Any, str]] = []
            skipped: list[Any] = []
            for v, video in zip(videos, paths):
                # ``only`` picks among all the story's moments: a video may hold none of them.
                made, missed = clip_task.plan_clips(v.timeline, v.clips_label, video, c.pad, c.only, c.mode,
                                                    v.clips_folder)
                planned += [(v, video, p, key) for p, key in made]
                skipped += missed
            if not planned and not skipped:
                plan.check_selection(every, c.only, where=story.name, error=only_key)  # raises: no clip at all
            self.report.warnings.extend(f"{story.name}: {w}" for w in plan.unplaced_notes(every, c.only))
        except AnnotateError as exc:
            self.fail(f"{story.name}/clips", story.name, "clips", str(exc))
            return
        except OSError as exc:
            self.fail(f"{story.name}/clips", story.name, "clips", f"{folder}: {os_reason(exc)}")
            return
        manifest, warning = clip_task.load_manifest(folder)
        if warning:
            self.report.warnings.append(warning)
        try:
            clip_task.refuse_foreign(folder, manifest, [p.name for _v, _video, p, _key in planned])
        except AnnotateError as exc:
            self.fail(f"{story.name}/clips", story.name, "clips", str(exc))
            return
        for sub in {folder, *(folder / v.clips_folder for v in videos)}:
            clip_task.clean_partials(sub)
        self.manifests[story.name] = (manifest, folder, c.mode)
        for s in skipped:
            self.fail(f"{story.name}/clip/{s.moment_id}", story.name, "clip", s.reason)
        rel = folder.relative_to(self.out)
        stale = clip_task.drop_stale(manifest, folder, [(v.timeline, v.clips_folder) for v in videos],
                                     [(p, key) for _v, _video, p, key in planned])
        self.report.warnings.extend(f"{story.name}: {rel}/{w}" for w in stale)
        clip_task.keep_folders(folder, [v.clips_folder for v in videos])
        redone = bool(stale)
        for v, video, p, key in planned:
            task = Task(f"{story.name}/clip/{p.name}", story.name, "clip", tl_path,
                        {"label": v.clips_label, "footage": str(video), "name": p.name, "folder": str(folder),
                         "mode": c.mode, "pad": c.pad, "only": c.only, "video": v.id, "sub": v.clips_folder},
                        key)
            entry = manifest.clips.get(p.name)
            if entry is not None and clip_task.finished(folder, entry, key):
                if (fresh := clip_task.refreshed(entry, p, key, tl_path, video)) != entry:
                    manifest.clips[p.name] = entry = fresh
                    redone = True
                item = Item(task.id, story.name, "clip", status="reused",
                            files=[{"file": str(rel / entry["file"]), "size": entry["size"],
                                    "sha256": entry["sha256"]}])
                self.report.items.append(item)
            else:
                redone |= manifest.clips.pop(p.name, None) is not None
                item = Item(task.id, story.name, "clip")
                self.report.items.append(item)
                self.tasks.append((task, item))
        if redone:  # (a record of a clip now to be redone goes at once; a new folder has none)
            manifest.save()


def _load_state(out: Path, report: BatchReport) -> dict[str, Any]:
    """The outputs an earlier run recorded in ``out``. A batch-state.json or
    batch-report.json that this tool did not write (a folder of the user's
    own) is refused, never replaced."""
    records = {STATE_JSON: "state_version", REPORT_JSON: "report_version"}
    found: dict[str, dict[str, Any]] = {}
    for name, marker in records.items():
        path = out / name
        if not path.exists():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _not_ours(path, f"not JSON: {exc}") from None
        if not isinstance(data, dict) or marker not in data:
            raise _not_ours(path, f"no {marker!r}")
        found[name] = data
    outputs = found.get(STATE_JSON, {}).get("outputs", {})
    if not isinstance(outputs, dict):
        report.warnings.append(f"{out / STATE_JSON}: its outputs are not a mapping; outputs will be redone")
        return {}
    return outputs


def _not_ours(path: Path, why: str) -> OutputError:
    return OutputError(f"is not a batch record of annotate ({why}); refusing to replace it: name another "
                       "output folder, or move it away", subject=path)


def _save_state(out: Path, state: dict[str, Any]) -> None:
    write_text(out / STATE_JSON, json.dumps({"state_version": 1, "outputs": state}, indent=1, sort_keys=True) + "\n")


def _local_pool(n: int, slots: Any) -> LocalPool:
    """A local spawn process pool of ``n`` processes, started on demand (one
    per submission that finds none idle), each reporting its task's progress
    in one of ``slots`` (:func:`_progress_slots`, at least ``n`` of them)."""
    return LocalPool(max_workers=n, mp_context=multiprocessing.get_context("spawn"),
                     initializer=init_local_worker, initargs=(os.getpid(), *slots))


def _progress_slots(n: int) -> tuple[Any, Any]:
    """Shared memory for ``n`` local workers' progress (see
    :func:`annotate.batch.tasks.report_progress`): a double per worker, -1
    while it has reported nothing, and the count of slots taken."""
    context = multiprocessing.get_context("spawn")
    return context.RawArray("d", [-1.0] * n), context.Value("i", 0)


def _dask(scheduler: str) -> tuple[cf.Executor, Any, str]:
    """A Dask cluster's concurrent.futures executor (``Client.get_executor``)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - the test extra brings it
        raise ToolError("--scheduler needs dask.distributed (the distributed extra): "
                        "pip install 'annotate[distributed]'") from exc
    _check_scheduler(scheduler)
    try:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ToolError(f"cannot reach the Dask scheduler: {exc}", subject=scheduler) from None
    n = len(client.scheduler_info(n_workers=-1).get("workers", {}))
    return client.get_executor(pure=False), client, f"dask {scheduler} ({n} worker(s) at start)"


def _check_scheduler(address: str) -> None:
    """Refuse, within seconds and in one line, an address that does not
    answer as a Dask scheduler, before a Client is made for it. distributed
    waits for the scheduler's handshake without a limit (a web server on the
    port hangs it), reads any peer's first bytes as a frame size (an HTTP
    reply asks for exabytes: MemoryError), and a Client that failed half-way
    stalls the exit for 30 s closing itself, with a traceback."""
    from distributed.comm import registry
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, where = parse_address(address)
        registry.get_backend(scheme)
        if scheme in ("tcp", "tls"):
            parse_host_port(where)  # a host and a port, as distributed's connectors read them
    except ValueError as exc:
        raise InputError(f"not a Dask scheduler address (tcp://HOST:PORT): {exc}", subject=address) from None
    with cf.ThreadPoolExecutor(1) as thread:  # its own event loop, even when the caller runs one
        try:
            thread.submit(asyncio.run, _handshake(address)).result()
        except (TimeoutError, asyncio.TimeoutError):
            raise ToolError(f"no answer as a Dask scheduler within {SCHEDULER_CONNECT_SECONDS} s",
                            subject=address) from None
        except OSError as exc:  # refused, unreachable, closed during the handshake
            raise ToolError(f"cannot reach the Dask scheduler: {exc}", subject=address) from None
        except Exception:  # noqa: BLE001 - whatever distributed's reader makes of a peer that is no scheduler
            raise ToolError("does not answer as a Dask scheduler: its reply is not Dask's protocol (another "
                            "service on that port?)", subject=address) from None


async def _handshake(address: str) -> None:
    """Connect to ``address`` and exchange distributed's handshake (with the
    client's security settings, as the Client would), all within the limit."""
    from distributed.comm import connect
    from distributed.security import Security

    args = Security().get_connection_args("client")
    comm = await asyncio.wait_for(connect(address, timeout=SCHEDULER_CONNECT_SECONDS, **args),
                                  SCHEDULER_CONNECT_SECONDS)
    await comm.close()


@contextlib.contextmanager
def _sigint_held(executor: cf.Executor) -> Iterator[None]:
    """A local pool starts its processes while tasks are submitted: they
    inherit SIGINT blocked, and unblock it in their initializer. Here a
    Ctrl-C meanwhile is only held back until the submissions are done."""
    if not isinstance(executor, LocalPool):
        yield
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, AnnotateError):
        return str(exc)
    name = type(exc).__name__
    if name == "KilledWorker":
        return "the task's worker died every time it ran it (KilledWorker): too little memory, or a crash"
    if name == "BrokenProcessPool":
        return "a worker process died (out of memory or killed); re-run to resume"
    if isinstance(exc, OSError):
        return f"{getattr(exc, 'filename', '') or ''}: {os_reason(exc)}".lstrip(": ")
    return f"{name}: {exc}"


def run(
    job_file: str | os.PathLike[str] | JobFile,
    out_dir: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    on_progress: Callable[[float], None] | None = None,
    on_result: Callable[[Item], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> BatchReport:
    """Make every output the job file asks for under ``out_dir``.

    Resumable: outputs whose files match the recorded hashes are kept.
    Failures of single items are reported, not raised; check ``report.ok``.
    ``on_progress`` gets the fraction of tasks finished and ``on_result``
    each item, in this process, as it finishes; two runs
    into one folder take turns (``on_wait`` is called if this one waits)."""
    started = time.perf_counter()
    jobs = job_file if isinstance(job_file, JobFile) else load_jobs(job_file)
    out = Path(out_dir).absolute()
    report = BatchReport(jobs.path, out, "")
    # Reach the cluster first: an unreachable scheduler should cost nothing.
    executor, client, report.executor = _dask(scheduler) if scheduler else (None, None, "")
    try:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder: {os_reason(exc)}", subject=out) from exc
        if not out.is_dir() or not os.access(out, os.W_OK | os.X_OK):
            raise OutputError("is not a writable folder", subject=out)
        with folder_lock(out, on_wait=on_wait):
            return _locked_run(jobs, out, report, executor, client, workers, on_progress, on_result, started)
    finally:
        if executor is not None and client is not None and client.status not in ("closing", "closed"):
            _shutdown(executor, client)  # (not reached the run: e.g. the folder was unusable)


def _locked_run(jobs: JobFile, out: Path, report: BatchReport, executor: cf.Executor | None, client: Any,
                workers: int | None, on_progress: Callable[[float], None] | None,
                on_result: Callable[[Item], None] | None,
                started: float) -> BatchReport:
    """Plan and run, holding the output folder's lock. A local pool is
    started before planning when the folder is new (every output is to be
    made), or else as soon as the stories planned so far have a task for
    each of its processes, so that they start (a fresh interpreter and its
    imports each) while the stories are planned; each story's tasks are
    handed over as soon as it is planned (longest kinds first), so the
    first ones run while the other stories are planned."""
    state = _load_state(out, report)
    planner = _Planner(out, state, report)
    gather = _Gather(planner, out, on_progress, on_result)
    gather.executor = executor
    if client is not None and on_progress is not None:
        gather.listen(client)
    most, _ = worker_count(workers, sys.maxsize)
    least, kinds = _fresh_work(jobs, out) if executor is None else (0, ())
    slots = _progress_slots(most) if executor is None else None
    gather.slots = None if slots is None else slots[0]
    try:
        if least >= most:
            gather.executor = _local_pool(most, slots)
            _warm_up(gather.executor, most, kinds)
        try:
            for story in jobs.stories:
                planner.story(story)
                if gather.executor is None and len(planner.tasks) >= most:
                    gather.executor = _local_pool(most, slots)
                    _warm_up(gather.executor, most, tuple(sorted({task.kind for task, _ in planner.tasks})))
                gather.hand_over()
        except KeyboardInterrupt:
            gather.interrupt()  # (what already ran is recorded)
            raise
        if not planner.tasks:
            report.executor = "none (nothing to do)"
            return report
        if client is None:  # (fewer tasks than processes: a pool only now, of one per task)
            n, capped = worker_count(workers, len(planner.tasks))
            if capped:
                report.warnings.append(capped)
            report.executor = f"local process pool ({n} worker(s))"
            gather.executor = gather.executor or _local_pool(n, slots)
        try:
            gather.wait()
        finally:
            assert gather.executor is not None
            _shutdown(gather.executor, client)
            gather.executor = client = None
            for story in jobs.stories:
                remove_partials(out / story.name, recursive=True)
    except KeyboardInterrupt:
        # A Ctrl-C while planning (timelines, manifests) is as much an
        # interruption as one while the tasks run: the report says so.
        report.interrupted = True
        for item in report.items:
            if item.status == "pending":
                item.status, item.reason = "cancelled", "interrupted before it ran"
        raise
    finally:
        if gather.executor is not None and client is None:  # a local pool made here (a Dask client is the caller's)
            _shutdown(gather.executor, None)
        try:
            gather.flush()
        finally:
            _finish(report, planner, started)
    return report


def _fresh_work(jobs: JobFile, out: Path) -> tuple[int, tuple[str, ...]]:
    """In a folder holding no output of the job yet (nothing to resume): the
    fewest tasks the job makes (a story's clips at least one, unless the
    story fails) and their kinds; (0, ()) in a folder of an earlier run."""
    if (out / STATE_JSON).exists() or any((out / story.name).exists() for story in jobs.stories):
        return 0, ()
    least = 0
    kinds: set[str] = set()
    for story in jobs.stories:
        o = story.outputs
        wanted = {"subtitles": len(o.subtitles), "render": int(o.render), "review": int(o.review),
                  "clip": int(o.clips is not None)}
        least += sum(wanted.values())
        kinds.update(kind for kind, n in wanted.items() if n)
    return least, tuple(sorted(kinds))


def _warm_up(pool: cf.Executor, n: int, kinds: tuple[str, ...]) -> None:
    """Start the pool's ``n`` processes now, each importing what these kinds
    of task need, while the main process plans."""
    with _sigint_held(pool):
        for _ in range(n):
            pool.submit(warm_up, kinds)


class _Gather:
    """The tasks handed to the executor story by story as they are planned,
    and their results recorded as they come in: in each item, and in the
    story's clip manifest (a clip) or the batch state (any other output),
    both rewritten at most every FLUSH_SECONDS and at the end."""

    def __init__(self, planner: _Planner, out: Path, on_progress: Callable[[float], None] | None,
                 on_result: Callable[[Item], None] | None) -> None:
        self.planner, self.out = planner, out
        self.on_progress, self.on_result = on_progress, on_result
        self.executor: cf.Executor | None = None
        self.futures: dict[cf.Future[Any], tuple[Task, Item]] = {}
        self.sheets: dict[cf.Future[Any], str] = {}
        # A story's contact sheet is drawn by a worker as soon as its last
        # clip is settled, while the others cut other stories' clips.
        self.clips_left: Counter[str] = Counter()
        self.handed = 0  # planner.tasks[:handed] are submitted
        # The local workers' progress slots (None on Dask), and the number of each task not yet settled, under
        # which its worker reports it. On Dask, the run's id its workers' progress events carry (none: no
        # events) and the last part done each task reported in one (:meth:`heard`).
        self.slots: Any = None
        self.running: dict[cf.Future[Any], int] = {}
        self.run = ""
        self.events: dict[int, float] = {}
        self.planned_all = False
        self.stopping = False
        self.done = 0
        self.unsaved: set[str] = set()  # stories whose manifest holds results not yet written
        self.state_unsaved = False
        self.saved = time.monotonic()

    def hand_over(self) -> None:
        """Submit the tasks planned since the last call, longest kinds first."""
        if self.executor is None:
            return
        new = sorted(self.planner.tasks[self.handed:], key=lambda ti: KIND_ORDER.get(ti[0].kind, 9))
        self.handed = len(self.planner.tasks)
        with _sigint_held(self.executor):
            inputs = _inputs_at_risk(self.out)
            for task, item in new:
                future = self.executor.submit(execute, task, str(self.out), inputs, len(self.futures), self.run)
                self.running[future] = len(self.futures)
                self.futures[future] = (task, item)
                if task.kind == "clip":
                    self.clips_left[task.story] += 1

    def wait(self) -> None:
        """Every task planned: hand over the rest, record each result as it comes."""
        self.planned_all = True
        self.hand_over()
        self._close_when_all_handed_over()
        wait_all(self.futures, self.settle, stop=self._stop_workers, grace_seconds=STOP_GRACE_SECONDS,
                 stopped=self.stopped, tick=self.tick)

    def tick(self) -> None:
        """Every poll of the wait: the bar follows the running tasks; results are saved when due."""
        self.progress()
        self.flush_due()

    def progress(self) -> None:
        """The tasks settled, and the part done of each still running (what its worker last reported), as
        a fraction of the tasks handed over: a long task (a render, a review's stills) moves the bar."""
        if self.on_progress is None or not self.futures:
            return
        reported = list(self.slots) if self.slots is not None else [n + part for n, part in dict(self.events).items()]
        numbers = set(self.running.values())
        part = sum(value % 1 for value in reported if value >= 0 and int(value) in numbers)
        self.on_progress(min(1.0, (self.done + part) / len(self.futures)))

    def listen(self, client: Any) -> None:
        """On a Dask cluster: hear the workers' progress events (tasks.PROGRESS_TOPIC) under a run id of this
        run's own (a cluster may run several), until :func:`_shutdown` closes the client."""
        import uuid

        self.run = uuid.uuid4().hex
        client.subscribe_topic(PROGRESS_TOPIC, self.heard)

    def heard(self, event: tuple[float, Any]) -> None:
        """A Dask worker's progress event (tasks._event_reporter; on the client's thread): this run's are kept."""
        _, message = event
        if isinstance(message, dict) and message.get("run") == self.run:
            with contextlib.suppress(TypeError, ValueError, KeyError):
                self.events[int(message["task"])] = running_part(float(message["done"]))

    def interrupt(self) -> None:
        """Ctrl-C while stories were still planned: as in :meth:`wait`."""
        interrupt(set(self.futures), stop=self._stop_workers, grace_seconds=STOP_GRACE_SECONDS,
                  stopped=self.stopped)

    def _stop_workers(self) -> None:
        """A signal to this process alone reaches local workers too (LocalPool.interrupt); Dask's
        workers are the cluster's, not this run's to signal."""
        if isinstance(self.executor, LocalPool):
            self.executor.interrupt(STOP_GRACE_SECONDS)

    def _close_when_all_handed_over(self) -> None:
        if isinstance(self.executor, LocalPool) and self.planned_all and not any(self.clips_left.values()):
            # Each worker exits as soon as the queue is empty, while this
            # process still records the last results.
            self.executor.shutdown(wait=False)

    def settle(self, future: cf.Future[Any]) -> list[cf.Future[Any]]:
        from annotate.batch import clip_task

        planner = self.planner
        if future in self.sheets:
            _sheet_drawn(planner, self.sheets[future], future, planner.report)
            if not future.cancelled() and future.exception() is None:
                self.unsaved.discard(self.sheets[future])  # (saved with its sheet)
            return []
        task, item = self.futures[future]
        self.running.pop(future, None)
        if future.cancelled():
            item.status, item.reason = "cancelled", "interrupted before it ran"
            return []
        self._record(future, task, item)
        self.done += 1
        self.progress()
        if self.on_result:
            self.on_result(item)
        if task.kind != "clip":
            return []
        self.clips_left[task.story] -= 1
        if self.clips_left[task.story] or self.stopping:
            return []
        manifest, folder, mode = planner.manifests[task.story]
        assert self.executor is not None
        try:
            with _sigint_held(self.executor):
                sheet = clip_task.submit_contact_sheet(self.executor, manifest, folder, mode,
                                                       _inputs_at_risk(self.out))
        except (cf.BrokenExecutor, RuntimeError):  # (a worker died: the pool takes nothing more)
            _contact_sheet(planner, task.story, planner.report)
            return []
        finally:
            self._close_when_all_handed_over()
        self.sheets[sheet] = task.story
        return [sheet]

    def stopped(self, pending: set[cf.Future[Any]]) -> None:
        # Ctrl-C: nothing new started; running tasks got the signal too and
        # stopped (or finished) quickly; what finished is recorded, not lost.
        self.stopping = True
        for future in pending:
            if future.done():
                self.settle(future)
            elif future not in self.sheets:  # (a sheet not drawn is drawn at the end, by _finish)
                _, item = self.futures[future]
                item.status, item.reason = "cancelled", "interrupted while running"

    def _record(self, future: cf.Future[Any], task: Task, item: Item) -> None:
        """A finished task's outcome, in its item and in memory (see flush)."""
        exc = future.exception()
        if isinstance(exc, KeyboardInterrupt):  # Ctrl-C reached the worker too: stopped, not failed
            item.status, item.reason = "cancelled", "interrupted while running"
            return
        if exc is not None:
            item.status, item.reason = "failed", _reason(exc)
            if task.kind == "clip":
                self.planner.manifests[task.story][0].fail(
                    task.args["name"], {"file": task.args["name"], "timeline": task.story, "reason": item.reason},
                    save=False)
                self.unsaved.add(task.story)
            return
        result = future.result()
        self.planner.report.warnings.extend(f"{task.id}: {w}" for w in result.get("warnings", ()))
        item.status, item.files = "written", result["files"]
        item.seconds, item.worker = result["seconds"], result["worker"]
        if task.kind == "clip":
            self.planner.manifests[task.story][0].record(result["entry"], save=False)
            self.unsaved.add(task.story)
        else:
            self.planner.state[task.id] = {"key": task.key, "files": result["files"]}
            self.state_unsaved = True

    def flush_due(self) -> None:
        if time.monotonic() - self.saved >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Rewrite (atomically) the manifests and the state that hold results not yet written."""
        for story in sorted(self.unsaved):
            self.planner.manifests[story][0].save()
        self.unsaved.clear()
        if self.state_unsaved:
            _save_state(self.out, self.planner.state)
            self.state_unsaved = False
        self.saved = time.monotonic()


def _inputs_at_risk(out: Path) -> tuple[tuple[str, str], ...]:
    """The files the batch has read so far (the job's, read while it loaded;
    each story's, as it is planned) that an output could replace: those in
    the output folder, and any with another name (a hard link) that may be
    there. Every task carries them, so the rest (usually all) stay home."""
    root = os.path.realpath(out)
    at_risk = []
    for path, kind in noted():
        try:
            links = os.stat(path).st_nlink
        except OSError:
            continue
        if links > 1 or os.path.commonpath([root, os.path.realpath(path)]) == root:
            at_risk.append((path, kind))
    return tuple(at_risk)


def _shutdown(executor: cf.Executor, client: Any) -> None:
    if isinstance(executor, LocalPool):
        # A worker still busy after the grace period (Ctrl-C sent to this
        # process alone) is stopped outright.
        executor.stop(STOP_GRACE_SECONDS)
    else:
        executor.shutdown(wait=False)  # (Dask's executor cancels its pending futures itself)
    if client is not None:
        with contextlib.suppress(ValueError):  # (not subscribed: no bar to move)
            client.unsubscribe_topic(PROGRESS_TOPIC)
        client.close()


def _sheet_drawn(planner: _Planner, name: str, future: cf.Future[Any], report: BatchReport) -> None:
    """Record a story's contact sheet drawn by a worker (or, if that failed
    or never ran, draw it here)."""
    if future.cancelled():
        return  # (interrupted: drawn at the end, by _finish)
    if future.exception() is None:
        from annotate.batch import clip_task

        _drawn, notes = future.result()
        report.warnings.extend(f"{name}: {note}" for note in notes)
        manifest, folder, _mode = planner.manifests[name]
        manifest.save()
        clip_task.forget_journal(folder)  # (drawn once every clip of the story is recorded)
        planner.sheets_made.add(name)
    else:
        _contact_sheet(planner, name, report)


def _contact_sheet(planner: _Planner, name: str, report: BatchReport) -> None:
    from annotate.batch import clip_task

    manifest, folder, mode = planner.manifests[name]
    notes: list[str] = []  # (drawn here, its warnings go where a worker's go: the report, naming the story)
    try:
        with collected(notes):
            clip_task.contact_sheet(manifest, folder, mode)
        manifest.save()
    except (OSError, AnnotateError) as exc:
        report.warnings.append(f"{name}: contact sheet: {exc}")
    report.warnings.extend(f"{name}: {note}" for note in notes)
    planner.sheets_made.add(name)


def _finish(report: BatchReport, planner: _Planner, started: float) -> None:
    for name in planner.manifests:
        if name not in planner.sheets_made:  # (no clip cut in this run, or interrupted)
            _contact_sheet(planner, name, report)
    report.seconds = time.perf_counter() - started
    report.report_path = write_text(report.out / REPORT_JSON,
                                    json_text(report.to_data(), indent=2) + "\n")
