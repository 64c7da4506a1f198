"""Reliability: fuzzed text and YAML, corrupt media through every command
that takes footage, unwritable outputs, and concurrent runs into one folder.
Every case must end in a result or one clear line, never a traceback, and
never leave a half-written file under a user's name.

Counts for the README's "Reliability" section come from this file:
``python -m pytest tests/test_reliability.py -q`` prints the cases run, and
the hypothesis examples are the ``max_examples`` settings below."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from annotate import ffmpeg
from annotate.atomic import LOCK_NAME
from annotate.cli import main
from annotate.errors import AnnotateError
from annotate.moments import extract_moments
from annotate.timeline import dumps, loads
from tests import system

EXTRACTOR_EXAMPLES = 300
TIMELINE_TEXT_EXAMPLES = 300
TIMELINE_MUTATION_EXAMPLES = 300
JOB_FILE_EXAMPLES = 200

# --- the extractor --------------------------------------------------------

DIGITS = {
    "ascii": "0123456789", "arabic-indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
    "fullwidth": "０１２３４５６７８９", "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙",
}
HEDGES = ["about", "roughly", "around", "approximately", "nearly", "almost", "just after", "shortly before",
          "some", "circa", "~", "at least", "no later than", "just under", "a little over", "(roughly"]
UNITS = ["seconds", "second", "minutes", "min", "hours", "s", "m", "h", "sec", "minute mark", "-second mark",
         "seconds in", "minutes into the video", "seconds later", "seconds earlier", "frames"]


def _number(draw_digits: str, value: int) -> str:
    return "".join(draw_digits[int(c)] for c in str(value))


@st.composite
def time_phrases(draw: st.DrawFn) -> str:
    digits = DIGITS[draw(st.sampled_from(sorted(DIGITS)))]
    big = st.one_of(st.integers(0, 99), st.integers(0, 10**6), st.integers(10**15, 10**40))
    a, b, c = draw(big), draw(big), draw(big)
    form = draw(st.integers(0, 5))
    if form == 0:
        core = f"{_number(digits, a)}:{_number(digits, b % 100):0>2}"
    elif form == 1:
        core = f"{_number(digits, a)}:{_number(digits, b)}:{_number(digits, c)}"
    elif form == 2:
        core = f"{_number(digits, a)} {draw(st.sampled_from(UNITS))}"
    elif form == 3:
        core = f"{_number(digits, a)}.{_number(digits, b)} {draw(st.sampled_from(UNITS))}"
    elif form == 4:
        core = f"{a}e{b % 400} seconds"
    else:
        core = f"between {_number(digits, a)} and {_number(digits, b)} {draw(st.sampled_from(UNITS))}"
    hedges = draw(st.lists(st.sampled_from(HEDGES), max_size=6))
    opening = draw(st.sampled_from(["At ", "The scene begins at ", "", "(", "Roughly ", "— at "]))
    return f"{opening}{' '.join(hedges)} {core}{draw(st.sampled_from(['.', ', the truck stops.', ')', '', '?']))}"


FUZZ_TEXT = st.lists(st.one_of(time_phrases(), st.text(max_size=30),
                               st.sampled_from(["\n\n", "\u202e", "\u200b", "\ufeff", "\x00", "½", "⅔", "²"])),
                     min_size=1, max_size=12).map(" ".join)


@settings(max_examples=EXTRACTOR_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FUZZ_TEXT)
def test_extractor_never_raises_and_spans_point_at_quotes(text: str) -> None:
    for m in extract_moments(text):
        b, e = m.span
        assert 0 <= b < e <= len(text)
        assert text[b:e] == m.quote
        assert m.start >= 0 and m.start == m.start and m.start != float("inf")
        assert m.end is None or (m.start <= m.end < float("inf"))


# --- the timeline loader --------------------------------------------------

VALID = dumps(loads(
    "title: T\nfootage: {path: v.mp4, duration: 60, fps: 25}\nmoments:\n"
    "  - {id: m1, start: '0:05', caption: Hello, tags: [a, b]}\n"
    "  - id: m2\n    start: 12.5\n    end: '0:20'\n    caption: \"Second — ≈ ünïcode\"\n"
))
YAML_PIECES = ["\n", "  ", "- ", ": ", "{", "}", "[", "]", ",", "&a ", "*a", "!!python/object:os.system ",
               "!!binary ", "? ", "|", ">", "'", '"', "#", "---", "...", "%YAML 1.1", "<<: *a", "~", "null",
               "moments", "start", "end", "caption", "id", "footage", "title", "0:05", "-1", "1e999", ".nan",
               "9" * 40, "\t", "\x85", "\ufeff", "2:27:99", "true", "@", "`", "%"]
YAML_TEXT = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=8)), max_size=40).map("".join)


def _event(what: str) -> None:
    if currently_in_test_context():  # (the explicit cases below run outside hypothesis)
        event(what)


def _loads_cleanly(text: str) -> None:
    try:
        timeline = loads(text, origin="fuzz.yaml")
    except AnnotateError as exc:
        message = str(exc)
        assert message.strip(), "empty error message"
        assert "\n" not in message.strip(), f"not one line: {message!r}"
        _event(f"refused: {type(exc).__name__}")
        return
    _event("valid timeline")
    for m in timeline.moments:
        assert m.start >= 0 and (m.end is None or m.end >= m.start)


@settings(max_examples=TIMELINE_TEXT_EXAMPLES, deadline=None)
@given(YAML_TEXT)
def test_timeline_loader_random_yaml_text(text: str) -> None:
    _loads_cleanly(text)


@settings(max_examples=TIMELINE_MUTATION_EXAMPLES, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(VALID)), st.integers(0, 6), st.sampled_from(YAML_PIECES)),
                min_size=1, max_size=4))
def test_timeline_loader_mutated_valid_file(edits: list[tuple[int, int, str]]) -> None:
    text = VALID
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut:]
    _loads_cleanly(text)


JOB_PIECES = ["batch: 1\n", "stories:\n", "  - ", "{name: a, article: ART, footage: ART}", "timeline: ART",
              "defaults: ", "outputs: ", "{subtitles: [srt, vtt]}", "{clips: {mode: copy, pad: [2, 5]}}",
              "{clips: {mode: fast}}", "{render: yes}", "{review: {pictures: 3}}", "pad: -1", "only: [m1]",
              "name: ../../etc", "name: ''", "x-note: hi", "\n", ", ", "[", "]", "{", "}", "&a ", "*a", "null"]
JOB_TEXT = st.lists(st.one_of(st.sampled_from(JOB_PIECES), st.sampled_from(YAML_PIECES)), max_size=30).map("".join)


@settings(max_examples=JOB_FILE_EXAMPLES, deadline=None)
@given(JOB_TEXT)
def test_batch_job_file_random_text(text: str) -> None:
    """Random job files: a JobFile whose stories all have an input and an
    output and safe folder names, or one line naming the file."""
    import tempfile

    from annotate.batch import load as load_jobs

    with tempfile.TemporaryDirectory() as tmp:
        art = Path(tmp) / "a.txt"
        art.write_text("At 0:05 the car stops.\n", encoding="utf-8")
        path = Path(tmp) / "jobs.yaml"
        path.write_text(text.replace("ART", str(art)), encoding="utf-8")
        try:
            jobs = load_jobs(path)
        except AnnotateError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc).strip(), str(exc)
            _event("refused")
            return
        _event("valid job file")
        for story in jobs.stories:
            assert (story.article is None) != (story.timeline is None)
            assert not story.outputs.empty
            assert story.name and "/" not in story.name and story.name not in (".", "..")


LOADER_CASES = {
    "deep nesting": "[" * 5000 + "]" * 5000,
    "deep mapping": "a: " * 3000 + "1",
    "deep flow mapping": "{a: " * 3000 + "1" + "}" * 3000,
    "billion laughs": "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)),
    "python tag": "!!python/object/apply:os.system ['echo pwned']\n",
    "huge number": "moments:\n  - {start: " + "9" * 5000 + "}\n",
    "lone surrogate escape": 'title: "\\ud800"\nmoments: []\n',
    "tabs": "moments:\n\t- start: 1\n",
    "only a comment": "# nothing\n",
    "empty": "",
    "many documents": "---\nmoments: []\n---\nmoments: []\n",
}


@pytest.mark.parametrize("name", sorted(LOADER_CASES))
def test_timeline_loader_hostile_documents(name: str) -> None:
    _loads_cleanly(LOADER_CASES[name])


# --- corrupt media through the commands that take footage -----------------


def _mp4(path: Path, *args: str) -> Path:
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=4", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=4", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25",
                "-c:a", "aac", "-shortest", *args, str(path)])
    return path


@pytest.fixture(scope="module")
def corrupt(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("corrupt")
    good = _mp4(d / "good.mp4")
    fast = _mp4(d / "fast.mp4", "-movflags", "+faststart")
    files: dict[str, Path] = {}
    data = good.read_bytes()
    (d / "truncated.mp4").write_bytes(data[: len(data) // 2])  # the index (moov) is at the end: lost
    files["truncated"] = d / "truncated.mp4"
    fdata = fast.read_bytes()
    (d / "truncated-faststart.mp4").write_bytes(fdata[: len(fdata) // 3])  # index intact, media cut
    files["truncated-faststart"] = d / "truncated-faststart.mp4"
    (d / "zero.mp4").write_bytes(b"")
    files["zero bytes"] = d / "zero.mp4"
    (d / "text.mp4").write_text("this is not a video, it is a note\n" * 20, encoding="utf-8")
    files["text named .mp4"] = d / "text.mp4"
    at = fdata.index(b"mdat") - 4
    huge = bytearray(fdata)
    huge[at:at + 4] = struct.pack(">I", 0xFFFFFFF0)  # mdat claims ~4 GB; the file has a few KB
    (d / "huge-mdat.mp4").write_bytes(bytes(huge))
    files["huge declared mdat"] = d / "huge-mdat.mp4"
    (d / "huge-mdat-cut.mp4").write_bytes(bytes(huge[: len(huge) // 3]))
    files["truncated + huge declared mdat"] = d / "huge-mdat-cut.mp4"
    (d / "no-streams.mp4").write_bytes(struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 0x200)
                                       + b"isommp41" + struct.pack(">I", 8) + b"free")
    files["no streams"] = d / "no-streams.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac", str(d / "audio-only.mp4")])
    files["audio only"] = d / "audio-only.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=c=red:size=64x64", "-frames:v", "1", "-f", "image2", "-c:v", "png",
                str(d / "image.png")])
    os.replace(d / "image.png", d / "image.mp4")
    files["png named .mp4"] = d / "image.mp4"
    ffmpeg.run(["-i", str(good), "-frames:v", "1", "-f", "image2", "-update", "1", str(d / "photo.jpg")])
    files["jpeg photo"] = d / "photo.jpg"
    files["good"] = good
    return files


TIMELINE_YAML = ("title: Reliability\nmoments:\n  - {id: m1, start: 1, caption: One}\n"
                 "  - {id: m2, start: 2.5, end: 3.5, caption: Two}\n")
FOOTAGE_COMMANDS = ["align", "shots", "clips", "render", "timeline", "strip", "review", "clock", "sync"]
# Not footage at all, or footage whose data is missing: every command must refuse it.
CORRUPTIONS = ["truncated", "truncated-faststart", "truncated + huge declared mdat", "zero bytes",
               "text named .mp4", "no streams", "audio only", "png named .mp4", "jpeg photo"]
# Sound alone is what ``sync`` reads from another angle: not a corruption there.
ACCEPTED = {("sync", "audio only")}
# Odd but whole: an mdat whose size field claims ~4 GB while all its data is
# there. ffmpeg reads it; the commands must neither hang nor allocate the claim.
ODD_BUT_WHOLE = ["huge declared mdat"]


def _cases():
    for command in FOOTAGE_COMMANDS:
        for kind in [k for k in CORRUPTIONS + ODD_BUT_WHOLE if (command, k) not in ACCEPTED]:
            yield pytest.param(command, kind, id=f"{command}-{kind}")


def _invoke(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=True)


def _user_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(("command", "kind"), list(_cases()))
def test_corrupt_footage_gives_one_line_and_no_output(corrupt, tmp_path, command, kind):
    if command == "clock" and kind in ODD_BUT_WHOLE:
        system.require(system.RAPIDOCR)  # whole footage: `clock` goes on to read the clock
    video = corrupt[kind]
    work = tmp_path / "work"
    work.mkdir()
    tl = work / "story.yaml"
    tl.write_text(TIMELINE_YAML, encoding="utf-8")
    article = work / "article.txt"
    article.write_text("At 0:01 the car stops. At 0:02 it turns.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = {
        "align": ["align", str(tl), "--footage", str(video), "-o", str(out / "aligned.yaml")],
        "shots": ["shots", str(video)],
        "clips": ["clips", str(tl), "--footage", str(video), "-o", str(out), "--mode", "copy", "-q"],
        "render": ["render", str(tl), "--footage", str(video), "-o", str(out / "render.mp4")],
        "timeline": ["timeline", str(article), "--footage", str(video), "-o", str(out / "t.yaml")],
        "strip": ["strip", str(tl), "--footage", str(video), "-o", str(out / "strip.png")],
        "review": ["review", str(tl), "--footage", str(video), "-o", str(out / "review")],
        "clock": ["clock", str(video), "--region", "0,0,16,16"],
        "sync": ["sync", str(corrupt["good"]), str(video)],
    }[command]
    result = _invoke(args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert tl.read_text(encoding="utf-8") == TIMELINE_YAML  # the input timeline is untouched
    assert _user_files(work) == ["article.txt", "story.yaml"]
    if kind in ODD_BUT_WHOLE and result.exit_code == 0:
        for produced in out.rglob("*.mp4") if out.exists() else []:
            from annotate.clips import media

            assert media.measure(produced).frames > 0
        return
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    if command == "clips":
        # the clip export reports one error line per timeline and keeps its manifest as the record
        assert any(line.startswith("annotate: error: ") and video.name in line for line in lines), result.output
        assert not list(out.rglob("*.mp4")) and not list(out.rglob("*.jpg"))
    else:
        errors = [line for line in lines if line.startswith("annotate: error: ")]
        assert len(errors) == 1, result.output
        assert " @ 0x" not in errors[0], errors[0]  # what is wrong with the file, not ffmpeg's log
        assert video.name in errors[0] or str(video) in errors[0], errors[0]
        assert not out.exists() or _user_files(out) == []


# --- unwritable outputs -----------------------------------------------------


@pytest.fixture()
def blocked(tmp_path) -> Path:
    """A path under a regular file: no process (root included) can create it."""
    f = tmp_path / "a-file"
    f.write_text("x", encoding="utf-8")
    return f


def _story(tmp_path: Path, samples) -> Path:
    tl = tmp_path / "story.yaml"
    tl.write_text(f"title: Unwritable\nfootage: {samples.video}\nmoments:\n  - {{id: m1, start: 147, caption: Hi}}\n",
                  encoding="utf-8")
    return tl


UNWRITABLE = {
    "subtitles": lambda tl, b: ["subtitles", str(tl), "-o", str(b / "x.srt")],
    "timeline": lambda tl, b: ["timeline", "--from-srt", "SRT", "-o", str(b / "t.yaml")],
    "export": lambda tl, b: ["export", str(tl), "-o", str(b / "x.csv")],
    "clips": lambda tl, b: ["clips", str(tl), "-o", str(b / "clips"), "--mode", "copy", "-q"],
    "render": lambda tl, b: ["render", str(tl), "-o", str(b / "r.mp4")],
    "review": lambda tl, b: ["review", str(tl), "-o", str(b / "review")],
    "align": lambda tl, b: ["align", str(tl), "-o", str(b / "a.yaml")],
    "batch": lambda tl, b: ["batch", "JOBS", "-o", str(b / "out")],
}


@pytest.mark.parametrize("command", sorted(UNWRITABLE))
def test_unwritable_output_is_one_line_and_exit_2(samples, tmp_path, blocked, command):
    tl = _story(tmp_path, samples)
    srt = tmp_path / "in.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHi\n", encoding="utf-8")
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text(f"batch: 1\ndefaults: {{subtitles: srt}}\nstories:\n  - {{timeline: {tl}}}\n", encoding="utf-8")
    args = [a.replace("SRT", str(srt)).replace("JOBS", str(jobs)) for a in UNWRITABLE[command](tl, blocked)]
    result = _invoke(args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("annotate: error: ")]
    assert len(errors) == 1 and str(blocked) in errors[0], result.output
    assert blocked.read_text(encoding="utf-8") == "x"


def test_output_folder_that_is_not_writable_by_monkeypatch(samples, tmp_path, monkeypatch):
    """Root ignores permission bits, so pretend: os.access says no."""
    tl = _story(tmp_path, samples)
    target = tmp_path / "ro"
    target.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == target else real(p, mode, **kw))
    result = _invoke(["subtitles", str(tl), "-o", str(target / "x.srt")])
    assert result.exit_code == 2 and "not writable" in result.output, result.output
    assert list(target.iterdir()) == []


# --- concurrent runs into one folder ---------------------------------------


def _spawn(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "annotate", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_concurrent_subtitle_runs_into_one_folder(samples, tmp_path):
    tl = _story(tmp_path, samples)
    out = tmp_path / "out"
    out.mkdir()
    procs = [_spawn(["subtitles", str(tl), "-o", str(out / name)])
             for name in ("same.srt", "same.srt", "same.srt", "other.vtt")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    from annotate import subtitles, timeline

    t = timeline.load(tl)
    assert (out / "same.srt").read_text(encoding="utf-8") == subtitles.dumps(
        t, "srt", rules=subtitles.Rules(fps=t.footage.fps if t.footage and t.footage.fps else 25))
    assert sorted(p.name for p in out.iterdir()) == ["other.vtt", "same.srt"]


def test_concurrent_clip_runs_into_one_folder(samples, tmp_path):
    tl = tmp_path / "story.yaml"
    tl.write_text(f"title: Two at once\nfootage: {samples.video}\nmoments:\n"
                  "  - {id: m1, start: 41, caption: One}\n  - {id: m2, start: 147, caption: Two}\n",
                  encoding="utf-8")
    out = tmp_path / "clips"
    procs = [_spawn(["clips", str(tl), "-o", str(out), "--mode", "copy", "-q"]) for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results  # the second waits for the first (folder lock)
    import json

    from annotate.clips import media
    from annotate.digest import sha256

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = sorted(c["file"] for c in manifest["clips"])
    assert len(files) == 2 and sorted(p.name for p in out.glob("*.mp4")) == files
    for c in manifest["clips"]:
        assert sha256(out / c["file"]) == c["sha256"]
        assert media.measure(out / c["file"]).frames == c["frames"] > 0
    assert not [p for p in out.iterdir() if ".part" in p.name]
    assert not (out / LOCK_NAME).exists()  # the last of the two removed it


def test_concurrent_batch_runs_into_one_folder(samples, tmp_path):
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text("batch: 1\ndefaults: {subtitles: [srt], clips: {mode: copy, only: [m1, m3]}}\nstories:\n"
                    f"  - {{name: s, article: {samples.article}, footage: {samples.video}}}\n", encoding="utf-8")
    out = tmp_path / "out"
    procs = [_spawn(["batch", str(jobs), "-o", str(out), "--workers", "1", "-q"]) for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    import json

    from annotate.digest import sha256

    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 0 and report["counts"]["written"] + report["counts"]["reused"] == 3
    manifest = json.loads((out / "s" / "clips" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["clips"]) == 2
    for c in manifest["clips"]:
        assert sha256(out / "s" / "clips" / c["file"]) == c["sha256"]
    assert not [p for p in out.rglob("*") if ".part" in p.name or p.name == LOCK_NAME]


# --- footage replaced since the timeline recorded it -----------------------

REPLACED_FOOTAGE_COMMANDS = {
    "render": lambda tl, out: ["render", str(tl), "--preview", "1", "-o", str(out / "frame.png")],
    "review": lambda tl, out: ["review", str(tl), "--no-pictures", "-o", str(out / "review")],
    "strip": lambda tl, out: ["strip", str(tl), "-o", str(out / "strip.png")],
    "subtitles": lambda tl, out: ["subtitles", str(tl), "-o", str(out / "story.srt")],
}


@pytest.mark.parametrize("replaced", [False, True], ids=["same", "replaced"])
@pytest.mark.parametrize("command", sorted(REPLACED_FOOTAGE_COMMANDS))
def test_footage_replaced_since_the_timeline_is_named_by_every_reading_command(corrupt, tmp_path, command,
                                                                                 replaced):
    """Another video copied over the footage: every command that reads it (or
    its recorded facts) says so in one warning line naming the file, as
    ``clips`` did; the file recorded gives no such line."""
    from annotate.digest import sha256

    footage = tmp_path / "footage.mp4"
    footage.write_bytes(corrupt["good"].read_bytes())
    tl = tmp_path / "story.yaml"
    tl.write_text(f"title: Replaced\nfootage: {{path: footage.mp4, sha256: {sha256(footage)}}}\n"
                  + TIMELINE_YAML.split("\n", 1)[1], encoding="utf-8")
    if replaced:
        _mp4(tmp_path / "other.mp4", "-t", "3.5")
        os.replace(tmp_path / "other.mp4", footage)
    out = tmp_path / "out"
    out.mkdir()
    result = _invoke(REPLACED_FOOTAGE_COMMANDS[command](tl, out))
    assert result.exit_code == 0, (result.output, result.exception)
    warned = [line for line in result.output.splitlines()
              if line.startswith("annotate: warning: ") and "not the file the timeline records" in line]
    if not replaced:
        assert warned == [], result.output
        return
    assert len(warned) == 1, result.output
    assert str(footage) in warned[0] and sha256(footage)[:12] in warned[0], warned[0]


def test_footage_is_hashed_once_per_run_when_checked_and_recorded(corrupt, tmp_path, monkeypatch):
    """The digest is read once per version of the file in a process: two
    renders (a library user, a batch's stories) check it with one read."""
    from annotate import digest

    footage = tmp_path / "footage.mp4"
    footage.write_bytes(corrupt["good"].read_bytes())
    tl = tmp_path / "story.yaml"
    tl.write_text(f"title: Once\nfootage: {{path: footage.mp4, sha256: {'0' * 64}}}\n"
                  + TIMELINE_YAML.split("\n", 1)[1], encoding="utf-8")
    reads: list[str] = []
    real = digest.file_digest
    monkeypatch.setattr(digest, "file_digest", lambda path: reads.append(str(path)) or real(path))
    digest._version_sha256.cache_clear()
    for args in (["render", str(tl), "--preview", "1", "-o", str(tmp_path / "a.png")],
                 ["render", str(tl), "--preview", "2", "-o", str(tmp_path / "b.png")]):
        result = _invoke(args)
        assert result.exit_code == 0, (result.output, result.exception)
        assert "not the file the timeline records" in result.output
    assert reads == [str(footage)]
