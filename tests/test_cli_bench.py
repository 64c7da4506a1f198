"""`annotate bench` runs `python -m bench` in the checkout as a child tied to it (a killed `annotate bench`
must not leave minutes of encoding running)."""

from __future__ import annotations

from click.testing import CliRunner

from annotate import children
from annotate.cli import main


def test_bench_runs_the_benchmarks_as_a_tied_child_and_passes_on_its_exit_code(monkeypatch):
    started = []
    real_start = children.start

    def recording(cmd, **options):
        started.append(list(cmd))
        return real_start(cmd, **options)

    monkeypatch.setattr(children, "start", recording)
    result = CliRunner().invoke(main, ["bench", "--list"])
    assert result.exit_code == 0
    assert started and started[0][1:] == ["-m", "bench", "--list"]
    bad = CliRunner().invoke(main, ["bench", "no-such-benchmark"])
    assert bad.exit_code != 0 and len(started) == 2
