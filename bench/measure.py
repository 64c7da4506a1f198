"""Time and peak memory of a command, measured the same way for ours and the baseline."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
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


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None) -> Measurement:
    """Run ``cmd`` to completion; wall time and the peak resident memory of the
    largest process in its tree (``wait4`` reports the child's own and its
    waited-for descendants' maximum)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return Measurement(seconds, usage.ru_maxrss / 1024)


def python(code: str) -> list[str]:
    """A command that runs ``code`` in a fresh interpreter (so imports and
    memory are counted alike for ours and the baseline)."""
    return [sys.executable, "-c", code]


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table: operation, ours, baseline, ratio, peak memory."""
    lines = [
        "| operation | ours | baseline | baseline time | ratio (baseline/ours) | peak MB ours / baseline | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        base_t = f"{r.baseline.seconds:.2f} s" if r.baseline else "–"
        base_m = f"{r.baseline.peak_mb:.0f}" if r.baseline else "–"
        ratio = f"{r.ratio:.1f}x" if r.ratio is not None else "–"
        lines.append(
            f"| {r.operation} | {r.ours.seconds:.2f} s | {r.baseline_name} | {base_t} | {ratio} "
            f"| {r.ours.peak_mb:.0f} / {base_m} | {r.notes} |"
        )
    return "\n".join(lines)
