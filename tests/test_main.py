"""``python -m annotate`` and the console script: Ctrl-C from the moment the
entry module runs until a command starts ends the run as Ctrl-C does later,
exit 130 and no traceback."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _console_script() -> str:
    """What pip's wrapper for the ``annotate`` entry point in pyproject.toml runs (the same three lines)."""
    found = re.search(r'^annotate = "([\w.]+):(\w+)"$', (ROOT / "pyproject.toml").read_text(), re.MULTILINE)
    assert found, "no annotate console script in pyproject.toml"
    module, function = found.groups()
    return f"import re, sys\nfrom {module} import {function}\nsys.exit({function}())\n"


ENTRY_MODULE = re.search(r"from ([\w.]+) import", _console_script()).group(1)  # type: ignore[union-attr]

# A finder that sees every module the run imports: RECORD lists them, SEND sends SIGINT from inside the
# import of the one named, so each case lands at one exact point of the start-up, whatever the machine's speed.
HOOK = """
import importlib.abc, os, signal, sys

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if os.environ["HOOK_MODE"] == "record":
            sys.__stderr__.write("imports " + name + "\\n")
        elif name == os.environ["HOOK_MODULE"]:
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Hook())
{setup}
sys.argv[1:] = ["extract", "-"]
"""


def _ctrl_c_as_a_terminal_gives_it() -> None:
    """A child's Ctrl-C as a terminal's program gets it: a test run launched in the background (``cmd &`` in
    a script) ignores SIGINT, its children inherit that, and Python then installs no handler of its own."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(mode: str, module: str = "", setup: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOOK_MODE": mode, "HOOK_MODULE": module}
    return subprocess.run([sys.executable, "-c", HOOK.format(setup=setup) + _console_script()], cwd=ROOT,
                          env=env, input="", capture_output=True, text=True, timeout=120,
                          preexec_fn=_ctrl_c_as_a_terminal_gives_it)


@pytest.fixture(scope="module")
def all_imports() -> list[str]:
    """Every module the console script imports, in order, until its command reads stdin."""
    run = _run("record")
    return [line.removeprefix("imports ") for line in run.stderr.splitlines() if line.startswith("imports ")]


@pytest.fixture(scope="module")
def start_up_imports(all_imports: list[str]) -> list[str]:
    """Those after the entry module's package is found (before that no code of annotate has run: nothing
    it could do)."""
    first = all_imports.index(ENTRY_MODULE.split(".")[0]) + 1
    return [name for name in all_imports[first:] if name != ENTRY_MODULE]


@pytest.mark.parametrize("where", [0.0, 0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.0])
def test_ctrl_c_anywhere_in_the_start_up_exits_130_without_a_traceback(start_up_imports: list[str],
                                                                         where: float) -> None:
    # The first import, the last (the moment reader, after the command has started) and points between.
    module = start_up_imports[round(where * (len(start_up_imports) - 1))]
    run = _run("send", module)
    assert run.returncode == 130, (module, run.stderr)
    assert "Traceback" not in run.stderr and len(run.stderr.splitlines()) <= 1, (module, run.stderr)


def test_the_library_is_not_imported_before_the_entry_runs(all_imports: list[str]) -> None:
    """The entry gets control before any of the library loads: the package's own import runs none of it."""
    library = [name for name in all_imports if name.startswith("annotate.")]
    assert library[0] == ENTRY_MODULE and {"annotate.errors", "annotate.model"} <= set(library), library[:5]


def test_a_signal_from_outside_during_the_start_up_exits_130_without_a_traceback() -> None:
    """A real Ctrl-C comes from another process at any time: sent as each of these modules has been
    imported (-X importtime reports it), it lands somewhere in what follows, import or command."""
    for after in ["annotate.errors", "click", "annotate.cli.base", "annotate.cli"]:
        child = subprocess.Popen([sys.executable, "-X", "importtime", "-c", _console_script(), "extract", "-"],
                                 cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, preexec_fn=_ctrl_c_as_a_terminal_gives_it)
        assert child.stderr is not None
        lines = []
        for line in child.stderr:
            lines.append(line)
            if line.startswith("import time:") and line.split("|")[-1].strip() == after:
                break
        child.send_signal(signal.SIGINT)
        _, rest = child.communicate(timeout=120)  # stdin is left open until here: `extract -` waits on it
        said = [line for line in lines + rest.splitlines(True) if not line.startswith("import time:")]
        assert child.returncode == 130, (after, said)
        assert not any("Traceback" in line for line in said) and len(said) <= 1, (after, said)


def test_an_ignored_ctrl_c_stays_ignored_while_the_commands_load() -> None:
    """Started with SIGINT ignored (nohup, a background job), the run goes on to its command."""
    run = _run("send", "annotate.cli.align", setup="signal.signal(signal.SIGINT, signal.SIG_IGN)")
    assert run.returncode == 0, run.stderr


def test_importing_the_library_leaves_ctrl_c_alone() -> None:
    """Other programs import the library, and its commands (not the entry): Ctrl-C stays theirs."""
    code = ("import signal, annotate, annotate.timeline, annotate.cli\n"
            "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         preexec_fn=_ctrl_c_as_a_terminal_gives_it)
    assert run.stdout.strip() == "True", run.stderr
