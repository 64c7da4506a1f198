"""Clip batches: several timelines, resume by hash, kill -9 and Ctrl-C
mid-run, bad input, and the ``annotate clips`` command."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import av
import psutil
import pytest
from click.testing import CliRunner
from PIL import Image

from annotate import timeline as tl
from annotate.atomic import is_ours
from annotate.cli import main
from annotate.clips import export, run
from annotate.clips.manifest import JOURNAL, Manifest, journal_entry, journaled
from annotate.digest import sha256
from annotate.errors import OutputError
from annotate.model import Moment
from tests.clips_support import decode_errors, make_footage, timeline

KILL_MOMENTS = 12


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    return make_footage(tmp_path_factory.mktemp("batch-src") / "src.mp4", seconds=13)


def _write(path: Path, footage: Path, moments: list[Moment], title: str = "T") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tl.save(timeline(Path(os.path.relpath(footage, path.parent)), moments, title=title), path)
    return path


def _clips(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.mp4") if not p.name.startswith("."))


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if is_ours(p.name)]


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_progress_goes_to_the_callback_and_nothing_is_drawn(src, tmp_path, capfd):
    """The library reports progress through on_progress only: no bar, no
    print (the CLI draws the bar)."""
    t = _write(tmp_path / "story.yaml", src, [Moment(start=2, id="m1", caption="One"),
                                               Moment(start=6, end=8, id="m2", caption="Two")])
    seen: list[float] = []
    report = export([t], tmp_path / "out", mode="exact", workers=1, on_progress=seen.append)
    assert report.ok and len(report.written) == 2
    assert seen and seen == sorted(seen) and 0 < seen[0] and seen[-1] == pytest.approx(1.0)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_several_timelines_get_their_own_folders_posters_and_sheet(src, tmp_path):
    a = _write(tmp_path / "a" / "story.yaml", src, [Moment(start=2, id="m1", caption="Same caption"),
                                                   Moment(start=4, end=6, id="m2", caption="Same caption")])
    b = _write(tmp_path / "b" / "story.yaml", src, [Moment(start=8, end=9, id="m1", caption="日本語 / ../x")])
    out = tmp_path / "out"
    report = export([a, b], out, mode="copy")
    assert report.ok
    names = sorted(str(p.relative_to(out)) for p in _clips(out))
    assert names == ["story-2/01-日本語-x.mp4", "story/01-same-caption.mp4", "story/02-same-caption-2.mp4"]
    assert any("share the caption" in w for w in report.warnings)
    manifest = _manifest(out)
    assert sorted(c["file"] for c in manifest["clips"]) == sorted(names)
    assert {c["file"].split("/")[0]: c["timeline"] for c in manifest["clips"]} == {"story": "story",
                                                                                   "story-2": "story-2"}
    assert manifest["tools"]["ffmpeg"] and manifest["tools"]["pyav"]
    for clip in manifest["clips"]:
        with Image.open(out / clip["poster"]) as poster:
            assert poster.format == "JPEG" and poster.width >= 320
    with Image.open(out / "contact-sheet.png") as sheet:
        assert sheet.format == "PNG" and sheet.width > 3 * 320
    assert (out / "manifest.csv").read_bytes().startswith(b"\xef\xbb\xbffile,")  # UTF-8 for Excel
    csv_rows = (out / "manifest.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_rows[0].startswith("file,timeline,moment_id") and len(csv_rows) == 4


def test_a_folder_holding_the_users_own_manifest_or_sheet_is_refused_not_overwritten(samples, tmp_path):
    """``clips -o`` a folder that already holds a manifest.json, manifest.csv or contact-sheet.png this
    tool did not write (the user's own) replaced them with the clips' record ("unreadable manifest;
    clips will be redone"). Now one error line names the file and nothing in the folder changes."""
    story = _write(tmp_path / "story.yaml", samples.video, [Moment(start=41, end=43, id="m1", caption="Truck"),
                                                             Moment(start=147, end=149, id="m2", caption="Run")])
    out = tmp_path / "out"
    foreign = [("manifest.json", b'{"my": "own data"}\n'), ("manifest.json", b"not json at all\n"),
               ("manifest.csv", b"name,notes\nme,mine\n"), ("contact-sheet.png", b"my picture")]
    for name, content in foreign:
        out.mkdir(exist_ok=True)
        (out / name).write_bytes(content)
        (out / "notes.txt").write_bytes(b"my notes\n")
        result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "copy", "-q"])
        assert result.exit_code == 2, (name, result.output)
        why = ("is not a clips manifest or sheet of annotate" if name == "manifest.json"
               else "annotate has no record of writing it")
        assert result.stderr.startswith(f"annotate: error: {out / name}: {why}") \
            and result.stderr.count("\n") == 1, result.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted([name, "notes.txt"])
        assert (out / name).read_bytes() == content
        (out / name).unlink()
    # Without them the clips are cut, and the folder's own record is accepted on a rerun.
    for reused in (0, 2):
        result = CliRunner().invoke(main, ["clips", str(story), "-o", str(out), "--mode", "copy", "-q"])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"{2 - reused} written, {reused} reused, 0 failed")
    assert sorted(c["file"] for c in _manifest(out)["clips"]) == [p.name for p in _clips(out)]
    assert (out / "notes.txt").read_bytes() == b"my notes\n"


def test_a_manifest_csv_or_sheet_changed_since_annotate_wrote_it_is_refused_not_overwritten(src, tmp_path):
    """The CSV opened and saved with the user's notes (what a spreadsheet is for) or a contact sheet they
    marked up, in a clips folder of ours, was replaced on the next run ("0 written, 1 reused", no word),
    because an annotate manifest.json was beside it. Now one error line names the file, and nothing in
    the folder changes; the files still as annotate wrote them are replaced on a rerun."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=2, end=3, id="m1", caption="hi")])
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "-q"]).exit_code == 0
    for name, content in (("manifest.csv", b"id,my notes in excel\n"), ("contact-sheet.png", b"my sheet")):
        ours = (out / name).read_bytes()
        (out / name).write_bytes(content)
        before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        result = CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "-q"])
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"annotate: error: {out / name}: changed since annotate wrote it; refusing to "
                                 "replace it: name another folder for the clips, or move it away\n")
        assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
        (out / name).write_bytes(ours)  # put back as annotate wrote it: its own again
    result = CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "-q"])
    assert result.exit_code == 0 and result.stdout.startswith("0 written, 1 reused"), result.output
    with Image.open(out / "contact-sheet.png") as sheet:
        assert sheet.format == "PNG"
    assert (out / "manifest.csv").read_text(encoding="utf-8").splitlines()[1].startswith("01-hi.mp4,")


def test_a_users_own_file_under_a_clips_or_posters_name_is_refused_not_overwritten(src, tmp_path):
    """``clips -o`` a folder holding the user's own ``01-hi.mp4`` or ``01-hi.jpg`` replaced them with a
    clip and its poster, exit 0. Now one error line names the file and nothing in the folder changes; a
    clip and poster the manifest records (by sha256) are still replaced on a re-run in another mode."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=2, end=3, id="m1", caption="hi")])
    out = tmp_path / "out"
    for name, what in (("01-hi.mp4", "a clip"), ("01-hi.jpg", "a clip's poster")):
        out.mkdir()
        (out / name).write_bytes(b"my own file")
        result = CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "-q"])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"annotate: error: {out / name}: is not {what} of annotate ")
        assert result.stderr.count("\n") == 1 and "written" not in result.stdout
        assert [(p.name, p.read_bytes()) for p in out.iterdir()] == [(name, b"my own file")]
        (out / name).unlink()
        out.rmdir()
    assert export([t], out).ok
    first = _manifest(out)["clips"][0]
    assert first["poster_sha256"] == sha256(out / "01-hi.jpg")
    again = export([t], out, mode="copy")
    assert [e["file"] for e in again.written] == ["01-hi.mp4"]
    assert _manifest(out)["clips"][0]["sha256"] == sha256(out / "01-hi.mp4") != first["sha256"]


def test_rerun_keeps_finished_clips_and_redoes_damaged_or_unrecorded_ones(src, tmp_path):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=s, end=s + 1, id=f"m{s}", caption=f"c{s}") for s in (1, 3, 5)])
    out = tmp_path / "out"
    first = export([t], out)
    assert len(first.written) == 3
    clips = _clips(out)
    before = {p: (p.stat().st_mtime_ns, sha256(p)) for p in clips}
    again = export([t], out)
    assert (len(again.written), len(again.reused)) == (0, 3)
    assert {p: (p.stat().st_mtime_ns, sha256(p)) for p in clips} == before
    # A changed clip (another hash) and one the manifest does not know are no longer provably annotate's:
    # refused, untouched; once moved away they are redone.
    damaged, unrecorded = clips[0], clips[1]
    with open(damaged, "r+b") as handle:
        handle.seek(2000)
        handle.write(b"\xff" * 16)
    data = _manifest(out)
    data["clips"] = [c for c in data["clips"] if c["file"] != unrecorded.name]
    (out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    for path in (damaged, unrecorded):
        held = path.read_bytes()
        with pytest.raises(OutputError, match="is not a clip of annotate"):
            export([t], out)
        assert path.read_bytes() == held
        path.unlink()
    with pytest.raises(OutputError, match="is not a clip's poster of annotate"):  # (the unrecorded one's)
        export([t], out)
    unrecorded.with_suffix(".jpg").unlink()
    third = export([t], out)
    assert sorted(e["file"] for e in third.written) == sorted([damaged.name, unrecorded.name])
    assert sha256(damaged) == next(c["sha256"] for c in _manifest(out)["clips"] if c["file"] == damaged.name)
    # Another mode is other content: redone, not reused.
    assert len(export([t], out, mode="copy").written) == 3


def _start_cli(tl_path: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annotate", "clips", str(tl_path), "-o", str(out), "--workers", "1", "-q", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _recorded(out: Path) -> bool:
    """Whether a clip is recorded yet: in the manifest (written whole, by rename) or, during a run, in the
    journal each finished clip's entry is appended to."""
    return bool(_recorded_names(out))


def _recorded_names(out: Path) -> set[str]:
    try:
        listed = {c["file"] for c in _manifest(out)["clips"]}
    except FileNotFoundError:
        listed = set()
    return listed | {name for name, line in journaled(out).items() if "entry" in line}


def _wait_for_first_clip(proc: subprocess.Popen, out: Path) -> list[psutil.Process]:
    """Until the manifest records a clip: a clip is done once its poster is made and hashed (every mode's
    poster is decoded at the moment's frame, up to a GOP after the clip's name appears), and a signal in the
    moments before it is recorded finds it journaled, not listed (at load 12 it came there once)."""
    deadline = time.monotonic() + 60
    while not _recorded(out):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no clip appeared"
        time.sleep(0.02)
    return psutil.Process(proc.pid).children(recursive=True)


def _kill_test_timeline(src: Path, folder: Path) -> Path:
    moments = [Moment(start=0.5 * i, end=0.5 * i + 4, id=f"k{i}", caption=f"clip {i}") for i in range(KILL_MOMENTS)]
    return _write(folder / "kill.yaml", src, moments)


def test_kill_9_mid_run_leaves_no_truncated_clip_and_rerun_completes(src, tmp_path):
    t = _kill_test_timeline(src, tmp_path)
    out = tmp_path / "out"
    proc = _start_cli(t, out)
    children = _wait_for_first_clip(proc, out)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    psutil.wait_procs(children, timeout=20)  # orphaned ffmpeg finishes into its temporary name
    done = _clips(out)
    assert 0 < len(done) < KILL_MOMENTS, "the kill must land mid-run"
    for clip in done:  # every final name holds a whole, decodable clip
        with av.open(str(clip)) as c:
            assert c.streams.video[0].frames > 100
        assert decode_errors(clip) == ""
    stamps = {p: (p.stat().st_mtime_ns, sha256(p)) for p in done}
    recorded = _recorded_names(out)
    rerun = _start_cli(t, out)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert len(_clips(out)) == KILL_MOMENTS and not _partials(out)
    manifest = _manifest(out)
    assert len(manifest["clips"]) == KILL_MOMENTS and not manifest["failed"]
    for entry in manifest["clips"]:
        assert sha256(out / entry["file"]) == entry["sha256"]
    for clip, stamp in stamps.items():  # recorded clips were kept, not redone
        if clip.name in recorded:
            assert (clip.stat().st_mtime_ns, sha256(clip)) == stamp


def test_ctrl_c_stops_workers_and_ffmpeg_and_removes_partial_files(src, tmp_path):
    t = _kill_test_timeline(src, tmp_path)
    out = tmp_path / "out"
    proc = _start_cli(t, out)
    _wait_for_first_clip(proc, out)
    proc.send_signal(signal.SIGINT)  # to Python only: ffmpeg children must be stopped by us
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert not _partials(out)
    assert not [p for p in psutil.process_iter(["cmdline"]) if str(out) in " ".join(p.info["cmdline"] or [])]
    recorded = _manifest(out)["clips"]
    assert recorded and all(sha256(out / c["file"]) == c["sha256"] for c in recorded)


def test_missing_footage_names_the_timeline_and_the_rest_is_done(src, tmp_path):
    good = _write(tmp_path / "good.yaml", src, [Moment(start=1, end=2, id="g")])
    bad = _write(tmp_path / "bad.yaml", tmp_path / "missing.mp4", [Moment(start=1, end=2, id="b")])
    report = export([good, bad], tmp_path / "out")
    assert not report.ok and len(report.written) == 1
    assert "bad.yaml" in report.failed[0].what and "footage not found" in report.failed[0].reason


def test_a_missing_timeline_makes_no_folder_and_the_manifest_lists_every_failed_input(src, tmp_path):
    """``clips nosuch.yaml -o nf`` made nf/ with an empty manifest (``failed: []``) and a second summary
    line. Now it fails with the one error line and makes nothing; with a readable timeline beside it
    the manifest lists the one that failed."""
    missing = tmp_path / "nosuch.yaml"
    result = CliRunner().invoke(main, ["clips", str(missing), "-o", str(tmp_path / "nf"), "-q"])
    assert result.exit_code == 2 and not (tmp_path / "nf").exists()
    assert result.output == f"annotate: error: {missing}: no such file, expected a timeline file\n"
    good = _write(tmp_path / "good.yaml", src, [Moment(start=1, end=2, id="g")])
    bad = _write(tmp_path / "bad.yaml", tmp_path / "gone.mp4", [Moment(start=1, end=2, id="b")])
    report = export([good, missing, bad], tmp_path / "out")
    assert len(report.written) == 1
    failed = {f["timeline"]: f["reason"] for f in _manifest(tmp_path / "out")["failed"]}
    assert failed.keys() == {str(missing), str(bad)} and "footage not found" in failed[str(bad)]


def test_footage_not_found_makes_no_folder_unless_one_was_there(src, tmp_path):
    """``clips t.yaml -o c`` whose only timeline's footage is a typo made c/ with an empty manifest (and
    its CSV and record). Now the one error line is all: no clip to cut, no folder. A folder an earlier
    run made keeps its clips, and its manifest lists the footage that was not found."""
    bad = _write(tmp_path / "bad.yaml", tmp_path / "nothere.mp4", [Moment(start=1, end=2, id="b")])
    out = tmp_path / "c"
    result = CliRunner().invoke(main, ["clips", str(bad), "-o", str(out), "-q"])
    assert result.exit_code == 2 and not out.exists()
    assert result.output.startswith(f"annotate: error: timeline {bad}: ") and "footage not found" in result.output
    result = CliRunner().invoke(main, ["clips", str(bad), "-o", str(out), "--footage", str(tmp_path / "typo.mp4")])
    assert result.exit_code == 2 and not out.exists()
    good = _write(tmp_path / "good.yaml", src, [Moment(start=1, end=2, id="g")])
    assert export([good], out).ok
    report = export([bad], out)
    assert not report.ok and report.manifest == out / "manifest.json"
    recorded = _manifest(out)
    assert [f["timeline"] for f in recorded["failed"]] == [str(bad)]
    assert [c["moment_id"] for c in recorded["clips"]] == ["g"] and (out / recorded["clips"][0]["file"]).is_file()


def test_only_naming_an_unknown_id_fails_before_anything_is_made(src, tmp_path):
    """``clips --only m1,m2x`` cut m1 and never said m2x matched nothing. Now one error line names it
    and no folder is made; ``--only`` repeats."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="m1"), Moment(start=3, end=4, id="m2")])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "--only", "m1,m2x", "-q"])
    assert result.exit_code == 2 and not out.exists()
    assert result.output == (f"annotate: error: {t}: --only m2x matches no moment id or tag; did you mean "
                             "m2x -> m2? (have: m1, m2)\n")
    ok = CliRunner().invoke(main, ["clips", str(t), "-o", str(out), "--only", "m1", "--only", "m2", "-q"])
    assert ok.exit_code == 0 and sorted(c["moment_id"] for c in _manifest(out)["clips"]) == ["m1", "m2"]


def test_moment_beyond_the_footage_is_skipped_and_a_long_end_clamped(src, tmp_path):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=30, id="late"), Moment(start=11, end=40, id="long")])
    report = export([t], tmp_path / "out", mode="copy")
    assert [f.what for f in report.failed] == ["timeline t, moment late"]
    assert "after the end of the footage" in report.failed[0].reason
    assert any("beyond the footage; clamped" in w for w in report.warnings)
    assert _manifest(tmp_path / "out")["failed"][0]["moment_id"] == "late"


def test_unusable_output_folder_is_a_clear_error(src, tmp_path):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1)])
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="folder"):
        export([t], tmp_path / "file")
    with pytest.raises(OutputError, match="cannot create"):
        export([t], "/proc/annotate-clips-test")


def test_full_disk_while_cutting_is_reported_per_clip(src, tmp_path, monkeypatch):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="a"), Moment(start=3, end=4, id="b")])
    real = run.cutter.cut

    def cut(mode, table, span, out, **kw):
        if span.start == 3:
            out.write_bytes(b"\0" * 100)  # a partial write, then the disk fills
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(mode, table, span, out, **kw)

    monkeypatch.setattr(run.cutter, "cut", cut)
    report = export([t], tmp_path / "out")
    assert [e["moment_id"] for e in report.written] == ["a"]
    assert report.failed[0].what == "02-b.mp4" and "No space left" in report.failed[0].reason
    assert [p.name for p in _clips(tmp_path / "out")] == ["01-a.mp4"] and not _partials(tmp_path / "out")


def test_cli_prints_a_summary_and_fails_when_anything_failed(src, tmp_path):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="a", caption="One"), Moment(start=99, id="z")])
    result = CliRunner().invoke(main, ["clips", str(t), "-o", str(tmp_path / "out"), "--mode", "smart",
                                       "--pad", "0.5,1", "-q"])
    assert result.exit_code == 2
    assert "wrote" in result.output and "01-one.mp4" in result.output
    assert "wrote" in result.stderr and "wrote" not in result.stdout  # status on stderr, results on stdout
    assert "1 written, 0 reused, 1 failed" in result.output
    entry = _manifest(tmp_path / "out")["clips"][0]
    assert (entry["requested_start"], entry["requested_end"]) == (0.5, 3.0)
    ok = CliRunner().invoke(main, ["clips", str(t), "-o", str(tmp_path / "out"), "--mode", "smart",
                                   "--pad", "0.5,1", "--only", "a", "-q"])
    assert ok.exit_code == 0 and "1 reused" in ok.output
    bad = CliRunner().invoke(main, ["clips", str(t), "-o", str(tmp_path / "o2"), "--pad", "x"])
    assert bad.exit_code == 2 and "--pad" in bad.output


def test_truncated_footage_is_reported_with_its_timeline(src, tmp_path):
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(src.read_bytes()[: src.stat().st_size // 2])  # a download that stopped half-way
    t = _write(tmp_path / "t.yaml", cut, [Moment(start=1, end=2, id="a")])
    report = export([t], tmp_path / "out")
    assert not report.ok and not report.written
    assert "t.yaml" in report.failed[0].what and "truncated" in report.failed[0].reason


def test_only_may_match_in_one_timeline_of_several_but_not_in_none(src, tmp_path):
    from annotate.errors import InputError

    a = _write(tmp_path / "a.yaml", src, [Moment(start=1, end=2, id="x"), Moment(start=3, end=4, id="y")])
    b = _write(tmp_path / "b.yaml", src, [Moment(start=5, end=6, id="z", tags=("fire",))])
    report = export([a, b], tmp_path / "out", mode="copy", only=["y", "fire"])
    assert report.ok and sorted(e["file"] for e in report.written) == ["a/02-y.mp4", "b/01-z.mp4"]
    with pytest.raises(InputError, match="matches no moment"):
        export([a, b], tmp_path / "out", mode="copy", only=["nope"])


def test_several_videos_are_cut_each_from_its_own_into_a_folder_per_video(src, tmp_path):
    from annotate.model import Footage, Timeline

    small = make_footage(tmp_path / "small.mp4", seconds=6, size="160x120", preset="veryfast")
    path = tmp_path / "two.yaml"
    tl.save(Timeline(videos=(Footage(path=str(src), id="wide"), Footage(path=str(small), id="close")),
                     moments=(Moment(start=2, end=3, id="m1", caption="Gate"),
                              Moment(start=3, end=4, id="m2", caption="Car", footage="close"))), path)
    out = tmp_path / "out"
    report = export([path], out, mode="exact")
    assert report.ok, report.failed
    clips = {str(p.relative_to(out).parent): p for p in _clips(out)}
    assert sorted(clips) == ["two-close", "two-wide"]
    for folder, size in (("two-wide", (320, 240)), ("two-close", (160, 120))):
        with av.open(str(clips[folder])) as container:
            stream = container.streams.video[0]
            assert (stream.codec_context.width, stream.codec_context.height) == size
    failed = export([path], tmp_path / "out2", mode="copy", footage=src)
    assert not failed.ok and "--footage cuts one video; this timeline has 2 (wide, close)" in failed.failed[0].reason


def test_the_manifest_names_the_article_and_sentence_each_clip_came_from(samples, tmp_path):
    # A fact-checker reads the manifest for a clip's provenance: it named the footage (path, sha256), the
    # in and out points and the moment, but not the article the moment was read from, nor its sentence.
    import csv

    article = tmp_path / "articles" / "story.txt"
    article.parent.mkdir()
    article.write_text(samples.article.read_text(encoding="utf-8"), encoding="utf-8")
    story = tmp_path / "timelines" / "story.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["timeline", str(article), "--footage", str(samples.video), "-o", str(story)]
                         ).exit_code == 0
    result = runner.invoke(main, ["clips", str(story), "-o", str(tmp_path / "out"), "--mode", "copy", "--only", "m1"])
    assert result.exit_code == 0, result.output
    entry = _manifest(tmp_path / "out")["clips"][0]
    moment = next(m for m in tl.load(story).moments if m.id == "m1")
    assert entry["sentence"] == moment.sentence and "0:41" in entry["sentence"]
    assert entry["sources"] == [{"article": str(article), "credit": "Footage: Border Command via Wire Service"}]
    assert (entry["footage"], entry["footage_sha256"]) == (str(samples.video.resolve()), sha256(samples.video))
    with open(tmp_path / "out" / "manifest.csv", encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert (row["article"], row["sentence"], row["end"]) == (str(article), moment.sentence, str(entry["end"]))


def _listed(folder: Path) -> list[tuple[str, str]]:
    return [(c["moment_id"], c["file"]) for c in _manifest(folder)["clips"]]


def test_clips_of_renamed_or_deleted_moments_are_unlisted_renamed_or_removed_with_a_warning(src, tmp_path):
    """Re-running after a caption was changed listed both the old and the new clip of the moment (one
    showing a caption that no longer exists); after a moment was deleted its clips stayed listed, and two
    moments' files both began ``01-``. Now the manifest lists this run's clips only: a clip left over that
    is still exactly what annotate wrote is renamed to its moment's new name when its content is the same
    (moment, footage, span, mode), else removed with its poster, each named in a warning."""
    moments = [Moment(start=1, end=2, id="m1", caption="First name"), Moment(start=3, end=4, id="m2", caption="Second"),
               Moment(start=5, end=6, id="m3", caption="Third")]
    t = _write(tmp_path / "t.yaml", src, moments)
    out = tmp_path / "out"
    assert export([t], out, mode="copy").ok
    first = sha256(out / "01-first-name.mp4")
    _write(t, src, [Moment(start=1, end=2, id="m1", caption="Renamed"), *moments[1:]])
    renamed = export([t], out, mode="copy")
    assert _listed(out) == [("m1", "01-renamed.mp4"), ("m2", "02-second.mp4"), ("m3", "03-third.mp4")]
    assert [p.name for p in _clips(out)] == ["01-renamed.mp4", "02-second.mp4", "03-third.mp4"]
    assert sorted(p.name for p in out.glob("*.jpg")) == ["01-renamed.jpg", "02-second.jpg", "03-third.jpg"]
    assert [w for w in renamed.warnings if "earlier run" in w] == [
        "01-first-name.mp4: clip of moment m1 from an earlier run is now 01-renamed.mp4 (its moment was "
        "re-captioned or moved): renamed it and its poster, not cut again"]
    assert (len(renamed.written), len(renamed.reused)) == (0, 3) and sha256(out / "01-renamed.mp4") == first
    entry = _manifest(out)["clips"][0]
    assert (entry["caption"], entry["poster"], entry["sha256"]) == ("Renamed", "01-renamed.jpg", first)
    # m1 deleted: every file number moves up; no two moments share a number prefix, in the folder or the record.
    _write(t, src, moments[1:])
    deleted = export([t], out, mode="copy")
    assert _listed(out) == [("m2", "01-second.mp4"), ("m3", "02-third.mp4")]
    assert [(c["index"], c["poster"]) for c in _manifest(out)["clips"]] == [(1, "01-second.jpg"), (2, "02-third.jpg")]
    assert [p.name for p in _clips(out)] == ["01-second.mp4", "02-third.mp4"]
    assert sorted(p.name for p in out.glob("*.jpg")) == ["01-second.jpg", "02-third.jpg"]
    assert sorted(w for w in deleted.warnings if "earlier run" in w) == [
        "01-renamed.mp4: clip of moment m1 from an earlier run (no moment of this run's timelines has this name "
        "now: its moment was re-captioned, moved or deleted): removed it and its poster, and unlisted it",
        "02-second.mp4: clip of moment m2 from an earlier run is now 01-second.mp4 (its moment was re-captioned "
        "or moved): renamed it and its poster, not cut again",
        "03-third.mp4: clip of moment m3 from an earlier run is now 02-third.mp4 (its moment was re-captioned "
        "or moved): renamed it and its poster, not cut again"]
    assert (len(deleted.written), len(deleted.reused)) == (0, 2)
    assert (out / "manifest.csv").read_text(encoding="utf-8").count("\n") == 3
    # A changed span is other content: the moment is cut again.
    _write(t, src, [Moment(start=3, end=5, id="m2", caption="Second"), moments[2]])
    moved = export([t], out, mode="copy")
    assert [e["file"] for e in moved.written] == ["01-second.mp4"] and len(moved.reused) == 1


def test_a_left_over_clip_changed_by_the_user_is_kept_and_only_ours_are_removed(src, tmp_path):
    """Only files the record proves annotate wrote are removed: a left-over clip changed since (another hash)
    is kept, unlisted, with a warning; a manifest edited to name a file outside its folder removes nothing."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="m1", caption="Old"),
                                          Moment(start=3, end=4, id="m2", caption="Two")])
    out = tmp_path / "out"
    assert export([t], out, mode="copy").ok
    with open(out / "01-old.mp4", "ab") as handle:
        handle.write(b"the user's edit")
    victim = tmp_path / "victim.mp4"
    victim.write_bytes(b"not a clip of annotate")
    data = _manifest(out)
    data["clips"].append({**data["clips"][0], "file": "../victim.mp4", "poster": "../victim.jpg",
                          "size": victim.stat().st_size, "sha256": sha256(victim)})
    (out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    _write(t, src, [Moment(start=1, end=2, id="m1", caption="New"), Moment(start=3, end=4, id="m2", caption="Two")])
    report = export([t], out, mode="copy")
    assert report.ok and _listed(out) == [("m1", "01-new.mp4"), ("m2", "02-two.mp4")]
    assert (out / "01-old.mp4").exists() and victim.read_bytes() == b"not a clip of annotate"
    kept = sorted(w for w in report.warnings if "earlier run" in w)
    assert [w.split(":")[0] for w in kept] == ["../victim.mp4", "01-old.mp4"]
    assert all(w.endswith("changed since annotate wrote it, so kept; no longer in the manifest") for w in kept)


def test_only_keeps_the_clips_of_moments_it_leaves_out_but_not_of_moments_gone(src, tmp_path):
    """``--only`` cuts some moments and keeps the others' clips (still this timeline's); a moment gone
    from the timeline loses its clip on an ``--only`` run too; a clip whose name now belongs to another
    moment is not passed off as that moment's."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="m1", caption="Same"),
                                          Moment(start=3, end=4, id="m2", caption="Two"),
                                          Moment(start=5, end=6, id="m3", caption="Three")])
    out = tmp_path / "out"
    assert export([t], out, mode="copy").ok
    _write(t, src, [Moment(start=1, end=2, id="m9", caption="Same"), Moment(start=3, end=4, id="m2", caption="Two")])
    report = export([t], out, mode="copy", only=["m2"])
    assert _listed(out) == [("m2", "02-two.mp4")] and [p.name for p in _clips(out)] == ["02-two.mp4"]
    assert "the name is now that of moment m9" in next(w for w in report.warnings if w.startswith("01-same.mp4"))
    again = export([t], out, mode="copy", only=["m9"])
    assert [e["moment_id"] for e in again.written] == ["m9"] and not any("earlier run" in w for w in again.warnings)
    assert _listed(out) == [("m9", "01-same.mp4"), ("m2", "02-two.mp4")]


def test_a_reused_clip_s_entry_says_what_the_timeline_says_now(src, tmp_path):
    """A clip reused by hash kept the entry of the run that cut it: a caption edited without changing its
    file name ('First name' to 'First name!'), new tags or a new sentence stayed as they were. The entry
    now says what the moment is in this run's timeline; its content (the hash, the cut) is unchanged."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="m1", caption="First name")])
    out = tmp_path / "out"
    assert export([t], out, mode="copy").ok
    before = _manifest(out)["clips"][0]
    _write(t, src, [Moment(start=1, end=2, id="m1", caption="First name!", tags=("fire",), sentence="It burns.")])
    report = export([t], out, mode="copy")
    assert (len(report.written), len(report.reused)) == (0, 1)
    after = _manifest(out)["clips"][0]
    assert (after["file"], after["caption"], after["tags"], after["sentence"]) == (
        "01-first-name.mp4", "First name!", ["fire"], "It burns.")
    assert {k: v for k, v in after.items() if k not in ("caption", "tags", "sentence")} == {
        k: v for k, v in before.items() if k not in ("caption", "tags", "sentence")}
    assert "First name!" in (out / "manifest.csv").read_text(encoding="utf-8")


def test_a_resumed_run_reads_each_finished_clip_once(src, tmp_path, monkeypatch):
    """A resumed run proves each clip its own (not a user's file under the name), then finished: both ask
    for its hash, which is read once per version of the file, not once per question."""
    from annotate import digest

    t = _write(tmp_path / "t.yaml", src, [Moment(start=1, end=2, id="m1", caption="One"),
                                          Moment(start=5, end=6, id="m2", caption="Two")])
    out = tmp_path / "out"
    assert export([t], out, mode="copy").ok
    read: list[str] = []
    whole = digest.file_digest
    monkeypatch.setattr(digest, "file_digest", lambda path: read.append(Path(path).name) or whole(path))
    digest._version_sha256.cache_clear()
    report = export([t], out, mode="copy")
    assert (len(report.written), len(report.reused)) == (0, 2)
    clips = [name for name in read if name.endswith(".mp4") and name != "src.mp4"]
    assert sorted(clips) == ["01-one.mp4", "02-two.mp4"], read


def test_a_long_clip_list_gets_a_contact_sheet_in_pages(src, tmp_path, monkeypatch):
    """1,000 clips made one 1360x85060 PNG that Pillow itself refuses as a decompression bomb. The sheet
    is now pages of at most SHEET_PAGE_TILES tiles: contact-sheet.png, then contact-sheet-02.png ...; a
    rerun with fewer clips removes the pages it no longer needs (only while still as written), and a
    file of the user's under a page's name is refused like their own contact-sheet.png."""
    from annotate.clips import sheet

    monkeypatch.setattr(sheet, "SHEET_PAGE_TILES", 4)
    moments = [Moment(start=0.5 + i, end=1.0 + i, id=f"m{i}", caption=f"clip {i}") for i in range(9)]
    t = _write(tmp_path / "story.yaml", src, moments)
    out = tmp_path / "out"
    report = export([t], out, mode="copy", workers=1)
    assert report.ok and report.contact_sheet == out / "contact-sheet.png"
    pages = [out / "contact-sheet.png", out / "contact-sheet-02.png", out / "contact-sheet-03.png"]
    assert sheet.pages(out / "contact-sheet.png") == pages
    sizes = {Image.open(p).size for p in pages}
    assert len(sizes) == 1  # 4, 4 and 1 tiles, each page one row of the same grid
    (width, height), = sizes
    assert height < width / 2  # one row of four under a header, not 9 tiles in 3 rows
    t = _write(tmp_path / "story.yaml", src, moments[:5])
    assert export([t], out, mode="copy", workers=1).ok
    assert sheet.pages(out / "contact-sheet.png") == pages[:2] and not pages[2].exists()
    (out / "contact-sheet-04.png").write_bytes(b"my notes")
    with pytest.raises(OutputError, match="contact-sheet-04.png"):
        export([t], out, mode="copy", workers=1)
    assert (out / "contact-sheet-04.png").read_bytes() == b"my notes"


def test_the_contact_sheet_says_which_captions_it_cannot_draw(src, tmp_path):
    """Hindi, Thai and Zalgo captions were boxes on the contact sheet, the evidence page a fact-checker prints,
    without a word (render warned for the same text). Each script is drawn in a font that has it, and what no
    installed font has is named with its package in the report's warnings, as render's are."""
    from annotate import fonts
    from tests import system

    system.require(system.DEJAVU)
    captions = {"hi": "सैनिक सीमा रेखा", "th": "ทหารวิ่งข้าม", "zalgo": "Z\u0337\u0322a\u0338\u0350l", "cjk": "朝鮮人民軍"}
    moments = [Moment(start=1.0 + 2 * i, end=1.5 + 2 * i, id=k, caption=c) for i, (k, c) in enumerate(captions.items())]
    report = export([_write(tmp_path / "story.yaml", src, moments)], tmp_path / "out", mode="copy", workers=1)
    assert report.ok and report.contact_sheet is not None
    said = [w for w in report.warnings if w.startswith("contact sheet: ")]
    for script, chars, package in (("Devanagari", "सैनिक", "fonts-noto-core"), ("Thai", "ทหาร", "fonts-noto-core"),
                                   ("combining marks", "\u0350", "fonts-noto-core"),
                                   ("CJK ideographs", "朝鮮", "fonts-noto-cjk")):
        named = [w for w in said if f"the {script} characters" in w]
        assert bool(named) == (fonts.covering(chars) is None), (script, said)
        assert all(package in w for w in named)


def test_the_same_timeline_given_twice_is_cut_once_with_a_warning(src, tmp_path):
    """``clips story.yaml story.yaml`` (a glob plus the name, a symlink) cut every clip twice, into ``story/``
    and ``story-2/``, without a word. The same file (by its real path) is cut once, and a warning says so."""
    t = _write(tmp_path / "story.yaml", src, [Moment(start=2, id="m1", caption="One"),
                                               Moment(start=6, end=8, id="m2", caption="Two")])
    link = tmp_path / "link.yaml"
    link.symlink_to(t)
    out = tmp_path / "out"
    report = export([t, str(t), link], out, mode="copy")
    assert report.ok
    assert [str(p.relative_to(out)) for p in _clips(out)] == ["01-one.mp4", "02-two.mp4"]
    assert [c["file"] for c in _manifest(out)["clips"]] == ["01-one.mp4", "02-two.mp4"]
    assert [w for w in report.warnings if "given twice" in w] == [
        f"{t}: given twice; cut once", f"{link}: the same file as {t}, given twice; cut once"]


def test_two_timelines_of_one_file_name_keep_their_folders_whichever_order_they_are_given_in(src, tmp_path):
    """Report 11's 14: of a/story.yaml and b/story.yaml, which got story/ and which story-2/ followed the order
    they were given in: given the other way round every clip was cut again and the folders swapped contents,
    and both manifest entries said "timeline": "story". Folders now follow the timelines' paths, and each
    entry names its folder and its own timeline file."""
    a = _write(tmp_path / "a" / "story.yaml", src, [Moment(start=2, end=3, id="m1", caption="Same caption")])
    b = _write(tmp_path / "b" / "story.yaml", src, [Moment(start=5, end=6, id="m1", caption="Same caption")])
    out = tmp_path / "out"
    first = export([b, a], out, mode="copy")
    assert first.ok and len(first.written) == 2
    made = {str(p.relative_to(out)): p.read_bytes() for p in _clips(out)}
    assert sorted(made) == ["story-2/01-same-caption.mp4", "story/01-same-caption.mp4"]
    entries = {c["file"]: (c["timeline"], Path(c["timeline_path"]).parent.name) for c in _manifest(out)["clips"]}
    assert entries == {"story/01-same-caption.mp4": ("story", "a"), "story-2/01-same-caption.mp4": ("story-2", "b")}
    again = export([a, b], out, mode="copy")
    assert again.ok and not again.written and len(again.reused) == 2
    assert {str(p.relative_to(out)): p.read_bytes() for p in _clips(out)} == made


def test_sub_folders_an_earlier_run_made_and_left_empty_are_removed_but_never_a_users(src, tmp_path):
    """Cut from two timelines, then from one: the clips of story/ and story-2/ went, the empty folders stayed.
    A folder annotate made (its record says so) and left empty goes; a user's, empty or not, and one of ours
    the user put a file in, stay."""
    a = _write(tmp_path / "a" / "story.yaml", src, [Moment(start=2, end=3, id="m1", caption="One")])
    b = _write(tmp_path / "b" / "story.yaml", src, [Moment(start=5, end=6, id="m1", caption="Two")])
    c = _write(tmp_path / "c" / "story.yaml", src, [Moment(start=8, end=9, id="m1", caption="Three")])
    out = tmp_path / "out"
    (out / "story-3").mkdir(parents=True)  # the user's, named as a third timeline's folder would be
    (out / "mine").mkdir()
    assert export([a, b, c], out, mode="copy").ok
    assert sorted(str(p.relative_to(out)) for p in _clips(out)) == [
        "story-2/01-two.mp4", "story-3/01-three.mp4", "story/01-one.mp4"]
    (out / "story-2" / "notes.txt").write_text("mine", encoding="utf-8")
    report = export([a], out, mode="copy")
    assert report.ok and [str(p.relative_to(out)) for p in _clips(out)] == ["01-one.mp4"]
    assert not (out / "story").exists()  # made by annotate, left empty
    assert (out / "story-2" / "notes.txt").is_file()  # ours, but holding the user's file
    assert (out / "story-3").is_dir() and (out / "mine").is_dir()  # the user's
    (out / "story-2" / "notes.txt").unlink()
    assert export([a], out, mode="copy").ok
    assert not (out / "story-2").exists() and (out / "story-3").is_dir()


def test_the_manifest_is_written_once_per_run_not_once_per_clip(src, tmp_path, monkeypatch):
    """Rewriting manifest.json and .csv after each clip made a run's cost grow with the square of the clips
    (1,250 clips: 281 s, 5.7x the time of 312). Each clip's entry is appended to the journal instead."""
    t = _write(tmp_path / "t.yaml", src, [Moment(start=s, end=s + 1, id=f"m{s}", caption=f"c{s}")
                                          for s in (1, 3, 5, 7, 9)])
    out = tmp_path / "out"
    saves: list[int] = []
    whole = Manifest._save
    monkeypatch.setattr(Manifest, "_save", lambda self: saves.append(len(self.clips)) or whole(self))
    report = export([t], out, mode="copy", workers=2)
    assert len(report.written) == 5 and saves == [0, 5]  # before the cuts, and once after
    manifest = _manifest(out)
    assert [c["moment_id"] for c in manifest["clips"]] == ["m1", "m3", "m5", "m7", "m9"]
    for entry in manifest["clips"]:
        assert sha256(out / entry["file"]) == entry["sha256"]
    rows = (out / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 6 and not (out / JOURNAL).exists()


def test_clips_a_killed_run_only_journaled_are_reused_not_cut_again(src, tmp_path):
    t = _write(tmp_path / "t.yaml", src, [Moment(start=s, end=s + 1, id=f"m{s}", caption=f"c{s}") for s in (1, 4)])
    out = tmp_path / "out"
    first = export([t], out, mode="copy")
    entries = _manifest(out)["clips"]
    # As a run killed after both clips finished leaves it: the manifest of its start, the entries journaled.
    data = _manifest(out)
    data["clips"] = []
    (out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    for entry in entries:
        journal_entry(out, entry)
    stamps = {p: p.stat().st_mtime_ns for p in _clips(out)}
    again = export([t], out, mode="copy")
    assert (len(again.written), len(again.reused)) == (0, len(first.written))
    assert {p: p.stat().st_mtime_ns for p in _clips(out)} == stamps
    assert [c["sha256"] for c in _manifest(out)["clips"]] == [e["sha256"] for e in entries]
    assert not (out / JOURNAL).exists()


def test_too_low_an_open_files_limit_is_said_with_the_limit_not_as_a_write(src, tmp_path):
    # Attack report 8 #30: under `ulimit -n 12` a clip failed with "cannot write: Too many open files", and
    # another with "ffmpeg could not start: Too many open files (30 arguments, 429 bytes)": neither is a write
    # problem or about the command's length; `batch` has said the limit since 89507c90.
    import resource
    import subprocess
    import sys

    story = _write(tmp_path / "story.yaml", src, [Moment(id=f"m{i}", start=float(i * 3), caption=f"scene {i}")
                                                    for i in range(1, 4)])
    done = subprocess.run([sys.executable, "-m", "annotate", "clips", str(story), "-o", str(tmp_path / "out"),
                           "--mode", "copy"], capture_output=True, text=True, timeout=300,
                          env={k: v for k, v in os.environ.items() if k != "ANNOTATE_TRACEBACK"},
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (12, 12)))
    errors = [line for line in done.stderr.splitlines() if line.startswith("annotate: error:")]
    assert done.returncode == 2 and errors, done.stderr
    for line in errors:
        assert line.endswith("too many open files (the limit is 12: raise it with `ulimit -n`, or run fewer "
                             "workers)"), line
        assert "cannot write" not in line and "arguments" not in line, line


def test_clips_of_a_timeline_and_into_a_folder_whose_names_are_not_utf8(samples, tmp_path):
    """Names that are not UTF-8 (a Latin-1 ``résumé``): ``annotate clips`` ended in an internal error (exit 70,
    UnicodeEncodeError writing the manifest's journal), leaving a clip and a manifest every re-run failed on,
    and its lines named ``rsum.yaml`` and ``c``, other files. Now the clip is cut and recorded (the JSON keeps
    each name, escaped; the CSV and the commands show its byte), a re-run reuses it, and lines show ``\\xe9``."""
    timeline_path = tmp_path / os.fsdecode(b"r\xe9sum\xe9.yaml")
    out = tmp_path / os.fsdecode(b"c\xe9")
    tl.save(timeline(samples.video, [Moment(start=5.0, id="m1", caption="the truck")]), timeline_path)
    runner = CliRunner()
    for reused in (0, 1):
        result = runner.invoke(main, ["clips", str(timeline_path), "-o", str(out), "--mode", "copy"])
        assert result.exit_code == 0, result.output
        assert f"{1 - reused} written, {reused} reused, 0 failed" in result.output
        assert f"manifest: {tmp_path}/c\\xe9/manifest.json" in result.output
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (clip,) = data["clips"]
    assert clip["timeline_path"] == str(timeline_path) and clip["timeline"] == timeline_path.stem
    assert (out / clip["file"]).stat().st_size > 0 and frames_in(out / clip["file"]) > 0
    csv_text = (out / "manifest.csv").read_text(encoding="utf-8")
    assert "r\\xe9sum\\xe9" in csv_text
    pasted = subprocess.run(["bash", "-c", 'printf "%s" ' + clip["commands"][0].split(" -y ", 1)[1].rsplit(" ", 1)[1]],
                            capture_output=True, check=True).stdout
    assert pasted == os.fsencode(out / clip["file"])  # the command names the clip's own file, byte for byte


def frames_in(path: Path) -> int:
    with av.open(str(path)) as container:
        return sum(1 for _ in container.decode(video=0))
