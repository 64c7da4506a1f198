"""`annotate demo` end to end on the sample footage: every file it lists is
there and reads back, quotes land on their words, and the two-video story's
moments are shown on both videos at the same instant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pysrt
import pytest

from annotate import overwrite
from annotate import timeline as tl
from annotate.align import report_rows
from annotate.demo import JSON_OUTPUTS, STORY, run_demo
from annotate.errors import OutputError
from annotate.moments.report import as_dict
from media_samples import stories


@pytest.fixture(scope="module")
def demo(samples, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    code, stderr = _on_a_terminal([sys.executable, "-m", "annotate", "demo", "-o", str(out)], timeout=900)
    assert code == 0, stderr
    assert "Traceback" not in stderr
    (out.parent / "stderr.txt").write_text(stderr, encoding="utf-8")  # (its bar, read by a test below)
    return out


def _on_a_terminal(cmd: list[str], *, timeout: float) -> tuple[int, str]:
    """Run ``cmd`` with its stderr on a pseudo-terminal, where a user sees its bar (a bar is drawn on a terminal
    only: annotate.cli.base.progress_bar); its exit status and what it wrote there."""
    import fcntl
    import os
    import pty
    import struct
    import termios
    import threading

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # (0 columns: tqdm draws nothing)
    got: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # (the child's side closed)
                return
            if not data:
                return
            got.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave,
                              env={**os.environ, "TERM": "xterm-256color"}) as proc:
            os.close(slave)
            code = proc.wait(timeout=timeout)
        reader.join(10)
    finally:
        os.close(master)
    return code, b"".join(got).decode("utf-8", "replace")


def test_the_demo_shows_a_bar_that_moves_through_each_long_step(demo):
    """Two minutes and more of work (aligning, rendering, cutting clips,
    review pages) with no bar: a line per step, then nothing for a minute."""
    import re

    said = (demo.parent / "stderr.txt").read_text(encoding="utf-8")
    shown: list[int] = []
    steps: dict[str, set[int]] = {}
    step = ""
    for piece in re.split(r"[\r\n]+", said):
        if (started := re.search(r"annotate demo: (.+) \.\.\.$", piece)) is not None:
            step = started.group(1)
        elif (bar := re.match(r"demo:\s+(\d+)%\|", piece)) is not None:
            shown.append(int(bar.group(1)))
            steps.setdefault(step, set()).add(int(bar.group(1)))
    assert shown == sorted(shown) and shown[-1] == 100, shown
    for long_step in ("align", "render", "clips", "review", "two videos"):
        assert len(steps.get(long_step, ())) >= 3, (long_step, steps)


def test_every_listed_output_exists_and_reads_back(demo):
    listed = json.loads((demo / "demo.json").read_text(encoding="utf-8"))
    assert listed and all((demo / item["path"]).stat().st_size > 0 for item in listed)
    aligned = tl.load(demo / "timeline.yaml")
    cues = pysrt.open(str(demo / "subtitles.srt"), encoding="utf-8")
    assert len(cues) >= len([m for m in aligned.placed().moments if m.caption])


def test_every_json_output_is_the_kind_it_claims_and_reads_back(demo):
    """Kind-checked as the other outputs are: each JSON file is recognised as its kind (so a re-run
    replaces it and refuses anything else), and holds what the command it stands for prints."""
    for name, kind in JSON_OUTPUTS.items():
        head = (demo / name).read_bytes()[:overwrite.HEAD_BYTES]
        assert overwrite.KINDS[kind][1](head) and overwrite.what_is(head) == overwrite.KINDS[kind][0], name
        overwrite.check(demo / name, kind)  # no error: an earlier file of its kind
    aligned = tl.load(demo / "timeline.yaml")
    rows, again = json.loads((demo / "align.json").read_text(encoding="utf-8")), report_rows(aligned)
    assert [r["id"] for r in rows] == [r["id"] for r in again]
    for row, want in zip(rows, again):  # the timeline file keeps times to the millisecond
        assert row["start"] == pytest.approx(want["start"], abs=0.001) and row["evidence"] == want["evidence"]
    moments = json.loads((demo / "moments.json").read_text(encoding="utf-8"))
    positions = [m for m in aligned.moments if not m.clock and not (m.said and m.start is None)]
    assert moments and [(m["start"], m["quote"]) for m in moments] == [(m.start, m.quote) for m in positions]
    assert all(set(m) == set(as_dict(positions[0])) for m in moments)
    listed = json.loads((demo / "demo.json").read_text(encoding="utf-8"))
    assert {item["path"] for item in listed} >= set(JSON_OUTPUTS) - {"demo.json"}


@pytest.mark.parametrize("name", [*sorted(JSON_OUTPUTS), STORY])
def test_a_user_file_under_a_json_output_s_name_is_refused_before_any_step(name, tmp_path):
    out = tmp_path / "demo"
    (out / name).parent.mkdir(parents=True)
    (out / name).write_text('{"my": "notes"}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="refusing to replace it"):
        run_demo(out, say=lambda line: None)
    assert [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()] == [name]
    assert (out / name).read_text() == '{"my": "notes"}\n'


def test_force_replaces_a_user_file_under_a_json_output_s_name(samples, tmp_path, monkeypatch):
    out = tmp_path / "demo"
    out.mkdir()
    (out / "demo.json").write_text("my notes\n", encoding="utf-8")
    monkeypatch.setattr("annotate.demo.STEPS", [])  # only the list of outputs, then
    run_demo(out, say=lambda line: None, force=True)
    assert json.loads((out / "demo.json").read_text(encoding="utf-8")) == []


def test_quotes_are_placed_on_their_words(demo, samples):
    rows = {r["said"]: r for r in json.loads((demo / "align.json").read_text(encoding="utf-8")) if r.get("said")}
    for quote in samples.truth["article"]["speech"]:
        row = rows[quote["quote"]]
        if quote["true_start"] is None:
            assert row["start"] is None, row  # not said in the footage: not placed anywhere
        else:
            assert abs(row["start"] - quote["true_start"]) <= 0.3, row


def test_two_videos_are_attributed_aligned_and_shown_at_the_same_instant(demo, samples):
    story = tl.load(demo / "two-videos" / "timeline.yaml")
    truth = stories.angles_story_truth(samples.truth)
    assert [v.id for v in story.videos] == list(stories.VIDEO_IDS)
    assert [m.footage for m in story.moments] == [t["video"] for t in truth]
    start = samples.truth["angles"][stories.ANGLE]["start"]  # the phone's first frame on the compilation
    shift = {stories.VIDEO_IDS[0]: -start, stories.VIDEO_IDS[1]: start}
    frame = 1 / 25
    for m, t in zip(story.moments, truth):
        assert abs(m.effective_start - t["true_start"]) <= 0.25, m
        [other] = m.alternatives
        assert abs(other.start - (m.effective_start + shift[m.footage])) <= frame, (m, other)
    pages = {p.parent.name for p in (demo / "two-videos" / "review").glob("*/index.html")}
    assert pages == set(stories.VIDEO_IDS)


@pytest.mark.parametrize(("held", "refused"), [
    ("", False), ("the story\n", False), ("the story\nand my notes after it\n", True), ("the stor", True),
])
def test_a_text_output_replaces_only_itself(held, refused, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(held, encoding="utf-8")
    if refused:
        with pytest.raises(OutputError, match="is not the story; refusing to replace it"):
            overwrite.check_same(path, "the story\n", "the story")
    else:
        overwrite.check_same(path, "the story\n", "the story")
    overwrite.check_same(path, "the story\n", "the story", force=True)  # --force replaces anything
    assert path.read_text(encoding="utf-8") == held  # a check never writes


def test_a_moment_align_found_nothing_for_is_said_in_words_not_as_the_kind_none():
    # The two-videos notes ended "(none)": the alignment's kind printed raw.
    from annotate.demo import _evidence
    from annotate.model import Alignment, Moment

    assert _evidence(Moment(2.0, alignment=Alignment(2.0, "none"))) == "as stated: nothing found near it"
    assert _evidence(Moment(2.0, alignment=Alignment(2.1, "cut", score=3.0))) == "cut"
    assert _evidence(Moment(2.0)) == "stated"


def test_a_users_own_files_under_the_demos_names_are_refused_before_any_step(samples, tmp_path, monkeypatch):
    """``demo -o DIR`` merged the demo's story into the user's own ``DIR/timeline.yaml`` (their footage,
    captions and tags gone, no warning) and replaced their ``subtitles.srt``, as an earlier file of its kind.
    Now one error line names every such file before any step, and nothing in the folder changes; the
    files an earlier (interrupted) demo wrote there are its own to replace, until changed by hand."""
    from annotate.demo import STEPS

    out = tmp_path / "project"
    out.mkdir()
    mine = {"timeline.yaml": "schema_version: 1\nfootage: base.mp4\nmoments:\n  - {id: m1, start: 2, caption: "
                             "the car stops, tags: [slow]}\n",
            "subtitles.srt": "1\n00:00:01,000 --> 00:00:02,000\nmy own cue\n"}
    for name, text in mine.items():
        (out / name).write_text(text, encoding="utf-8")
    said: list[str] = []
    with pytest.raises(OutputError) as caught:
        run_demo(out, say=said.append)
    assert str(caught.value) == (
        f"{out}: holds files under names annotate writes that it did not write, or changed since: timeline.yaml "
        "(annotate has no record of writing it), subtitles.srt (annotate has no record of writing it); refusing "
        "to replace them: name another folder for the demo, move them away, or pass --force")
    assert said == [] and {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == mine

    for name in mine:
        (out / name).unlink()
    monkeypatch.setattr("annotate.demo.STEPS", [step for step in STEPS if step[0] in ("moments", "timeline")])
    run_demo(tmp_path / "project", say=said.append)  # interrupted after these two steps, say
    run_demo(tmp_path / "project", say=said.append)  # its own files: replaced on the rerun
    (out / "timeline.yaml").write_text((out / "timeline.yaml").read_text(encoding="utf-8") + "# my note\n",
                                       encoding="utf-8")
    with pytest.raises(OutputError, match=r"timeline.yaml: changed since annotate wrote it; refusing to replace "
                                          r"it: name another folder for the demo, move it away, or pass --force"):
        run_demo(out, say=said.append)
    run_demo(out, say=said.append, force=True)  # (the timeline merged into, as always)
    run_demo(out, say=said.append)  # what --force wrote is the demo's own
