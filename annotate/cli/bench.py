"""``annotate bench``: the benchmark table, from a source checkout (the
``bench`` package is not installed with the wheel)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate import children
from annotate.cli.base import main
from annotate.errors import InputError


@main.command("bench", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench_command(args: tuple[str, ...]) -> None:
    """Run the benchmarks against their baselines and print one table
    (operation, ours, baseline, ratio, peak memory): the same as
    `python -m bench`, from a source checkout. Options: NAME... (some
    benchmarks), --quick (only the quick ones), --markdown FILE, --list.

    \b
    Examples:
      annotate bench --quick
      annotate bench clips render --markdown bench.md
    """
    root = Path(__file__).resolve().parents[2]
    if not (root / "bench" / "__main__.py").is_file():
        raise InputError("the benchmarks live in the source checkout (bench/); run `annotate bench` from an "
                         "editable install of a checkout, or `python -m bench` in it", subject="annotate bench")
    # A child `python -m bench` in the checkout finds the package by its working
    # folder; this process's import path stays as it is.
    # (tied to this process: a killed `annotate bench` must not leave minutes of encoding running)
    with children.start([sys.executable, "-m", "bench", *args], cwd=root) as run:
        raise SystemExit(run.wait())
