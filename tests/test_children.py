"""Child processes: tied to their parent, and started so that a Ctrl-C
never lands inside the child's Python after-fork hooks."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys

import pytest

from annotate import children
from tests.system import SETPRIV, require

SHOW_SIGINT = "import signal; print(signal.getsignal(signal.SIGINT), signal.SIGINT in signal.pthread_sigmask(0, []))"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")

# How the child is tied: by util-linux's setpriv (no Python in the child before exec), or by a preexec_fn where
# setpriv is missing or too old. Each test runs both ways; the script below makes a subprocess take the second.
WITHOUT_SETPRIV = "children._setpriv = lambda: None; "
REAL_SETPRIV = children._setpriv


@pytest.fixture(autouse=True, params=["setpriv", "preexec_fn"])
def tie(request, monkeypatch) -> str:
    if request.param == "setpriv":
        require(SETPRIV)
    if request.param == "preexec_fn":
        monkeypatch.setattr(children, "_setpriv", lambda: None)
    return "" if request.param == "setpriv" else WITHOUT_SETPRIV


def test_with_setpriv_no_python_runs_in_the_child_before_exec(monkeypatch, tie):
    seen = {}

    class Recording(subprocess.Popen):
        def __init__(self, args, **options):
            seen.update(args=list(args), options=options)
            super().__init__(args, **options)

    monkeypatch.setattr(subprocess, "Popen", Recording)
    with children.start(["true"]) as proc:
        assert proc.wait(timeout=60) == 0
    if tie:
        assert seen["args"] == ["true"] and "preexec_fn" in seen["options"]
    else:
        assert seen["args"][1:4] == ["--pdeathsig", "KILL", "--"] and seen["args"][-1].endswith("/true")
        assert "preexec_fn" not in seen["options"]


def _fake_setpriv(folder, *, pdeathsig: bool):
    """A setpriv that logs what it was asked and then does it (or, as before util-linux 2.33, refuses
    ``--pdeathsig``)."""
    log = folder / "log.txt"
    fake = folder / "setpriv"
    accept = ('shift 2; [ "$1" = "--" ] && shift; echo "exec $1" >> "$LOG"; exec "$@"' if pdeathsig
              else 'echo "setpriv: unrecognized option" >&2; exit 1')
    fake.write_text(f'#!/bin/sh\nLOG={log}\necho "$*" >> "$LOG"\n'
                    f'case "$1" in --pdeathsig) {accept};; --version) echo fake; exit 0;; esac\nexit 1\n')
    fake.chmod(0o755)
    return log


@pytest.fixture
def real_setpriv(monkeypatch, tmp_path):
    monkeypatch.setattr(children, "_setpriv", REAL_SETPRIV)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    REAL_SETPRIV.cache_clear()
    yield
    REAL_SETPRIV.cache_clear()


def test_setpriv_is_tried_with_a_program_that_starts_in_a_millisecond_not_python(tmp_path, real_setpriv):
    # Trying it under the Python interpreter cost about 20 ms on every command that starts a child.
    log = _fake_setpriv(tmp_path, pdeathsig=True)
    assert children._setpriv() == str(tmp_path / "setpriv")
    asked = log.read_text().splitlines()
    assert asked[0].startswith("--pdeathsig KILL")  # the option that matters is the one tried
    ran = [line.removeprefix("exec ") for line in asked if line.startswith("exec ")]
    assert len(ran) == 1 and os.path.basename(ran[0]) in {"setpriv", "true"}, asked
    children._setpriv()
    assert log.read_text().splitlines() == asked  # once per process


def test_a_setpriv_without_pdeathsig_is_not_used(tmp_path, real_setpriv):
    _fake_setpriv(tmp_path, pdeathsig=False)
    assert children._setpriv() is None


def test_a_missing_or_unrunnable_program_raises_as_popen_would(tmp_path):
    with pytest.raises(FileNotFoundError):
        children.start(["annotate-no-such-program"])
    with pytest.raises(FileNotFoundError):
        children.start([str(tmp_path / "absent")])
    plain = tmp_path / "plain.txt"
    plain.write_text("not a program")
    with pytest.raises(PermissionError):
        children.start([str(plain)])


def _child_sees() -> str:
    with children.start([sys.executable, "-c", SHOW_SIGINT], stdout=subprocess.PIPE, text=True) as proc:
        out, _ = proc.communicate(timeout=60)
    return out.strip()


def test_the_child_gets_ctrl_c_as_exec_would_give_it_and_this_thread_keeps_its_mask():
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    # Python installs its own handler at start-up: what matters is that SIGINT is not blocked in the child.
    assert _child_sees().endswith("False")
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before  # held only while the child forked


def test_a_child_started_while_ctrl_c_is_ignored_ignores_it_too(monkeypatch):
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with children.start([sys.executable, "-c", "import os, signal, time; os.kill(os.getpid(), signal.SIGINT); "
                             "time.sleep(0.2); print('alive')"], stdout=subprocess.PIPE, text=True) as proc:
            out, _ = proc.communicate(timeout=60)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert out.strip() == "alive" and proc.returncode == 0


def test_a_child_dies_with_its_parent(tie):
    # A parent that starts a sleeping child and is then killed: the child must go too.
    script = ("import sys, time; from annotate import children; " + tie +
              "p = children.start(['sleep', '30']); print(p.pid, flush=True); time.sleep(30)")
    import psutil

    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        child = psutil.Process(int(parent.stdout.readline()))
        parent.kill()
        parent.wait(timeout=30)
        child.wait(timeout=30)  # raises TimeoutExpired if it outlived its parent


def test_a_child_started_from_a_worker_thread_while_another_thread_holds_pyavs_reformatter_starts(tmp_path, tie):
    # PyAV 19 keeps one VideoReformatter (an swscale context with its own slice threads) per thread. In the
    # child of a fork with preexec_fn, CPython clears the other threads' states, which frees that reformatter:
    # swscale then waits forever for slice threads the child does not have, and the child never reaches exec
    # (`annotate demo` hung in its clips step on a fresh install). Run in its own session so a hang is a
    # failure, not a stuck suite.
    import os
    import textwrap

    script = textwrap.dedent("""
        import sys, threading
        import av, numpy as np
        from annotate import children
        TIE
        av.VideoFrame.from_ndarray(np.zeros((720, 1280, 3), np.uint8), format="rgb24").reformat(format="yuv420p")
        done = []
        def start():
            with children.start([sys.executable, "-c", "pass"]) as proc:
                done.append(proc.wait())
        worker = threading.Thread(target=start, daemon=True)
        worker.start()
        worker.join(30)
        print("started" if done == [0] else "hung", flush=True)
    """).replace("TIE", tie)
    # (into a file, not a pipe: a child stuck before exec still holds this process's stdout)
    out = tmp_path / "out.txt"
    with out.open("w") as sink, subprocess.Popen([sys.executable, "-c", script], stdout=sink,
                                                 start_new_session=True) as proc:
        try:
            proc.wait(timeout=120)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # a child stuck before exec is not tied to its parent yet
    assert out.read_text().strip() == "started"
