"""``python -m bench [NAME ...] [--quick] [--markdown FILE]``: run every
benchmark (or those named) against its baseline and print one table.
Each ``bench/bench_<name>.py`` exposes ``run() -> list[Row]``; a module
that sets ``QUICK = True`` takes well under a minute and is what
``--quick`` runs (the others encode minutes of 720p video)."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.measure import Row, format_table


def names() -> list[str]:
    return sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )


def machine() -> str:
    """One line on where the table was measured: figures are only comparable on one machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = f"load average {os.getloadavg()[0]:.1f} at start"
    except OSError:
        load = "load unknown"
    try:
        from annotate import ffmpeg

        tool = f"ffmpeg {ffmpeg.binary().version}"
    except Exception:  # noqa: BLE001 - the line is informative only
        tool = "ffmpeg unknown"
    return (f"{cpu}, {os.cpu_count()} logical cores, {load}; Python {platform.python_version()}, {tool}; "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    all_names = names()
    parser = argparse.ArgumentParser(prog="python -m bench",
                                     description="Run the benchmarks against their baselines; print one table.")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default all: {', '.join(all_names)})")
    parser.add_argument("--quick", action="store_true", help="only the quick benchmarks (modules with QUICK = True)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table, with the machine line, to FILE")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(all_names)
    if unknown:
        print(f"bench: unknown benchmark(s): {', '.join(sorted(unknown))}; have: {', '.join(all_names)}",
              file=sys.stderr)
        return 2
    wanted = args.names or all_names
    modules = {name: importlib.import_module(f"bench.bench_{name}") for name in wanted}
    if args.quick:
        wanted = [n for n in wanted if getattr(modules[n], "QUICK", False)]
    if args.list:
        for name in all_names:
            quick = " (quick)" if getattr(importlib.import_module(f"bench.bench_{name}"), "QUICK", False) else ""
            print(f"{name}{quick}")
        return 0
    where = machine()
    started = datetime.now(timezone.utc)
    rows: list[Row] = []
    failed: list[str] = []
    for name in wanted:
        print(f"bench: running {name} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        try:
            rows.extend(modules[name].run())
        except Exception as exc:  # noqa: BLE001 - one failed benchmark must not lose the others' rows
            failed.append(name)
            print(f"bench: {name} failed: {exc}", file=sys.stderr, flush=True)
            continue
        print(f"bench: {name} took {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    table = format_table(rows)
    print(table)
    if args.markdown:
        command = " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])])
        header = f"Measured {started:%Y-%m-%d %H:%M} UTC with `{command}` on: {where}"
        footer = f"\nFailed (no rows): {', '.join(failed)}\n" if failed else ""
        Path(args.markdown).write_text(f"{header}\n\n{table}\n{footer}", encoding="utf-8")
        print(f"bench: wrote {args.markdown}", file=sys.stderr)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
