"""``python -m annotate`` and the console script: Ctrl-C while the commands
are still being imported ends the run as Ctrl-C does later, exit 130 and no
traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The interrupt is sent from inside the import of one command module, so the test does not depend on
# when a signal would land: without the guard the same run prints KeyboardInterrupt's traceback.
INTERRUPT_DURING_IMPORT = """
import importlib.abc, os, signal, sys

class SendInterrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == sys.argv[1]:
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, SendInterrupt())
{setup}
import annotate.__main__
print("imported")
"""


@pytest.mark.parametrize("module", ["annotate.cli.align", "annotate.cli.render", "annotate.cli.base"])
def test_ctrl_c_while_the_commands_load_exits_130_without_a_traceback(module: str) -> None:
    run = subprocess.run([sys.executable, "-c", INTERRUPT_DURING_IMPORT.format(setup=""), module],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 130, run.stderr
    assert "Traceback" not in run.stderr and "imported" not in run.stdout


def test_an_ignored_ctrl_c_stays_ignored_while_the_commands_load() -> None:
    """Started with SIGINT ignored (nohup, a background job), the import goes on."""
    setup = "signal.signal(signal.SIGINT, signal.SIG_IGN)"
    run = subprocess.run([sys.executable, "-c", INTERRUPT_DURING_IMPORT.format(setup=setup), "annotate.cli.align"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "imported" in run.stdout, run.stderr


def test_after_loading_ctrl_c_is_python_s_again() -> None:
    """The guard is lifted once the commands are in: the group's own handling (exit 130, a line) takes over."""
    code = "import signal, annotate.__main__; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "True", run.stderr
