"""What ``-o`` may be (annotate.cli.outputs): the format its extension names against ``--format``, a timeline's
file name, and ``-`` for standard output."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.interchange import read

ARTICLE = ("At 0:04 police footage shows the car arriving. At 0:20 a man runs out of the shop. "
           "At 0:40 the police car leaves.\n")


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert invoke("timeline", str(tmp_path / "story.txt"), "-o", str(out)).exit_code == 0
    return out


@pytest.mark.parametrize(("command", "name", "fmt", "said"), [
    ("subtitles", "mism.srt", "vtt", "is srt by its extension, but --format vtt: name it .vtt, or drop "
                                     "--format"),
    ("export", "mism.edl", "csv", "is edl by its extension, but --format csv: name it .csv, or drop --format"),
    ("export", "mism.xml", "fcpx", "is fcp-xml by its extension, but --format fcpx: name it .fcpxml, or drop "
                                   "--format"),
])
def test_a_format_that_contradicts_the_extension_is_refused(story, command, name, fmt, said):
    """``-o mism.srt --format vtt`` wrote WebVTT into a .srt file (annotate's own --check then failed it), CSV into
    a .edl; one rule for every command taking both: a known extension of another format is refused."""
    target = story.parent / name
    result = invoke(command, str(story), "-o", str(target), "--format", fmt)
    assert result.exit_code == 2
    assert result.stderr == f"annotate: error: {target}: {said}\n"
    assert not target.exists()


@pytest.mark.parametrize(("command", "name", "fmt"), [
    ("subtitles", "s.SRT", "srt"), ("subtitles", "s.txt", "vtt"), ("export", "out.txt", "youtube"),
    ("export", "c.vtt", "vtt-chapters"), ("export", "s.ssa", "ass"),
])
def test_a_format_that_agrees_with_or_names_what_the_extension_does_not_is_followed(story, command, name, fmt):
    target = story.parent / name
    result = invoke(command, str(story), "-o", str(target), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert len(read(target, fmt if fmt != "youtube" else None).moments) == 3 if fmt in ("srt", "vtt", "ass") \
        else target.stat().st_size > 0


@pytest.mark.parametrize(("command", "name"), [
    ("import", "out.srt"), ("timeline", "tl.mp4"), ("align", "al.srt"), ("import", "x.json"),
])
def test_a_timeline_named_like_another_kind_of_file_is_refused(story, command, name):
    """``import s.srt -o out.srt`` wrote a YAML timeline named .srt, ``timeline -o tl.mp4`` one named like a
    video: refused in one line, nothing written."""
    target = story.parent / name
    invoke("subtitles", str(story), "-o", str(story.parent / "s.srt"))
    source = {"import": "s.srt", "timeline": "story.txt", "align": "story.yaml"}[command]
    result = invoke(command, str(story.parent / source), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"annotate: error: {target}: a timeline is YAML, not ")
    assert result.stderr.endswith("; name it .yaml\n") and result.stderr.count("\n") == 1
    assert not target.exists()
