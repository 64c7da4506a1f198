"""Docs can't drift: every command has help with an example and is in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_has_help_and_is_documented(name):
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"{name} has no real help text"
    assert f"annotate {name}" in README, f"README does not mention `annotate {name}`"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_readme_gives_the_two_commands():
    assert "annotate demo" in README and "python -m pytest" in README


def test_python_m_annotate_and_root_cli_py_run_the_same_group():
    import subprocess
    import sys

    root = Path(__file__).parent.parent
    for args in ([sys.executable, "-m", "annotate", "--help"], [sys.executable, str(root / "cli.py"), "--help"]):
        out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=root).stdout
        assert "annotate demo" in out
