"""Where the time of ``annotate batch`` goes: the batch benchmark's large job
(8 stories of stream-copied clips) on 1 and 2 local workers, with every
process stamping its events, printed as the critical path (seconds from the
start of the main process) and the CPU seconds of the main process, of each
worker and of their ffmpeg children. A shared machine stretches wall times;
CPU seconds and the order of events still tell what is serial.

    python -m bench.batch_trace [WORKERS...]
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TRACE_ENV = "ANNOTATE_BATCH_TRACE"


def _stamp(event: str, detail: str = "") -> None:
    with open(os.environ[TRACE_ENV], "a", encoding="utf-8") as log:
        log.write(f"{time.time():.4f} {os.getpid()} {time.process_time():.4f} {event} {detail}\n")


def _process_start() -> float:
    """When this process started (epoch seconds), from /proc: its start in
    clock ticks since boot against the uptime now (the boot time /proc/stat
    gives is whole seconds: up to 1 s off against time.time())."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
        ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as f:
        uptime, now = float(f.read().split()[0]), time.time()
    return now - uptime + ticks / os.sysconf("SC_CLK_TCK")


def _worker_init(parent: int, slots: Any = None, claimed: Any = None) -> None:
    from annotate.batch.tasks import init_local_worker
    from annotate.clips import sheet

    _stamp("worker-start", f"{_process_start():.4f}")
    draw = sheet.contact_sheet

    def traced_sheet(*args: Any, **kwargs: Any) -> Any:
        _stamp("sheet-start")
        try:
            return draw(*args, **kwargs)
        finally:
            _stamp("sheet-end")

    sheet.contact_sheet = traced_sheet  # type: ignore[assignment]  # (resolved here when a sheet task arrives)
    init_local_worker(parent, slots, claimed)
    _stamp("worker-ready")


def _traced_execute(task: Any, root: str, *more: Any) -> dict[str, Any]:
    from annotate.batch.tasks import execute

    _stamp("task-start", task.id)
    try:
        return execute(task, root, *more)
    finally:
        _stamp("task-end", task.id)


def _inner(argv: list[str]) -> None:
    """The traced ``annotate batch`` (in its own process)."""
    _stamp("main-start", f"{_process_start():.4f}")
    from annotate.batch import runner
    from annotate.cli import main

    _stamp("imported")
    runner.init_local_worker = _worker_init
    runner.execute = _traced_execute  # type: ignore[assignment]
    for name in ("_timeline_for", "_local_pool", "_shutdown", "_finish"):
        setattr(runner, name, _traced(getattr(runner, name), name))
    runner._Gather.wait = _traced(runner._Gather.wait, "wait")  # type: ignore[method-assign]
    try:
        main(["batch", *argv], standalone_mode=False)
    finally:
        _stamp("exit")


def _traced(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        _stamp(f"{name}-in")
        try:
            return fn(*args, **kwargs)
        finally:
            _stamp(f"{name}-out")
    return call


def _summary(log: Path, children_cpu: float) -> list[str]:
    events: list[tuple[float, int, float, str, str]] = []
    for line in log.read_text(encoding="utf-8").splitlines():
        fields = line.split(maxsplit=4)
        events.append((float(fields[0]), int(fields[1]), float(fields[2]), fields[3], "".join(fields[4:])))
    main_pid, t0 = events[0][1], float(events[0][4])

    def at(event: str, pid: int | None = None, last: bool = False) -> tuple[float, float]:
        hits = [e for e in events if e[3] == event and (pid is None or e[1] == pid)]
        hit = hits[-1] if last else hits[0]
        return hit[0] - t0, hit[2]

    lines = []
    for label, event, last in (("imports done", "imported", False), ("first story planned", "_timeline_for-out", False),
                               ("pool started", "_local_pool-out", False), ("every story planned", "wait-in", False),
                               ("every result in", "wait-out", False), ("workers gone", "_shutdown-out", True),
                               ("report written", "_finish-out", False), ("exit", "exit", False)):
        wall, cpu = at(event, main_pid, last)
        lines.append(f"  main    {label:22s} {wall:7.2f} s   (main CPU so far {cpu:.2f} s)")
    workers_cpu = 0.0
    for pid in sorted({e[1] for e in events if e[1] != main_pid}):
        mine = [e for e in events if e[1] == pid]
        started = float(next(e[4] for e in mine if e[3] == "worker-start")) - t0
        ready = at("worker-ready", pid)
        tasks = [e for e in mine if e[3] == "task-start"]
        ends = [e for e in mine if e[3] in ("task-end", "sheet-end")]
        sheets = [e for e in mine if e[3] == "sheet-end"]
        cpu = max(e[2] for e in mine)
        workers_cpu += cpu
        lines.append(f"  worker {pid}: started {started:.2f}, ready {ready[0]:.2f}, first task "
                     f"{tasks[0][0] - t0 if tasks else float('nan'):.2f}, last done {ends[-1][0] - t0:.2f}; "
                     f"{len(tasks)} tasks + {len(sheets)} sheets, CPU {cpu:.2f} s (at ready {ready[1]:.2f})")
    main_cpu = max(e[2] for e in events if e[1] == main_pid)
    lines.append(f"  CPU: main {main_cpu:.2f} s, workers {workers_cpu:.2f} s, their ffmpeg "
                 f"{children_cpu - main_cpu - workers_cpu:.2f} s, all {children_cpu:.2f} s")
    return lines


def run(workers: list[int]) -> None:
    import media_samples
    from annotate import timeline as tl
    from annotate.timeline.make import make_timeline
    from bench.bench_batch import SCALING_STORIES, _jobs

    samples = media_samples.generate()
    with tempfile.TemporaryDirectory(prefix="bench-batch-trace-") as tmp:
        root = Path(tmp)
        built = make_timeline(str(samples.article), footage=str(samples.video))
        files = []
        for n in range(SCALING_STORIES):
            files.append(root / f"story-{n}.yaml")
            tl.save(built, files[-1])
        jobs = _jobs(root, files, "jobs.yaml")
        for w in workers:
            log = root / f"trace-{w}.log"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bench.batch_trace", "--inner", str(jobs), "-o",
                            str(root / f"out-{w}"), "--workers", str(w), "-q"],
                           env={**os.environ, TRACE_ENV: str(log)}, check=True, stdout=subprocess.DEVNULL)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(f"{w} worker(s): {time.perf_counter() - started:.2f} s wall, load average "
                  f"{os.getloadavg()[0]:.1f}")
            print("\n".join(_summary(log, cpu)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--inner"]:
        _inner(sys.argv[2:])
    else:
        run([int(w) for w in sys.argv[1:]] or [1, 2])
