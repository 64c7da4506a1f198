"""The benchmark's measuring: medians over interleaved rounds, in wall time
and in CPU time of the process tree, from the same runs."""

from __future__ import annotations

import sys

from bench.measure import run_rounds, run_rounds_timed

BURN = [sys.executable, "-S", "-c", "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass"]
SLEEP = [sys.executable, "-S", "-c", "import time; time.sleep(0.3)"]


def test_rounds_report_cpu_apart_from_wall() -> None:
    (burn_wall, burn_cpu), (sleep_wall, sleep_cpu) = run_rounds_timed([BURN, SLEEP], rounds=3)
    # Both take about 0.3 s of wall time; only the first spends it on the CPU.
    assert burn_cpu.seconds >= 0.3
    assert sleep_cpu.seconds < 0.25
    assert sleep_wall.seconds >= 0.3
    assert burn_wall.seconds >= burn_cpu.seconds * 0.9
    assert burn_cpu.peak_mb > 0


def test_run_rounds_is_the_wall_time_of_the_same_measure() -> None:
    (sleep_wall,) = run_rounds([SLEEP], rounds=1)
    assert 0.3 <= sleep_wall.seconds < 30
