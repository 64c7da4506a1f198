"""``annotate timeline`` and ``annotate subtitles`` as a user runs them."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pysrt
import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.timeline import load

ARTICLE = """Video: Guards fire at a defector

United Nations Command via AP

The most dramatic scene begins at roughly two minutes and twenty-seven seconds, when the defector
abandons the truck and races for the border. At 2:41 he collapses. Soldiers fired about 40 rounds.
"""


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_article_to_timeline_to_all_three_formats(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "timelines" / "story.yaml"
    result = run("timeline", str(article), "-o", str(out))
    assert result.exit_code == 0, result.output
    t = load(out)
    assert [m.start for m in t.moments] == [147.0, 161.0]
    assert t.moments[0].approximate and not t.moments[1].approximate
    assert t.credit == "Footage: United Nations Command via AP"
    for ext in ("srt", "vtt", "ass"):
        result = run("subtitles", str(out), "-o", str(tmp_path / f"s.{ext}"), "--mark-approximate")
        assert result.exit_code == 0, result.output
    items = pysrt.open(str(tmp_path / "s.srt"))
    assert [i.start.ordinal for i in items][:1] == [147000]
    assert items[0].text.startswith("\u2068≈ 2:27\u2069 — ")
    assert run("subtitles", "--check", str(tmp_path / "s.vtt")).exit_code == 0


def test_update_keeps_hand_edits(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "story.yaml"
    run("timeline", str(article), "-o", str(out))
    text = out.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 1  # checked by ana")
    out.write_text(text, encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    assert "# checked by ana" in out.read_text(encoding="utf-8")


def test_update_names_each_moment_the_article_no_longer_holds_and_keeps_the_title(tmp_path):
    """``timeline -o`` over a timeline holding the user's own moment and title dropped both, exit 0 and
    no word. Now the title stays (the article gives none) and one warning names each removed id and
    the file, as ``import`` words it."""
    article = tmp_path / "a.txt"
    article.write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    out = tmp_path / "story.yaml"
    out.write_text("schema_version: 1\ntitle: My title\nmoments:\n  - {id: keep, start: 4, caption: mine}\n"
                   "  - {id: m1, start: 1, caption: my caption}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (f"annotate: warning: {out}: 1 moment(s) that {article} does not "
                                             "hold removed: keep")
    saved = load(out)
    assert saved.title == "My title" and [m.id for m in saved.moments] == ["m1"]
    again = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output


def test_rebuilding_from_the_article_keeps_the_hand_set_fields_of_each_moment_still_there(tmp_path):
    """``timeline ARTICLE -o EXISTING`` replaced the caption a user had edited in the file with the freshly
    extracted one and dropped the notes and tags added by hand, exit 0 and no word. Now a moment the article
    still holds keeps them; one whose time the article corrected in the same sentence is still that moment
    and keeps them too (they were dropped), and a warning names it and the time it now states."""
    article = tmp_path / "a.txt"
    article.write_text("At 0:15 the crowd surges toward the steps. Later, at 1:02, police arrive.\n",
                       encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    built = load(out)
    assert [m.id for m in built.moments] == ["m1", "m2"] and built.moments[0].caption != "Crowd rushes the steps"
    text = out.read_text(encoding="utf-8").replace(f"caption: {built.moments[0].caption}",
                                                   "caption: Crowd rushes the steps  # mine")
    text = text.replace("  - id: m2\n", "  - id: m2\n    notes: seen twice\n    tags: [police]\n    color: RED\n")
    out.write_text(text, encoding="utf-8")
    again = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output
    kept = load(out)
    assert [(m.id, m.start, m.caption) for m in kept.moments] == [
        ("m1", 15.0, "Crowd rushes the steps"), ("m2", 62.0, built.moments[1].caption)]
    assert (kept.moments[1].notes, kept.moments[1].tags, kept.moments[1].color) == ("seen twice", ("police",), "RED")
    assert "# mine" in out.read_text(encoding="utf-8")
    article.write_text("At 0:15 the crowd surges toward the steps. Later, at 1:09, police arrive.\n",
                       encoding="utf-8")
    moved = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert moved.exit_code == 0, moved.output
    assert moved.stderr.splitlines()[:-1] == [f"annotate: warning: {out}: 1 moment(s) found in {article} changed, "
                                              "each keeping its id and your fields: m2 by its sentence (its time "
                                              "1:02 -> 1:09)"]
    now = load(out)
    assert now.moments[0].caption == "Crowd rushes the steps"
    assert [(m.id, m.start) for m in now.moments] == [("m1", 15.0), ("m2", 69.0)]
    assert (now.moments[1].notes, now.moments[1].tags, now.moments[1].color) == ("seen twice", ("police",), "RED")


def test_a_corrected_article_corrects_the_captions_nobody_edited(tmp_path):
    """A typo fixed in the article and ``timeline -o`` run again: the file's sentence showed the correction
    and its caption did not, without a word (every caption of a moment still there was kept as hand-set).
    A caption still what its own sentence gives is the extractor's: the corrected one replaces it; an
    edited caption stays."""
    article = tmp_path / "a.txt"
    article.write_text("At 0:15 the crowd surges toward the stpes. Later, at 1:02, the truk stops.\n",
                       encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    first = load(out).moments
    assert "stpes" in first[0].caption and "truk" in first[1].caption
    out.write_text(out.read_text(encoding="utf-8").replace(f"caption: {first[1].caption}",
                                                           "caption: The truck stops (edited)"), encoding="utf-8")
    article.write_text("At 0:15 the crowd surges toward the steps. Later, at 1:02, the truck stops.\n",
                       encoding="utf-8")
    again = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output
    now = load(out).moments
    assert now[0].caption == first[0].caption.replace("stpes", "steps") and "steps" in now[0].sentence
    assert now[1].caption == "The truck stops (edited)" and "truck" in now[1].sentence


def test_rebuilding_from_subtitles_takes_their_text_and_names_each_caption_it_replaces(tmp_path):
    """Subtitles are the user's own words: ``--from-srt`` over a timeline takes each cue's text, and a
    warning names each caption of the file it replaced (it was replaced without a word)."""
    srt = tmp_path / "t.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n\n",
                   encoding="utf-8")
    out = tmp_path / "t.yaml"
    assert run("timeline", "--from-srt", str(srt), "-o", str(out)).exit_code == 0
    out.write_text(out.read_text(encoding="utf-8").replace("caption: Hello", "caption: Hi there"), encoding="utf-8")
    again = CliRunner().invoke(main, ["timeline", "--from-srt", str(srt), "-o", str(out)])
    assert again.exit_code == 0, again.output
    first = load(out).moments[0]
    assert again.stderr.splitlines()[0] == (f"annotate: warning: {out}: hand-set field(s) of 1 moment(s) "
                                            f"replaced by what {srt} holds: {first.id} (caption)")
    assert [m.caption for m in load(out).moments] == ["Hello", "World"]


def test_stdin_article_prints_yaml():
    result = run("timeline", "-", input="At 1:12 the officer draws his weapon.")
    assert result.exit_code == 0
    assert 'start: "1:12"' in result.output


def test_from_srt_round_trip(tmp_path):
    srt = tmp_path / "t.srt"
    srt.write_text("1\n00:00:01,234 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,001\nWorld\n\n",
                   encoding="utf-8")
    assert run("timeline", "--from-srt", str(srt), "-o", str(tmp_path / "t.yaml")).exit_code == 0
    assert run("subtitles", str(tmp_path / "t.yaml"), "-o", str(tmp_path / "again.srt")).exit_code == 0
    items = pysrt.open(str(tmp_path / "again.srt"))
    assert [(i.start.ordinal, i.end.ordinal, i.text) for i in items] == [(1234, 2500, "Hello"), (3000, 4001, "World")]


def test_check_reports_violations_and_exits_1(tmp_path):
    bad = tmp_path / "bad.srt"
    bad.write_text("1\n00:00:01,000 --> 00:00:01,100\n" + "x" * 60 + "\n\n", encoding="utf-8")
    result = run("subtitles", "--check", str(bad))
    assert result.exit_code == 1
    assert "cue 1:" in result.output and "line-length" in result.output


def test_bad_inputs_give_one_line_and_exit_2(tmp_path):
    (tmp_path / "t.yaml").write_text("moments: [{start: 5, end: 1}]", encoding="utf-8")
    cases = [
        ("subtitles", str(tmp_path / "t.yaml"), "-o", str(tmp_path / "x.srt")),
        ("subtitles", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "x.srt")),
        ("timeline", str(tmp_path / "missing.txt")),
    ]
    for args in cases:
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 2, (args, result.output)
        lines = [ln for ln in result.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("annotate: error: "), result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / "x.srt").exists()
    good = tmp_path / "good.yaml"
    good.write_text("moments: [{start: 1, caption: x}]", encoding="utf-8")
    result = CliRunner().invoke(main, ["subtitles", str(good), "-o", str(tmp_path / "x.doc")])
    assert result.exit_code == 2 and "cannot tell the subtitle format" in result.output


def test_footage_typed_relative_to_the_shell_is_found_from_the_saved_timeline(samples, tmp_path, monkeypatch):
    from annotate.timeline import footage_path

    monkeypatch.chdir(samples.video.parent)
    out = tmp_path / "timelines" / "story.yaml"
    result = run("timeline", samples.article.name, "--footage", samples.video.name, "-o", str(out))
    assert result.exit_code == 0, result.output
    t = load(out)
    assert footage_path(t).resolve() == samples.video.resolve()
    assert t.footage.duration == 270.0 and t.footage.sha256 and t.footage.fps == 25.0


# ---------------------------------------------------------------- several videos

@pytest.fixture(scope="module")
def two_videos(samples, tmp_path_factory):
    """The sample compilation as 'rooftop' and a re-encoded cut of it (from
    80 s, 40 s long) as the second video: its cuts sit 80 s earlier."""
    from tests.align_support import TWO_VIDEO_ARTICLE, excerpt

    folder = tmp_path_factory.mktemp("videos")
    second = excerpt(samples.video, folder / "bodycam.mp4", 80.0, 40.0)
    article = folder / "story.txt"
    article.write_text(TWO_VIDEO_ARTICLE, encoding="utf-8")
    return folder, samples.video, second


def annotate_cli(*args: str, cwd) -> subprocess.CompletedProcess[str]:
    # Run in the story's folder: this checkout first on the path, as it is for the tests.
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "annotate", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600, env=env)


def test_two_videos_timeline_then_align_places_each_moment_on_its_own(two_videos, samples):
    folder, first, second = two_videos
    made = annotate_cli("timeline", "story.txt", "--footage", f"rooftop={first}", "--footage", str(second),
                        "-o", "story.yaml", cwd=folder)
    assert made.returncode == 0, made.stderr
    t = load(folder / "story.yaml")
    assert [(v.id, v.duration) for v in t.videos] == [("rooftop", 270.0), ("bodycam", 40.0)]
    aligned = annotate_cli("align", "story.yaml", "--json", "--alternatives", cwd=folder)
    assert aligned.returncode == 0, aligned.stderr
    rows = json.loads(aligned.stdout)
    assert [(r["id"], r["footage"], r["evidence"]) for r in rows] == [
        ("m1", "rooftop", "cut"), ("m2", "bodycam", "cut"), ("m3", "bodycam", "cut")]
    frame = 1 / samples.fps
    cuts = [c["time"] for c in samples.truth["cuts"]]
    # m1 on the compilation's cut at 84 s; m2, m3 on the cut's cuts at 96 - 80 and 84 - 80 s.
    for row, truth in zip(rows, [84.0, 96.0 - 80.0, 84.0 - 80.0]):
        assert abs(row["start"] - truth) <= frame, row
    assert 84.0 in cuts and 96.0 in cuts
    # The second video is a cut of the first from 80 s: the same instants, synced by annotate.sync.
    alternatives = [[(a["footage"], a["start"]) for a in r["alternatives"]] for r in rows]
    assert [[video for video, _ in alts] for alts in alternatives] == [["bodycam"], ["rooftop"], ["rooftop"]]
    for row, alts in zip(rows, alternatives):
        shift = -80.0 if row["footage"] == "rooftop" else 80.0
        assert abs(alts[0][1] - (row["start"] + shift)) <= frame, row
    saved = load(folder / "story.yaml")
    assert [saved.video_id(m) for m in saved.moments] == ["rooftop", "bodycam", "bodycam"]
    assert all(m.alignment is not None and m.alignment.kind == "cut" for m in saved.moments)


def test_two_videos_subtitles_one_file_each_and_one_video_commands_say_so(two_videos):
    folder, first, second = two_videos
    assert annotate_cli("timeline", "story.txt", "--footage", str(first), "--footage", f"body={second}",
                        "-o", "subs.yaml", cwd=folder).returncode == 0
    wrote = annotate_cli("subtitles", "subs.yaml", "-o", "out.srt", cwd=folder)
    assert wrote.returncode == 0, wrote.stderr
    assert not (folder / "out.srt").exists()
    first_id = load(folder / "subs.yaml").videos[0].id
    assert [c.start.ordinal for c in pysrt.open(str(folder / f"out.{first_id}.srt"))] == [84000]
    assert [c.start.ordinal for c in pysrt.open(str(folder / "out.body.srt"))] == [4000, 15000]
    one = annotate_cli("subtitles", "subs.yaml", "-o", "body.srt", "--video", "body", cwd=folder)
    assert one.returncode == 0 and len(pysrt.open(str(folder / "body.srt"))) == 2
    for args in (("export", "subs.yaml", "-o", "x.chapters.txt"),
                 ("render", "subs.yaml", "--preview", "0:04", "-o", "f.png"), ("strip", "subs.yaml", "-o", "s.png")):
        failed = annotate_cli(*args, cwd=folder)
        assert failed.returncode == 2, (args, failed.stderr)
        assert failed.stderr.count("\n") == 1 and failed.stderr.startswith("annotate: error: ")
        assert f"needs one video; this timeline has 2: pass --video ID (one of {first_id}, body)" in failed.stderr
    exported = annotate_cli("export", "subs.yaml", "-o", "body.csv", "--video", "body", cwd=folder)
    assert exported.returncode == 0, exported.stderr
    with open(folder / "body.csv", encoding="utf-8-sig") as f:
        assert sorted(row["start"] for row in csv.DictReader(f)) == ["0:04", "0:15"]
    unknown = annotate_cli("subtitles", "subs.yaml", "-o", "x.srt", "--video", "nope", cwd=folder)
    assert unknown.returncode == 2 and "no video 'nope' in this timeline" in unknown.stderr


def test_from_srt_takes_one_footage(tmp_path):
    srt = tmp_path / "a.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nhi\n", encoding="utf-8")
    result = run("timeline", "--from-srt", str(srt), "--footage", "a.mp4", "--footage", "b.mp4")
    assert result.exit_code != 0


@pytest.mark.parametrize("url", ["http://[::1/x.mp4", "file://[x/a.mp4"])
def test_a_malformed_footage_url_is_one_line_and_exit_2(tmp_path, url):
    article = tmp_path / "a.txt"
    article.write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    result = run("timeline", str(article), "--footage", url, "-o", str(tmp_path / "u.yaml"))
    assert result.exit_code == 2, result.output
    assert f"annotate: error: {url}: not a valid URL: Invalid IPv6 URL" in result.output
    assert not (tmp_path / "u.yaml").exists()


def test_rebuilding_from_the_article_keeps_each_alignment_still_true(samples, tmp_path):
    """``timeline ARTICLE -o EXISTING`` dropped what ``align`` had found for every moment, without a word. A
    moment still at its stated time in the same footage keeps it; one the article moved loses it, and a
    warning names it."""
    article = tmp_path / "a.txt"
    article.write_text("At 0:23 the first shot changes. Then, at 1:24, the scene cuts.\n", encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "--footage", str(samples.video), "-o", str(out)).exit_code == 0
    assert run("align", str(out)).exit_code == 0
    aligned = load(out)
    assert all(m.alignment is not None and m.alignment.kind != "none" for m in aligned.moments), aligned.moments
    again = CliRunner().invoke(main, ["timeline", str(article), "--footage", str(samples.video), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output
    assert [m.alignment for m in load(out).moments] == [m.alignment for m in aligned.moments]
    article.write_text("At 0:23 the first shot changes. Then, at 1:53, the scene cuts.\n", encoding="utf-8")
    moved = CliRunner().invoke(main, ["timeline", str(article), "--footage", str(samples.video), "-o", str(out)])
    assert moved.exit_code == 0, moved.output
    assert f"annotate: warning: {out}: the alignment of 1 moment(s) cleared (moved, or on other footage): m2; " \
           "run annotate align again" in moved.stderr
    now = load(out)
    assert now.moments[0].alignment == aligned.moments[0].alignment and now.moments[1].alignment is None


@pytest.mark.parametrize("writer", ["timeline", "import"])
def test_align_refuses_to_undo_what_another_command_wrote_into_the_timeline_while_it_ran(
        samples, tmp_path, monkeypatch, writer):
    """``align`` reads the timeline, works for as long as the footage takes, then saved its result over the
    file: a ``timeline -o`` (the corrected article) or ``import -o`` (the review page's download) into it
    meanwhile said "wrote" and was silently undone. Now align refuses in one line and their file stays."""
    import annotate.align
    from tests.align_support import excerpt

    excerpt(samples.video, tmp_path / "clip.mp4", 20.0, 8.0)
    (tmp_path / "a.txt").write_text("At 0:03 the truck stops.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("At 0:03 the bus stops.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,start,caption\nm1,3,the bus stops\n", encoding="utf-8")
    made = annotate_cli("timeline", "a.txt", "--footage", "clip.mp4", "-o", "st.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    other = ["timeline", "b.txt", "--footage", "clip.mp4"] if writer == "timeline" else ["import", "b.csv"]
    real, meanwhile = annotate.align.align, []

    def align_while_another_command_writes(*args, **kwargs):  # type: ignore[no-untyped-def]
        aligned = real(*args, **kwargs)
        done = annotate_cli(*other, "-o", "st.yaml", cwd=tmp_path)  # another process, as align runs
        assert done.returncode == 0, done.stderr
        meanwhile.append((tmp_path / "st.yaml").read_text(encoding="utf-8"))
        return aligned

    monkeypatch.setattr(annotate.align, "align", align_while_another_command_writes)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["align", "st.yaml"])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == (
        "annotate: error: st.yaml: changed since this command read it (another command wrote it meanwhile); "
        "nothing written, so what it holds stays: run the command again")
    assert result.stderr.count("annotate:") == 1
    assert "bus" in meanwhile[0] and (tmp_path / "st.yaml").read_text(encoding="utf-8") == meanwhile[0]
    assert run("align", str(tmp_path / "st.yaml")).exit_code == 0  # run again: the new text, aligned
    again = load(tmp_path / "st.yaml")
    assert "bus" in f"{again.moments[0].caption} {again.moments[0].sentence}"
    assert again.moments[0].alignment is not None


def test_rebuilding_from_the_article_without_footage_keeps_the_timelines_footage_and_alignments(samples, tmp_path):
    """``timeline ARTICLE -o EXISTING`` without --footage (the article's typo fixed) dropped the footage the
    file named, and with it every alignment; render then said the timeline names no footage. The file's
    footage stays (as ``import`` keeps it), so each moment still there keeps what align found."""
    from tests.align_support import excerpt

    excerpt(samples.video, tmp_path / "clip.mp4", 20.0, 8.0)
    article = tmp_path / "a.txt"
    article.write_text("At 0:03 the truck stops. At 0:05 a man runs out.\n", encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "--footage", str(tmp_path / "clip.mp4"), "-o", str(out)).exit_code == 0
    assert run("align", str(out)).exit_code == 0
    aligned = load(out)
    article.write_text("At 0:03 the truck stops. At 0:05 a man runs out of the shop.\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output
    now = load(out)
    assert now.videos == aligned.videos and now.footage.path == "clip.mp4"
    assert [m.alignment for m in now.moments] == [m.alignment for m in aligned.moments]
    assert now.moments[1].sentence == "At 0:05 a man runs out of the shop."


def test_rebuilding_from_a_file_that_holds_no_moment_is_refused_not_an_emptied_timeline(tmp_path):
    """The wrong file given as the article (a shopping list) emptied the timeline (moments, alignments,
    notes), exit 0. Refused in one line, as ``import`` refuses such a file, and the timeline is as it was."""
    article, wrong = tmp_path / "a.txt", tmp_path / "wrong.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    wrong.write_text("This is my shopping list: eggs, milk.\n", encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    result = CliRunner().invoke(main, ["timeline", str(wrong), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == (f"annotate: error: {wrong}: holds no moment: saving it would remove all 2 moment(s) "
                             f"of {out}; nothing written (delete the timeline file to start it empty)\n")
    assert out.read_bytes() == before


def test_two_videos_rebuilt_without_footage_keep_both_and_each_moments_video(two_videos):
    folder, first, second = two_videos
    made = annotate_cli("timeline", "story.txt", "--footage", f"rooftop={first}", "--footage", str(second),
                        "-o", "again.yaml", cwd=folder)
    assert made.returncode == 0, made.stderr
    before = load(folder / "again.yaml")
    rebuilt = annotate_cli("timeline", "story.txt", "-o", "again.yaml", cwd=folder)
    assert rebuilt.returncode == 0 and "warning" not in rebuilt.stderr, rebuilt.stderr
    now = load(folder / "again.yaml")
    assert now.videos == before.videos and len(now.videos) == 2
    assert [(m.id, m.footage) for m in now.moments] == [(m.id, m.footage) for m in before.moments]


def test_a_subtitle_file_or_a_timeline_given_as_the_article_is_refused_and_the_timeline_kept(tmp_path):
    """An SRT given to ``timeline`` where ``import`` was meant became moments captioned with its timing lines
    (the cue text lost), written over the user's captions, exit 0; a timeline gave ten moments of its YAML keys.
    Known by content (whatever the name), refused in one line naming the file, what it is and the command that
    reads it, before the timeline is touched; ``extract`` likewise."""
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "story.yaml"
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    for ext in ("srt", "vtt", "ass"):
        assert run("subtitles", str(out), "-o", str(tmp_path / f"s.{ext}")).exit_code == 0
    (tmp_path / "renamed.txt").write_bytes((tmp_path / "s.srt").read_bytes())
    before = out.read_bytes()
    said = {"s.srt": "a SubRip subtitle file", "renamed.txt": "a SubRip subtitle file",
            "s.vtt": "a WebVTT subtitle file", "s.ass": "an ASS subtitle file"}
    for name, kind in said.items():
        given = str(tmp_path / name)
        for command in (["timeline", given, "-o", str(out)], ["extract", given]):
            result = CliRunner().invoke(main, command)
            assert result.exit_code == 2, result.output
            assert result.stderr == (f"annotate: error: {given}: is {kind}, not an article; read it into a "
                                     f"timeline with `annotate import {given} -o TIMELINE`\n")
        assert out.read_bytes() == before
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(before)
    result = CliRunner().invoke(main, ["timeline", str(copy), "-o", str(tmp_path / "new.yaml")])
    assert result.exit_code == 2
    assert result.stderr == (f"annotate: error: {copy}: is an annotate timeline, not an article; give "
                             "`annotate timeline` the article it was made from, or use the timeline with "
                             "align, subtitles, export or clips\n")
    assert not (tmp_path / "new.yaml").exists()


def test_a_subtitle_file_given_where_a_timeline_is_expected_says_what_it_is(tmp_path):
    """``render s.srt`` and ``subtitles s.srt -o x.vtt`` said "s.srt: expected a mapping of fields, got str",
    which names the file but not the mistake."""
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    story = tmp_path / "story.yaml"
    assert run("timeline", str(article), "-o", str(story)).exit_code == 0
    assert run("subtitles", str(story), "-o", str(tmp_path / "s.srt")).exit_code == 0
    given = tmp_path / "s.srt"
    for command in (["subtitles", str(given), "-o", str(tmp_path / "x.vtt")],
                    ["render", str(given), "-o", str(tmp_path / "r.mp4")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2
        assert result.stderr == (f"annotate: error: {given}: is a SubRip subtitle file, not a timeline; read it into "
                                 f"one first: `annotate import {given} -o TIMELINE`\n")
    assert not (tmp_path / "x.vtt").exists() and not (tmp_path / "r.mp4").exists()


def test_a_timeline_from_files_whose_names_are_not_utf8_records_no_other_file(samples, tmp_path):
    """An article named ``caf\\xe9.txt`` (Latin-1): the timeline recorded ``article: caf.txt``, another file,
    and ``wrote`` named ``rsum.yaml``. Now the article is said not to be recorded (an ArticleWarning), the
    lines show the byte, and footage so named is refused in one line (it would name another file) where the
    timeline records it."""
    article = tmp_path / os.fsdecode(b"caf\xe9.txt")
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / os.fsdecode(b"r\xe9sum\xe9.yaml")
    result = run("timeline", str(article), "--footage", str(samples.video), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"annotate: warning: caf\\xe9.txt: the article's name is not UTF-8, so {tmp_path}/r\\xe9sum\\xe9.yaml " \
           "records no article file" in result.output
    assert f"wrote {tmp_path}/r\\xe9sum\\xe9.yaml: 2 moment(s)" in result.output
    t = load(out)
    assert [m.start for m in t.moments] == [147.0, 161.0]
    assert "caf" not in out.read_text(encoding="utf-8")
    footage = tmp_path / os.fsdecode(b"b\xe9.mp4")
    footage.symlink_to(samples.video)
    refused = run("timeline", str(article), "--footage", str(footage), "-o", str(tmp_path / "f.yaml"))
    assert refused.exit_code == 2 and not (tmp_path / "f.yaml").exists()
    assert refused.output.splitlines()[-1] == (f"annotate: error: {tmp_path}/f.yaml: cannot record the footage "
                                               f"{tmp_path}/b\\xe9.mp4: its name is not UTF-8 and this file records "
                                               "names as text (without that byte it would name another file): "
                                               "rename the file"), refused.output


def _video(path: Path, size: str) -> Path:
    from annotate import ffmpeg

    ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=s={size}:r=25:d=3", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", str(path)])
    return path


def _not_utf8_folder(tmp_path: Path) -> Path:
    """A folder named ``caf\\xe9`` (Latin-1, as an old USB stick gives it) holding f.mp4 (320x240) and art.txt,
    beside a folder ``caf`` holding another f.mp4 (64x36): the name with its byte dropped."""
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    (tmp_path / "caf").mkdir()
    folder.mkdir()
    _video(folder / "f.mp4", "320x240")
    _video(tmp_path / "caf" / "f.mp4", "64x36")
    (folder / "art.txt").write_text("At 0:01 the first scene starts.\n\nAt 0:02 the second.\n", encoding="utf-8")
    return folder


def _size_of(png: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(png) as picture:
        return picture.size


def test_a_timeline_in_a_folder_whose_name_is_not_utf8_reads_the_footage_beside_it(tmp_path):
    """Attack report 9 #3: the model dropped the byte from the timeline's own path too, so ``footage: f.mp4`` was
    resolved in ``caf/`` (footage not found, or another folder's video rendered and cut without a word) and a
    timeline annotate wrote into the folder could not be read back. Its path keeps the byte; an export, which
    records the absolute path as text, refuses it in one line instead of naming ``caf/f.mp4``."""
    folder = _not_utf8_folder(tmp_path)
    (folder / "h.yaml").write_text("schema_version: 1\nfootage: f.mp4\nmoments:\n  - {start: 1, caption: hi}\n",
                                   encoding="utf-8")
    result = run("render", str(folder / "h.yaml"), "-o", str(tmp_path / "r.png"), "--preview", "1")
    assert result.exit_code == 0, result.output
    assert _size_of(tmp_path / "r.png") == (320, 240)  # the video beside the timeline, not caf/f.mp4 (64x36)
    refused = run("export", str(folder / "h.yaml"), "-o", str(tmp_path / "ex.otio"))
    assert refused.exit_code == 2 and not (tmp_path / "ex.otio").exists()
    assert refused.output.splitlines()[-1].endswith(  # (an export records absolute paths: only a rename helps)
        "its folder 'caf\\xe9' is not UTF-8 and this file records names as text (without that byte it would name "
        "another file): rename the folder"), refused.output
    other = _video(tmp_path / "base.mp4", "160x120")
    made = run("timeline", str(folder / "art.txt"), "--footage", str(other), "-o", str(folder / "x.yaml"))
    assert made.exit_code == 0, made.output
    assert run("render", str(folder / "x.yaml"), "-o", str(tmp_path / "x.png"), "--preview", "1").exit_code == 0
    assert _size_of(tmp_path / "x.png") == (160, 120)


def test_footage_in_a_folder_whose_name_is_not_utf8_is_recorded_as_the_same_file_or_refused(tmp_path, monkeypatch):
    """Attack report 9 #4: run inside such a folder, ``timeline`` recorded ``path: ../caf/f.mp4`` (and said the
    plain ``art.txt`` had a name that is not UTF-8); ``align --footage`` recorded ``caf/f.mp4``, exit 0: both named
    another file. The path recorded is the one leading to the file; where it would hold the byte, it is refused
    in one line naming the folder."""
    folder = _not_utf8_folder(tmp_path)
    monkeypatch.chdir(folder)
    made = run("timeline", "art.txt", "--footage", "f.mp4", "-o", "t.yaml")
    assert made.exit_code == 0 and "UTF-8" not in made.output, made.output
    recorded = load(folder / "t.yaml")
    assert recorded.footage is not None and recorded.footage.path == "f.mp4"
    assert [s.article for s in recorded.sources] == ["art.txt"]
    monkeypatch.chdir(tmp_path)
    for command in (["timeline", str(folder / "art.txt"), "--footage", str(folder / "f.mp4"), "-o", "tt.yaml"],
                    ["align", str(folder / "t.yaml"), "--footage", str(folder / "f.mp4"), "-o", "az.yaml"]):
        refused = run(*command)
        assert refused.exit_code == 2, refused.output
        assert refused.output.splitlines()[-1].endswith(
            f"cannot record the footage {tmp_path}/caf\\xe9/f.mp4: its folder 'caf\\xe9' is not UTF-8 and this file "
            "records names as text (without that byte it would name another file): rename the folder, or keep the "
            "timeline beside the footage (it records the plain name alone)"), refused.output
    assert not (tmp_path / "tt.yaml").exists() and not (tmp_path / "az.yaml").exists()


def test_align_refuses_footage_no_timeline_file_can_record_before_it_aligns(tmp_path, monkeypatch):
    """``align --footage caf\\xe9/f.mp4 -o elsewhere`` (and a timeline in that folder aligned ``-o``
    elsewhere) was refused only when saving, after the whole alignment (minutes on long footage) and the
    footage's hash; ``timeline --footage`` so too, after the hash. Now the same one line comes before any of
    that work: nothing aligned or hashed, nothing written."""
    folder = _not_utf8_folder(tmp_path)
    (folder / "t.yaml").write_text("schema_version: 1\nfootage: f.mp4\nmoments:\n  - {start: 1, caption: hi}\n",
                                   encoding="utf-8")
    (tmp_path / "plain.yaml").write_text("schema_version: 1\nfootage: caf/f.mp4\nmoments:\n"
                                         "  - {start: 1, caption: hi}\n", encoding="utf-8")
    import annotate.align
    import annotate.digest

    def no_work(*_args, **_kwargs):
        raise AssertionError("aligned (or hashed) before refusing")

    for name in ("align", "align_videos"):
        monkeypatch.setattr(annotate.align, name, no_work)
    monkeypatch.setattr(annotate.digest, "versioned_sha256", no_work)
    monkeypatch.chdir(tmp_path)
    for command in (["align", "plain.yaml", "--footage", str(folder / "f.mp4"), "-o", "a1.yaml"],
                    ["align", str(folder / "t.yaml"), "-o", "a2.yaml"],
                    ["timeline", str(folder / "art.txt"), "--footage", str(folder / "f.mp4"), "-o", "a3.yaml"]):
        refused = run(*command)
        assert refused.exit_code == 2, refused.output
        assert refused.output.splitlines()[-1] == (
            f"annotate: error: {command[-1]}: cannot record the footage {tmp_path}/caf\\xe9/f.mp4: its folder "
            "'caf\\xe9' is not UTF-8 and this file records names as text (without that byte it would name another "
            "file): rename the folder, or keep the timeline beside the footage (it records the plain name alone)"), \
            refused.output
        assert not (tmp_path / command[-1]).exists()


def test_an_article_gaining_or_losing_a_moment_keeps_each_users_fields_on_its_own_moment(tmp_path):
    """Ids number the article's positions: a merge that matched the file's moments by id moved the user's
    comments, ``x-`` fields and edited captions onto the next moment when a sentence was cut or added above,
    and removed the wrong one. Each moment is matched by what it is: its fields stay with it, a moment is
    removed only when the article no longer holds it, and a new one takes an id the file never held."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("At 0:05 the first scene starts.\n\nAt 0:12 the second scene is shown.\n\n"
                       "At 0:18 the last.\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    text = text.replace("caption: the second scene is shown", "caption: EDITED soldiers cross  # checked frame 301")
    text = text.replace("    window: [12.0, 13.0]\n", "    window: [12.0, 13.0]\n    x-note: my evidence for 0:12\n")
    text = text.replace("    window: [18.0, 19.0]\n", "    window: [18.0, 19.0]\n    x-note: verified, frame 451\n")
    out.write_text(text, encoding="utf-8")
    article.write_text("At 0:02 a new first moment.\n\nAt 0:05 the first scene starts.\n\n"
                       "At 0:12 the second scene is shown.\n\nAt 0:18 the last.\n", encoding="utf-8")
    added = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert added.exit_code == 0 and "warning" not in added.stderr, added.output
    now = load(out)
    assert [(m.id, m.start, m.caption) for m in now.moments] == [
        ("m4", 2.0, "a new first moment"), ("m1", 5.0, "the first scene starts"),
        ("m2", 12.0, "EDITED soldiers cross"), ("m3", 18.0, "the last")]
    saved = out.read_text(encoding="utf-8")
    second, last = saved.split("  - id: m2\n")[1].split("  - id: m3\n")
    assert "# checked frame 301" in second and "x-note: my evidence for 0:12" in second
    assert "x-note: verified, frame 451" in last and "x-note" not in saved.split("  - id: m2\n")[0]
    article.write_text("At 0:02 a new first moment.\n\nAt 0:05 the first scene starts.\n\nAt 0:18 the last.\n",
                       encoding="utf-8")
    cut = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert cut.exit_code == 0, cut.output
    assert cut.stderr.splitlines()[0] == (f"annotate: warning: {out}: 1 moment(s) that {article} does not hold "
                                          "removed: m2")
    saved = out.read_text(encoding="utf-8")
    assert [(m.id, m.start) for m in load(out).moments] == [("m4", 2.0), ("m1", 5.0), ("m3", 18.0)]
    assert "x-note: verified, frame 451" in saved.split("  - id: m3\n")[1] and "evidence for 0:12" not in saved
    article.write_text("At 0:02 a new first moment.\n\nAt 0:05 the first scene starts.\n\nAt 0:09 a new one.\n\n"
                       "At 0:18 the last.\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    assert [m.id for m in load(out).moments] == ["m4", "m1", "m5", "m3"]  # (not m2, the id of the moment cut)


def test_a_video_or_a_timeline_given_to_the_wrong_command_says_what_it_is_and_what_takes_it(tmp_path):
    """``import t.yaml`` said "cannot tell the format from the file name; pass --format", which no --format
    reads (it is a timeline already); ``timeline v.mp4`` said "looks like binary data, not an article" and
    ``render v.mp4`` "is binary, not a timeline file". Each now names what the file is and the command or
    option that takes it."""
    from annotate import ffmpeg

    video = tmp_path / "v.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=1", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", str(video)])
    article, story = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("At 0:01 the truck stops.\n", encoding="utf-8")
    assert run("timeline", str(article), "--footage", str(video), "-o", str(story)).exit_code == 0
    footage = f"a video is a timeline's footage: `annotate timeline ARTICLE --footage {video} -o TIMELINE`\n"
    said = {("timeline", str(video), "-o", str(tmp_path / "n.yaml")): "an article",
            ("extract", str(video)): "an article",
            ("import", str(video), "-o", str(tmp_path / "n.yaml")): "a file to import",
            ("render", str(video), "-o", str(tmp_path / "r.mp4")): "a timeline file",
            ("subtitles", str(video), "-o", str(tmp_path / "s.srt")): "a timeline file"}
    for command, wanted in said.items():
        result = CliRunner().invoke(main, list(command))
        assert result.exit_code == 2, result.output
        assert result.stderr == f"annotate: error: {video}: is an MP4/QuickTime video, not {wanted}; {footage}"
    result = CliRunner().invoke(main, ["import", str(story), "-o", str(tmp_path / "n.yaml")])
    assert result.exit_code == 2
    assert result.stderr == (f"annotate: error: {story}: is an annotate timeline already, nothing to import: use it "
                             "as it is (align, subtitles, export, clips), or merge another file into it with "
                             f"`annotate import FILE -o {story}`\n")
    assert not any((tmp_path / name).exists() for name in ("n.yaml", "r.mp4", "s.srt"))


_MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(488)


@pytest.mark.parametrize("size", [100_000, 11_000_000])
def test_a_video_on_standard_input_is_named_without_a_command_that_cannot_work(tmp_path, size):
    """``extract - < v.mp4`` said ``--footage <stdin>`` (typed in a shell: a redirection into a file named ``-o``),
    and a video over 10 MB on standard input was "larger than 10 MB", not named: footage is read by name, so the
    line says to save it to a file, whatever its size."""
    video = _MP4_HEAD + bytes(size - len(_MP4_HEAD))
    said = {("extract", "-"): ("<stdin>", "an article"), ("timeline", "-", "-o", str(tmp_path / "t.yaml")):
            ("<stdin>", "an article"), ("import", "-", "--format", "json", "-o", str(tmp_path / "t.yaml")):
            ("-", "a json file")}
    for command, (name, wanted) in said.items():
        result = CliRunner().invoke(main, list(command), input=video)
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"annotate: error: {name}: is an MP4/QuickTime video, not {wanted}; footage cannot "
                                 "come from standard input: save it to a file and give it as `--footage FILE`\n")
    assert not (tmp_path / "t.yaml").exists()


def test_real_footage_over_ten_megabytes_given_as_the_article_is_named_a_video(tmp_path):
    """Article and footage swapped, with real footage (nearly always over 10 MB): ``timeline v.mp4`` and
    ``extract v.mp4`` said "larger than 10 MB, the most an article file may hold" (only small videos were named)."""
    video = tmp_path / "v.mp4"
    with open(video, "wb") as handle:
        handle.write(_MP4_HEAD)
        handle.truncate(12_000_000)
    for command in (["extract", str(video)], ["timeline", str(video), "-o", str(tmp_path / "t.yaml")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"annotate: error: {video}: is an MP4/QuickTime video, not an article; a video is a "
                                 f"timeline's footage: `annotate timeline ARTICLE --footage {video} -o TIMELINE`\n")


@pytest.mark.parametrize(("name", "kind", "footage"), [
    ("i.png", "a PNG image", False), ("i.jpg", "a JPEG image", False), ("v.mxf", "an MXF video", True),
    ("v.ogv", "an Ogg (Theora) video", True), ("s.ogg", "an Ogg audio file", False)])
def test_an_image_mxf_or_ogg_given_as_the_article_is_named(tmp_path, name, kind, footage):
    """An image, an MXF (the broadcast container) or an Ogg file given as the article "looked like binary data,
    not an article", where an MP4 or Matroska video was named: each is named now, a video with what takes it."""
    from annotate import ffmpeg

    path = tmp_path / name
    source = {"i.png": ["-f", "lavfi", "-i", "color=s=8x8", "-frames:v", "1"],
              "i.jpg": ["-f", "lavfi", "-i", "color=s=8x8", "-frames:v", "1"],
              "v.mxf": ["-f", "lavfi", "-i", "color=s=64x64:d=0.2"],
              "v.ogv": ["-f", "lavfi", "-i", "color=s=64x64:d=0.2", "-c:v", "libtheora"],
              "s.ogg": ["-f", "lavfi", "-i", "sine=d=0.2", "-c:a", "libvorbis"]}[name]
    ffmpeg.run([*source, str(path)])
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2, result.output
    line = f"annotate: error: {path}: is {kind}, not an article"
    advice = f"; a video is a timeline's footage: `annotate timeline ARTICLE --footage {path} -o TIMELINE`"
    assert result.stderr == line + (advice if footage else "") + "\n"


@pytest.mark.parametrize("opening", ["GIF89a files loop forever.", "GIF87a was the first GIF.",
                                     "fLaC is a lossless codec.", "OggS pages hold the stream.",
                                     "FLV\x01 is no word, but", "ID3\x03 tags", "RIFF chunks nest."])
def test_an_article_whose_first_word_is_a_media_signature_is_read(tmp_path, opening):
    """The table of media by first bytes matched GIF, FLAC, Ogg (four to six letters) before the text was judged:
    an explainer opening "GIF89a files loop forever." was refused as "a GIF image". A head with no control byte
    is text; real media has binary bytes in its header (the image and Ogg files above are still named)."""
    article = tmp_path / "art.txt"
    article.write_text(f"{opening} In the clip the cat jumps at 0:05.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--json"])
    if "\x01" in opening or "\x03" in opening:  # a control byte: binary, refused as before
        assert result.exit_code == 2, result.output
        return
    assert result.exit_code == 0, result.output
    assert [moment["start"] for moment in json.loads(result.stdout)] == [5.0]


@pytest.mark.parametrize(("name", "text"), [
    ("art.txt", ARTICLE),
    ("story.md", "# Guards fire\n\nThe defector races for the border at 2:27, as the footage shows.\n"),
    ("page.html", "<!doctype html><html><body><article><p>He runs at 2:27.</p></article></body></html>\n"),
    ("notes", "Soldiers fired about forty rounds at the man as he crossed.\n"),
])
def test_an_article_given_to_import_says_it_is_one_and_that_timeline_reads_it(tmp_path, name, text):
    """``annotate import art.txt`` (an article) said "cannot tell the format from the file name; pass --format",
    which no --format reads. It now says the file looks like an article and what reads one, one line, exit 2;
    a file of no words still gets the format line."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(article), "-o", str(tmp_path / "n.yaml")])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"annotate: error: {article}: looks like an article, not a subtitle or editor's file: "
                             f"`annotate timeline {article} -o TIMELINE` reads the moments an article describes\n")
    assert not (tmp_path / "n.yaml").exists()
    numbers = tmp_path / "n.dat"
    numbers.write_text("1 2 3\n4 5 6\n", encoding="utf-8")
    other = CliRunner().invoke(main, ["import", str(numbers), "-o", str(tmp_path / "n.yaml")])
    assert other.exit_code == 2 and "cannot tell the format from the file name" in other.stderr, other.output


def test_a_rerun_from_subtitles_matches_each_cue_to_its_moment_not_its_position(tmp_path):
    """``timeline --from-srt s.srt -o t.yaml`` over the timeline it made matched the file's moments by position
    (the cue index): a cue added above moved the person's ``x-`` field onto the moment now there and dropped
    their notes ('replaced by what s.srt holds'). Each cue is now matched by timeline/match.py's tiers, its text
    standing for the sentence: fields stay on their moment, a retimed cue is said as an article's moment is, and
    the cue's text still wins over the caption."""
    srt, out = tmp_path / "s.srt", tmp_path / "t.yaml"
    cue = "{}\n00:00:{:02d},000 --> 00:00:{:02d},000\n{}\n"
    srt.write_text("\n".join([cue.format(1, 5, 7, "the first scene"), cue.format(2, 12, 14, "the second scene")]),
                   encoding="utf-8")
    assert run("timeline", "--from-srt", str(srt), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8").replace(
        "caption: the second scene\n", "caption: the second scene  # checked\n    notes: frame 301\n"
                                        "    x-note: my evidence for 0:12\n")
    out.write_text(text, encoding="utf-8")
    srt.write_text("\n".join([cue.format(1, 2, 3, "a new first"), cue.format(2, 5, 7, "the first scene"),
                              cue.format(3, 13, 15, "the second scene")]), encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", "--from-srt", str(srt), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (f"annotate: warning: {out}: 1 moment(s) found in {srt} changed, each "
                                             "keeping its id and "
                                             "your fields: m2 by its sentence (its time 0:12-0:14 -> 0:13-0:15)")
    now = load(out)
    assert [(m.id, m.start, m.caption, m.notes) for m in now.moments] == [
        ("m3", 2.0, "a new first", ""), ("m1", 5.0, "the first scene", ""), ("m2", 13.0, "the second scene",
                                                                            "frame 301")]
    saved = out.read_text(encoding="utf-8")
    assert "x-note: my evidence for 0:12" in saved.split("  - id: m2\n")[1] and "# checked" in saved
    assert "x-note" not in saved.split("  - id: m2\n")[0]


def test_moments_written_by_hand_without_ids_or_captions_keep_their_comments_and_take_the_articles_captions(
        tmp_path):
    """A hand-written timeline (no ids, no captions) rebuilt from an article with a moment above: the merge
    matched the file's id-less moments by position (their comments and ``x-`` fields went to the moment now
    there), and a matched moment kept its empty caption as if set by hand. Each is found by its time, keeps
    its comment and field, takes the id loading gave it and the article's caption."""
    out, article = tmp_path / "h.yaml", tmp_path / "h.txt"
    out.write_text("schema_version: 1\nmoments:\n  - start: 5  # first one\n    x-a: 1\n  - start: 12\n    x-b: 2\n",
                   encoding="utf-8")
    article.write_text("At 0:02 new.\n\nAt 0:05 the first.\n\nAt 0:12 the second.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (f"annotate: warning: {out}: 2 moment(s) found in {article} changed, "
                                             "each keeping its id and your fields: m1 by its time (a moment written "
                                             "by hand), m2 by its time (a moment written by hand)")
    assert [(m.id, m.start, m.caption) for m in load(out).moments] == [
        ("m3", 2.0, "At 0:02 new"), ("m1", 5.0, "the first"), ("m2", 12.0, "the second")]
    first, second = out.read_text(encoding="utf-8").split("  - start: 5")[1].split("  - start: 12")
    assert "# first one" in first and "x-a: 1" in first and "x-b: 2" in second


def _with_notes(path: Path, notes: dict[str, str]) -> None:
    """The timeline file at ``path`` with ``notes: TEXT`` written by hand under each moment whose sentence is a key
    of ``notes``."""
    text = path.read_text(encoding="utf-8")
    for sentence, note in notes.items():
        assert f"    sentence: {sentence}\n" in text
        text = text.replace(f"    sentence: {sentence}\n", f"    notes: {note}\n    sentence: {sentence}\n", 1)
    path.write_text(text, encoding="utf-8")


def test_among_alike_moments_an_edited_one_takes_the_notes_of_the_nearest_and_most_alike(tmp_path):
    """The first moment of the file that passed a tier's test won: a chapter list's ``2:00 Goal`` corrected to
    ``1:55`` took the notes of ``1:00 Goal`` (55 s away), and ``2:00 Goal``'s were removed; a sentence edited
    took the first similar one's notes, not the most alike one's at 2 s from it (data loss)."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("Chapters:\n\n1:00 Goal\n2:00 Goal\n3:00 Final whistle\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    _with_notes(out, {"1:00 Goal": "FIRST goal", "2:00 Goal": "SECOND goal"})
    article.write_text("Chapters:\n\n1:55 Goal\n3:00 Final whistle\n", encoding="utf-8")
    cut = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert cut.exit_code == 0, cut.output
    assert [(m.id, m.start, m.notes) for m in load(out).moments] == [("m2", 115.0, "SECOND goal"), ("m3", 180.0, "")]
    assert "removed: m1" in cut.stderr and "m2 by its sentence (its time 2:00 -> 1:55)" in cut.stderr

    article.write_text("Chapters:\n\n1:00 Goal\n2:00 Goal\n", encoding="utf-8")
    out.unlink()
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    _with_notes(out, {"1:00 Goal": "FIRST goal", "2:00 Goal": "SECOND goal"})
    article.write_text("Chapters:\n\n2:01 Goal\n1:01 Goal\n", encoding="utf-8")  # reordered, each nudged by 1 s
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    assert [(m.id, m.start, m.notes) for m in load(out).moments] == [("m2", 121.0, "SECOND goal"),
                                                                     ("m1", 61.0, "FIRST goal")]

    article.write_text("Match report.\n\nAt 1:00 Smith shoots from the left and misses. At 2:00 Smith shoots from "
                       "the right and scores.\n", encoding="utf-8")
    out.unlink()
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    _with_notes(out, {"At 2:00 Smith shoots from the right and scores.": "the winning goal"})
    article.write_text("Match report.\n\nAt 2:02 Smith shoots from the right and scores the winner.\n",
                       encoding="utf-8")
    edited = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert edited.exit_code == 0, edited.output
    assert [(m.id, m.start, m.notes) for m in load(out).moments] == [("m2", 122.0, "the winning goal")]
    assert "removed: m1" in edited.stderr


def test_sentences_added_above_a_long_article_leave_each_edited_moment_its_own_notes(tmp_path):
    """Past a million pairs the similar-sentence tier looked only near each moment's rank: 100 sentences added
    above 1,100 edited ones moved every moment's own sentence out of reach, and each took another courier's
    notes (1,058 wrong, 42 lost). Candidates sharing a rare word are looked at too, and the most alike wins."""
    def clock(s: int) -> str:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo",
             "Lima"]
    couriers = [f"{names[i % 12]} {names[i // 12 % 12]} {names[i // 144 % 12]}" for i in range(1100)]
    old = [f"At {clock(10 + i * 5)} the courier {w} hands over parcel {i}." for i, w in enumerate(couriers)]
    new = [f"At {clock(90000 + i * 7)} a drone number {i} circles overhead." for i in range(100)] + [
        f"At {clock(11 + i * 5)} the courier {w} hands over the parcel {i}." for i, w in enumerate(couriers)]
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("Story.\n\n" + "\n\n".join(old) + "\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    _with_notes(out, {sentence: f"note-for-parcel-{i}" for i, sentence in enumerate(old)})
    article.write_text("Story.\n\n" + "\n\n".join(new) + "\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    moments = load(out).moments
    assert len(moments) == 1200
    notes = {m.sentence.split("parcel ")[1].rstrip("."): m.notes for m in moments if "parcel" in m.sentence}
    assert notes == {str(i): f"note-for-parcel-{i}" for i in range(1100)}


def test_a_start_corrected_in_the_file_stays_while_the_article_states_it_as_before(tmp_path):
    """A start the person corrected by hand (``1:00`` seen to be ``1:02``) was put back on any re-run, the
    warning saying the article changed it, when only the file had; now it stays while the article states the
    moment as when the file was made, and when the article's own time changes, the warning says the person's
    time is replaced."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("Story.\n\nThe truck stops at 1:00. The soldier runs at 2:00.\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    out.write_text(out.read_text(encoding="utf-8").replace('start: "1:00"', 'start: "1:02"  # by eye'),
                   encoding="utf-8")
    article.write_text("Story.\n\nThe truck stops at 1:00. The soldier runs at 2:00. A shot at 2:30.\n",
                       encoding="utf-8")
    grown = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert grown.exit_code == 0 and "warning" not in grown.stderr, grown.output
    assert [(m.id, m.start) for m in load(out).moments] == [("m1", 62.0), ("m2", 120.0), ("m3", 150.0)]
    assert 'start: "1:02"  # by eye' in out.read_text(encoding="utf-8")
    article.write_text("Story.\n\nThe truck stops at 1:05. The soldier runs at 2:00. A shot at 2:30.\n",
                       encoding="utf-8")
    corrected = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert corrected.exit_code == 0, corrected.output
    assert [(m.id, m.start) for m in load(out).moments] == [("m1", 65.0), ("m2", 120.0), ("m3", 150.0)]
    assert "m1 by its sentence (your time 1:02 replaced by the article's 1:05)" in corrected.stderr


def test_each_moments_alternatives_on_the_other_videos_stay_like_its_alignment(tmp_path):
    """``timeline -o`` over a story of two videos dropped every moment's ``alternatives`` (its instant on the
    other video, found by ``align --alternatives``), article unchanged, without a word; they stay as the
    alignment does, and are cleared with it, said, when the article moves the moment."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("Story.\n\nIn the roof footage the truck stops at 0:05. The soldier runs at 0:12.\n",
                       encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8").replace("schema_version: 1\n", "schema_version: 2\nvideos:\n"
                                                   "  - {id: roof, path: roof.mp4}\n  - {id: phone, path: phone.mp4}\n")
    for stated, other in (("0:05", "0:07.5"), ("0:12", "0:14.25")):
        text = text.replace(f'    start: "{stated}"\n', f'    start: "{stated}"\n    footage: roof\n    alignment: '
                            f'{{start: "{stated}", kind: cut, score: 0.5}}\n    alternatives:\n'
                            f'      - footage: phone\n        start: "{other}"\n')
    out.write_text(text, encoding="utf-8")
    before = load(out)
    assert [[(a.footage, a.start) for a in m.alternatives] for m in before.moments] == [[("phone", 7.5)],
                                                                                        [("phone", 14.25)]]
    again = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert again.exit_code == 0 and "warning" not in again.stderr, again.output
    assert [(m.id, m.alignment, m.alternatives) for m in load(out).moments] == [
        (m.id, m.alignment, m.alternatives) for m in before.moments]
    article.write_text("Story.\n\nIn the roof footage the truck stops at 0:05. The soldier runs at 0:13.\n",
                       encoding="utf-8")
    moved = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert moved.exit_code == 0, moved.output
    assert [(m.id, len(m.alternatives), m.alignment is None) for m in load(out).moments] == [
        ("m1", 1, False), ("m2", 0, True)]
    assert (f"{out}: the alignment and alternatives of 1 moment(s) cleared (moved, or on other footage): m2; run "
            "annotate align --alternatives again") in moved.stderr


def test_a_comment_line_above_a_moment_stays_above_it_through_any_update(tmp_path):
    """A comment line above a moment other than the first was deleted by any update (``timeline -o``,
    ``align``, ``import -o``), the article unchanged (ruamel keeps it after the moment before, and the merge
    replaced the list); one after a moment's last field or its block text went with that moment when it was
    removed or moved. Each stays above the moment it was above, and the list's tail stays its tail."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text("Story.\n\nThe truck stops at 1:00. The soldier runs at 2:00. A shot at 3:00.\n",
                       encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8").replace("moments:\n", "moments:\n  # about m1\n")
    text = text.replace("  - id: m2\n", "  # about m2: DISPUTED (thread 42)\n  - id: m2\n")
    text = text.replace("    window: [120.0, 121.0]\n", "    window: [120.0, 121.0]\n    notes: |\n      block\n")
    text = text.replace("  - id: m3\n", "  # about m3\n  - id: m3\n") + "  # the list's tail\n"
    out.write_text(text, encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == text
    article.write_text("Story.\n\nA shot at 3:00. The soldier runs at 2:00. At 0:30 a car.\n", encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    saved = out.read_text(encoding="utf-8")
    assert [m.id for m in load(out).moments] == ["m3", "m2", "m4"]
    blocks = saved.split("moments:\n")[1].split("  - id: ")
    # m1's line stays at the list's head (the article no longer holds m1), above m3's own, now first
    assert blocks[0] == "  # about m1\n  # about m3\n"
    assert blocks[1].startswith("m3\n") and blocks[1].endswith("  # about m2: DISPUTED (thread 42)\n")
    assert blocks[2].startswith("m2\n") and "# about" not in blocks[2] and "notes: |\n      block\n" in blocks[2]
    assert blocks[3].startswith("m4\n") and blocks[3].endswith("  # the list's tail\n")


def test_a_corrected_article_corrects_the_captions_of_clock_times_and_quotes_too(tmp_path):
    """A caption counted as set by hand unless the extractor's positions gave it, and positions are no clock
    time or quote: their captions kept the article's old words (a misquote it corrected) in every output."""
    article, out = tmp_path / "a.txt", tmp_path / "t.yaml"
    article.write_text('Story.\n\nThe timestamp reads 15:14:40 as the guards reach the barrier. Later a guard '
                       'shouts, "Hands where I can see them!"\n', encoding="utf-8")
    assert run("timeline", str(article), "-o", str(out)).exit_code == 0
    before = {m.id: m.caption for m in load(out).moments}
    assert before["c1"] == "the guards reach the barrier" and "I can see" in before["q1"]
    article.write_text('Story.\n\nThe timestamp reads 15:14:40 as the soldiers reach the gate. Later a guard '
                       'shouts, "Hands where we can see them!"\n', encoding="utf-8")
    corrected = CliRunner().invoke(main, ["timeline", str(article), "-o", str(out)])
    assert corrected.exit_code == 0 and "replaced" not in corrected.stderr, corrected.output
    after = {m.id: m.caption for m in load(out).moments}
    assert after["c1"] == "the soldiers reach the gate" and "we can see" in after["q1"], after
