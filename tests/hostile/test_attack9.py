"""The ninth attack round: what a clumsy or hostile user gives each command
through the CLI (special files, encodings, bombs, hostile names, signals),
and the gaps the seventh round left (batch outputs over its inputs, a
render stamp blind to a changed font, exports over other files)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from annotate import ffmpeg
from annotate import fonts as fontlib
from annotate.cli import main
from tests import system


def _footage(path: Path, seconds: float = 2.0) -> Path:
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=0x2a4d69:s=320x180:r=25:d={seconds}", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)])
    return path


def _story(folder: Path, footage: Path) -> Path:
    story = folder / "story.yaml"
    story.write_text(f"title: Story\nfootage: {footage}\nmoments:\n  - {{id: m1, start: 0.5, caption: One}}\n",
                     encoding="utf-8")
    return story


def test_a_render_is_redone_when_its_font_file_changed_at_the_same_path(tmp_path: Path) -> None:
    """The render stamp named the font files by path: a theme font replaced
    in place (a new version of the house font) kept the render drawn with
    the old one. The stamp now holds each font's content digest."""
    from annotate.render.runner import stamp_of

    system.require(system.DEJAVU)
    regular, bold = fontlib.match_family("DejaVu Sans"), fontlib.match_family("DejaVu Sans", "bold")
    assert regular is not None and bold is not None and regular.file != bold.file
    font = tmp_path / "house.ttf"
    shutil.copyfile(regular.file, font)
    theme = tmp_path / "theme.yaml"
    theme.write_text(f"font_file: {font}\n", encoding="utf-8")
    story = _story(tmp_path, _footage(tmp_path / "clip.mp4"))
    out = tmp_path / "out.mp4"
    args = ["render", str(story), "--theme", str(theme), "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    stamp = stamp_of(out)
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and f"kept {out}" in again.stderr, again.output  # unchanged: kept
    shutil.copyfile(bold.file, font)  # same path, same family name, other glyphs
    third = CliRunner().invoke(main, args)
    assert third.exit_code == 0, third.output
    assert f"wrote {out} (" in third.stderr and stamp_of(out) not in (None, stamp)
