"""annotate batch: job files, a local process pool against a real Dask
LocalCluster (same outputs, byte for byte), a worker killed mid-job, resume."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.batch import load, run
from annotate.children import cores
from annotate.cli import main
from annotate.clips import media
from annotate.digest import sha256
from annotate.errors import AnnotateError, TimelineError
from annotate.owned import RECORD
from tests.raw_server import raw_server

# A worker killed on purpose (below) makes the in-process Dask scheduler log
# at ERROR level, possibly while a later test of this module runs: expected.
pytestmark = pytest.mark.expected_log_errors(("distributed.scheduler", "Couldn't gather keys"))

STORIES = 4


def _positions(samples) -> int:
    """The sample article's footage positions: its moments and its quotes with a stated time."""
    article = samples.truth["article"]
    return len(article["moments"]) + sum(q["stated_start"] is not None for q in article["speech"])


def _job(folder: Path, samples, *, stories: int = STORIES, extra: str = "", exact: bool = False) -> Path:
    lines = ["batch: 1", "defaults: {subtitles: [srt], clips: {mode: copy}}", "stories:"]
    for n in range(stories):
        lines.append(f"  - {{name: story-{n}, article: {samples.article}, footage: {samples.video}}}")
    if exact:  # one re-encoded clip (x264): also bit-identical across processes, checked below
        lines.append(f"  - {{name: exact, article: {samples.article}, footage: {samples.video}, "
                     "outputs: {clips: {mode: exact, only: [m3]}}}")
    path = folder / "jobs.yaml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def _digests(out: Path) -> dict[str, str]:
    """Every output file under ``out`` except the run records (which carry times, as the record of the
    files written does their digests); a review page without the minute it was generated in (two runs may
    straddle one)."""
    skip = {"batch-report.json", "batch-state.json", "manifest.json", "manifest.csv", "contact-sheet.png",
            "timeline.yaml", RECORD}
    return {str(p.relative_to(out)): hashlib.sha256(_timeless(p)).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name not in skip}


def _timeless(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name != "index.html":
        return data
    return re.sub(rb'"generated": "\d{4}-\d\d-\d\d \d\d:\d\d UTC"', b'"generated": ""', data)


def _check_clips(out: Path, positions: int, stories: int = STORIES) -> int:
    """Each story's manifest lists each clip exactly once, every clip file
    matches its recorded hash and decodes to the recorded frame count, and
    no temporary file is left. Returns the number of clips."""
    total = 0
    for n in range(stories):
        folder = out / f"story-{n}" / "clips"
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        files = [c["file"] for c in manifest["clips"]]
        assert len(files) == len(set(files)) == positions, files
        assert manifest["failed"] == []
        on_disk = sorted(p.name for p in folder.glob("*.mp4"))
        assert on_disk == sorted(files)
        for c in manifest["clips"]:
            path = folder / c["file"]
            assert sha256(path) == c["sha256"]
            got = media.measure(path)
            assert got.frames == c["frames"] > 0
        total += len(files)
    assert not [p for p in out.rglob("*") if ".part" in p.name]
    return total


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                     host="127.0.0.1", silence_logs=40)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture(scope="module")
def local_run(samples, tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch-local")
    job = _job(folder, samples, exact=True)
    report = run(job, folder / "out", workers=2)
    return job, folder / "out", report


def test_local_run_makes_every_output_and_resumes(local_run, samples):
    job, out, report = local_run
    positions = _positions(samples)
    assert report.ok, [(i.id, i.reason) for i in report.items if i.status != "written"]
    items = STORIES * (positions + 1) + 2  # a clip per position + 1 srt each; the exact story 1 + 1
    assert report.count("written") == items
    assert _check_clips(out, positions) == STORIES * positions
    data = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert data["counts"]["written"] == items
    assert all(i["seconds"] is not None and i["worker"] for i in data["items"])
    # the worker wrote what the subtitle writer makes of the saved timeline in this process
    from annotate import subtitles, timeline

    saved = timeline.load(out / "story-0" / "timeline.yaml")
    # The article's positions get clips; its clock times and untimed quotes wait for align (start: null).
    assert len(saved.placed().moments) == positions
    clocks = len(samples.truth["article"]["clock_moments"])
    untimed = sum(q["stated_start"] is None for q in samples.truth["article"]["speech"])
    assert [m.id for m in saved.moments if not m.placed] == (
        [f"c{i}" for i in range(1, clocks + 1)] + [f"q{i}" for i in range(1, untimed + 1)])
    expected = subtitles.dumps(saved, "srt", rules=subtitles.Rules(fps=saved.footage.fps))
    assert (out / "story-0" / "story-0.srt").read_text(encoding="utf-8") == expected
    again = run(job, out, workers=2)
    assert again.ok and again.count("reused") == items and again.count("written") == 0


def test_dask_cluster_gives_the_same_files_as_the_local_pool(local_run, cluster, samples, tmp_path):
    _, local_out, _ = local_run
    job = _job(tmp_path, samples, exact=True)
    report = run(job, tmp_path / "out", scheduler=cluster.scheduler_address)
    assert report.ok, [(i.id, i.reason) for i in report.items if i.status != "written"]
    assert report.executor.startswith("dask")
    workers = {i.worker for i in report.items}
    assert all(not w.endswith(f":{os.getpid()}") for w in workers)  # ran in the worker processes
    # Stream copy, the x264 re-encode (exact mode) and the subtitle writer are
    # deterministic across processes: identical bytes, posters included.
    digests = _digests(tmp_path / "out")
    assert digests == _digests(local_out)
    positions = _positions(samples)
    assert len([f for f in digests if f.endswith(".mp4")]) == STORIES * positions + 1
    assert "exact/clips" in " ".join(digests)
    assert _check_clips(tmp_path / "out", positions) == STORIES * positions


def test_a_worker_killed_mid_job_loses_and_duplicates_nothing(cluster, samples, tmp_path):
    from distributed import Client

    job = _job(tmp_path, samples)
    out = tmp_path / "out"
    killed: list[int] = []
    first = threading.Event()
    results: list[str] = []

    def on_result(item):
        results.append(item.id)
        first.set()

    box: dict[str, object] = {}

    def go():
        try:
            box["report"] = run(job, out, scheduler=cluster.scheduler_address, on_result=on_result)
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assertion below
            box["error"] = exc

    worker = threading.Thread(target=go)
    worker.start()
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        assert first.wait(120), "no task finished"
        busy = {w: t for w, t in client.processing().items() if t}
        assert busy, "no task was running when the worker was to be killed"
        target = sorted(busy)[0]
        pid = client.run(os.getpid, workers=[target])[target]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)
    worker.join(180)
    assert not worker.is_alive()
    assert "error" not in box, box.get("error")
    report = box["report"]
    assert report.ok, [(i.id, i.reason) for i in report.items if i.status != "written"]
    positions = _positions(samples)
    assert len(results) == len(set(results)) == STORIES * (positions + 1)  # each item reported once
    assert _check_clips(out, positions) == STORIES * positions
    # wait for the nanny to bring the worker back, for the next test's sake
    deadline = time.monotonic() + 60
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        while len(client.scheduler_info(n_workers=-1)["workers"]) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("batch: 2\nstories: []\n", "field 'batch'"),
        ("stories: []\n", "field 'batch'"),
        ("batch: 1\nstories: []\n", "field 'stories'"),
        ("batch: 1\nstories:\n  - {name: a, article: missing.txt, footage: x.mp4}\n", "story '#1', field 'article'"),
        ("batch: 1\ndefaults: {subtitles: srt}\nstories:\n  - {name: a, article: ART, colour: red}\n",
         "story '#1', field 'colour'"),
        ("batch: 1\nstories:\n  - {name: a, article: ART, outputs: {clips: {mode: fast}}}\n",
         "story 'a', field 'outputs.clips.mode'"),
        ("batch: 1\nstories:\n  - {name: a, article: ART, outputs: {subtitles: [srt, doc]}}\n",
         "story 'a', field 'outputs.subtitles'"),
        ("batch: 1\nstories:\n  - {name: a, article: ART}\n", "story 'a'"),
        ("batch: 1\ndefaults: {subtitles: srt}\nstories:\n  - {name: a, article: ART}\n  - {name: a, article: ART}\n",
         "story '#2', field 'name'"),
        ("batch: 1\ndefaults: {subtitles: srt}\nstories:\n  - {name: a, article: ART, timeline: ART}\n", "story '#1'"),
        ("batch: 1\ndefaults: {subtitles: srt}\nstories:\n  - {name: a, article: ART, footage: {'a b': ART}}\n",
         "story '#1', field 'footage.a b'"),
        ("batch: 1\ndefaults: {subtitles: srt}\nstories:\n  - {name: a, article: ART, footage: [ART, gone.mp4]}\n",
         "story '#1', field 'footage[1]'"),
        ("batch: [1\n", "not valid YAML at line"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_bad_job_files_name_the_file_story_and_field(tmp_path, text, where):
    (tmp_path / "a.txt").write_text("At 0:05 the car stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(text.replace("ART", str(tmp_path / "a.txt")), encoding="utf-8")
    with pytest.raises(TimelineError) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and where in message, message
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and result.output.startswith("annotate: error: ") and "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(("given", "named"), [("../../x", "'../../x'"), ("doc", "'doc'"), ("", "\"''\"")])
def test_an_unknown_subtitle_format_is_named_as_written(tmp_path, given, named):
    """The job file's value was shown with its leading dots cut: ``../../x`` as '/../x'."""
    (tmp_path / "a.txt").write_text("At 0:05 the car stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(f"batch: 1\nstories:\n  - {{name: a, article: {tmp_path / 'a.txt'}, "
                    f"outputs: {{subtitles: [srt, '{given}']}}}}\n", encoding="utf-8")
    with pytest.raises(TimelineError, match=f"unknown subtitle format {re.escape(named)}"):
        load(path)


def test_subtitle_formats_are_read_as_annotate_subtitles_reads_them(tmp_path):
    (tmp_path / "a.txt").write_text("At 0:05 the car stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(f"batch: 1\ndefaults: {{subtitles: [' .SRT', ssa, ASS, vtt]}}\nstories:\n"
                    f"  - {{name: a, article: {tmp_path / 'a.txt'}}}\n", encoding="utf-8")
    assert load(path).stories[0].outputs.subtitles == ("srt", "ass", "vtt")


def _run_failing(jobs: Path, out: Path):
    """``annotate batch`` on one worker, which must fail (exit 2): its result, report and item statuses."""
    result = CliRunner().invoke(main, ["batch", str(jobs), "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 2
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    return result, report, {i["id"]: i["status"] for i in report["items"]}


def test_a_story_whose_footage_is_in_a_folder_not_utf8_is_refused_up_front_and_the_others_are_made(
        samples, tmp_path, monkeypatch):
    """A job file in a folder named ``caf\\xe9`` (Latin-1) whose stories' footage or timeline lie there: each
    such story failed only at saving its copied timeline, after its footage was hashed, with advice no batch
    can follow ('keep the timeline beside the footage') and a path relative to the output folder
    (``../../caf\\xe9/f.mp4``). Now it fails before any of its work, in one line naming the footage's full path
    and what helps; the other stories are made."""
    import annotate.digest

    folder = tmp_path / os.fsdecode(b"caf\xe9")
    folder.mkdir()
    (folder / "f.mp4").symlink_to(samples.video)
    (folder / "t.yaml").write_text("schema_version: 1\nfootage: f.mp4\nmoments:\n  - {start: 1, caption: hi}\n",
                                   encoding="utf-8")
    jobs = folder / "jobs.yaml"
    jobs.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    f"  - {{name: good, article: {samples.article}, footage: {samples.video}}}\n"
                    f"  - {{name: bad, article: {samples.article}, footage: f.mp4}}\n"
                    "  - {name: badtl, timeline: t.yaml}\n"
                    f"  - {{name: goodtl, timeline: t.yaml, footage: {samples.video}}}\n", encoding="utf-8")
    hash_of = annotate.digest.versioned_sha256

    def hashed(path, *args, **kwargs):
        assert "caf\udce9" not in str(path), f"hashed {path} before refusing it"
        return hash_of(path, *args, **kwargs)

    monkeypatch.setattr(annotate.digest, "versioned_sha256", hashed)
    out = tmp_path / "out"
    result, report, status = _run_failing(jobs, out)
    assert status == {"good/subtitles/srt": "written", "bad/timeline": "failed", "badtl/timeline": "failed",
                      "goodtl/subtitles/srt": "written"}, status
    reasons = {i["id"]: i["reason"] for i in report["items"] if i["status"] == "failed"}
    for story in ("bad", "badtl"):
        assert reasons[f"{story}/timeline"] == (
            f"{out}/{story}/timeline.yaml: cannot record the footage {tmp_path}/caf\\xe9/f.mp4: its folder "
            "'caf\\xe9' is not UTF-8 and this file records names as text (without that byte it would name another "
            "file): rename the folder, or give batch -o a folder inside it"), reasons
    assert (out / "good" / "good.srt").is_file() and (out / "goodtl" / "goodtl.srt").is_file()


def test_a_story_that_fails_is_reported_and_the_others_are_made(samples, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_text("not a video\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(
        "batch: 1\ndefaults: {subtitles: [srt, vtt], clips: {mode: copy, only: [m3]}}\nstories:\n"
        f"  - {{name: good, article: {samples.article}, footage: {samples.video}}}\n"
        f"  - {{name: bad, article: {samples.article}, footage: {broken}}}\n", encoding="utf-8")
    result, report, status = _run_failing(path, tmp_path / "out")
    assert status["bad/timeline"] == "failed"
    assert status["good/subtitles/srt"] == status["good/subtitles/vtt"] == "written"
    assert [k for k, v in status.items() if k.startswith("good/clip/")] and "failed" not in {
        v for k, v in status.items() if k.startswith("good/")}
    reason = next(i["reason"] for i in report["items"] if i["id"] == "bad/timeline")
    assert "broken.mp4" in reason
    assert "annotate: error: bad/timeline: " in result.output


def _batch_encoding_a_clip(samples, path: Path, out: Path):
    """``annotate batch`` of four exact clips (job file ``path``) into
    ``out``, in its own process group, once it is encoding a clip."""
    import subprocess
    import sys

    path.write_text("batch: 1\ndefaults: {clips: {mode: exact, only: [m1, m2, m3, m4]}}\nstories:\n"
                    f"  - {{name: s, article: {samples.article}, footage: {samples.video}}}\n", encoding="utf-8")
    clips = out / "s" / "clips"
    proc = subprocess.Popen([sys.executable, "-m", "annotate", "batch", str(path), "-o", str(out), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        # A clip's own temporary file (the planner's manifest write is one too:
        # a signal then would interrupt the planning, not an encode).
        if clips.is_dir() and any(".part" in p.name and p.suffix == ".mp4" for p in clips.iterdir()):
            break  # a clip is being encoded
        time.sleep(0.05)
    assert proc.poll() is None, proc.communicate()
    return proc


def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(samples, tmp_path):
    """SIGINT to the whole process group, as a terminal sends it: exit 130,
    no temp file left, finished clips recorded; the next run completes."""
    path, out, clips = tmp_path / "jobs.yaml", tmp_path / "out", tmp_path / "out" / "s" / "clips"
    proc = _batch_encoding_a_clip(samples, path, out)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert not [p for p in out.rglob("*") if ".part" in p.name]
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    # The clip being cut was reported "failed: KeyboardInterrupt: " (and a failure in the manifest).
    stopped = [(i["status"], i["reason"]) for i in report["items"] if i["status"] not in ("written", "reused")]
    assert stopped and set(stopped) <= {("cancelled", "interrupted while running"),
                                        ("cancelled", "interrupted before it ran")}, stopped
    manifest = json.loads((clips / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["failed"] == []
    recorded = {c["file"]: c for c in manifest["clips"]}
    assert sorted(p.name for p in clips.glob("*.mp4")) == sorted(recorded)  # nothing unrecorded left
    for name, c in recorded.items():
        assert sha256(clips / name) == c["sha256"]
    again = run(path, out, workers=2)
    assert again.ok and again.count("reused") == len(recorded)
    assert again.count("written") + again.count("reused") == 4
    manifest = json.loads((clips / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["clips"]) == len({c["file"] for c in manifest["clips"]}) == 4


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_second_signal_while_stopping_still_exits_130_and_resumes(samples, tmp_path, signum):
    """Ctrl-C pressed again while the run stops (its pool shut down, the
    report written, the interpreter exiting): ``batch`` exits 130 with its
    one line, as ``clips`` does, instead of dying by the signal (-2); the
    next run resumes. SIGTERM (``kill``) is an interrupt too."""
    path, out = tmp_path / "jobs.yaml", tmp_path / "out"
    proc = _batch_encoding_a_clip(samples, path, out)
    os.killpg(proc.pid, signum)
    assert proc.stderr is not None
    said = ""
    while "annotate: interrupted" not in said and (line := proc.stderr.readline()):
        said += line
    assert "annotate: interrupted; finished outputs are kept, re-run to resume" in said, said
    while proc.poll() is None:  # pressed again, every 10 ms, while the process exits
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signum)
        time.sleep(0.01)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, said + err
    again = run(path, out, workers=2)
    assert again.ok and again.count("written") + again.count("reused") == 4


def test_ctrl_c_while_planning_still_writes_the_report(samples, tmp_path, monkeypatch):
    """An interruption while a story's timeline is built leaves a report
    that says so: the story not planned has no item, the one planned was
    handed over at once and is either cancelled or, if it ran meanwhile,
    recorded with its file (a task is not killed by a Ctrl-C it never got)."""
    from annotate.batch import runner

    (tmp_path / "story.yaml").write_text("moments:\n  - {id: m1, start: 1, caption: One}\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    "  - {name: a, timeline: story.yaml}\n  - {name: b, timeline: story.yaml}\n", encoding="utf-8")
    planned = runner._Planner.story

    def story_then_ctrl_c(self, story):
        if story.name == "b":
            raise KeyboardInterrupt
        planned(self, story)

    monkeypatch.setattr(runner._Planner, "story", story_then_ctrl_c)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run(path, out, workers=1)
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    [item] = report["items"]
    assert item["id"] == "a/subtitles/srt" and item["status"] in ("cancelled", "written")
    srt = out / "a" / "a.srt"
    if item["status"] == "written":
        assert "One" in srt.read_text(encoding="utf-8")
        assert [f["sha256"] for f in item["files"]] == [sha256(srt)]
        state = json.loads((out / "batch-state.json").read_text(encoding="utf-8"))
        assert state["outputs"]["a/subtitles/srt"]["files"] == item["files"]
    else:
        assert not srt.exists()
    assert not [p for p in out.rglob("*") if ".part" in p.name]


def test_render_review_and_subtitles_from_a_timeline_story(tmp_path):
    """A story given as a timeline (footage relative to it): render, review
    page and subtitles are made by tasks, recorded with hashes and kept on resume."""
    from annotate import ffmpeg

    src = tmp_path / "in"
    src.mkdir()
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(src / "v.mp4")])
    (src / "story.yaml").write_text("title: Short\nfootage: v.mp4\nmoments:\n  - {id: m1, start: 1, caption: One}\n"
                                    "  - {id: m2, start: 2, end: 3, caption: Two}\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - timeline: in/story.yaml\n    outputs: {render: true, "
                    "review: {pictures: false}, subtitles: [vtt, ass]}\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run(path, out, workers=1)
    assert report.ok, [(i.id, i.reason) for i in report.items]
    assert sorted(i.id for i in report.items) == ["story/render", "story/review", "story/subtitles/ass",
                                                   "story/subtitles/vtt"]
    rendered = media.measure(out / "story" / "render.mp4")
    assert rendered.frames == 100 and (rendered.width, rendered.height) == (160, 120)
    assert "One" in (out / "story" / "review" / "index.html").read_text(encoding="utf-8")
    assert (out / "story" / "story.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    again = run(path, out, workers=1)
    assert again.ok and again.count("reused") == 4
    ass = out / "story" / "story.ass"  # edited by hand (still an ASS file: one of another kind is refused)
    ass.write_text(ass.read_text(encoding="utf-8").replace("Two", "Deux"), encoding="utf-8")  # hash no longer matches
    third = run(path, out, workers=1)
    assert [i.id for i in third.items if i.status == "written"] == ["story/subtitles/ass"]
    assert "Two" in (out / "story" / "story.ass").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def two_videos(samples, tmp_path_factory):
    """A story in two videos: the sample compilation ('rooftop') and a
    re-encoded cut of it from 80 s, 40 s long ('bodycam'); one job file
    (article with both; the same story as a timeline whose second video is
    given by the job) run on the local pool."""
    from annotate.model import Footage, Moment, Timeline
    from annotate.timeline import save
    from tests.align_support import TWO_VIDEO_ARTICLE, excerpt

    folder = tmp_path_factory.mktemp("batch-videos")
    second = excerpt(samples.video, folder / "bodycam.mp4", 80.0, 40.0)
    (folder / "story.txt").write_text(TWO_VIDEO_ARTICLE, encoding="utf-8")
    save(Timeline(videos=(Footage(path=str(samples.video), id="rooftop"), Footage(path="gone.mp4", id="bodycam")),
                  moments=(Moment(5.0, id="a", caption="On the roof"),
                           Moment(2.0, id="b", caption="On the bodycam & co", footage="bodycam"))),
         folder / "given.yaml")
    job = folder / "jobs.yaml"
    job.write_text("batch: 1\nstories:\n"
                   f"  - {{name: two, article: story.txt, footage: [rooftop={samples.video}, bodycam.mp4], "
                   "outputs: {subtitles: [srt], clips: {mode: copy}, review: {pictures: false}}}\n"
                   "  - {name: given, timeline: given.yaml, footage: {bodycam: bodycam.mp4}, "
                   "outputs: {subtitles: [vtt]}}\n", encoding="utf-8")
    report = run(job, folder / "out", workers=2)
    return job, folder / "out", report, second


def test_a_story_of_several_videos_gets_each_output_per_video(two_videos, samples):
    from annotate import subtitles, timeline
    from annotate.subtitles import srt, vtt

    job, out, report, second = two_videos
    assert report.ok, [(i.id, i.reason) for i in report.items if i.status != "written"]
    story = out / "two"
    saved = timeline.load(story / "timeline.yaml")
    assert [(v.id, timeline.footage_path(saved, video=v).resolve()) for v in saved.videos] == [
        ("rooftop", samples.video.resolve()), ("bodycam", second.resolve())]
    assert {i.id for i in report.items if i.kind == "subtitles"} == {
        "two/subtitles/srt/rooftop", "two/subtitles/srt/bodycam", "given/subtitles/vtt/rooftop",
        "given/subtitles/vtt/bodycam"}
    # Subtitles named as `annotate subtitles -o two.srt` names them; each holds its own video's moments.
    cues = {}
    for video_id in ("rooftop", "bodycam"):
        text = (story / f"two.{video_id}.srt").read_text(encoding="utf-8")
        one = saved.for_video(video_id)
        assert text == subtitles.dumps(one, "srt", rules=subtitles.Rules(fps=one.footage.fps))
        cues[video_id] = [c.text for c in srt.loads(text)]
    assert len(cues["rooftop"]) == 1 and len(cues["bodycam"]) == 2
    # Clips: one manifest, a folder per video, each clip cut from its own video and decoded.
    clips = story / "clips"
    manifest = json.loads((clips / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["failed"] == []
    by_video = {}
    for c in manifest["clips"]:
        folder_name, _, name = c["file"].partition("/")
        by_video.setdefault(c["timeline"], []).append(c["moment_id"])
        assert folder_name == c["timeline"].replace(".", "-"), c["file"]  # two-rooftop/, as `annotate clips` names it
        assert Path(c["footage"]) == (samples.video if c["timeline"] == "two.rooftop" else second).resolve()
        assert sha256(clips / c["file"]) == c["sha256"]
        assert media.measure(clips / c["file"]).frames == c["frames"] > 0
    assert {k: len(v) for k, v in by_video.items()} == {"two.rooftop": 1, "two.bodycam": 2}
    assert sorted(str(p.relative_to(clips)) for p in clips.rglob("*.mp4")) == sorted(
        c["file"] for c in manifest["clips"])
    # One review folder: a page per video and the index between them.
    assert {p.parent.name for p in (story / "review").glob("*/index.html")} == {"rooftop", "bodycam"}
    # A timeline story: the job's footage replaces its video by id; the other is found as written.
    given = timeline.load(out / "given" / "timeline.yaml")
    assert [timeline.footage_path(given, video=v).resolve() for v in given.videos] == [
        samples.video.resolve(), second.resolve()]
    read = vtt.loads((out / "given" / "given.bodycam.vtt").read_text(encoding="utf-8"))
    assert [(c.start, c.text) for c in read] == [(2.0, "On the bodycam & co")]


def test_several_videos_resume_and_the_dask_path_give_the_same_files(two_videos, cluster):
    job, out, first, _ = two_videos
    again = run(job, out, workers=1)
    assert again.ok and again.count("written") == 0 and again.count("reused") == first.count("written")
    clip = next(p for p in (out / "two" / "clips").rglob("*.mp4") if "bodycam" in str(p.parent))
    clip.unlink()
    third = run(job, out, workers=1)
    assert [i.id for i in third.items if i.status == "written"] == [
        f"two/clip/{clip.relative_to(out / 'two' / 'clips')}"]
    # (beside the first: a review page links its video by a path relative to itself)
    dask = run(job, out.parent / "out-dask", scheduler=cluster.scheduler_address)
    assert dask.ok and _digests(out.parent / "out-dask") == _digests(out)


def test_footage_naming_no_video_of_the_timeline_fails_that_story_only(tmp_path):
    from annotate.model import Footage, Moment, Timeline
    from annotate.timeline import save

    (tmp_path / "a.mp4").write_text("x", encoding="utf-8")
    save(Timeline(videos=(Footage(path=None, id="a"), Footage(path=None, id="b")),
                  moments=(Moment(1.0, id="m1", caption="x"),)), tmp_path / "two.yaml")
    save(Timeline(moments=(Moment(1.0, id="m1", caption="y"),)), tmp_path / "one.yaml")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    f"  - {{name: two, timeline: {tmp_path / 'two.yaml'}, footage: [c=a.mp4]}}\n"
                    f"  - {{name: one, timeline: {tmp_path / 'one.yaml'}}}\n", encoding="utf-8")
    result, report, status = _run_failing(path, tmp_path / "out")
    assert status["two/timeline"] == "failed" and status["one/subtitles/srt"] == "written"
    reason = next(i["reason"] for i in report["items"] if i["id"] == "two/timeline")
    assert "footage 'c' names none of the timeline's videos (a, b)" in reason
    assert "annotate: error: two/timeline: " in result.output


def test_render_per_video_from_a_timeline_story_of_two(tmp_path):
    """Two short videos of other lengths and sizes: a render each
    (render.ID.mp4, decoded: each its own video's frames and size) and
    one review folder with a page per video."""
    from annotate import ffmpeg

    src = tmp_path / "in"
    src.mkdir()
    for name, size, seconds in (("a", "160x120", 2), ("b", "128x96", 3)):
        ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}", "-c:v", "libx264",
                    "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(src / f"{name}.mp4")])
    (src / "story.yaml").write_text(
        "schema_version: 2\nvideos: [{id: roof, path: a.mp4}, {id: b, path: b.mp4}]\nmoments:\n"
        "  - {id: m1, start: 1, caption: One}\n  - {id: m2, start: 2, caption: Two, footage: b}\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - timeline: in/story.yaml\n    outputs: {render: true, "
                    "review: {pictures: false}}\n", encoding="utf-8")
    report = run(path, tmp_path / "out", workers=1)
    assert report.ok, [(i.id, i.reason) for i in report.items]
    assert sorted(i.id for i in report.items) == ["story/render/b", "story/render/roof", "story/review"]
    story = tmp_path / "out" / "story"
    for video_id, frames, size in (("roof", 50, (160, 120)), ("b", 75, (128, 96))):
        rendered = media.measure(story / f"render.{video_id}.mp4")
        assert rendered.frames == frames and (rendered.width, rendered.height) == size
    assert "One" in (story / "review" / "roof" / "index.html").read_text(encoding="utf-8")
    assert "Two" in (story / "review" / "b" / "index.html").read_text(encoding="utf-8")
    assert not (story / "render.mp4").exists()


def test_contact_sheets_are_drawn_by_the_workers_as_the_export_draws_them(samples, tmp_path, monkeypatch):
    """Each story's sheet is drawn in a worker while the others cut (not by
    this process at the end), pixel for pixel the sheet of its manifest."""
    from PIL import Image, ImageChops

    from annotate.batch import clip_task
    from annotate.clips import sheet
    from annotate.clips.manifest import Manifest
    from annotate.clips.run import contact_sheet_plan

    here: list[object] = []
    monkeypatch.setattr(clip_task, "contact_sheet", lambda *args: here.append(args))
    job = _job(tmp_path, samples, stories=2)
    report = run(job, tmp_path / "out", workers=2)
    # (the article's clock times and quotes, which batch does not align, get no clip and say so)
    assert report.ok and not here and all("is not placed in the footage" in w for w in report.warnings)
    for n in range(2):
        folder = tmp_path / "out" / f"story-{n}" / "clips"
        manifest, _ = Manifest.load(folder)
        tiles, out, title = contact_sheet_plan(manifest, folder, "annotate batch · copy")
        assert out == folder / "contact-sheet.png" and len(tiles) == _positions(samples)
        mine = sheet.contact_sheet(tiles, tmp_path / f"here-{n}.png", title=title)
        with Image.open(out) as theirs, Image.open(mine) as ours:
            assert theirs.size == ours.size
            assert ImageChops.difference(theirs.convert("RGB"), ours.convert("RGB")).getbbox() is None


def _pool_processes() -> list[object]:
    """This process's worker pool processes (not a Dask cluster's, which
    this module's fixture may be restarting meanwhile)."""
    import multiprocessing

    return [p for p in multiprocessing.active_children() if "Dask" not in (p.name or "")]


def test_the_pool_starts_while_the_stories_are_planned(samples, tmp_path, monkeypatch):
    """Its processes start (and import) while stories are planned: before
    the first into a new folder; on a resumed run, once the stories planned
    so far have a task for each; not one more than that."""
    import shutil

    from annotate.batch import runner

    alive: list[int] = []
    planned = runner._Planner.story

    def story(self, s):
        alive.append(len(_pool_processes()))
        planned(self, s)

    monkeypatch.setattr(runner._Planner, "story", story)
    job, out = _job(tmp_path, samples, stories=3), tmp_path / "out"
    report = run(job, out, workers=2)
    n = min(2, cores())
    assert report.ok and alive == [n, n, n]
    assert report.executor == f"local process pool ({n} worker(s))"
    shutil.rmtree(out / "story-1" / "clips")  # resumed: story-0 is proven finished, story-1 is cut again
    alive.clear()
    report = run(job, out, workers=2)
    assert report.ok and alive == [0, 0, n] and report.count("written") == _positions(samples)
    alive.clear()
    report = run(job, out, workers=2)
    assert report.ok and alive == [0, 0, 0] and report.executor == "none (nothing to do)"


def test_a_job_of_one_task_starts_one_worker(tmp_path):

    (tmp_path / "story.yaml").write_text("moments:\n  - {id: m1, start: 1, caption: One}\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n  - {name: a, timeline: story.yaml}\n",
                    encoding="utf-8")
    alive: list[int] = []
    report = run(path, tmp_path / "out", workers=2, on_result=lambda item: alive.append(len(_pool_processes())))
    assert report.ok and alive == [1]
    assert report.executor == "local process pool (1 worker(s))"
    assert [w.split("(")[0] for w in report.warnings] == ["--workers 2: using 1 "]
    assert "One" in (tmp_path / "out" / "a" / "a.srt").read_text(encoding="utf-8")


def test_a_local_worker_killed_fails_what_it_left_and_the_run_still_reports(samples, tmp_path):
    """SIGKILL to a local worker breaks the pool: the unfinished items fail
    with the reason, the finished clips keep their record, each story still
    gets its sheet (drawn here) and the report, and no process is left."""
    import multiprocessing

    before = {p.pid for p in multiprocessing.active_children()}
    killed: list[int] = []

    def on_result(item):
        if not killed:
            mine = [p.pid for p in multiprocessing.active_children() if p.pid not in before]
            killed.append(mine[0])
            os.kill(mine[0], signal.SIGKILL)

    out = tmp_path / "out"
    report = run(_job(tmp_path, samples, stories=3), out, workers=2, on_result=on_result)
    assert killed and not report.ok
    status = {i.status for i in report.items}
    assert "failed" in status and status <= {"written", "failed"}
    died = [i for i in report.items if i.status == "failed"]
    assert all("worker process died" in (i.reason or "") for i in died)
    for n in range(3):
        folder = out / f"story-{n}" / "clips"
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for c in manifest["clips"]:
            assert sha256(folder / c["file"]) == c["sha256"]
        if manifest["clips"]:
            assert (folder / "contact-sheet.png").is_file()
    assert json.loads((out / "batch-report.json").read_text(encoding="utf-8"))["counts"]["failed"] == len(died)
    assert not [p for p in multiprocessing.active_children() if p.pid not in before]
    assert not [p for p in out.rglob("*") if ".part" in p.name]


def test_a_story_s_tasks_run_while_the_next_stories_are_planned(tmp_path, monkeypatch):
    """Each story's tasks are handed over as soon as it is planned: the last
    story is planned only once the first story's subtitles are written (it
    would wait forever if tasks were held back until every story was planned)."""
    from annotate.batch import runner

    (tmp_path / "story.yaml").write_text("moments:\n  - {id: m1, start: 1, caption: One}\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    + "".join(f"  - {{name: s{n}, timeline: story.yaml}}\n" for n in range(3)), encoding="utf-8")
    out = tmp_path / "out"
    first = out / "s0" / "s0.srt"
    seen: list[bool] = []
    planned = runner._Planner.story

    def story(self, s):
        if s.name == "s2":
            deadline = time.monotonic() + 60
            while not first.exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            seen.append(first.exists())
        planned(self, s)

    monkeypatch.setattr(runner._Planner, "story", story)
    report = run(path, out, workers=1)
    assert report.ok and seen == [True]
    assert [i.id for i in report.items] == [f"s{n}/subtitles/srt" for n in range(3)]
    state = json.loads((out / "batch-state.json").read_text(encoding="utf-8"))["outputs"]
    for n in range(3):
        srt = out / f"s{n}" / f"s{n}.srt"
        assert "One" in srt.read_text(encoding="utf-8")
        assert state[f"s{n}/subtitles/srt"]["files"][0]["sha256"] == sha256(srt)


def test_results_are_written_in_batches_and_all_are_recorded(samples, tmp_path, monkeypatch):
    """The clip manifests are not rewritten once per clip: with the flush
    interval out of reach, a story's manifest is written with its contact
    sheet and at the end, and still records every clip, proven on resume."""
    from annotate.batch import runner
    from annotate.clips.manifest import Manifest

    monkeypatch.setattr(runner, "FLUSH_SECONDS", 3600.0)
    saves: list[Path] = []
    save = Manifest._save

    def counted(self):
        saves.append(self.folder)
        save(self)

    monkeypatch.setattr(Manifest, "_save", counted)
    job, out = _job(tmp_path, samples, stories=2), tmp_path / "out"
    report = run(job, out, workers=2)
    assert report.ok
    positions = _positions(samples)
    assert _check_clips(out, positions, stories=2) == 2 * positions
    for n in range(2):
        assert 1 <= saves.count(out / f"story-{n}" / "clips") <= 2 < positions
    again = run(job, out, workers=2)
    assert again.ok and again.count("reused") == len(again.items) == len(report.items)


@pytest.mark.parametrize(("first", "second", "folder"), [("A", "a", "a"), ("café", "cafe\u0301", "café"),
                                                         ("trail.", "trail", "trail"),
                                                         ("İzmir", "izmir", "izmir")])  # (İ lowered to i + U+0307)
def test_names_that_make_one_folder_are_refused_naming_both(tmp_path, first, second, folder):
    # 'A' and 'a' (or NFC and NFD) were refused with "give each a 'name'", though each had one.
    (tmp_path / "a.txt").write_text("At 0:05 the car stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(json.dumps({"batch": 1, "defaults": {"subtitles": ["srt"]},
                                "stories": [{"name": n, "article": "a.txt"} for n in (first, second)]}),
                    encoding="utf-8")
    with pytest.raises(TimelineError) as info:
        load(path)
    assert str(info.value) == (f"{path}, story '#2', field 'name': stories #1 ({first!r}) and #2 ({second!r}) would "
                               f"write into one folder, {folder!r}: give them names that differ in more than "
                               "case, accents or punctuation")
    unnamed = tmp_path / "unnamed.yaml"  # two stories named after one article's stem
    unnamed.write_text(json.dumps({"batch": 1, "defaults": {"subtitles": ["srt"]},
                                   "stories": [{"article": "a.txt"}, {"article": "a.txt"}]}), encoding="utf-8")
    with pytest.raises(TimelineError, match=r"stories #1 and #2 would both be named 'a' \(a story without 'name' "
                                            r"takes its file's\): give each a 'name'"):
        load(unnamed)
    twice = tmp_path / "twice.yaml"
    twice.write_text(json.dumps({"batch": 1, "defaults": {"subtitles": ["srt"]},
                                 "stories": [{"name": second, "article": "a.txt"}] * 2}), encoding="utf-8")
    with pytest.raises(TimelineError, match=rf"story name {second!r} is used twice \(#1 and #2\)$"):
        load(twice)


def test_clips_of_a_story_with_only_unplaced_moments_fail_as_annotate_clips_does(samples, tmp_path):
    # A story of clock times and quotes alone made no clip and passed; `only:` naming one of them said
    # it "matches no moment id or tag"; a story with a placed moment did not say which moments got no clip.
    from annotate.model import Footage, Moment, Timeline
    from annotate.timeline import save

    waiting = (Moment(None, id="c1", clock="16:02:10", caption="Lift-off"),
               Moment(None, id="q1", said="Hold your fire", caption="A guard yells"))
    save(Timeline(footage=Footage(path=str(samples.video)), moments=waiting), tmp_path / "waiting.yaml")
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(Moment(41.0, id="m1", caption="Stop"),
                                                                     *waiting)), tmp_path / "mixed.yaml")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {clips: {mode: copy}}\nstories:\n"
                    "  - {name: all, timeline: waiting.yaml}\n"
                    "  - {name: one, timeline: waiting.yaml, outputs: {clips: {mode: copy, only: [c1]}}}\n"
                    "  - {name: mixed, timeline: mixed.yaml}\n", encoding="utf-8")
    result, report, status = _run_failing(path, tmp_path / "out")
    reasons = {i["id"]: i["reason"] for i in report["items"] if i["status"] == "failed"}
    assert reasons == {
        "all/clips": "all: no moment to cut: moment c1 (clock time 16:02:10), moment q1 (quote “Hold your fire”) "
                     "not placed in the footage yet (run annotate align, or annotate clock)",
        "one/clips": f"{path}, story 'one', field 'outputs.clips.only': c1 selects no clip: moment c1 (clock time "
                     "16:02:10) not placed in the footage yet (run annotate align, or annotate clock)"}
    assert status["mixed/clip/01-stop.mp4"] == "written"
    assert media.measure(tmp_path / "out" / "mixed" / "clips" / "01-stop.mp4").frames > 0
    assert "annotate: warning: mixed: moment c1: clock time 16:02:10 is not placed in the footage, so it has no " \
           "clip (annotate align places it)" in result.output


def test_a_worker_s_warning_is_one_warning_line_naming_its_item_and_in_the_report(samples, tmp_path):
    # A subtitle task's warning (a moment past the footage's end) came out of the worker as Python's
    # two-line "…/subtitles/__init__.py:64: SubtitleWarning: …" on stderr, naming no story, and not in the report.
    import subprocess
    import sys

    from annotate.model import Footage, Moment, Timeline
    from annotate.timeline import save

    save(Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(41.0, id="m1", caption="Stop"), Moment(400.0, id="m2", caption="After the end"))),
        tmp_path / "late.yaml")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n  - {name: late, timeline: late.yaml}\n",
                    encoding="utf-8")
    run_ = subprocess.run([sys.executable, "-m", "annotate", "batch", str(path), "-o", str(tmp_path / "out"),
                           "--workers", "1", "-q"], capture_output=True, text=True, timeout=120)
    assert run_.returncode == 0, run_.stderr
    said = (f"late/subtitles/srt: {tmp_path / 'out' / 'late' / 'timeline.yaml'}: moment m2: starts at 6:40, after "
            "the footage ends (4:30); left out")
    assert run_.stderr.splitlines() == [f"annotate: warning: {said}"], run_.stderr
    assert json.loads((tmp_path / "out" / "batch-report.json").read_text(encoding="utf-8"))["warnings"] == [said]
    import pysrt

    assert [c.text for c in pysrt.open(str(tmp_path / "out" / "late" / "late.srt"), encoding="utf-8")] == ["Stop"]


def test_a_folder_holding_the_users_own_batch_report_or_state_is_refused_not_overwritten(samples, tmp_path):
    """``batch -o`` a folder holding a batch-report.json or batch-state.json this tool did not write
    replaced it with the run's record (a state file that was not ours only gave a warning). Now one
    error line names the file, nothing is made, and the file is as it was."""
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text(f"batch: 1\nstories:\n  - {{name: one, article: {samples.article}, footage: {samples.video}, "
                    "outputs: {subtitles: [srt]}}\n", encoding="utf-8")
    out = tmp_path / "out"
    for name, content in (("batch-report.json", b'{"mine": 1}\n'), ("batch-state.json", b"not json\n"),
                          ("batch-state.json", b"[1, 2]\n")):
        out.mkdir(exist_ok=True)
        (out / name).write_bytes(content)
        result = CliRunner().invoke(main, ["batch", str(jobs), "-o", str(out), "-q", "--workers", "1"])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"annotate: error: {out / name}: is not a batch record of annotate")
        assert result.stderr.count("\n") == 1, result.stderr
        assert [p.name for p in out.iterdir()] == [name] and (out / name).read_bytes() == content
        (out / name).unlink()
    # Its own records are read back on a rerun: the subtitles are reused.
    for written, reused in ((1, 0), (0, 1)):
        result = CliRunner().invoke(main, ["batch", str(jobs), "-o", str(out), "-q", "--workers", "1"])
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[-1].startswith(f"{written} written, {reused} reused, 0 failed")
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert [(i["kind"], i["status"]) for i in report["items"]] == [("subtitles", "reused")]


def test_a_rerun_after_a_moment_was_renamed_lists_only_the_clips_of_the_timeline_as_it_is(tmp_path):
    """A story's clips manifest kept the clip of a moment's old caption beside its new one (as
    ``annotate clips`` did): now the clip left over is removed and unlisted, and a warning names it."""
    from annotate import ffmpeg

    src = tmp_path / "in"
    src.mkdir()
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=6", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(src / "v.mp4")])
    story = src / "story.yaml"
    text = "footage: v.mp4\nmoments:\n  - {id: m1, start: 1, end: 2, caption: First}\n" \
           "  - {id: m2, start: 3, end: 4, caption: Second}\n"
    story.write_text(text, encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - {timeline: in/story.yaml, outputs: {clips: {mode: copy}}}\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert run(path, out, workers=1).ok
    story.write_text(text.replace("First", "Renamed"), encoding="utf-8")
    report = run(path, out, workers=1)
    assert report.ok, [(i.id, i.reason) for i in report.items]
    clips = out / "story" / "clips"
    listed = json.loads((clips / "manifest.json").read_text(encoding="utf-8"))["clips"]
    assert [(c["moment_id"], c["file"]) for c in listed] == [("m1", "01-renamed.mp4"), ("m2", "02-second.mp4")]
    assert sorted(p.name for p in clips.glob("*.mp4")) == ["01-renamed.mp4", "02-second.mp4"]
    assert listed[0]["caption"] == "Renamed" and report.count("reused") == 2
    assert [w for w in report.warnings if "earlier run" in w] == [
        "story: story/clips/01-first.mp4: clip of moment m1 from an earlier run is now 01-renamed.mp4 (its moment "
        "was re-captioned or moved): renamed it and its poster, not cut again"]
    story.write_text(text.replace("  - {id: m1, start: 1, end: 2, caption: First}\n", ""), encoding="utf-8")
    report = run(path, out, workers=1)
    listed = json.loads((clips / "manifest.json").read_text(encoding="utf-8"))["clips"]
    assert [(c["moment_id"], c["file"]) for c in listed] == [("m2", "01-second.mp4")]
    assert sorted(p.name for p in clips.glob("*.mp4")) == ["01-second.mp4"]
    assert sorted(w for w in report.warnings if "earlier run" in w) == [
        "story: story/clips/01-renamed.mp4: clip of moment m1 from an earlier run (no moment of this run's "
        "timelines has this name now: its moment was re-captioned, moved or deleted): removed it and its poster, "
        "and unlisted it",
        "story: story/clips/02-second.mp4: clip of moment m2 from an earlier run is now 01-second.mp4 (its moment "
        "was re-captioned or moved): renamed it and its poster, not cut again"]


def test_a_story_s_footage_url_is_read_as_timeline_footage_reads_it(tmp_path):
    """``file://`` footage is the path it names; ``http://`` footage is
    downloaded once into the cache and recorded with its URL, for an article
    story and for a timeline story's override alike."""
    import functools
    import http.server

    from annotate import ffmpeg
    from annotate.timeline import footage_path
    from annotate.timeline import load as load_timeline

    www = tmp_path / "www"
    www.mkdir()
    video = www / "v.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=3", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(video)])
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(www)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_port}/v.mp4"
    (tmp_path / "a.txt").write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text("schema_version: 1\nmoments:\n  - {id: m1, start: 1, caption: hi}\n",
                                     encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    f"  - {{name: local, article: a.txt, footage: '{video.as_uri()}'}}\n"
                    f"  - {{name: fetched, article: a.txt, footage: '{url}'}}\n"
                    f"  - {{name: override, timeline: t.yaml, footage: '{url}'}}\n", encoding="utf-8")
    try:
        report = run(path, tmp_path / "out", workers=1)
    finally:
        httpd.shutdown()
    assert report.ok, [(i.id, i.reason) for i in report.items]
    local = load_timeline(tmp_path / "out" / "local" / "timeline.yaml")
    assert footage_path(local).resolve() == video.resolve() and local.footage and local.footage.url is None
    for name in ("fetched", "override"):
        got = load_timeline(tmp_path / "out" / name / "timeline.yaml").footage
        assert got is not None and got.url == url and got.sha256 == sha256(video)
        assert (tmp_path / "out" / name / f"{name}.srt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(("url", "problem"), [("http://[::1/x.mp4", "not a valid URL: Invalid IPv6 URL"),
                                               ("file://elsewhere/x.mp4",
                                                "a file:// URL must name a file on this machine")])
def test_a_malformed_footage_url_in_a_job_file_names_the_story_and_the_url(tmp_path, url, problem):
    (tmp_path / "a.txt").write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    f"  - {{name: s, article: a.txt, footage: '{url}'}}\n", encoding="utf-8")
    with pytest.raises(TimelineError) as caught:
        load(path)
    assert str(caught.value) == f"{path}, story '#1', field 'footage': {url}: {problem}"


@contextlib.contextmanager
def _not_a_scheduler(reply: bytes | None) -> Iterator[str]:
    """A TCP server that is no Dask scheduler: it answers each connection with
    ``reply`` (an HTTP error, say) or, with None, accepts and never says anything."""
    with raw_server(reply, hold=True) as port:
        yield f"tcp://127.0.0.1:{port}"


def _scheduler_job(tmp_path: Path) -> Path:
    (tmp_path / "t.yaml").write_text("schema_version: 1\nmoments:\n  - {id: m1, start: 1, caption: hi}\n",
                                     encoding="utf-8")
    path = tmp_path / "job.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n  - {name: s, timeline: t.yaml}\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("reply, why", [
    (b"HTTP/1.1 400 Bad Request\r\n\r\n",
     "does not answer as a Dask scheduler: its reply is not Dask's protocol (another service on that port?)"),
    (None, "no answer as a Dask scheduler within 5 s"),
])
def test_a_scheduler_address_that_is_no_scheduler_fails_in_seconds_in_one_line(tmp_path, reply, why):
    """distributed alone read an HTTP reply as a frame of exabytes (an
    internal MemoryError), hung on a server that says nothing, and printed a
    traceback 30 s later closing the failed Client."""
    import subprocess
    import sys

    job = _scheduler_job(tmp_path)
    with _not_a_scheduler(reply) as address:
        # The timeout catches the hang; the old 30 s wait ended in the traceback asserted away below (a bound on
        # the time would only measure the machine's load: it failed once at load 13, 30.03 s).
        done = subprocess.run([sys.executable, "-m", "annotate", "batch", str(job), "-o", str(tmp_path / "out"),
                               "--scheduler", address], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"annotate: error: {address}: {why}"]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("address, why", [
    ("foo", "missing port number in address 'foo'"),
    ("http://127.0.0.1:8786", "unknown address scheme 'http'"),
])
def test_a_malformed_scheduler_address_is_named_before_any_connection(tmp_path, address, why):
    from annotate.errors import InputError

    started = time.monotonic()
    with pytest.raises(InputError, match=re.escape(why)) as caught:
        run(_scheduler_job(tmp_path), tmp_path / "out", scheduler=address)
    assert caught.value.subject == address and str(caught.value).startswith(
        f"{address}: not a Dask scheduler address (tcp://HOST:PORT): ")
    assert time.monotonic() - started < 5 and not (tmp_path / "out").exists()


def _one_story_run(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A batch of one story (a 4 s test picture, an article with one time, SRT subtitles), run once: the job file,
    the output folder and the story's timeline."""
    from annotate import ffmpeg

    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(tmp_path / "v.mp4")])
    (tmp_path / "a.txt").write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - {name: s, article: a.txt, footage: v.mp4, outputs: {subtitles: [srt]}}\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert run(path, out, workers=1).ok
    return path, out, out / "s" / "timeline.yaml"


def test_a_moment_added_to_a_storys_timeline_and_dropped_by_the_rerun_is_named_in_the_report(tmp_path):
    """``batch`` over OUT/<story>/timeline.yaml dropped a moment the user had added there, with no word
    in batch-report.json. Now the report names each removed id and the file, as ``import`` does."""
    path, out, story = _one_story_run(tmp_path)
    story.write_text(story.read_text(encoding="utf-8") + "  - {id: keep, start: 3, caption: mine}\n", encoding="utf-8")
    again = run(path, out, workers=1)
    assert again.ok
    said = f"s: {story}: 1 moment(s) that {tmp_path / 'a.txt'} does not hold removed: keep"
    assert said in again.warnings
    assert said in json.loads((out / "batch-report.json").read_text(encoding="utf-8"))["warnings"]


def test_a_caption_edited_in_a_storys_timeline_survives_the_rerun_and_reaches_its_subtitles(tmp_path):
    """``batch`` rebuilt OUT/<story>/timeline.yaml from the article over the caption the user had edited
    there, and wrote the article's caption into the subtitles, with no word. Now a moment still at the
    same id, start and end keeps it (as ``timeline -o`` does), and the subtitles show it."""
    import pysrt

    from annotate.timeline import load as load_timeline

    path, out, story = _one_story_run(tmp_path)
    extracted = load_timeline(story).moments[0].caption
    assert extracted and extracted != "The truck halts"
    story.write_text(story.read_text(encoding="utf-8").replace(f"caption: {extracted}", "caption: The truck halts"),
                     encoding="utf-8")
    again = run(path, out, workers=1)
    assert again.ok and not again.warnings, again.warnings
    assert [m.caption for m in load_timeline(story).moments] == ["The truck halts"]
    srt = next((out / "s").rglob("*.srt"))
    assert "The truck halts" in pysrt.open(str(srt))[0].text


def test_a_moment_added_above_in_a_storys_article_leaves_the_users_caption_on_its_own_moment(tmp_path):
    """A sentence added at the top of a story's article renumbered its moments, and the rerun's merge into
    OUT/<story>/timeline.yaml moved the caption the user had edited onto the new moment's id and replaced
    it (said as "hand-set field(s) ... replaced"). Moments are matched by what they are, as ``timeline -o``
    matches them: the edited one keeps its id and caption, the new one takes a fresh id."""
    from annotate.timeline import load as load_timeline

    path, out, story = _one_story_run(tmp_path)
    extracted = load_timeline(story).moments[0].caption
    story.write_text(story.read_text(encoding="utf-8").replace(f"caption: {extracted}", "caption: The truck halts"),
                     encoding="utf-8")
    (tmp_path / "a.txt").write_text("At 0:00 a car waits.\n\nAt 0:01 the truck stops.\n", encoding="utf-8")
    again = run(path, out, workers=1)
    assert again.ok and not again.warnings, again.warnings
    assert [(m.id, m.start, m.caption) for m in load_timeline(story).moments] == [
        ("m2", 0.0, "a car waits"), ("m1", 1.0, "The truck halts")]


def test_an_unknown_only_name_of_a_job_file_is_named_by_file_story_and_key(tmp_path):
    """A story's ``only: [unknown-name]`` failed its clips with "--only unknown-name matches no moment id
    or tag": a flag the user never typed. Now the reason names the job file, the story and the key as the
    file holds it (the story's outputs, or the defaults it inherits), as every other job-file error does;
    so does an ``only`` that picks no placed moment."""
    from annotate import ffmpeg

    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(tmp_path / "v.mp4")])
    (tmp_path / "story.yaml").write_text("footage: v.mp4\nmoments:\n  - {id: m1, start: 1, caption: One}\n"
                                         "  - {id: c1, clock: '10:00', start: null, caption: Later}\n",
                                         encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    cases = (
        ("stories:\n  - timeline: story.yaml\n    outputs: {clips: {mode: copy, only: [unknown-name]}}\n",
         "outputs.clips.only", "unknown-name matches no moment id or tag (have: c1, m1)"),
        ("defaults: {clips: {only: unknown-name}}\nstories:\n  - timeline: story.yaml\n",
         "defaults.clips.only", "unknown-name matches no moment id or tag (have: c1, m1)"),
        ("stories:\n  - timeline: story.yaml\n    outputs: {clips: {only: [c1]}}\n", "outputs.clips.only",
         "c1 selects no clip: moment c1 (clock time 10:00) not placed in the footage yet"),
    )
    for jobs, key, said in cases:
        path.write_text(f"batch: 1\n{jobs}", encoding="utf-8")
        report = run(path, tmp_path / "out", workers=1)
        failed = [(i.id, i.reason) for i in report.items if i.status == "failed"]
        assert len(failed) == 1 and failed[0][0] == "story/clips", failed
        assert failed[0][1].startswith(f"{path}, story 'story', field '{key}': {said}"), failed
        assert "--only" not in failed[0][1]


def test_clips_refuse_a_users_file_under_a_clips_name_and_an_unknown_only_name(tmp_path):
    """Batch ``clips`` replaced the user's own ``clips/01-one.mp4`` with a clip, and ``only: [m1, typo]``
    cut m1 without a word of ``typo``. Now each fails the story's clips with a reason naming the file or
    the name, and the user's file is kept."""
    from annotate import ffmpeg

    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(tmp_path / "v.mp4")])
    (tmp_path / "story.yaml").write_text("footage: v.mp4\nmoments:\n  - {id: m1, start: 1, caption: One}\n",
                                         encoding="utf-8")
    out = tmp_path / "out"
    mine = out / "story" / "clips" / "01-one.mp4"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"my own video")
    for only, said in (("", f"{mine}: is not a clip of annotate"),
                       (", only: [m1, typo]", "field 'outputs.clips.only': typo matches no moment id or tag")):
        path = tmp_path / "jobs.yaml"
        path.write_text(f"batch: 1\nstories:\n  - timeline: story.yaml\n    outputs: {{clips: {{mode: copy{only}}}}}\n",
                        encoding="utf-8")
        report = run(path, out, workers=1)
        failed = [(i.id, i.reason) for i in report.items if i.status == "failed"]
        assert len(failed) == 1 and failed[0][0] == "story/clips" and said in failed[0][1], failed
        assert mine.read_bytes() == b"my own video"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_to_the_main_process_alone_stops_the_workers_and_starts_nothing(samples, tmp_path, signum):
    """``kill -INT PID`` / ``kill PID`` (a service manager) reach the main process only: the workers
    finished their clips and started the ones the pool had queued for them, and the run took 10-25 s
    to stop. The signal is passed on: what ran is stopped, nothing more is started."""
    path, out, clips = tmp_path / "jobs.yaml", tmp_path / "out", tmp_path / "out" / "s" / "clips"
    proc = _batch_encoding_a_clip(samples, path, out)
    finished = {p.name for p in clips.glob("*.mp4") if ".part" not in p.name}
    os.kill(proc.pid, signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and not [p for p in out.rglob("*") if ".part" in p.name]
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    written = {Path(f["file"]).name for i in report["items"] if i["status"] == "written" for f in i["files"]}
    # Only clips finished when the signal came (one may have been finishing at that instant).
    assert len(written - finished) <= 1, (finished, written)
    assert "interrupted while running" in {i["reason"] for i in report["items"] if i["status"] == "cancelled"}


def test_a_contact_sheet_s_font_warning_drawn_in_a_worker_reaches_the_user_and_the_report(samples, tmp_path):
    # The sheet is drawn by a worker: its FontWarning (a script no installed font has) came out on the
    # worker's stderr in Python's own two-line form, naming no story, or not at all, and not in the report.
    import subprocess
    import sys

    from annotate import fonts
    from annotate.model import Footage, Moment, Timeline
    from annotate.timeline import save

    if fonts.covering("नमस्ते") is not None:
        pytest.skip("a font with Devanagari is installed: the sheet has nothing to warn of")
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(Moment(41.0, id="m1", caption="नमस्ते"),)),
         tmp_path / "hindi.yaml")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - {name: hindi, timeline: hindi.yaml, outputs: {clips: {mode: copy}}}\n",
                    encoding="utf-8")
    run_ = subprocess.run([sys.executable, "-m", "annotate", "batch", str(path), "-o", str(tmp_path / "out"),
                           "--workers", "1", "-q"], capture_output=True, text=True, timeout=120)
    assert run_.returncode == 0, run_.stderr
    said = [line.removeprefix("annotate: warning: ") for line in run_.stderr.splitlines()]
    assert len(said) == 1 and said[0].startswith("hindi: contact sheet: no installed font has the Devanagari"), \
        run_.stderr
    assert json.loads((tmp_path / "out" / "batch-report.json").read_text(encoding="utf-8"))["warnings"] == said
    assert (tmp_path / "out" / "hindi" / "clips" / "contact-sheet.png").is_file()


def _long_render_job(tmp_path: Path) -> Path:
    """A job of one render of 90 s of 640x360 footage: seconds of work in one task (30 s rendered in well under a
    second at rest, too few of the Dask worker's 0.2 s progress events: the Dask test failed 2 runs in 3)."""
    from annotate import ffmpeg

    src = tmp_path / "in"
    src.mkdir()
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=90", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(src / "v.mp4")])
    (src / "story.yaml").write_text("footage: v.mp4\nmoments:\n  - {id: m1, start: 1, caption: One}\n",
                                    encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\nstories:\n  - timeline: in/story.yaml\n    outputs: {render: true}\n", encoding="utf-8")
    return path


def test_the_bar_follows_the_work_inside_a_long_task(tmp_path):
    # The bar counted whole tasks: a batch of one render sat at 0 % until the render was done (seconds; minutes
    # on long footage). It now follows each running task's own progress, as `annotate clips` follows its clips.
    seen: list[float] = []
    report = run(_long_render_job(tmp_path), tmp_path / "out", workers=1, on_progress=seen.append)
    assert report.ok and [i.id for i in report.items] == ["story/render"]
    inside = [f for f in seen if 0 < f < 1]
    assert inside, seen
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_on_a_dask_cluster_the_bar_follows_the_work_inside_a_long_task_too(cluster, tmp_path):
    """On Dask the bar counted whole tasks (the local pool's shared-memory slots reach no cluster worker): a
    batch of one render sat at 0 % until it was done. The workers now send each task's progress as events, and
    the bar moves with them as the local one does."""
    seen: list[float] = []
    report = run(_long_render_job(tmp_path), tmp_path / "out", scheduler=cluster.scheduler_address,
                 on_progress=seen.append)
    assert report.ok and [i.id for i in report.items] == ["story/render"]
    assert report.items[0].worker.split(":")[-1] != str(os.getpid())  # (a cluster's worker did it)
    inside = [f for f in seen if 0 < f < 1]
    assert len(set(inside)) >= 3, seen
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_too_low_an_open_files_limit_is_said_with_the_limit(tmp_path):
    """Under ``ulimit -n 16`` two workers could not start: "annotate: error: Too many open files", naming
    neither a file nor the limit."""
    import resource
    import subprocess
    import sys

    (tmp_path / "s.yaml").write_text("schema_version: 1\nmoments:\n- {id: m1, start: 1, caption: one}\n",
                                     encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n  - {name: one, timeline: s.yaml}\n"
                    "  - {name: two, timeline: s.yaml}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATE_TRACEBACK"}
    run_ = subprocess.run([sys.executable, "-m", "annotate", "batch", str(path), "-o", str(tmp_path / "out"),
                           "--workers", "2", "-q"], capture_output=True, text=True, timeout=120, env=env,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16)))
    assert run_.returncode == 2 and run_.stderr == ("annotate: error: too many open files (the limit is 16: raise "
                                                    "it with `ulimit -n`, or run fewer workers)\n"), run_.stderr


def test_a_story_s_footage_is_read_by_the_one_reader_every_command_reads_footage_with(tmp_path):
    # The job reader read file:// through fetch.local_path itself, where every other command reads footage with
    # fetch.given_path: a footage value that names a file as written ('file:/clip.mp4', in a folder named 'file:'
    # beside the job file) was taken for a URL of /clip.mp4 and refused, though `timeline --footage` reads that
    # file; a file:// URL is still the path it names (another host's is refused: the malformed URL test).
    (tmp_path / "a.txt").write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    (tmp_path / "file:").mkdir()
    (tmp_path / "file:" / "clip.mp4").write_bytes(b"\0")
    (tmp_path / "my clip.mp4").write_bytes(b"\0")
    path = tmp_path / "jobs.yaml"
    uri = (tmp_path / "my clip.mp4").as_uri()
    path.write_text("batch: 1\ndefaults: {subtitles: [srt]}\nstories:\n"
                    "  - {name: named, article: a.txt, footage: 'file:/clip.mp4'}\n"
                    f"  - {{name: url, article: a.txt, footage: '{uri}'}}\n", encoding="utf-8")
    stories = load(path).stories
    assert [s.footage for s in stories] == [(("", tmp_path / "file:" / "clip.mp4"),),
                                            (("", tmp_path / "my clip.mp4"),)]
    # and so a timeline file names its footage: that file beside it, whatever the working folder
    from annotate.model import Footage
    from annotate.timeline.document import footage_location

    assert footage_location(Footage(path="file:/clip.mp4"), str(tmp_path / "t.yaml")) == \
        tmp_path / "file:" / "clip.mp4"
    assert footage_location(Footage(path=uri), str(tmp_path / "t.yaml")) == tmp_path / "my clip.mp4"


@pytest.mark.parametrize("written", [r"C:\\Users\\me\\f.mp4", "file:///C:/Users/me/f.mp4"])
def test_a_storys_windows_footage_path_is_named_one_not_joined_under_the_job_files_folder(tmp_path, written):
    """A story's ``footage: "C:\\Users\\me\\f.mp4"`` (a job file made on Windows) was joined under the job file's
    folder ("/tmp/x/C:\\Users\\me\\f.mp4: no such file"), where every other command names a Windows path as one."""
    (tmp_path / "a.txt").write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    path = tmp_path / "jobs.yaml"
    path.write_text(f'batch: 1\nstories:\n  - {{name: w, article: a.txt, footage: "{written}"}}\n', encoding="utf-8")
    with pytest.raises(AnnotateError) as caught:
        load(path)
    assert "a Windows path (of another machine), not a file here" in str(caught.value), caught.value
    assert str(tmp_path / "C:") not in str(caught.value)
