"""The ninth attack round: what a clumsy or hostile user gives each command
through the CLI (special files, encodings, bombs, hostile names, signals),
and the gaps the seventh round left (batch outputs over its inputs, a
render stamp blind to a changed font, exports over other files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
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


def test_no_batch_output_replaces_a_file_the_batch_reads(tmp_path: Path) -> None:
    """Batch workers wrote without the check every single command makes: a
    story whose footage is its own render, whose article is its own SRT or
    whose footage is one of its clips had that input replaced. Each such
    output is now refused in one line naming it, the input kept, the rest made."""
    system.require(system.DEJAVU)
    out = tmp_path / "out"
    clip = _footage(tmp_path / "clip.mp4")
    story = _story(tmp_path, clip)
    own = {out / "r" / "render.mp4": "footage", out / "a" / "a.srt": "article", out / "c" / "clips" / "01-one.mp4":
           "footage", out / "h" / "render.mp4": "footage"}
    for path in own:
        path.parent.mkdir(parents=True)
    shutil.copyfile(clip, out / "r" / "render.mp4")
    linked = _footage(tmp_path / "linked.mp4")  # read by this name; its other name is the render's
    os.link(linked, out / "h" / "render.mp4")
    (out / "a" / "a.srt").write_text("At 0:01 the car stops at the gate.\n", encoding="utf-8")
    shutil.copyfile(clip, out / "c" / "clips" / "01-one.mp4")
    before = {path: path.read_bytes() for path in own}
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text(f"batch: 1\nstories:\n"
                    f"  - {{name: r, timeline: {story}, footage: {out}/r/render.mp4, outputs: {{render: true}}}}\n"
                    f"  - {{name: a, article: {out}/a/a.srt, footage: {clip}, outputs: {{subtitles: [srt, vtt]}}}}\n"
                    f"  - {{name: c, timeline: {story}, footage: {out}/c/clips/01-one.mp4, "
                    f"outputs: {{clips: {{mode: copy}}}}}}\n"
                    f"  - {{name: h, timeline: {story}, footage: {linked}, outputs: {{render: true}}}}\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(jobs), "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("annotate: error:")]
    assert len(errors) == 4, result.stderr
    for path, kind in own.items():
        assert path.read_bytes() == before[path]
        # (a render's name in a story's folder that annotate has no record of writing is refused at planning, by
        # the rule a review page's files are kept by, before a worker could find it is the story's footage)
        assert any(f"{path}: is the {kind} file this command reads; refusing to write over it" in e
                   or f"{path}: annotate has no record of writing it; refusing to replace it" in e for e in errors)
    assert (out / "a" / "a.vtt").read_text(encoding="utf-8").startswith("WEBVTT")  # the rest is made


def test_an_input_replaced_by_the_command_stays_noted_as_the_new_file(tmp_path: Path) -> None:
    """A timeline read and then updated in place left its note on the freed
    inode number; a later output given that number (a batch's clip manifest,
    on a rerun after the story changed) was refused as "the timeline file
    this command reads" and stopped the whole batch. The note moves with the file."""
    from annotate.atomic import write_text
    from annotate.inputs import command_inputs, noted, read_as
    from annotate.textio import regular_file

    story = tmp_path / "story.yaml"
    story.write_text("moments: []\n", encoding="utf-8")
    with command_inputs():
        old = regular_file(story, kind="timeline file")
        write_text(story, "moments: []\n# updated\n", through_link=True)
        assert story.stat().st_ino != old.st_ino
        assert read_as(story) == "timeline file"
        assert noted() == ((str(story), "timeline file"),)


# --- an existing output of another kind (gap 3) --------------------------------------------------------------------

DOCX = b"PK\x03\x04" + bytes(range(256)) * 8  # a word processor's file, renamed


def _export_formats() -> list[str]:
    from annotate.interchange import FORMATS

    return sorted(FORMATS)


def test_every_export_format_and_written_file_has_a_kind():
    from annotate.interchange import FORMATS
    from annotate.overwrite import KINDS

    assert set(FORMATS) <= set(KINDS)


@pytest.mark.parametrize("fmt", _export_formats())
def test_export_replaces_its_own_earlier_file_but_not_a_users_file(tmp_path: Path, fmt: str) -> None:
    """``export -o FILE --format X`` replaced whatever FILE was (a .docx, a CSV
    of other data). An earlier file of the format is still replaced; another
    is refused in one line naming it and what it holds, unless --force."""
    story = tmp_path / "story.yaml"
    story.write_text("title: T\nfootage: {path: /footage/a.mp4, fps: 25, duration: 60}\nmoments:\n"
                     "  - {id: m1, start: 2, end: 4, caption: One}\n  - {id: m2, start: 19, caption: Two}\n"
                     "  - {id: m3, start: 40, caption: Three}\n",
                     encoding="utf-8")
    out = tmp_path / "out.file"
    args = ["export", str(story), "-o", str(out), "--format", fmt]
    for attempt in range(2):  # a new file, then over the earlier export
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (attempt, result.output)
    made = out.read_bytes()
    out.write_bytes(DOCX)
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2 and out.read_bytes() == DOCX
    assert refused.stderr == (f"annotate: error: {out}: exists and holds a ZIP archive (a .docx, .xlsx, .odt, ...), "
                              f"not {_kind_name(fmt)}; refusing to replace it: remove it, name another file, or "
                              "pass --force\n")
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0 and out.read_bytes() == made


def _kind_name(kind: str) -> str:
    from annotate.overwrite import KINDS

    return KINDS[kind][0]


def test_export_over_a_file_of_another_format_names_what_it_holds(tmp_path: Path) -> None:
    story = tmp_path / "story.yaml"
    story.write_text("moments:\n  - {id: m1, start: 2, caption: One}\n", encoding="utf-8")
    notes = tmp_path / "notes.dat"  # (a name no format claims: -o notes.csv --format json is refused by its name)
    assert CliRunner().invoke(main, ["export", str(story), "-o", str(notes), "--format", "csv"]).exit_code == 0
    before = notes.read_bytes()
    result = CliRunner().invoke(main, ["export", str(story), "-o", str(notes), "--format", "json"])
    assert result.exit_code == 2 and notes.read_bytes() == before
    assert "holds a CSV of moments (with a 'start' column), not a JSON timeline" in result.stderr


def test_subtitles_strip_and_render_refuse_a_users_file_too(tmp_path: Path) -> None:
    """Every command that writes one file follows the export's rule."""
    clip = _footage(tmp_path / "clip.mp4")
    story = _story(tmp_path, clip)
    for command, name, extra in (("subtitles", "s.srt", []), ("subtitles", "s.vtt", []), ("strip", "s.png", []),
                                 ("render", "r.mp4", []), ("render", "p.png", ["--preview", "1"])):
        out = tmp_path / name
        out.write_bytes(DOCX)
        args = [command, str(story), "-o", str(out), *extra]
        refused = CliRunner().invoke(main, args)
        assert refused.exit_code == 2 and out.read_bytes() == DOCX, (command, refused.output)
        assert refused.stderr.count("\n") == 1 and "holds a ZIP archive" in refused.stderr
        assert "pass --force" in refused.stderr
        again = CliRunner().invoke(main, args)  # (still refused: nothing was changed)
        assert again.exit_code == 2
        for attempt in ("--force", None):  # forced once; then it is our own file: replaced without --force
            result = CliRunner().invoke(main, [*args, *([attempt] if attempt else [])])
            assert result.exit_code == 0, (command, result.output)
        assert out.read_bytes() != DOCX and out.stat().st_size > 0


@pytest.mark.parametrize("content, message", [
    (None, "no such file, expected a timeline file"),
    ("moments: [\n", "not valid YAML"),
    ("moments:\n  - {id: m1, start: nan}\n", "moment m1, field 'start'"),
])
def test_clips_names_a_timeline_it_cannot_read_once(tmp_path: Path, content: str | None, message: str) -> None:
    """``clips`` printed the timeline's name twice (``x.yaml: x.yaml: not valid
    YAML``): the failure's name, then the error, which names the file too."""
    story = tmp_path / "x.yaml"
    if content is not None:
        story.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["clips", str(story), "-o", str(tmp_path / "clips")])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("annotate: error:")]
    assert len(errors) == 1 and errors[0].count(str(story)) == 1 and message in errors[0], errors


def test_a_batch_worker_interrupted_while_idle_starts_no_task_it_was_handed(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C reaches every worker; one idle then (starting up, or between
    tasks) ignored it and ran the task the pool had already queued for it to
    the end of the grace period, was terminated, and left its review
    folder's lock behind (``b/review/.annotate.lock`` after two of three
    interrupted runs here). It now starts nothing more: the task is cancelled."""
    import signal

    from annotate.batch import tasks

    monkeypatch.setattr(tasks, "_STOPPING", False)
    monkeypatch.setattr(tasks, "_IN_TASK", False)
    story = _story(tmp_path, tmp_path / "absent.mp4")
    out = tmp_path / "out.srt"
    task = tasks.Task("s/subtitles/srt", "s", "subtitles", str(story), {"out": str(out), "format": "srt"})
    assert tasks.execute(task, str(tmp_path))["files"]  # runs while nothing stopped it
    out.unlink()
    tasks._on_sigint(signal.SIGINT, None)  # idle: no exception here
    with pytest.raises(KeyboardInterrupt):
        tasks.execute(task, str(tmp_path))
    assert not out.exists()


@pytest.mark.parametrize("existing, replaced", [
    ("1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n".encode("utf-16"), True),  # another tool's, UTF-16, CRLF
    (b"00:00:01,000 --> 00:00:02,000\nno cue numbers\n", True),
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n", False),  # an SRT-like timing line, but a WebVTT file
    (b"Dear editor,\n", False),
])
def test_subtitles_replace_an_srt_of_any_tool_but_not_another_kind(tmp_path: Path, existing: bytes,
                                                                    replaced: bool) -> None:
    story = tmp_path / "story.yaml"
    story.write_text("moments:\n  - {id: m1, start: 2, caption: One}\n", encoding="utf-8")
    out = tmp_path / "out.srt"
    out.write_bytes(existing)
    result = CliRunner().invoke(main, ["subtitles", str(story), "-o", str(out)])
    assert (result.exit_code == 0) == replaced, result.output
    assert (out.read_bytes() != existing) == replaced
    if not replaced:
        assert "not an SRT subtitle file; refusing to replace it" in result.stderr
        assert ("holds a WebVTT file" in result.stderr) == existing.startswith(b"WEBVTT")
