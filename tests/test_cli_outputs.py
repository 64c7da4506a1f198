"""What ``-o`` may be (annotate.cli.outputs): the format its extension names against ``--format``, a timeline's
file name, and ``-`` for standard output."""

from __future__ import annotations

from pathlib import Path

import pysrt
import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.interchange import read
from annotate.timeline import load

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


def test_dash_o_writes_subtitles_and_export_text_to_standard_output(story, tmp_path, monkeypatch):
    """``subtitles -o - --format srt`` wrote a file named ``-`` (nothing on stdout, "wrote -"), export too. Text
    outputs go to standard output now; no file named ``-`` is made."""
    monkeypatch.chdir(tmp_path)
    result = invoke("subtitles", str(story), "-o", "-", "--format", "srt")
    assert result.exit_code == 0, result.output
    assert [i.text for i in pysrt.from_string(result.stdout)][:1] == ["police footage shows the car arriving"]
    assert invoke("subtitles", str(story), "-o", str(tmp_path / "file.srt")).exit_code == 0
    assert result.stdout_bytes == (tmp_path / "file.srt").read_bytes()
    result = invoke("export", str(story), "-o", "-", "--format", "csv")
    assert result.exit_code == 0, result.output
    (tmp_path / "via-stdout.csv").write_text(result.stdout, encoding="utf-8")
    assert [m.start for m in read(tmp_path / "via-stdout.csv").moments] == [4.0, 20.0, 40.0]
    assert not (tmp_path / "-").exists()
    result = invoke("subtitles", str(story), "-o", "-")
    assert result.exit_code == 2
    assert result.stderr == ("annotate: error: -o -: standard output has no extension to tell the format; "
                             "pass --format\n")


def test_import_dash_reads_standard_input_and_dash_o_prints_the_timeline(story, tmp_path, monkeypatch):
    """``cat s.srt | annotate import - --format srt -o x.yaml`` said "-: no such subtitle file"."""
    monkeypatch.chdir(tmp_path)
    assert invoke("subtitles", str(story), "-o", "s.srt").exit_code == 0
    data = (tmp_path / "s.srt").read_bytes()
    result = invoke("import", "-", "--format", "srt", "-o", "x.yaml", input=data)
    assert result.exit_code == 0, result.output
    assert [(m.start, m.caption) for m in load(tmp_path / "x.yaml").moments][:1] == [
        (4.0, "police footage shows the car arriving")]
    result = invoke("import", "-", "-o", "y.yaml", input=data)
    assert result.exit_code == 2 and not (tmp_path / "y.yaml").exists()
    assert result.stderr == ("annotate: error: -: standard input has no extension to tell the format; "
                             "pass --format\n")
    result = invoke("import", "s.srt", "-o", "-")
    assert result.exit_code == 0, result.output
    (tmp_path / "printed.yaml").write_text(result.stdout, encoding="utf-8")
    assert load(tmp_path / "printed.yaml").moments == load(tmp_path / "x.yaml").moments
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(("command", "extra"), [
    ("render", ()), ("strip", ()), ("clips", ()), ("review", ()), ("align", ()),
])
def test_dash_o_for_a_binary_output_or_a_folder_is_one_line(story, tmp_path, monkeypatch, command, extra):
    monkeypatch.chdir(tmp_path)
    result = invoke(command, str(story), "-o", "-", *extra)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"annotate: error: -o -: {command} writes ")
    assert result.stderr.endswith(", not text for standard output; name a file or folder\n")
    assert not (tmp_path / "-").exists()


def test_import_from_standard_input_names_it_stdin_and_records_no_path(tmp_path, monkeypatch):
    """``import -`` named its source ``-`` in its warnings, its last line and the timeline's origin, as if a file
    were called so: it is ``<stdin>``, and no path of the timeline is taken from it (a relative footage path in
    the input is still read from the working folder)."""
    import json

    monkeypatch.chdir(tmp_path)
    bad = b"1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:0x,000\nBad\n\n"
    result = invoke("import", "-", "--format", "srt", "-o", "x.yaml", input=bad)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("annotate: warning: <stdin>, line 6: ") and len(lines) == 3, lines
    assert lines[-1] == "wrote x.yaml: 2 moment(s) from <stdin>"
    assert "-" not in [s.article for s in load(tmp_path / "x.yaml").sources]
    story = {"schema_version": 1, "footage": {"path": "clips/a.mp4"}, "moments": [{"id": "a", "start": 1.0}]}
    (tmp_path / "out").mkdir()
    result = invoke("import", "-", "--format", "json", "-o", "out/y.yaml", input=json.dumps(story).encode())
    assert result.exit_code == 0, result.output
    assert load(tmp_path / "out" / "y.yaml").footage.path == "../clips/a.mp4"  # from out/, the same file

    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bad)))
    with pytest.warns(UserWarning, match="^<stdin>, line 6: "):
        assert read("-", "srt").origin is None
