"""``python -m bench [NAME ...]``: run every benchmark (or those named) and
print one table. Each ``bench/bench_<name>.py`` exposes ``run() -> list[Row]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from bench.measure import Row, format_table


def main(argv: list[str]) -> int:
    names = sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )
    wanted = argv or names
    unknown = set(wanted) - set(names)
    if unknown:
        print(f"bench: unknown benchmark(s): {', '.join(sorted(unknown))}; have: {', '.join(names)}",
              file=sys.stderr)
        return 2
    rows: list[Row] = []
    for name in wanted:
        print(f"bench: running {name} ...", file=sys.stderr, flush=True)
        module = importlib.import_module(f"bench.bench_{name}")
        rows.extend(module.run())
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
