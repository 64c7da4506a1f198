"""Subtitles: timed-text rules, hostile captions in every format, and the
files read back by pysrt/pysubs2, by ffmpeg, and by our own readers."""

from __future__ import annotations

import re
from fractions import Fraction

import pysubs2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate import ffmpeg, interchange, subtitles
from annotate.errors import InputError, OutputError, collected
from annotate.escape import clean_text
from annotate.model import Alignment, Footage, Moment, Timeline
from annotate.subtitles import Rules, Style, SubtitleWarning, layout
from annotate.subtitles.lint import lint
from annotate.timecode import floor_millis, format_clock_exact
from tests.strategies import HOSTILE_PIECES, caption_text, cue_items

SEED_CAPTION = ("the defector abandons the North Korean military truck he was driving "
                "and races for sanctuary in South Korea")


def timeline(*moments: Moment, duration: float | None = None, fps: float = 25.0) -> Timeline:
    footage = Footage(path="f.mp4", duration=duration, fps=fps, width=640, height=360) if duration else None
    return Timeline(moments=tuple(moments), footage=footage)


def visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_cues_obey_the_rules():
    t = timeline(
        Moment(id="a", start=147, approximate=True, caption=SEED_CAPTION),
        Moment(id="b", start=161, end=175, caption="Soldiers open fire"),
        Moment(id="c", start=176, caption="He falls"),
        duration=240,
    )
    cues = layout(t)
    assert lint(cues, Rules()) == []
    assert cues[0].start == 147 and "\n" in cues[0].text  # wrapped in two lines
    assert all(len(line) <= 42 for c in cues for line in c.text.split("\n"))
    assert len([c for c in cues if c.moment_id == "a"]) == 2  # 106 characters don't fit one cue
    b = [c for c in cues if c.moment_id == "b"]
    assert b[0].start == 161 and b[-1].end <= 175 and b[-1].end - b[0].start <= 7.0
    assert visible(" ".join(c.text for c in cues if c.moment_id == "a")) == visible(SEED_CAPTION)


def test_point_gets_reading_time_but_never_runs_into_the_next_moment():
    t = timeline(Moment(id="a", start=10, caption="x" * 60), Moment(id="b", start=12, caption="y"), duration=60)
    a, b = layout(t)
    assert a.end <= b.start - 2 / 25 + 1e-9
    assert b.end - b.start >= 3.0  # a point moment shows long enough to notice


def test_nothing_runs_past_the_footage():
    t = timeline(Moment(id="a", start=58, caption="late"), Moment(id="b", start=70, caption="gone"), duration=60)
    warnings: list[str] = []
    with collected(warnings, SubtitleWarning):
        cues = layout(t)
    assert [c.moment_id for c in cues] == ["a"] and cues[0].end == 60
    assert any("after the footage ends" in w for w in warnings)


def test_style_marks_approximate_times_and_prefixes_timecode():
    t = timeline(Moment(id="a", start=147, approximate=True, caption="runs"),
                 Moment(id="b", start=161, caption="fire"))
    marked = layout(t, style=Style(mark_approximate=True))
    assert marked[0].text == "\u2068≈ 2:27\u2069 — runs" and marked[1].text == "fire"
    prefixed = layout(t, style=Style(timecode=True))
    assert prefixed[1].text == "\u20682:41\u2069 — fire"


def test_long_caption_is_split_into_consecutive_cues():
    t = timeline(Moment(id="a", start=0, caption=" ".join(["word"] * 200)))
    cues = layout(t)
    assert len(cues) > 5
    for first, second in zip(cues, cues[1:]):
        assert second.start - first.end == pytest.approx(2 / 25, abs=0.002)
    assert lint(cues, Rules()) == []


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_every_hostile_piece_round_trips(fmt, tmp_path):
    moments = [Moment(id=f"m{i}", start=i * 10.0, caption=f"a {piece} b") for i, piece in enumerate(HOSTILE_PIECES)]
    moments.append(Moment(id="big", start=1000.0, caption="long " * 2000))
    t = timeline(*moments)
    path = subtitles.write(t, tmp_path / f"out.{fmt}")
    cues = subtitles.read(path)
    expected = layout(t)
    assert len(cues) == len(expected)
    for got, want in zip(cues, expected):
        assert got.text == clean_text(want.text)
        assert got.start == pytest.approx(want.start, abs=0.011)
    if fmt == "ass":
        doc = pysubs2.load(str(path))
        assert list(doc.styles) == ["Caption"]
        assert all(re.sub(r"\\[{}]", "", e.text).count("{") == 0 for e in doc)


def test_every_hostile_piece_is_one_cue_of_the_same_text_in_pysrt_srt_and_pysubs2(tmp_path):
    # pysubs2 takes any line with two SRT timestamps for a timing line: a caption quoting
    # "00:00:01,000 --> 00:00:02,000" (its arrow broken) became an extra cue and emptied its own.
    import pysrt
    import srt as cdown_srt

    pieces = [Moment(id=f"m{i}", start=i * 10.0, caption=f"a {piece} b") for i, piece in enumerate(HOSTILE_PIECES)]
    t = timeline(*pieces, Moment(id="two", start=500.0, caption="from 00:01:02,000 to 00:01:04.5 on the clock"))
    text = subtitles.dumps(t, "srt")
    expected = [visible(clean_text(c.text)) for c in layout(t)]
    read = {"pysrt": [c.text for c in pysrt.from_string(text)],
            "srt": [c.content for c in cdown_srt.parse(text)],
            "pysubs2": [e.text for e in pysubs2.SSAFile.from_string(text, format_="srt")]}
    for name, texts in read.items():
        # (pysubs2 holds line breaks as \N, so a caption's own \N cannot be told from one)
        assert [visible(t.replace("\u2060", "")).replace("\\N", "") for t in texts] == \
            [e.replace("\\N", "") for e in expected], name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(caption_text)
def test_any_caption_round_trips_in_every_format(tmp_path, caption):
    t = timeline(Moment(id="m1", start=5.0, caption=caption), Moment(id="m2", start=600.0, caption="next"))
    expected = layout(t)
    for fmt in subtitles.FORMATS:
        cues = subtitles.FORMATS[fmt].loads(subtitles.dumps(t, fmt))
        assert len(cues) == len(expected), fmt
        assert [visible(c.text) for c in cues] == [visible(clean_text(c.text)) for c in expected], fmt


@settings(max_examples=40, deadline=None)
@given(cue_items)
def test_cues_read_from_a_file_are_written_back_as_they_were_in_every_format(items):
    """Someone's finished cues (any text, any length, empty, overlapping)
    survive import and writing in every format: same times, same visible text."""
    cues = [subtitles.Cue(start / 1000, (start + length) / 1000, clean_text(text)) for start, length, text in items]
    imported = subtitles.timeline_of(cues)
    for fmt in subtitles.FORMATS:
        back = subtitles.FORMATS[fmt].loads(subtitles.dumps(imported, fmt))
        order = sorted(cues, key=lambda c: c.start)
        precision = 0.01 if fmt == "ass" else 0.001  # ASS times are centiseconds
        assert len(back) == len(order), fmt
        for ours, theirs in zip(back, order):
            assert abs(ours.start - theirs.start) < precision and abs(ours.end - theirs.end) < precision, fmt
            assert visible(ours.text) == visible(theirs.text), fmt


def test_srt_written_by_pysrt_reads_back_with_pysrt(tmp_path):
    import pysrt

    path = subtitles.write(timeline(Moment(id="a", start=1.5, end=4.25, caption="hello")), tmp_path / "a.srt")
    items = pysrt.open(str(path))
    assert len(items) == 1 and items[0].start.ordinal == 1500 and items[0].end.ordinal == 4250


def test_srt_to_timeline_to_srt_keeps_texts_and_times_to_the_millisecond(tmp_path):
    source = tmp_path / "transcript.srt"
    source.write_text(
        "1\n00:00:01,234 --> 00:00:03,456\nFirst line\nsecond line\n\n"
        "2\n00:00:03,456 --> 00:00:05,000\nTouching the previous cue\n\n"
        "3\n00:01:02,003 --> 00:01:04,999\n<i>Styled</i> text & more\n\n",
        encoding="utf-8",
    )
    t = subtitles.read_timeline(source)
    out = subtitles.write(t, tmp_path / "again.srt")
    before, after = subtitles.read(source), subtitles.read(out)
    assert [(c.start, c.end, c.text) for c in after] == [(c.start, c.end, c.text) for c in before]
    assert before[0].text == "First line\nsecond line" and before[2].start == 62.003


@pytest.mark.parametrize(("fmt", "to"), [("srt", "ass"), ("vtt", "srt"), ("ass", "srt")])
def test_ffmpeg_reads_what_we_write(tmp_path, fmt, to):
    t = timeline(
        Moment(id="a", start=1, caption="One {\\an8} <b>bold</b> --> x"),
        Moment(id="b", start=6, end=9.5, caption="Two: 'quoted', 日本語, مرحبا"),
        Moment(id="c", start=12, caption=SEED_CAPTION),
    )
    written = subtitles.write(t, tmp_path / f"in.{fmt}")
    converted = tmp_path / f"out.{to}"
    ffmpeg.run(["-i", str(written), str(converted)])
    ours, theirs = subtitles.read(written), pysubs2.load(str(converted))
    assert len(theirs) == len(ours)
    for a, b in zip(ours, theirs):
        assert b.start / 1000 == pytest.approx(a.start, abs=0.011)
        assert b.end / 1000 == pytest.approx(a.end, abs=0.011)


def test_ass_of_a_rotated_phone_video_plays_at_the_size_a_player_shows(tmp_path):
    """A portrait phone video is stored 320x180 with a display matrix of 90 degrees: its ASS file said
    PlayRes 320x180, a landscape script for a picture shown 180x320, so players scaled its captions and
    margins wrongly. The footage record keeps the rotation; an older timeline without it gets it probed."""
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.probe import probe, to_footage
    from annotate.timeline import load, save

    stored = tmp_path / "stored.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=2", "-c:v", "libx264", "-preset", "ultrafast",
                str(stored)])
    phone = tmp_path / "rot.mp4"
    ffmpeg.run(["-display_rotation:v:0", "90", "-i", str(stored), "-c", "copy", str(phone)])
    shown = probe(phone).display_size  # what the render draws on
    assert shown == (180, 320)
    made = Timeline(moments=(Moment(id="m1", start=0.5, caption="Portrait"),), footage=to_footage(probe(phone)))
    save(made, tmp_path / "rot.yaml")
    assert load(tmp_path / "rot.yaml").footage.rotation == 90
    old = tmp_path / "old.yaml"  # recorded before the rotation was
    old.write_text("footage: {path: rot.mp4, duration: 2, fps: 25, width: 320, height: 180, has_audio: false,\n"
                   "          timecode: null}\nmoments:\n  - {id: m1, start: 0.5, caption: Portrait}\n",
                   encoding="utf-8")
    for name in ("rot", "old"):
        out = tmp_path / f"{name}.ass"
        result = CliRunner().invoke(main, ["subtitles", str(tmp_path / f"{name}.yaml"), "-o", str(out)])
        assert result.exit_code == 0, result.output
        doc = pysubs2.load(str(out))
        assert (int(doc.info["PlayResX"]), int(doc.info["PlayResY"])) == shown, name
        assert doc.styles["Caption"].marginl == round(shown[0] * 0.06)
        assert [e.text for e in doc.events] == ["Portrait"]


def _libass_frame(ass_text: str, folder, name: str):  # type: ignore[no-untyped-def]
    """The frame libass (ffmpeg's ass filter) draws for ``ass_text``, as an array."""
    import numpy as np
    from PIL import Image

    from annotate.escape import filter_value

    source, picture = folder / f"{name}.ass", folder / f"{name}.png"
    source.write_text(ass_text, encoding="utf-8")
    ffmpeg.run(["-f", "lavfi", "-i", "color=black:size=640x360:duration=1", "-vf",
                "ass=" + filter_value(str(source)), "-frames:v", "1", str(picture)])
    return np.asarray(Image.open(picture).convert("L"), dtype=int)


# Braces libass does not read as an override block: a "{" with no "}" after it, a "}" alone, the text
# after the first "}" of "{a {b} c}" (blocks do not nest), and what follows an escaped brace.
# (Blocks hold comments, not tags: the reader keeps words, not their look.)
ODD_BRACES = ["open { never closed", "a } b", "a {note {b} c}", "x \\{y} z", "{note}word{note} {tail"]


@pytest.mark.parametrize("text", ODD_BRACES)
def test_ass_text_is_read_as_libass_draws_it(tmp_path, text):
    """An event is read as libass shows it: written back by us, libass draws
    the same frame (the reader nested braces: '{ never closed' was dropped)."""
    from tests import system

    system.require(system.DEJAVU)
    theirs = subtitles.ass.dumps([subtitles.Cue(0.0, 5.0, "PLACEHOLDER")], width=640, height=360)
    theirs = theirs.replace("PLACEHOLDER", text)
    path = tmp_path / "theirs.ass"
    path.write_text(theirs, encoding="utf-8")
    (cue,) = subtitles.read(path)
    from annotate.escape import ass_text  # (libass's escape: the file's writer writes braces full-width)

    ours = subtitles.ass.dumps([subtitles.Cue(0.0, 5.0, "PLACEHOLDER")], width=640, height=360)
    ours = ours.replace("PLACEHOLDER", ass_text(cue.text))
    drawn, again = _libass_frame(theirs, tmp_path, "theirs"), _libass_frame(ours, tmp_path, "ours")
    assert (drawn > 100).sum() > 50  # something is drawn
    assert abs(drawn - again).max() <= 16, (text, cue.text)


@pytest.mark.parametrize("wrap_style", ["0", "1", "2", "3"])
def test_an_ass_soft_break_is_a_line_break_only_where_libass_makes_it_one(tmp_path, wrap_style):
    """libass breaks the line at '\\n' only under WrapStyle 2 and shows a
    space otherwise; the reader broke it always (pysubs2's plaintext does)."""
    from tests import system

    system.require(system.DEJAVU)
    usual = subtitles.ass.dumps([subtitles.Cue(0.0, 5.0, "PLACEHOLDER")], width=640, height=360)
    theirs = usual.replace("WrapStyle: 2", f"WrapStyle: {wrap_style}").replace("PLACEHOLDER", "first\\nsecond")
    path = tmp_path / "theirs.ass"
    path.write_text(theirs, encoding="utf-8")
    (cue,) = subtitles.read(path)
    assert cue.text == ("first\nsecond" if wrap_style == "2" else "first second")
    drawn = _libass_frame(theirs, tmp_path, "theirs")
    ours = _libass_frame(subtitles.ass.dumps([cue], width=640, height=360), tmp_path, "ours")
    assert (drawn > 100).sum() > 50 and abs(drawn - ours).max() <= 16


@pytest.mark.parametrize(("format_line", "event"), [
    ("Start, End, Layer, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
     "0:00:00.00,0:00:05.00,0,Caption,,0,0,0,,Reordered, with a comma"),
    ("Start, End, Style, Text", "0:00:00.00,0:00:05.00,Caption,Only four fields, one comma"),
])
def test_ass_events_are_read_by_their_format_line_as_libass_reads_them(tmp_path, format_line, event):
    """libass places an event's fields by the [Events] Format line; pysubs2
    assumes the usual order, so such a file's events were all skipped
    ('not a time: ...')."""
    from tests import system

    system.require(system.DEJAVU)
    usual = subtitles.ass.dumps([subtitles.Cue(0.0, 5.0, "PLACEHOLDER")], width=640, height=360)
    theirs = re.sub(r"(?m)^Format: Layer, Start.*$", f"Format: {format_line}", usual)
    theirs = re.sub(r"(?m)^Dialogue: .*$", f"Dialogue: {event}", theirs)
    path = tmp_path / "theirs.ass"
    path.write_text(theirs, encoding="utf-8")
    reading = subtitles.read_file(path)
    assert reading.problems == []
    (cue,) = reading.cues
    assert (cue.start, cue.end, cue.text) == (0.0, 5.0, event.split(",", format_line.count(","))[-1])
    drawn = _libass_frame(theirs, tmp_path, "theirs")
    ours = _libass_frame(subtitles.ass.dumps([cue], width=640, height=360), tmp_path, "ours")
    assert (drawn > 100).sum() > 50 and abs(drawn - ours).max() <= 16


def test_an_ass_format_line_libass_cannot_follow_is_said():
    text = subtitles.ass.dumps([subtitles.Cue(1.0, 2.0, "x")]).replace(
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Text, Effect")
    said: list[tuple[int | None, str]] = []
    cues = subtitles.ass.loads(text, lambda line, reason: said.append((line, reason)))
    assert [(c.start, c.text) for c in cues] == [(1.0, "x")]
    assert len(said) == 1 and "Format line libass cannot follow, read as the usual one" in said[0][1]


@pytest.mark.parametrize(("start", "end", "duration", "said"), [
    (0.5, None, 0.4, "moment a: starts at 0:00.5, after the footage ends (0:00.4)"),
    (0.437, None, 0.4365, "moment a: starts at 0:00.437, after the footage ends (0:00.436)"),
    (60.0, None, 59.6, "moment a: starts at 1:00, after the footage ends (0:59.6)"),
    (0.1, 0.9, 0.44, "moment a: ends after the footage; clamped to 0:00.44"),
])
def test_warnings_about_the_footage_end_show_times_precise_enough_to_be_true(start, end, duration, said):
    # A sub-second OTIO sample said "starts at 0:00, after the footage ends (0:00)".
    t = timeline(Moment(id="a", start=start, end=end, caption="x"), duration=duration)
    warnings: list[str] = []
    with collected(warnings, SubtitleWarning):
        layout(t)
    assert any(w.startswith(said) for w in warnings), warnings


def test_check_lists_violations_with_cue_numbers(tmp_path):
    path = tmp_path / "bad.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:01,300\nway too fast for anyone to read this line\n\n"
        "2\n00:00:01,310 --> 00:00:09,000\nok\n\n"
        "3\n00:00:08,000 --> 00:00:10,000\n" + "x" * 50 + "\ntwo\nthree\n\n",
        encoding="utf-8",
    )
    found = {(v.cue, v.rule) for v in subtitles.check(path)}
    assert {(1, "reading-speed"), (1, "min-duration"), (2, "gap"), (2, "max-duration"), (3, "overlap"),
            (3, "line-length"), (3, "max-lines")} <= found
    clean = subtitles.write(timeline(Moment(id="a", start=1, caption="fine")), tmp_path / "ok.vtt")
    assert subtitles.check(clean) == []


@pytest.mark.parametrize(("fmt", "far"), [("srt", "100000000:00:00,000 --> 100000000:00:02,000"),
                                          ("vtt", "100000000:00:00.000 --> 100000000:00:02.000"),
                                          ("srt", "169:00:00,000 --> 169:00:02,000")])
def test_check_reports_a_cue_later_than_any_footage(fmt, far, tmp_path):
    head = "WEBVTT\n\n" if fmt == "vtt" else ""
    path = tmp_path / f"far.{fmt}"
    path.write_text(f"{head}1\n00:00:01,000 --> 00:00:03,000\nhello\n\n2\n{far}\nfar away\n\n"
                    .replace(",000 -->", ".000 -->" if fmt == "vtt" else ",000 -->")
                    .replace("03,000", "03.000" if fmt == "vtt" else "03,000"), encoding="utf-8")
    found = subtitles.check(path)
    assert [(v.cue, v.rule) for v in found] == [(2, "too-late")]
    assert re.search(r"^cue 2: ends at \d+:\d\d:\d\d\.\d{3}, later than a week \(604800 s\)", str(found[0]))


@pytest.mark.parametrize("tags", [(), ("cue",)])
@pytest.mark.parametrize(("start", "end"), [(0.0001, 0.0002), (5.0004, 5.00049), (5.0004, 5.0009)])
def test_a_range_shorter_than_a_millisecond_gets_the_minimum_length_and_a_warning(start, end, tags):
    # It was written as a cue of no length (00:00:00,000 --> 00:00:00,000).
    tl = timeline(Moment(start=start, end=end, caption="tiny", id="m7", tags=tags),
                  Moment(start=20.0, caption="later", id="m8"))
    notes: list[str] = []
    with collected(notes):
        text = subtitles.dumps(tl, "srt")
    back = pysubs2.SSAFile.from_string(text, format_="srt")
    rules = Rules()
    assert back[0].start == floor_millis(start) and abs(back[0].end - (start + rules.min_seconds) * 1000) < 1
    assert back[0].text == "tiny" and back[1].text == "later"
    assert len(notes) == 1 and re.search(r"^moment m7: its range \d:\d\d\.\d{4}-\d:\d\d\.\d{4} lasts "
                                         r"0\.\d ms, less than a subtitle's millisecond; shown for 0\.833 s, "
                                         r"the shortest cue", notes[0]), notes



@pytest.mark.parametrize("min_duration", [5 / 6, 1.5])
def test_a_range_shorter_than_the_minimum_is_shown_for_the_minimum_and_said(min_duration, tmp_path):
    """A 40 ms range (an editor's one-frame marker) was written as a 40 ms cue
    that --check rejects, --min-duration or not; it is shown for the least
    time on screen, never into the next moment, with a warning."""
    rules = Rules(min_seconds=min_duration)
    tl = timeline(Moment(start=10.0, end=10.04, caption="short range", id="m1"),
                  Moment(start=30.0, end=30.04, caption="close to the next", id="m2"),
                  Moment(start=30.5, caption="next", id="m3"))
    with collected(notes := []):
        text = subtitles.dumps(tl, "srt", rules=rules)
    back = pysubs2.SSAFile.from_string(text, format_="srt")
    assert (back[0].start, back[0].end) == (10000, 10000 + round(min_duration * 1000))
    assert back[1].start == 30000 and back[1].end == round((30.5 - rules.min_gap_seconds) * 1000)
    (path := tmp_path / "short.srt").write_text(text, encoding="utf-8")
    assert [v for v in subtitles.check(path, rules) if v.cue == 1] == []
    assert len(notes) >= 2 and notes[0].startswith(f"moment m1: its range of 0.040 s is shown for {min_duration:.3f} s")
    assert "up to the next moment" in notes[1] and notes[1].startswith("moment m2:")

def test_bad_inputs_are_clear(tmp_path):
    with pytest.raises(InputError, match="cannot tell the subtitle format"):
        subtitles.write(timeline(Moment(start=1, caption="x")), tmp_path / "out.txt")
    with pytest.raises(InputError, match="unknown subtitle format"):
        subtitles.format_of("x.srt", "doc")
    with pytest.raises(InputError, match="WEBVTT"):
        (tmp_path / "x.vtt").write_text("not vtt", encoding="utf-8")
        subtitles.read(tmp_path / "x.vtt")
    with pytest.raises(InputError, match="no such subtitle file"):
        subtitles.read(tmp_path / "missing.srt")


def test_failed_write_leaves_the_existing_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "keep.srt"
    precious = "1\n00:00:01,000 --> 00:00:02,000\nprecious\n"  # an earlier SRT: one the write may replace
    path.write_text(precious, encoding="utf-8")

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("annotate.atomic.os.replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        subtitles.write(timeline(Moment(start=1, caption="x")), path)
    assert path.read_text(encoding="utf-8") == precious
    assert [p.name for p in tmp_path.iterdir()] == ["keep.srt"]




@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=15), min_size=1, max_size=60),
       st.integers(min_value=16, max_value=60), st.integers(min_value=1, max_value=3))
def test_chunks_fill_lines_without_breaking_words(words, width, lines):
    from annotate.subtitles.wrap import chunks

    pieces = chunks(" ".join(words), width, lines)
    for piece in pieces:
        assert len(piece.split("\n")) <= lines
        assert all(0 < len(line) <= width for line in piece.split("\n"))
    assert " ".join(" ".join(p.split("\n")) for p in pieces).split() == words  # no word was cut or lost


def test_one_short_cue_squeezed_before_the_next_moment_is_said_squeezed_not_dropped():
    warnings: list[str] = []
    t = timeline(Moment(id="a", start=10, caption="short"), Moment(id="b", start=10.5, caption="next"))
    with collected(warnings):
        cues = layout(t)
    assert cues[0].text == "short" and cues[0].end <= 10.5
    assert warnings == ["moment a: its caption squeezed into the 0.50 s before the next moment, b at 0:10.50: on "
                        "screen 0.420 s, less than the 0.833 s a cue needs"]


@pytest.mark.parametrize(("start", "end"), [(36_000.0, None), (90_000.0, 90_003.0), (35_999.0, 36_000.5)])
def test_a_cue_past_ten_hours_is_refused_for_ass_not_clamped(start, end):
    # pysubs2 wrote every such cue at 9:59:59.99 (with only a Python RuntimeWarning).
    tl = timeline(Moment(start=1.0, end=2.0, caption="early", id="m1"),
                  Moment(start=start, end=end, caption="late", id="m2"))
    with pytest.raises(OutputError, match=r"^moment m2: runs to \d+:\d\d:\d\d\.\d\d, past 9:59:59\.99"):
        subtitles.dumps(tl, "ass")
    back = pysubs2.SSAFile.from_string(subtitles.dumps(tl, "srt"), format_="srt")
    assert [e.start for e in back] == [1000, round(start * 1000)]  # SRT holds it


def test_the_last_cue_ass_can_hold_is_written_as_it_is():
    tl = timeline(Moment(start=35_995.0, end=35_999.99, caption="late", id="m1"))
    back = pysubs2.SSAFile.from_string(subtitles.dumps(tl, "ass"))
    assert [(e.start, e.end) for e in back] == [(35_995_000, 35_999_990)]


@pytest.mark.parametrize(("name", "text", "line"), [
    ("huge.srt", "1\n" + "9" * 5000 + ":00:01,000 --> 00:00:02,000\nx\n", 2),
    ("huge.srt", "1\n99999999999:00:01,000 --> 99999999999:00:02,000\nx\n", 2),
    ("huge.vtt", "WEBVTT\n\n" + "9" * 5000 + ":00:01.000 --> " + "9" * 5000 + ":00:02.000\nx\n", 3),
])
def test_a_cue_later_than_a_week_is_one_error_naming_file_and_line(tmp_path, name, text, line):
    # 5000-digit hours were a ValueError naming sys.set_int_max_str_digits; 11-digit ones an error with no file.
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}, line {line}: cue at .* is later than 604800 s"):
        with collected([], SubtitleWarning):
            subtitles.read_timeline(path)


def test_hours_padded_with_thousands_of_zeros_read_as_written(tmp_path):
    path = tmp_path / "padded.vtt"
    path.write_text("WEBVTT\n\n" + "0" * 5000 + "1:00:01.000 --> 01:00:02.500\nx\n", encoding="utf-8")
    assert [(m.start, m.end) for m in subtitles.read_timeline(path).moments] == [(3601.0, 3602.5)]


def _many_cues(fmt: str, count: int) -> str:
    stamp = "{h}:{m:02d}:{s:02d}.00" if fmt == "ass" else "{h:02d}:{m:02d}:{s:02d},000"
    if fmt == "vtt":
        stamp = stamp.replace(",", ".")

    def at(i: int) -> str:
        return stamp.format(h=i // 3600, m=i // 60 % 60, s=i % 60)

    if fmt == "ass":
        return "[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, " \
               "MarginR, MarginV, Effect, Text\n" + \
               "".join(f"Dialogue: 0,{at(i)},{at(i + 1)},Default,,0,0,0,,cue {i}\n" for i in range(count))
    head = "WEBVTT\n\n" if fmt == "vtt" else ""
    return head + "".join(f"{i + 1}\n{at(i)} --> {at(i + 1)}\ncue {i}\n\n" for i in range(count))


@pytest.mark.parametrize(("fmt", "line"), [("srt", 80_002), ("vtt", 80_004), ("ass", 20_006)])
def test_an_import_of_more_cues_than_a_timeline_holds_is_refused_before_parsing(fmt, line, tmp_path, monkeypatch):
    # 200,000 cues took about 19 s to refuse when every cue became a moment first.
    path = tmp_path / f"big.{fmt}"
    path.write_text(_many_cues(fmt, 200_000), encoding="utf-8")

    def unread(*_args: object) -> None:
        raise AssertionError("parsed before the count was judged")

    monkeypatch.setattr(subtitles.FORMATS[fmt], "loads", unread)
    message = rf"big\.{fmt}, line {line}: has more than 20000 cues; a timeline holds at most 20000 moments"
    with pytest.raises(InputError, match=message):
        subtitles.read_timeline(path)
    with pytest.raises(InputError, match=message):
        interchange.read(path)
    with pytest.raises(InputError, match=message.replace(rf"big\.{fmt}", "<input>")):
        interchange.loads(path.read_text(encoding="utf-8"), fmt)


def test_a_subtitle_file_of_as_many_cues_as_a_timeline_holds_imports(tmp_path):
    path = tmp_path / "full.srt"
    path.write_text(_many_cues("srt", 20_000), encoding="utf-8")
    back = interchange.read(path)
    assert len(back.moments) == 20_000 and back.moments[-1].caption == "cue 19999"


def test_a_hand_written_footage_path_stops_the_cues_at_its_end(samples, tmp_path):
    # README's minimal timeline names its footage by a bare path (duration unrecorded, even after align):
    # cues were written past the footage's end, against "never past the footage's end".
    import shutil

    from click.testing import CliRunner

    from annotate.cli import main

    shutil.copy(samples.video, tmp_path / "footage.mp4")
    duration = samples.truth["video"]["duration"]
    story = tmp_path / "story.yaml"
    story.write_text("schema_version: 1\nfootage: footage.mp4\nmoments:\n"
                     "  - {start: 10, caption: In the footage}\n"
                     f"  - {{start: {duration - 1}, caption: Near the end}}\n"
                     f"  - {{start: {duration + 60}, caption: After the end}}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["subtitles", str(story), "-o", str(tmp_path / "out.srt")])
    assert result.exit_code == 0, result.output
    cues = pysubs2.load(str(tmp_path / "out.srt"))
    assert [e.plaintext for e in cues] == ["In the footage", "Near the end"]
    assert max(e.end for e in cues) <= duration * 1000
    assert "moment m3: starts at" in result.output and "after the footage ends" in result.output


def test_two_moments_at_one_instant_follow_each_other_and_pass_the_check(samples, tmp_path):
    # `annotate demo` snapped m4 to the cut at 2:28.00 where the clock time c1 is placed too: its own
    # subtitles.srt then failed `annotate subtitles --check` (cue 12 starts 3.294 s before cue 11 ends).
    import pysrt
    import srt as cdown_srt
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    story = tmp_path / "story.yaml"
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(id="m4", start=147.0, approximate=True, caption="the driver abandons the truck and sprints toward "
               "the line", alignment=Alignment(start=148.0, kind="cut", score=24.0)),
        Moment(id="c1", start=148.0, clock="15:14", caption="The camera operator re-aims the camera"),
        Moment(id="m5", start=158.6, caption="a second burst of gunfire erupts"))), story)
    runner = CliRunner()
    for ext in ("srt", "vtt", "ass"):
        out = tmp_path / f"out.{ext}"
        made = runner.invoke(main, ["subtitles", str(story), "-o", str(out)])
        assert made.exit_code == 0, made.output
        assert [line for line in made.output.splitlines() if "warning" in line] == [
            f"annotate: warning: {story}: moment c1: starts at 2:28.00, as moment m4 does; shown after it, "
            "from 2:31.38"]  # (m4's reading time 3.294 s, rounded up to the centisecond, then 2 frames)
        checked = runner.invoke(main, ["subtitles", "--check", str(out)])
        assert checked.exit_code == 0, checked.output
    cues = pysrt.open(str(tmp_path / "out.srt"), encoding="utf-8")
    assert [c.text.replace("\n", " ") for c in cues] == [
        "the driver abandons the truck and sprints toward the line", "The camera operator re-aims the camera",
        "a second burst of gunfire erupts"]
    assert [c.index for c in cdown_srt.parse((tmp_path / "out.srt").read_text(encoding="utf-8"))] == [1, 2, 3]
    assert cues[0].start.ordinal == 148_000 and cues[1].start.ordinal == cues[0].end.ordinal + 80


CONTROL_TIMELINE = Timeline(moments=(
    Moment(id="m1", start=1.0, end=3.0, caption="a\x01b\x07c\x1bd"),
    Moment(id="m2", start=5.0, end=7.0, caption="plain\ttabbed"),
    Moment(id="m3", start=8.0, end=9.0, caption="del\x7f nel\x85 joined\u2060word"),
))


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_control_characters_left_out_of_a_caption_are_named_once(tmp_path, fmt):
    """A caption's control characters (a terminal's ESC, a BEL) cannot be in
    a subtitle file and were dropped without a word; one warning names the
    characters and the moments, as every export says what it cannot hold."""
    import webvtt
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    notes: list[str] = []
    with collected(notes):
        path = subtitles.write(CONTROL_TIMELINE, tmp_path / f"ctl.{fmt}")
    article = "a" if fmt == "vtt" else "an"
    said = (f"{article} {fmt.upper()} file cannot hold every character of 2 caption(s) (control characters "
            "U+0001, U+0007, U+001B, U+007F, U+0085, U+2060): written without them for moment(s) m1, m3")
    assert [n for n in notes if "control characters" in n] == [said]
    # The file, read back by the reference reader of its format, holds the rest of each caption.
    if fmt == "vtt":
        back = [c.text for c in webvtt.read(str(path))]
    else:
        back = [e.plaintext for e in pysubs2.load(str(path))]
    assert back == ["abcd", "plain\ttabbed", "del nel joinedword"]
    # The same from the command line, for subtitles and for export: one warning line each.
    save(CONTROL_TIMELINE, tmp_path / "ctl.yaml")
    for command in ("subtitles", "export"):
        out = tmp_path / f"{command}.{fmt}"
        result = CliRunner().invoke(main, [command, str(tmp_path / "ctl.yaml"), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert result.stderr.count(f"annotate: warning: {said}\n") == 1, result.stderr
        assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_captions_without_control_characters_export_without_that_warning(tmp_path):
    notes: list[str] = []
    tl = Timeline(moments=(Moment(id="m1", start=1.0, caption="tab\there\nnew line, ünïcödé ≈"),))
    with collected(notes):
        subtitles.write(tl, tmp_path / "plain.srt")
    assert not [n for n in notes if "control characters" in n]


def test_a_caption_too_long_names_the_time_up_to_the_next_moment_not_less_the_gap() -> None:
    """Moments 0.1 s apart: the warning said "too long for the 0.0 s before the next moment" (the time
    less the gap kept between cues, rounded to tenths)."""
    long = "word " * 40
    timeline = Timeline(moments=(Moment(0.5, caption=long, id="a"), Moment(0.6, caption="b", id="b")),
                        footage=Footage(path="x.mp4", duration=8.0, fps=25.0))
    notes: list[str] = []
    with collected(notes, SubtitleWarning):
        layout(timeline)
    said = [n for n in notes if n.startswith("moment a: caption too long")]
    assert len(said) == 1 and "too long for the 0.10 s before the next moment, b at 0:00.60;" in said[0], notes


CJK_CAPTION = ("朝鮮人民軍の兵士が軍用トラックを運転して板門店の共同警備区域に到着し車を降りて韓国側へ走った"
               "兵士たちは発砲し負傷した兵士は韓国側に救出された後に病院へ搬送された")


def test_cjk_lines_count_each_wide_character_twice(tmp_path):
    """42 CJK characters are as wide as 84 Latin ones: a 42-column SRT line held twice what fits."""
    path = subtitles.write(timeline(Moment(id="a", start=1, end=9, caption=CJK_CAPTION), duration=20),
                           tmp_path / "cjk.srt")
    lines = [ln for e in pysubs2.load(str(path)) for ln in e.plaintext.split("\n")]
    assert "".join(lines) == CJK_CAPTION  # nothing lost
    assert max(len(ln) for ln in lines) == 21  # 42 columns of wide characters
    long = tmp_path / "long.srt"
    long.write_text("1\n00:00:01,000 --> 00:00:05,000\n" + CJK_CAPTION[:30] + "\n", encoding="utf-8")
    assert [v.message for v in subtitles.check(long) if v.rule == "line-length"] == [
        "line 1 has 60 characters, more than 42 (a wide character counts two)"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc 日本語。", min_size=1, max_size=120), st.integers(min_value=8, max_value=50))
def test_chunks_keep_every_line_within_its_columns(text, columns):
    from annotate.subtitles.wrap import chunks, width

    for piece in chunks(text, columns, 2):
        assert all(width(line) <= columns for line in piece.split("\n"))


def test_overlapping_captions_stack_at_most_six_lines_and_the_rest_wait_with_a_warning(tmp_path):
    """Eight two-line captions at once: players and libass stacked them up and off the top of the picture."""
    moments = [Moment(id=f"o{i}", start=1 + i / 100, end=3.0, caption=f"overlapping caption number {i} with some "
                      "more words to wrap") for i in range(8)]
    said: list[str] = []
    with collected(said, SubtitleWarning):
        path = subtitles.write(timeline(*moments, duration=20), tmp_path / "ov.srt")
    events = list(pysubs2.load(str(path)))
    assert sorted(e.plaintext.replace("\n", " ") for e in events) == sorted(m.caption for m in moments)
    for t in sorted({e.start for e in events}):
        assert sum(e.plaintext.count("\n") + 1 for e in events if e.start <= t < e.end) <= 6
    assert [e.start for e in events[:3]] == [1000, 1010, 1020]  # three fit at once
    assert said[0] == ("moment o3: starts at 0:01.03 while 6 caption lines of moment(s) o0, o1, o2 are on screen "
                       "(at most 6 are stacked); shown after them, from 0:03.08")
    assert [s.split(":")[0] for s in said] == [f"moment o{i}" for i in range(3, 8)]


_spans = st.tuples(st.integers(0, 40), st.integers(1, 20), st.integers(1, 3)).map(
    lambda s: (s[0] / 4, (s[0] + s[1]) / 4, s[2]))


@settings(max_examples=300)
@given(screen=st.lists(_spans, max_size=12), start=st.integers(0, 40), span=st.integers(0, 24),
       room=st.integers(0, 6))
def test_the_first_time_with_room_is_what_asking_every_cue_at_every_time_gives(screen, start, span, room):
    """cues._first_with_room (one sweep over a step function) against the plain definition it replaced:
    the most lines shown at once from t to t + span, asked at t and at each cue starting inside."""
    from annotate.subtitles.cues import Cue, _first_with_room, _lines

    cues = [Cue(a, b, "x" + "\nx" * (n - 1)) for a, b, n in screen]
    start_s, span_s = start / 4, span / 4
    times = sorted({start_s, *(c.end + 0.1 for c in cues if c.end > start_s)})

    def most(t: float) -> int:
        points = [t, *(c.start for c in cues if t < c.start < t + span_s)]
        return max(sum(_lines(c) for c in cues if c.start <= p < c.end) for p in points)

    want = next((t for t in times if most(t) <= room), times[-1])
    assert _first_with_room(cues, times, span_s, room) == want


# Frames of the attack report's NTSC check (frame pts not on a whole millisecond, or a centisecond).
NTSC_FRAMES = [1, 2, 5, 7, 11, 13, 104, 105, 299, 301]
RANGED = (105, 301)  # moments with an end, 60 frames later


@pytest.mark.parametrize("fps", [Fraction(24000, 1001), Fraction(30000, 1001), Fraction(60000, 1001), Fraction(25)])
@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_a_cue_on_a_frame_starts_and_ends_on_or_before_it_and_after_the_frame_before(fmt, fps, tmp_path):
    """A cue is shown on the frames whose pts it has reached: a start rounded up
    (3.5035 s written 3.504) starts a frame late. Through the timeline file
    and back, then read by pysubs2, each time lands in (previous frame, its frame]."""
    from annotate.timeline.document import dumps as dump_timeline
    from annotate.timeline.document import loads as load_timeline

    pts = [float(k / fps) for k in NTSC_FRAMES]
    moments = [Moment(id=f"f{k}", start=pts[i], end=float((k + 60) / fps) if k in RANGED else None,
                      caption=f"frame {k}") for i, k in enumerate(NTSC_FRAMES)]
    t = load_timeline(dump_timeline(timeline(*moments, duration=20, fps=float(fps))))
    path = tmp_path / f"t.{fmt}"
    with collected([], SubtitleWarning):
        subtitles.write(t, path)
    events = {e.plaintext.split("\n")[0]: e for e in pysubs2.load(str(path))}  # (pysubs2 adds WebVTT ids)
    for k, at in zip(NTSC_FRAMES, pts, strict=True):
        event = events[f"frame {k}"]
        assert float((k - 1) / fps) < event.start / 1000 <= at, (k, event.start)
        if k in RANGED:  # a range to frame k + 60's pts: ends on or before it, after the frame before
            assert float((k + 59) / fps) < event.end / 1000 <= float((k + 60) / fps), (k, event.end)


def test_a_subtitle_file_shows_its_cue_on_the_frame_of_the_cut_at_29_97(tmp_path):
    """Burnt in by ffmpeg (libass), each format's cue shows on the first frame
    after a cut at frame 105 (pts 3.5035 s), the frame it was snapped to."""
    import av
    import numpy as np

    from annotate.escape import filter_value

    footage = tmp_path / "cut.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=c=black:s=320x240:r=30000/1001:d=6", "-c:v", "libx264", "-preset",
                "ultrafast", "-qp", "0", "-pix_fmt", "yuv420p", str(footage)])
    cut = float(Fraction(105 * 1001, 30000))
    end = float(Fraction(140 * 1001, 30000))
    t = timeline(Moment(id="m", start=cut, end=end, caption="XXXXXXXX"), duration=6, fps=30000 / 1001)
    for fmt in ("srt", "vtt", "ass"):
        subs, burnt = tmp_path / f"s.{fmt}", tmp_path / f"b_{fmt}.mp4"
        subtitles.write(t, subs)
        ffmpeg.run(["-i", str(footage), "-vf", "subtitles=" + filter_value(str(subs)), "-c:v", "libx264",
                    "-preset", "ultrafast", "-qp", "0", str(burnt)])
        with av.open(str(burnt)) as container:
            lit = [int(np.asarray(f.to_ndarray(format="gray")).max()) for f in container.decode(video=0)]
        assert lit[104] < 60 and lit[105] > 200 and lit[139] > 200 and lit[140] < 60, (fmt, lit[100:145])


def test_the_timecode_prefix_is_the_second_on_screen_as_the_burnt_in_timecode_shows_it(tmp_path):
    """A moment at 2:38.6 is labelled 2:38, the second the render's corner
    timecode shows on its frame (rounded, the label said 2:39)."""
    t = timeline(Moment(id="m5", start=158.6, caption="a second burst"), Moment(id="m6", start=1.5, caption="x"),
                 duration=200)
    path = tmp_path / "tc.srt"
    subtitles.write(t, path, style=Style(timecode=True))
    texts = [e.plaintext for e in pysubs2.load(str(path))]
    assert texts == ["\u20680:01\u2069 — x", "\u20682:38\u2069 — a second burst"]


def _laid_out(*moments: Moment, duration: float = 60) -> tuple[list[str], list[str]]:
    """The SRT cues (as pysubs2 reads them back: start, end, text) and the warnings of ``moments``."""
    notes: list[str] = []
    with collected(notes, SubtitleWarning):
        text = subtitles.dumps(timeline(*moments, duration=duration), "srt")
    return [f"{e.start}-{e.end} {e.plaintext}" for e in pysubs2.SSAFile.from_string(text, format_="srt")], notes


def test_a_caption_squeezed_to_one_frame_before_the_next_moment_is_said_with_its_time_and_the_next_moment():
    cues, notes = _laid_out(Moment(id="m1", start=5, caption="a car arrives"),
                            Moment(id="m2", start=5.04, caption="the door opens"))
    assert cues[0] == "5000-5040 a car arrives"
    assert notes == ["moment m1: its caption squeezed into the 0.04 s before the next moment, m2 at 0:05.04: on "
                     "screen 0.040 s, less than the 0.833 s a cue needs; read at 325.0 characters/s, faster than 17"]
    cues, notes = _laid_out(Moment(id="e", start=29.96, caption="last frame"), duration=30)
    assert cues == ["29960-30000 last frame"] and len(notes) == 1
    assert notes[0].startswith("moment e: its caption squeezed into the 0.04 s before the footage's end: on screen "
                               "0.040 s, less than the 0.833 s")


def test_cues_squeezed_past_the_reading_speed_are_said_and_are_what_check_finds(tmp_path):
    """A 103-character caption in 2.4 s: two cues at 72 characters/s; the file
    the writer made failed its own --check without a word."""
    url = "https://example.com/" + "x" * 83
    t = timeline(Moment(id="url", start=18.7, end=21.1, caption=url), Moment(id="z", start=21.3, caption="next"),
                 duration=60)
    notes: list[str] = []
    path = tmp_path / "sc.srt"
    with collected(notes, SubtitleWarning):
        subtitles.write(t, path)
    assert notes == ["moment url: each of its 2 cues squeezed into the 2.40 s before its end: on screen 1.160 s; "
                     "read at 72.4 characters/s, faster than 17"]
    assert [(v.cue, v.rule) for v in subtitles.check(path)] == [(1, "reading-speed")]  # (cue 2: 16.4 a second)


def test_a_stated_range_stays_on_screen_when_a_moment_starts_inside_it():
    """A phase from 0:05 to 0:15 and an event at 0:08 inside it: the phase was
    cut at 0:07.92, silently; it now stays (the event stacks above it) up to
    the 7 s a cue may last (the timed-text rule, said for no range: every long range would say it)."""
    cues, notes = _laid_out(Moment(id="a", start=5, end=15, caption="City press high"),
                            Moment(id="b", start=8, end=10, caption="Okafor shoots wide"),
                            Moment(id="c", start=9, caption="the crowd groans"))
    assert cues == ["5000-12000 City press high", "8000-10000 Okafor shoots wide", "9000-12000 the crowd groans"]
    assert notes == []
    cues, notes = _laid_out(Moment(id="a", start=5, end=11, caption="City press high"),
                            Moment(id="b", start=8, caption="Okafor shoots wide"))
    assert cues == ["5000-11000 City press high", "8000-11000 Okafor shoots wide"] and notes == []


def test_an_ass_file_shows_braced_text_in_pysubs2_as_in_libass_and_says_so(tmp_path):
    """``\\{comment\\}`` is libass's escape alone: pysubs2, Aegisub and VSFilter
    hid "{comment}". Now every reader shows the words; our import gives back the braces."""
    captions = ["{comment} braces", "{\\b1}not bold{\\b0}", "open { never closed", "a } b"]
    t = timeline(*(Moment(id=f"h{i}", start=i * 10, caption=c) for i, c in enumerate(captions)), duration=60)
    notes: list[str] = []
    with collected(notes, SubtitleWarning):
        subtitles.write(t, tmp_path / "h.ass")
    shown = [e.plaintext.replace("\u2060", "") for e in pysubs2.load(str(tmp_path / "h.ass"))]
    assert shown == ["\uff5bcomment\uff5d braces", "\uff5b\\b1\uff5dnot bold\uff5b\\b0\uff5d", "open { never closed",
                     "a } b"]
    assert len(notes) == 1 and notes[0].startswith("moment(s) h0, h1: braces written full-width")
    assert [c.text for c in subtitles.read(tmp_path / "h.ass")] == captions


ZALGO = "Z̷̢͎̈a̸̤͐l̴̰̈g̶̱̓ő̸̗"
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"


@pytest.mark.parametrize("fmt", ["srt", "ass"])
def test_a_long_word_is_broken_between_grapheme_clusters_never_inside_one(fmt, tmp_path):
    """A word longer than a line was cut at a count of code points: a letter's
    combining marks began the next line, a ZWJ family emoji was cut in two."""
    import unicodedata

    t = timeline(Moment(id="zal", start=1, end=6, caption=ZALGO * 12), Moment(id="fam", start=10, end=16,
                 caption=FAMILY * 30), Moment(id="vi", start=20, end=26, caption="Nguyễn" * 12), duration=60)
    path = tmp_path / f"brk.{fmt}"
    with collected([], SubtitleWarning):
        subtitles.write(t, path)
    events = pysubs2.load(str(path))
    lines = [line for e in events for line in e.plaintext.split("\n")]
    assert len(lines) >= 6  # each word was broken
    for line in lines:
        assert not unicodedata.category(line[0]).startswith("M") and line[0] != "\u200d", line
        assert line[-1] != "\u200d", line
    assert "".join(e.plaintext.replace("\n", "") for e in events) == ZALGO * 12 + FAMILY * 30 + "Nguyễn" * 12
    from annotate.subtitles.wrap import width
    assert width(ZALGO) == 5 and width(FAMILY) == 2


def test_a_captions_own_line_breaks_are_kept_and_what_cannot_be_kept_is_said(tmp_path):
    """A 20-line caption was reflowed into running text ("line 10 line / 11"),
    and blank lines dropped, silently."""
    listed = "\n".join(f"line {i}" for i in range(20))
    t = timeline(Moment(id="l", start=1, end=30, caption=listed),
                 Moment(id="b", start=40, caption="line one\n\nline three"),
                 Moment(id="w", start=50, caption="short\n" + "word " * 20), duration=70)
    notes: list[str] = []
    path = tmp_path / "lines.srt"
    with collected(notes, SubtitleWarning):
        subtitles.write(t, path)
    shown = [e.plaintext for e in pysubs2.load(str(path))]
    assert shown[:10] == [f"line {i}\nline {i + 1}" for i in range(0, 20, 2)]
    assert shown[10] == "line one\nline three"
    assert notes == ["moment b: its blank lines are left out (a cue cannot show an empty line)",
                     "moment w: its 1 line breaks are not kept: a line is wider than the 42 columns a cue's line "
                     "holds, so the text is wrapped anew"]


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_the_time_prefix_of_a_right_to_left_caption_is_its_own_bidi_isolate(fmt, tmp_path):
    """``--timecode`` wrote ``2:27 — `` bare before the caption: in an Arabic or Hebrew caption its digits and
    dash took part in the caption's direction and the prefix moved. It is now its own isolate (FIRST STRONG
    ISOLATE .. POP DIRECTIONAL ISOLATE), as the render's time label is; read back by pysubs2."""
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    def read(path):  # (pysubs2 reads a WebVTT cue's id as text: webvtt-py, the reference reader, for those)
        if fmt == "vtt":
            import webvtt

            return [c.text for c in webvtt.read(str(path))]
        return [e.plaintext for e in pysubs2.load(str(path))]

    caption = 'قال الجندي: "توقف!"'
    save(timeline(Moment(id="m1", start=147, caption=caption), Moment(id="m2", start=150, approximate=True,
                                                                       caption="שלום")), tmp_path / "t.yaml")
    out = tmp_path / f"t.{fmt}"
    result = CliRunner().invoke(main, ["subtitles", str(tmp_path / "t.yaml"), "-o", str(out), "--timecode"])
    assert result.exit_code == 0, result.output
    assert read(out) == [f"\u20682:27\u2069 — {caption}", "\u20682:30\u2069 — שלום"]
    out = tmp_path / f"hedged.{fmt}"
    result = CliRunner().invoke(main, ["subtitles", str(tmp_path / "t.yaml"), "-o", str(out), "--mark-approximate"])
    assert result.exit_code == 0, result.output
    assert read(out) == [caption, "\u2068≈ 2:30\u2069 — שלום"]


def test_a_layout_warning_names_the_timeline_file(tmp_path):
    """``annotate subtitles`` said "moment m3: no caption, quote or sentence to show; left out", naming no
    timeline (several in a batch log): each layout warning of a timeline read from a file starts with it."""
    from annotate.timeline import load, save

    story = tmp_path / "story.yaml"
    save(Timeline(moments=(Moment(id="m1", start=2, caption="shown"), Moment(id="m3", start=9))), story)
    said: list[str] = []
    with collected(said, SubtitleWarning):
        subtitles.write(load(story), tmp_path / "s.srt")
    assert said == [f"{story}: moment m3: no caption, quote or sentence to show; left out"]
    assert [c.text for c in subtitles.read(tmp_path / "s.srt")] == ["shown"]


@pytest.fixture(scope="module")
def motion_camera(tmp_path_factory: pytest.TempPathFactory):
    """A motion-triggered camera's file: 2 s at 25 fps while something moves, then one frame every 2 s to 60 s
    (about 1.3 fps on average, the rate a timeline records); with each frame's time as decoded."""
    import av

    path = tmp_path_factory.mktemp("motion") / "motion.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x96:r=25:d=3.2", "-vf",
                "settb=1/90000,setpts='if(lt(N,50),N*0.04,2+(N-50)*2)/TB'", "-fps_mode", "vfr",
                "-enc_time_base", "1/90000", "-video_track_timescale", "90000", "-c:v", "libx264",
                "-preset", "veryfast", "-pix_fmt", "yuv420p", str(path)])
    with av.open(str(path)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    return path, times


def test_the_gap_before_a_cue_is_two_of_the_footages_own_frames_on_variable_rate_footage(motion_camera):
    """Counted at the average rate (1.3 fps), the 2-frame gap was 1.5 s: a point moment 0.8 s before the next was
    squeezed to one 'frame' of 0.75 s. The footage's own frames there are 0.04 s apart: its caption stops two of
    them (0.08 s) before the next moment's, as at 25 fps."""
    from annotate.probe import probe, to_footage

    path, times = motion_camera
    footage = to_footage(probe(path))
    assert footage.fps is not None and footage.fps < 2 and times[25] == pytest.approx(1.0)
    tl = Timeline(moments=(Moment(0.2, id="a", caption="A first thing"), Moment(1.0, id="b", caption="Then")),
                  footage=footage)
    cues = layout(tl)
    assert [(c.moment_id, c.start, c.end) for c in cues][:2] == [
        ("a", 0.2, pytest.approx(times[23], abs=1e-3)), ("b", 1.0, pytest.approx(4.0))]


@pytest.mark.parametrize("size", [(1080, 1920), (1080, 1080), (1440, 1080), (1920, 1080)])  # 9:16 1:1 4:3 16:9
def test_an_ass_file_sizes_its_text_by_the_picture_s_shorter_side(size: tuple[int, int]) -> None:
    """A 9:16 video's ASS captions were sized by its height: 96 px type on a picture 1080 px wide."""
    w, h = size
    tl = Timeline(moments=(Moment(1.0, caption="the defector races for sanctuary", id="m1"),),
                  footage=Footage(path="v.mp4", duration=9.0, width=w, height=h))
    doc = pysubs2.SSAFile.from_string(subtitles.dumps(tl, "ass"))
    assert (doc.info["PlayResX"], doc.info["PlayResY"]) == (str(w), str(h))
    assert doc.styles["Caption"].fontsize == round(0.05 * 1080)  # the shorter side is 1080 in every shape
    assert doc.styles["Caption"].marginl == round(0.06 * w)


THAI = "รัฐบาลประเทศไทยประกาศว่าทหารกำลังเดินทางไปยังชายแดนภาคใต้ของประเทศ"
THAI_WORDS = ["รัฐบาล", "ประเทศไทย", "ประกาศ", "ว่า", "ทหาร", "กำลัง", "เดินทาง", "ไป", "ยัง", "ชายแดน",
              "ภาคใต้", "ของ", "ประเทศ"]
ZH = "士兵跳下卡车，向南方的边界线奔跑，身后的士兵开枪射击，他中弹倒地。"
JA = "兵士がトラックを捨てて境界線に向かって走り出す。背後から銃声が響く。"


def _srt_lines(tmp_path, caption: str) -> list[str]:
    """The lines of the cues an SRT file holds for ``caption``, read back by pysubs2."""
    path = tmp_path / "c.srt"
    subtitles.write(timeline(Moment(id="m", start=1, end=6, caption=caption), duration=20), path)
    return [ln for ev in pysubs2.load(str(path), encoding="utf-8") for ln in ev.plaintext.split("\n")]


def test_thai_cjk_captions_break_between_words_and_never_before_a_closing_mark(tmp_path):
    pytest.importorskip("icu4py", reason="pip install icu4py (Python 3.11+)")
    th = _srt_lines(tmp_path, THAI)
    assert len(th) == 2 and "".join(th) == THAI
    starts = {sum(map(len, THAI_WORDS[:i])) for i in range(len(THAI_WORDS))}
    assert len(th[0]) in starts  # the line ends where a word does (ชายแดน was cut into ชาย | แดน)
    zh = _srt_lines(tmp_path, ZH)
    assert zh[0].endswith("，")  # the caption's own comma is where it breaks
    ja = _srt_lines(tmp_path, JA)
    assert ja[1].startswith("向かって")  # at a phrase's end (kana, then a word), not inside 向かって
    for lines in (zh, ja):
        assert not any(ln[0] in "，、。っッゃャー）」" for ln in lines[1:]), lines


def test_other_scripts_clause_marks_are_break_points():
    from annotate.subtitles.wrap import two_lines

    assert two_lines("الجندي يترك الشاحنة، ثم يركض نحو الخط الفاصل بسرعة كبيرة", 42)[0] == "الجندي يترك الشاحنة،"
    assert two_lines("सैनिक ट्रक छोड़कर भागता है। पीछे से गोलियाँ चलती हैं और वह गिर जाता है", 42)[0].endswith("।")


def test_without_icu_cjk_keeps_kinsoku_and_a_thai_run_stays_whole():
    from annotate.subtitles.linebreak import segments

    ja = segments(JA, None)
    assert "".join(ja) == JA and not any(s[0] in "っ。" for s in ja)
    assert "车，" in segments(ZH, None) and "「兵" in segments("「兵士」", None)
    assert segments("NHK的记者 ", None) == ["NHK", "的", "记", "者 "]
    assert segments(THAI + " ", None) == [THAI + " "]


def test_reading_speed_counts_what_a_reader_reads_not_code_points(tmp_path):
    """Vowel signs, harakat and ZWJ parts counted as characters read: a vowelled Arabic caption at 15.7
    characters a second failed --check at 27.3 (the file the writer had just written without a warning)."""
    from annotate.subtitles.wrap import read_length

    arabic = "الْجُنْدِيُّ يَتْرُكُ الشَّاحِنَةَ وَيَرْكُضُ نَحْوَ الْخَطِّ الْفَاصِلِ بِسُرْعَةٍ"
    family = "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 family reunion 👍🏽👍🏽"
    assert read_length(arabic) == 47 and read_length(family) == 21 and read_length("兵士\nが") == 3
    written = subtitles.write(timeline(Moment(id="ar", start=6, end=9, caption=arabic),
                                       Moment(id="em", start=11, end=12.5, caption=family), duration=20),
                              tmp_path / "rs.srt")
    assert [ev.plaintext.replace("\n", " ") for ev in pysubs2.load(str(written), encoding="utf-8")] == [arabic, family]
    assert [v for v in subtitles.check(written) if v.rule == "reading-speed"] == []
    fast = tmp_path / "fast.srt"
    fast.write_text(f"1\n00:00:01,000 --> 00:00:02,000\n{arabic}\n", encoding="utf-8")
    assert [(v.cue, v.rule, v.message[:4]) for v in subtitles.check(fast) if v.rule == "reading-speed"] == \
        [(1, "reading-speed", "47.0")]


def test_an_ass_file_written_here_passes_check_where_its_srt_does(tmp_path):
    # The ASS writer rounded both ends down to the centisecond: a cue laid out at exactly the reading speed
    # limit (29 characters, 45.480-47.186 s) was written 45.48-47.18, 17.1 characters a second, and `subtitles
    # --check` failed the writer's own file (and the demo's subtitles.ass) where the SRT passed.
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    story = tmp_path / "asscps.yaml"
    save(Timeline(moments=(Moment(id="m1", start=41.4, caption="a military truck that has been driving along the "
                                  "perimeter road comes to a stop beside a guard post"),)), story)
    runner = CliRunner()
    for ext in ("ass", "srt"):
        made = runner.invoke(main, ["subtitles", str(story), "-o", str(tmp_path / f"out.{ext}")])
        assert made.exit_code == 0, made.output
        checked = runner.invoke(main, ["subtitles", "--check", str(tmp_path / f"out.{ext}")])
        assert checked.exit_code == 0, checked.output
    ass_cues = pysubs2.load(str(tmp_path / "out.ass"))
    assert [(e.start, e.end) for e in ass_cues][1] == (45480, 47190)  # on screen 1.71 s, not 1.70


def test_ass_rounding_adds_no_violation_to_any_layout():
    # Any timeline whose SRT (milliseconds) passes --check gives an ASS file (centiseconds) that passes too. (A
    # squeezed layout the SRT fails within its rounding tolerance, cues 9 ms over each other, can fail it in ASS.)
    import random

    words = "the truck a soldier runs toward line guard fires at him from behind while others watch".split()
    rng = random.Random(7)
    checked = 0
    for _ in range(120):
        t, moments = 0.0, []
        for i in range(rng.randint(1, 6)):
            t = round(t + rng.uniform(1, 12), 3)
            end = round(t + rng.uniform(0.5, 9), 3) if rng.random() < 0.3 else None
            moments.append(Moment(id=f"m{i + 1}", start=t, end=end,
                                  caption=" ".join(rng.choice(words) for _ in range(rng.randint(2, 16)))))
        story = Timeline(moments=tuple(moments))
        with collected([], SubtitleWarning):
            found = {fmt: {(v.cue, v.rule) for v in lint(subtitles.FORMATS[fmt].loads(subtitles.dumps(story, fmt)))}
                     for fmt in ("ass", "srt")}
        assert not found["ass"] or found["srt"], (story, found)
        checked += not found["srt"]
    assert checked > 60


def test_min_duration_above_max_duration_is_refused_in_one_line(tmp_path):
    # It was accepted: every cue 1 s long at 69 characters a second, then --check with the same options listed
    # a violation for each.
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import save

    story = tmp_path / "mm.yaml"
    save(Timeline(moments=(Moment(id="m1", start=10.0, caption="The soldier runs to the line"),)), story)
    for args in ([str(story), "-o", str(tmp_path / "mm.srt")], ["--check", str(tmp_path / "mm.srt")]):
        result = CliRunner().invoke(main, ["subtitles", *args, "--min-duration", "7",
                                           "--max-duration", "1"])
        assert result.exit_code == 2, result.output
        assert result.output.strip().splitlines()[-1] == (
            "annotate: error: --min-duration: --min-duration 7 is above --max-duration 1")
    assert not (tmp_path / "mm.srt").exists()


@pytest.mark.parametrize("suffix", [".vtt", ".ass"])
def test_a_split_captions_parts_out_of_time_order_make_a_moment_spanning_them_with_a_warning(tmp_path, suffix):
    """A caption annotate split over cues (``scene``, ``scene.2``, ...) whose part was retimed in a subtitle editor
    (which keeps annotate's header) became a moment from its first part's start to its last part's end: 1.0-1.8 s,
    not holding the part shown at 5-6 s, and nothing said. The moment spans its parts, said with the part's line."""
    long = "word " * 60
    written = tmp_path / f"s{suffix}"
    subtitles.write(timeline(Moment(id="scene", start=1, end=30, caption=long.strip()), duration=40), written)
    cues = subtitles.read(written)
    assert len(cues) >= 3 and all(cue.moment_id.startswith("scene") for cue in cues)
    ordered = subtitles.read_timeline(written)
    assert [(m.id, m.start, m.end) for m in ordered.moments] == [("scene", cues[0].start, cues[-1].end)]
    lines = written.read_text(encoding="utf-8-sig").split("\n")
    if suffix == ".vtt":  # the third part retimed to 0.5-0.8 s, before the first
        at = [n for n, line in enumerate(lines) if "-->" in line][2]
        lines[at] = "00:00:00.500 --> 00:00:00.800"
    else:
        at = [n for n, line in enumerate(lines) if line.startswith("Dialogue:")][2]
        fields = lines[at].split(",")
        lines[at] = ",".join([fields[0], "0:00:00.50", "0:00:00.80", *fields[3:]])
    written.write_text("\n".join(lines), encoding="utf-8")
    notes: list[str] = []
    with collected(notes, SubtitleWarning):
        moved = subtitles.read_timeline(written)
    assert [(m.id, m.start, m.end) for m in moved.moments] == [("scene", 0.5, cues[-1].end)]
    assert len(notes) == 1 and "part 3 of caption 'scene' (0:00.5) starts before part 2" in notes[0], notes
    assert notes[0].endswith(f"read as one moment spanning them, 0:00.5-{format_clock_exact(cues[-1].end)}")
