"""Time and peak memory of a command, measured the same way for ours and the baseline."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Measurement:
    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Row:
    """One line of the benchmark table: ``ratio`` is baseline time / our time
    (above 1 means we are faster)."""

    operation: str
    ours: Measurement
    baseline_name: str
    baseline: Measurement | None
    notes: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.ours.seconds <= 0:
            return None
        return self.baseline.seconds / self.ours.seconds

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d


# Linux carries a process's peak RSS across fork and exec: a child started
# straight from this (large) interpreter reports at least our own peak, even
# for /bin/true. So a small fresh interpreter starts the command, times it
# and reports its children's peak (RUSAGE_CHILDREN) on a pipe.
_SHIM = (
    "import os, resource, subprocess, sys, time\n"
    "fd = int(sys.argv[1]); t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)\n"
    "s = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "os.write(fd, f'{s} {u.ru_utime + u.ru_stime} {u.ru_maxrss}'.encode())\n"
    "sys.exit(p.returncode)\n"
)


def run_timed(cmd: Sequence[str], *, env: dict[str, str] | None = None) -> tuple[Measurement, Measurement]:
    """Run ``cmd`` to completion through the shim: (wall time, CPU seconds of
    its whole process tree), each with the peak resident memory of the largest
    process in the tree. On a shared, loaded machine wall time mostly measures
    the neighbours; CPU time measures the work."""
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", _SHIM, str(write_fd), *cmd], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        write_fd = -1
        _, err = proc.communicate()
        report = b""
        while chunk := os.read(read_fd, 4096):
            report += chunk
    finally:
        os.close(read_fd)
        if write_fd >= 0:
            os.close(write_fd)
    if proc.returncode != 0 or not report:
        raise RuntimeError(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    wall, cpu, peak_kb = report.decode().split()
    peak = int(peak_kb) / 1024
    return Measurement(float(wall), peak), Measurement(float(cpu), peak)


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None) -> Measurement:
    """Wall time and peak memory of ``cmd`` (see :func:`run_timed`)."""
    return run_timed(cmd, env=env)[0]


def run_rounds(cmds: Sequence[Sequence[str]], *, rounds: int = 3,
               prepare: Callable[[], None] | None = None) -> list[Measurement]:
    """Median wall time (and largest peak memory) of each command over
    ``rounds`` rounds that run every command once, in turn: on a shared,
    noisy machine a ratio of medians from interleaved runs says more than
    one run of each. ``prepare`` runs before every command (e.g. clear an
    output folder)."""
    return [wall for wall, _cpu in run_rounds_timed(cmds, rounds=rounds, prepare=prepare)]


def run_rounds_timed(cmds: Sequence[Sequence[str]], *, rounds: int = 3,
                     prepare: Callable[[], None] | None = None) -> list[tuple[Measurement, Measurement]]:
    """Like :func:`run_rounds`, from the same runs: (median wall time,
    median CPU seconds of the process tree) of each command."""
    times: list[list[tuple[Measurement, Measurement]]] = [[] for _ in cmds]
    for _ in range(rounds):
        for i, cmd in enumerate(cmds):
            if prepare is not None:
                prepare()
            times[i].append(run_timed(cmd))
    return [(_median([w for w, _ in ms]), _median([c for _, c in ms])) for ms in times]


def _median(ms: Sequence[Measurement]) -> Measurement:
    return Measurement(statistics.median(m.seconds for m in ms), max(m.peak_mb for m in ms))


def python(code: str) -> list[str]:
    """A command that runs ``code`` in a fresh interpreter (so imports and
    memory are counted alike for ours and the baseline)."""
    return [sys.executable, "-c", code]


def _ratio(value: float) -> str:
    """Two significant figures: 0.026x, 0.7x, 12x (0.0x said nothing)."""
    if value >= 10:
        return f"{value:.0f}x"
    return f"{value:.1f}x" if value >= 1 else f"{value:.2g}x"


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table: operation, ours, baseline, ratio, peak memory."""
    lines = [
        "| operation | ours | baseline | baseline time | ratio (baseline/ours) | peak MB ours / baseline | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        base_t = f"{r.baseline.seconds:.2f} s" if r.baseline else "–"
        base_m = f"{r.baseline.peak_mb:.0f}" if r.baseline else "–"
        ratio = _ratio(r.ratio) if r.ratio is not None else "–"
        lines.append(
            f"| {r.operation} | {r.ours.seconds:.2f} s | {r.baseline_name} | {base_t} | {ratio} "
            f"| {r.ours.peak_mb:.0f} / {base_m} | {r.notes} |"
        )
    return "\n".join(lines)
