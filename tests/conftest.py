"""Shared fixtures: the sample footage (generated once, cached) and a guard
that fails any test during which a library logged an ERROR."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterator

import pytest
from hypothesis import settings

import media_samples
from annotate.cli.base import TRACEBACK_ENV
from tests.system import STRICT_ENV

# Speed is benchmarked (bench/), not timed in tests: hypothesis' per-example
# deadline only made tests fail on a loaded machine (a first call of 389 ms).
settings.register_profile("annotate", deadline=None)
settings.load_profile("annotate")

# A bug in a command raises with its traceback in every test (and in every child process a test starts),
# instead of the one line users get: no test may take a bug for a handled failure.
os.environ.setdefault(TRACEBACK_ENV, "1")

# A shell starts background jobs (`.ci/run &`, nohup, setsid) with Ctrl-C ignored, and every child
# inherits that: the tests that press Ctrl-C on a command would then test nothing but the shell.
# A Python handler here resets to the default in every child this process starts.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _signal_handlers_restored() -> Iterator[None]:
    """A command interrupted in-process (CliRunner) ignores Ctrl-C and SIGTERM while it exits
    (cli.base._stopping); left so, every later test in the same worker, and the children it starts, would
    ignore them too (test_main's Ctrl-C tests failed when they ran after such a test)."""
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    yield
    if threading.current_thread() is threading.main_thread():
        for signum, handler in saved.items():
            if handler is not None:
                signal.signal(signum, handler)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under ``ANNOTATE_STRICT_TESTS=1`` (CI) a skipped test fails the run:
    every system package the tests need must be installed there."""
    if os.environ.get(STRICT_ENV) != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        reporter.write_line(f"{STRICT_ENV}=1: {len(skipped)} test(s) skipped, which fails the run:", red=True)
        for report in skipped:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            reporter.write_line(f"  {report.nodeid}: {reason}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def samples() -> media_samples.SampleSet:
    """The sample set in the cache ($ANNOTATE_CACHE or ~/.cache/annotate);
    generated on first use (about half a minute), reused afterwards."""
    return media_samples.generate()


@pytest.fixture(autouse=True)
def no_logged_errors(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture):
    """PySceneDetect and others report trouble through logging, not
    exceptions: an ERROR logged during a test fails it, unless the test (or
    its module) declares it with ``@pytest.mark.expected_log_errors((logger,
    message_prefix), ...)`` because it provokes that error on purpose."""
    expected = [pair for mark in request.node.iter_markers("expected_log_errors") for pair in mark.args]
    yield
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR
              and not any(r.name == name and r.getMessage().startswith(prefix) for name, prefix in expected)]
    if errors:
        pytest.fail("logged errors: " + "; ".join(f"{r.name}: {r.getMessage()}" for r in errors), pytrace=False)
