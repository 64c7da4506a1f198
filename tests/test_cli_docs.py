"""Docs can't drift: every command has help with an example and is in the README."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _command_table() -> dict[str, str]:
    """README's command table: command name -> the library names in its last column."""
    section = README.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `annotate ")]
    table = {}
    for row in rows:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", row.strip("|"))]
        table[cells[0].strip("`").split()[1]] = cells[-1]
    return table


def test_readme_command_table_lists_exactly_the_registered_commands():
    table = _command_table()
    assert sorted(table) == sorted(main.commands), "README's command table and `annotate --help` differ"


@pytest.mark.parametrize("name", sorted(_command_table()))
def test_readme_names_library_functions_that_exist(name):
    for dotted in (d.strip().strip("`") for d in _command_table()[name].split(",")):
        module, _, attr = dotted.rpartition(".")
        try:
            found = importlib.import_module(dotted)
        except ImportError:
            found = getattr(importlib.import_module(module), attr, None)
        assert found is not None, f"README says `annotate {name}` calls {dotted}, which does not exist"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_help_shows_an_example_line(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    examples = [line.strip() for line in result.output.splitlines() if line.strip().startswith(f"annotate {name}")]
    assert examples, f"`annotate {name} --help` shows no example line starting with `annotate {name}`"


def test_readme_gives_the_two_commands():
    assert "annotate demo" in README and "python -m pytest" in README


def test_python_m_annotate_and_root_cli_py_run_the_same_group():
    import subprocess
    import sys

    root = Path(__file__).parent.parent
    for args in ([sys.executable, "-m", "annotate", "--help"], [sys.executable, str(root / "cli.py"), "--help"]):
        out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=root).stdout
        assert "annotate demo" in out


def test_every_file_and_module_the_docs_name_exists():
    # docs/interchange.md pointed at tests/test_exports_mlt.py, which was renamed test_interchange_mlt.py.
    root = Path(__file__).parent.parent
    missing = []
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        for path in re.findall(r"`((?:tests|bench|annotate|docs|media_samples|timelines)/[\w./-]+)`", text):
            if not (root / path).exists():
                missing.append(f"{doc.name}: {path}")
        for module in re.findall(r"python -m ((?:annotate|bench|tests|media_samples)[\w.]*)", text):
            if importlib.util.find_spec(module) is None:
                missing.append(f"{doc.name}: python -m {module}")
    assert not missing, missing


def test_the_development_map_names_every_module_and_folder_of_the_package():
    # annotate/clocktext.py was in no row of the map for weeks: the map is where a newcomer looks for a job's home.
    root = Path(__file__).parent.parent
    section = README.split("\n## Development\n", 1)[1].split("\n## ", 1)[0]
    rows = "\n".join(line for line in section.splitlines() if line.startswith("| `"))
    package = root / "annotate"
    parts = [p for p in sorted(package.iterdir())
             if (p.suffix == ".py" and p.name not in {"__init__.py", "__main__.py"})
             or (p.is_dir() and (p / "__init__.py").exists())]
    unnamed = [p.name for p in parts if not re.search(rf"(?:`annotate/|(?<![\w/])){re.escape(p.stem)}(?:\.py|/)", rows)]
    assert not unnamed, f"README's Development map has no row naming {unnamed}"


def test_every_option_says_what_it_is_and_its_default():
    """``subtitles --help`` gave --min-duration "Seconds on screen, at least." with no default and
    --max-duration a default with no words: every option has help, and a default that is a value is shown."""
    import click

    context = click.Context(main)
    missing = []
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None
        for option in command.params:
            if not isinstance(option, click.Option) or option.hidden:
                continue
            if not option.help:
                missing.append(f"{name} {option.opts[0]}: no help")
            valued = isinstance(option.default, (int, float, str)) and not isinstance(option.default, bool)
            if valued and not option.show_default and "default" not in option.help.lower():
                missing.append(f"{name} {option.opts[0]}: default {option.default!r} not shown")
    assert missing == []
    shown = CliRunner().invoke(main, ["subtitles", "--help"], terminal_width=200).output
    assert re.search(r"--min-duration NUMBER\s+Seconds on screen, at least\.\s+\[default: \(0\.833, 20 frames", shown)
    assert re.search(r"--max-duration NUMBER\s+Seconds on screen, at most[^[]*\[default: 7\.0\]", shown)


def test_the_readme_says_what_a_link_in_place_of_an_output_gets(tmp_path):
    # It said "replaced, never written through" long after every writer began to refuse the link (9a37dce2).
    story = tmp_path / "tl.yaml"
    story.write_text("schema_version: 1\nmoments:\n  - {id: m1, start: 5, caption: the truck}\n", encoding="utf-8")
    (tmp_path / "link.otio").symlink_to(story)
    result = CliRunner().invoke(main, ["export", str(story), "-o", str(tmp_path / "link.otio"), "--force"])
    assert result.exit_code == 2 and "is a symbolic link (to " in result.output
    assert "refusing to replace it" in result.output and (tmp_path / "link.otio").is_symlink()
    said = " ".join(README.split())
    assert "a link in place of an output is refused, even with `--force`" in said
    assert "a link in place of an output is replaced" not in said
