"""What a batch worker runs: one small, picklable task per output, which
reads the story's timeline file and the footage by path (nothing heavy
crosses the wire) and answers with the files it wrote and their hashes."""

from __future__ import annotations

import functools
import os
import signal
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.digest import file_digest
from annotate.errors import collected
from annotate.model import Timeline
from annotate.timecode import FALLBACK_FPS


@dataclass(frozen=True)
class Task:
    """One unit of work. ``id`` is unique in the batch (``story/kind/name``);
    ``args`` holds only paths, names and options."""

    id: str
    story: str
    kind: str  # clip | subtitles | render | review
    timeline: str  # path of OUT/<story>/timeline.yaml
    args: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # what decides the output: changes mean redo


def file_record(path: Path, root: Path) -> dict[str, Any]:
    size, sha = file_digest(path)
    return {"file": str(path.relative_to(root)), "size": size, "sha256": sha}


def _timeline(task: Task) -> Timeline:
    """The story's timeline, or of the one video the task is for."""
    from annotate import timeline

    tl = timeline.load(task.timeline)
    video_id = task.args.get("video")
    return tl if video_id is None else tl.for_video(video_id)


Progress = Callable[[float], None]


def _subtitles(task: Task) -> list[Path]:
    from annotate import subtitles
    from annotate.timeline import with_footage_length

    tl = with_footage_length(_timeline(task))  # cues stop at its end, as `annotate subtitles` stops them
    fps = tl.footage.fps if tl.footage and tl.footage.fps else FALLBACK_FPS
    rules = subtitles.Rules(fps=fps)
    return [subtitles.write(tl, task.args["out"], format=task.args["format"], rules=rules, recorded=True)]


def _render(task: Task, progress: Progress) -> list[Path]:
    from annotate import render

    report = render.render(_timeline(task), task.args["out"], footage=task.args.get("footage"),
                           clean_folder=False, on_progress=progress, recorded=True)
    return [Path(report.out)]


def _review(task: Task, progress: Progress) -> list[Path]:
    from annotate import review, timeline
    from annotate.atomic import is_ours, make_folder

    out = make_folder(task.args["out"], ours=True)  # made by the batch: a planted link there is refused
    review.build(timeline.load(task.timeline), out, footage=task.args.get("footage"),
                 pictures=task.args.get("pictures", True), on_progress=progress)
    return sorted(p for p in out.rglob("*") if p.is_file() and not any(is_ours(part) for part in p.parts))


_IN_TASK = False
_STOPPING = False
_TERMINATED = False
# A local worker's progress slot: its running task's number plus the fraction of it done (see report_progress).
_SLOTS: Any = None
_SLOT = -1


def _on_sigint(signum: int, frame: Any) -> None:
    # Ctrl-C in a terminal reaches every process of the group (SIGTERM from a
    # service manager too): a task stops (its ffmpeg is killed, its temp file
    # and lock removed); an idle worker lets the main process shut the pool
    # down, and starts no task it was already handed (the pool queues one
    # ahead, which shutting down cannot cancel: it ran to the end of the
    # grace period, was terminated, and left its folder's lock behind).
    # Raised once: the main process passes on a signal the group got too (pool.LocalPool.interrupt),
    # and a second one must not break into the task's clean-up.
    global _STOPPING
    first = not _STOPPING
    _STOPPING = True
    if _IN_TASK and first:
        raise KeyboardInterrupt


def _on_sigterm(signum: int, frame: Any) -> None:
    # SIGTERM reaches a worker when its pool is torn down: LocalPool.stop after the grace, or a broken pool
    # (a worker killed), which from Python 3.12 terminates and joins every worker while holding the pool's
    # lock. An idle worker that ignored it was joined forever and the batch hung; it leaves at once (it holds
    # nothing: no task, no file). One in a task stops it as on Ctrl-C, cleans up, and then leaves too (back in
    # the pool's loop it was joined forever as well).
    global _TERMINATED
    if not _IN_TASK:
        os._exit(128 + signum)
    _TERMINATED = True  # and leaves once the task has stopped (run_task)
    _on_sigint(signum, frame)


def init_local_worker(parent: int, slots: Any = None, claimed: Any = None) -> None:
    """Initializer of the local process pool. The worker dies with the
    process that started it (``parent``), even if that one is killed with
    SIGKILL: it would otherwise finish its task and rename an output into a
    folder whose run is over. The pool starts its workers with SIGINT
    blocked (a Ctrl-C during their start-up would otherwise kill them with a
    traceback); it is let in once the handler is in place. ``slots`` (a
    shared array of doubles, one per worker) and ``claimed`` (a shared count
    of the slots taken) carry each task's progress to the main process."""
    global _SLOTS, _SLOT
    from annotate.children import die_with_parent

    die_with_parent(parent)
    if slots is not None and claimed is not None:
        with claimed.get_lock():
            _SLOT, claimed.value = claimed.value, claimed.value + 1
        _SLOTS = slots if _SLOT < len(slots) else None
    signal.signal(signal.SIGINT, _on_sigint)
    signal.signal(signal.SIGTERM, _on_sigterm)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


# What each kind of task imports on its first run (see warm_up).
_MODULES = {"clip": "annotate.batch.clip_task", "subtitles": "annotate.subtitles", "render": "annotate.render",
            "review": "annotate.review"}


def warm_up(kinds: tuple[str, ...]) -> int:
    """Import what tasks of these kinds need (the timeline loader, PyAV,
    Pillow...), in a fresh worker while the main process still plans: the
    first task then starts at once. Returns the worker's pid."""
    import importlib

    importlib.import_module("annotate.timeline")
    for kind in kinds:
        importlib.import_module(_MODULES[kind])
    return os.getpid()


def report_progress(number: int, fraction: float) -> None:
    """Task ``number`` is ``fraction`` done: written into this worker's slot
    as one double (the number plus the fraction, below the next number), so
    the main process never reads half a report and nothing here can block (no
    lock, no pipe: a worker killed mid-write leaves nothing broken). Only in
    a local pool's worker; a Dask worker sends events instead (:func:`_event_reporter`)."""
    if _SLOTS is not None and number >= 0:
        _SLOTS[_SLOT] = number + running_part(fraction)


def running_part(fraction: float) -> float:
    """A running task's fraction as reported: below 1 (it counts whole once settled)."""
    return min(max(fraction, 0.0), 0.999)


# The Dask worker event topic a task's progress goes out on (one topic for every run: the scheduler keeps a
# bounded log per topic), each event naming its run, and how often a task sends one at most: an event per
# frame of a render would flood the scheduler, and a bar needs a few a second.
PROGRESS_TOPIC = "annotate-batch-progress"
PROGRESS_EVENT_SECONDS = 0.2


def _event_reporter(number: int, run: str) -> Progress:
    """Task ``number``'s progress on a Dask worker, sent as a worker event (``{"run", "task", "done"}`` on
    :data:`PROGRESS_TOPIC`, which the run's client subscribes to: the local pool's shared slots reach no
    cluster worker); outside a Dask worker it sends nothing."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):  # (not on a Dask worker)
        return lambda _fraction: None
    last = [-float("inf")]

    def send(fraction: float) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVENT_SECONDS:
            last[0] = now
            worker.log_event(PROGRESS_TOPIC, {"run": run, "task": number, "done": running_part(fraction)})

    return send


def _run(task: Task, result: dict[str, Any], progress: Progress) -> list[Path]:
    """The task's own work: the files it wrote (a clip's manifest entry goes in ``result``)."""
    if task.kind == "clip":
        from annotate.batch import clip_task

        a = task.args
        entry = clip_task.cut(task.timeline, a["label"], a["footage"], a["name"], task.key, a["folder"],
                              a["mode"], a["pad"], a["only"], a.get("video"), a.get("sub", ""), progress)
        folder = Path(a["folder"])
        result["entry"] = entry
        return [folder / entry["file"], folder / entry["poster"]]
    if task.kind == "subtitles":
        return _subtitles(task)
    if task.kind == "render":
        return _render(task, progress)
    if task.kind == "review":
        return _review(task, progress)
    raise ValueError(f"unknown task kind {task.kind!r}")  # pragma: no cover - the planner makes only these


def execute(task: Task, root: str, inputs: tuple[tuple[str, str], ...] = (), number: int = -1,
            run: str = "") -> dict[str, Any]:
    """Run one task; the result names the files (relative to ``root``, the
    batch output folder) with size and sha256, the time taken and where.
    ``inputs``: the files the batch read ((path, kind), the job file, the
    stories' articles, timelines and footage), which no output of the task
    may replace, as no output of a single command replaces its inputs.
    ``number``: the task's in the batch, under which its progress is
    reported (:func:`report_progress`); with ``run`` (a Dask run's id) it is sent
    as worker events instead (:func:`_event_reporter`).
    Errors propagate: the main process records them as this item's failure."""
    global _IN_TASK
    from annotate.inputs import command_inputs

    started = time.perf_counter()
    result: dict[str, Any] = {"id": task.id, "worker": f"{socket.gethostname()}:{os.getpid()}"}
    # Its warnings travel with the result, for the main process to show as the
    # single commands do (not on the worker's stderr, in Python's own form).
    notes: list[str] = []
    if _STOPPING:  # (interrupted while idle: the run is stopping)
        raise KeyboardInterrupt
    _IN_TASK = True
    try:
        with command_inputs(inputs), collected(notes):
            progress = _event_reporter(number, run) if run and number >= 0 else functools.partial(report_progress,
                                                                                                  number)
            paths = _run(task, result, progress)
    finally:
        _IN_TASK = False
        if _TERMINATED:  # the pool is being torn down: no one waits for this task's outcome
            os._exit(128 + signal.SIGTERM)
    result["warnings"] = notes
    base = Path(root)
    result["files"] = [file_record(Path(p).absolute(), base) for p in paths]
    result["seconds"] = round(time.perf_counter() - started, 3)
    return result
