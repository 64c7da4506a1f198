"""The progress bar of the command line (annotate.cli.base.progress_bar): drawn on a terminal only."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotate import ffmpeg
from annotate.cli.base import progress_bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "term", "drawn"), [
    (io.StringIO(), "xterm-256color", False),  # cron, CI, `2>log`, `| tee`
    (_Terminal(), "dumb", False),  # Emacs' shell, a terminal that cannot redraw a line
    (_Terminal(), "xterm-256color", True),
])
def test_a_bar_is_drawn_on_a_terminal_only(monkeypatch, stream: io.StringIO, term: str, drawn: bool) -> None:
    """Every redraw went into logs (87 for one strip of 37 moments; a demo's log 44 KB of them), and the error
    that followed was glued to the last one (``strip:  90%|█████████ | [00:02<00:00]  annotate: error: ...``),
    where ``grep '^annotate: error'`` missed it."""
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setenv("TERM", term)
    with progress_bar("strip") as on_progress:
        for fraction in (0.1, 0.5, 1.0):
            if on_progress is not None:
                on_progress(fraction)
    assert ("%|" in stream.getvalue()) == drawn and (on_progress is not None) == drawn


def test_a_command_logged_to_a_file_writes_lines_only(tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=3", "-c:v", "libx264", "-preset", "ultrafast",
                str(video)])
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]),
           "TERM": "xterm-256color"}
    log = tmp_path / "err.txt"
    with log.open("w") as err:
        done = subprocess.run([sys.executable, "-m", "annotate", "shots", str(video), "--start", "9"],
                              stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL, env=env, timeout=300)
    said = log.read_text(encoding="utf-8")
    assert done.returncode == 2 and "\r" not in said and "%|" not in said
    assert said.startswith("annotate: error: ") and said.count("\n") == 1
    with log.open("w") as err:
        done = subprocess.run([sys.executable, "-m", "annotate", "shots", str(video)], stdout=subprocess.DEVNULL,
                              stderr=err, stdin=subprocess.DEVNULL, env=env, timeout=300)
    said = log.read_text(encoding="utf-8")
    assert done.returncode == 0 and "\r" not in said and "%|" not in said and said.endswith(" of v.mp4\n")
