"""``annotate extract``: JSON and table output, inputs of every kind, and bad arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main

SEED = Path(__file__).parent / "data" / "jsa-defection-article.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_json_output_has_the_measured_fields(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"start", "end", "approximate", "quote", "span", "sentence", "caption", "window"}
    text = SEED.read_text(encoding="utf-8")
    assert row["start"] == 147.0 and row["end"] is None and row["approximate"] is True
    assert text[row["span"][0]:row["span"][1]] == row["quote"]
    assert row["caption"].startswith("the defector abandons")
    assert row["window"][0] < 147 < row["window"][1]


def test_table_output(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("At roughly 2:27 the man runs. From 3:00 to 3:10 he hides.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["time", "caption"]
    assert lines[2].startswith("≈2:27") and "the man runs" in lines[2]
    assert lines[3].startswith(" 3:00–3:10") and "he hides" in lines[3]


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--json"], input="Ninety seconds into the video, a man climbs.")
    assert result.exit_code == 0, result.output
    assert [r["start"] for r in json.loads(result.stdout)] == [90.0]


def test_html_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><body><script>x='9:59'</script><p>At 0:45 &amp; again at 1:05 it moves.</p>"
                    "</body></html>", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["start"] for r in rows] == [45.0, 65.0]
    assert rows[0]["sentence"] == "At 0:45 & again at 1:05 it moves."


def test_duration_option_drives_end_relative_forms(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("In the final 30 seconds, the car drives away.", encoding="utf-8")
    no_length = runner.invoke(main, ["extract", str(path), "--json"])
    assert json.loads(no_length.stdout) == []
    for value in ("180", "3:00"):
        result = runner.invoke(main, ["extract", str(path), "--json", "--duration", value])
        assert [(r["start"], r["end"]) for r in json.loads(result.stdout)] == [(150.0, 180.0)]


def test_non_utf8_file_warns_and_extracts(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("At 2:27 the café door opens.".encode("cp1252"))
    result = runner.invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "cp1252" in result.stderr
    assert json.loads(result.stdout)[0]["sentence"] == "At 2:27 the café door opens."


def test_empty_file_has_no_moments(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(b"")
    result = runner.invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0 and "no moments" in result.stdout


def _one_line_error(result, *fragments: str) -> None:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotate: error:"), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "b.bin"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    _one_line_error(runner.invoke(main, ["extract", str(path)]), str(path), "binary")


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    _one_line_error(runner.invoke(main, ["extract", str(path)]), str(path), "no such file")


def test_directory(runner: CliRunner, tmp_path: Path) -> None:
    _one_line_error(runner.invoke(main, ["extract", str(tmp_path)]), "directory")


@pytest.mark.parametrize("bad", ["-5", "abc", "nan", "inf", "1:99", ""])
def test_bad_duration(runner: CliRunner, bad: str) -> None:
    _one_line_error(runner.invoke(main, ["extract", str(SEED), "--duration", bad]), "--duration")


def test_help_has_an_example(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--help"])
    assert result.exit_code == 0 and "annotate extract" in result.output and "--duration" in result.output


def test_dev_stdin_is_refused_with_the_way_to_read_stdin() -> None:
    # A pipe behind /dev/stdin is not a regular file; the error said so and no more.
    done = subprocess.run([sys.executable, "-m", "annotate", "extract", "/dev/stdin"], input=b"At 2:27 it stops.\n",
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines() == [
        "annotate: error: /dev/stdin: is not a regular file (a pipe, device or socket), expected an article file; "
        "to read standard input, pass -"]
    again = subprocess.run([sys.executable, "-m", "annotate", "extract", "-"], input=b"At 2:27 it stops.\n",
                           capture_output=True, timeout=120, check=False)
    assert again.returncode == 0 and "2:27" in again.stdout.decode()


# Articles built to break the extractor (tests/test_moments_robustness.py): the CLI reads each to a result.
@pytest.mark.parametrize("text", ["At the half\thour mark he runs.", "At " + "9" * 400 + " seconds he runs.",
                                  "youtu.be/x?t=" + "9" * 400, "At 2:27 " + "(" * 100_000,
                                  "<div>" * 50_000 + "At 2:27 he runs." + "</div>" * 50_000])
def test_hostile_articles_extract_to_a_result(runner: CliRunner, tmp_path: Path, text: str) -> None:
    path = tmp_path / ("a.html" if text.startswith("<") else "a.txt")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--json", "--all"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert all(m["start"] is None or 0 <= m["start"] < 1e300 for m in found["moments"])


def test_a_bug_is_one_line_naming_the_command_not_a_traceback(tmp_path: Path) -> None:
    # A bug simulated in the extractor; ANNOTATE_TRACEBACK (set to 1 for every test) unset as for a user.
    path = tmp_path / "story.txt"
    path.write_text("At 2:27 he runs.", encoding="utf-8")
    code = ("import sys, annotate.moments.references as r\n"
            "def broken(*a, **k): raise IndexError('list index out of range')\n"
            "r.extract_references = broken\n"
            "from annotate.cli import main\n"
            "sys.argv = ['annotate', 'extract', sys.argv[1], '--json']\n"
            "main()\n")
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATE_TRACEBACK"}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 70 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "annotate: error: internal error (IndexError: list index out of range); this is a bug in annotate: please "
        f"report it with the command `annotate extract {path} --json` and its input (ANNOTATE_TRACEBACK=1 shows "
        "the traceback)"]
    env["ANNOTATE_TRACEBACK"] = "1"
    shown = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                           timeout=120)
    assert shown.returncode == 1 and "Traceback" in shown.stderr and "IndexError" in shown.stderr


@pytest.mark.parametrize("closed, args, message", [
    ("<&-", ["extract", "-"],
     "<stdin>: standard input is closed: nothing to read; pass the article's file instead of -"),
    (">&-", ["extract", "{article}", "--json"],
     "standard output is closed: the result has nowhere to go (redirect it to a file: > FILE)"),
])
def test_a_closed_standard_stream_is_one_line_and_a_failure(tmp_path: Path, closed: str, args: list[str],
                                                            message: str) -> None:
    """Started without stdin (a cron job, a service), ``extract -`` ended in an internal error (exit 70); without
    stdout, ``extract --json`` exited 0 having written its result nowhere."""
    article = tmp_path / "art.txt"
    article.write_text("At 0:02 the car stops.\n", encoding="utf-8")
    line = " ".join(['"$0" -m annotate', *(a.format(article=article) for a in args), closed])
    done = subprocess.run(["sh", "-c", line, sys.executable], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"annotate: error: {message}"]
