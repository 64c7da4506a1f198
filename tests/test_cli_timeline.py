"""``annotate timeline`` and ``annotate subtitles`` as a user runs them."""

from __future__ import annotations

import pysrt
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
    assert items[0].text.startswith("≈ 2:27 — ")
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
