"""Subtitle files written by other tools (tests/data/third-party, origins in
ORIGINS.md), read by our one reader per format and by the reference reader:
vtt.js's expected cues for its WebVTT conformance files, webvtt-py for its own
files, pysrt for SRT, pysubs2 for ASS. Same cue count, times within 1 ms and
the same visible text, or a warning naming the difference; a known-invalid
file is refused or flagged, never read as clean. And the three commands that
read subtitles agree, and what they read is written back as it was."""

from __future__ import annotations

import codecs
import csv
import html
import json
import re
from pathlib import Path

import pysrt
import pysubs2
import pytest
import srt
import webvtt
from click.testing import CliRunner

from annotate import interchange, subtitles
from annotate.cli import main
from annotate.errors import InputError, collected
from annotate.model import Footage, Moment, Timeline
from annotate.subtitles import Reading, Rules, Style, SubtitleWarning, layout
from annotate.timeline import load
from tests import system

DATA = Path(__file__).parent / "data" / "third-party" / "subtitles"
VTTJS = DATA / "vttjs"
TOLERANCE_SECONDS = 0.001
Cues = list[tuple[float, float, str]]


def words(text: str) -> str:
    return " ".join(text.split())


def vtt_visible(text: str) -> str:
    """What a browser shows of a cue payload: tags removed, entities decoded."""
    return words(html.unescape(re.sub(r"<[^>]*>", "", text)))


def _faults(reading: Reading) -> list[object]:
    """What the reading could not read as written (a place on screen a moment cannot hold is no fault)."""
    return [p for p in reading.problems if p.rule != "not-kept"]


def _places(reading: Reading) -> list[tuple[int | None, str]]:
    """(line, place) of each cue whose place on screen the reading says is not kept."""
    return [(p.line, p.reason.split("place on screen, ", 1)[1].split(", is not kept")[0])
            for p in reading.problems if p.rule == "not-kept" and "place on screen, " in p.reason]


def _markup_only(reading: Reading, text: str) -> bool:
    """No problem but the speakers and styling a caption cannot hold, each
    said when the file has them (a voice with a name, a style tag)."""
    said = {p.reason.split(" not kept")[0] for p in reading.problems
            if p.rule == "not-kept" and p.reason.startswith(("speaker not kept", "styling not kept"))}
    has = {kind for kind, pattern in (("speaker", r"<v[^\s>]*[ \t]+\S"), ("styling", r"<(?:b|i|u|s|font|c\.|ruby)\b"))
           if re.search(pattern, text, re.I)}
    return len(said) == len(reading.problems) and said == has


def ours(reading: Reading) -> Cues:
    return [(c.start, c.end, words(c.text)) for c in reading.cues]


def agree(a: Cues, b: Cues) -> bool:
    return len(a) == len(b) and all(
        abs(x[0] - y[0]) <= TOLERANCE_SECONDS and abs(x[1] - y[1]) <= TOLERANCE_SECONDS and x[2] == y[2]
        for x, y in zip(a, b))


def read_or_none(path: Path) -> Reading | None:
    try:
        return subtitles.read_file(path)
    except InputError:
        return None


# --- vtt.js conformance files ---------------------------------------------------------------------------------

def _vttjs_rows() -> list[dict[str, str]]:
    with (VTTJS / "expected.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


# Where the W3C algorithm (which we follow) and vtt.js part ways: the warning that must name it.
VTTJS_DIFFERENCES = {
    # vtt.js takes a three-digit first field for minutes; the spec wants two digits or an hours field.
    "cue-times/min-top-digits.vtt": "minutes and seconds of two digits",
    "cue-times/minimum-spots-over-sixty.vtt": "minutes and seconds of two digits",
    # vtt.js wants a blank line after the header; the spec reads the cue.
    "file-layout/header-no-new-line.vtt": "no blank line between the WEBVTT header and this cue",
}


@pytest.mark.parametrize("row", _vttjs_rows(), ids=lambda row: row["vtt"])
def test_vttjs_conformance_file_reads_as_vttjs_expects_or_says_why(row):
    expected_cues = json.loads((VTTJS / row["expected"]).read_text(encoding="utf-8"))["cues"]
    expected = [(c["startTime"], c["endTime"], vtt_visible(c["text"])) for c in expected_cues]
    reading = read_or_none(VTTJS / row["vtt"])
    if reading is None:  # refused: only right for a file where vtt.js finds nothing
        assert expected == []
        return
    if row["vtt"] in VTTJS_DIFFERENCES:
        assert not agree(ours(reading), expected)
        assert any(VTTJS_DIFFERENCES[row["vtt"]] in p.reason for p in reading.problems), reading.problems
        return
    assert agree(ours(reading), expected), (ours(reading), expected)
    text = (VTTJS / row["vtt"]).read_text(encoding="utf-8-sig")
    cue_blocks = sum("-->" in line for line in text.splitlines())
    if cue_blocks > len(expected):  # a timing line vtt.js refuses: we leave the cue out, and say so
        assert [p for p in reading.problems if p.rule == "unreadable"]


def test_every_vttjs_file_is_in_the_expected_list():
    listed = {row["vtt"] for row in _vttjs_rows()}
    assert listed == {str(p.relative_to(VTTJS)) for p in VTTJS.glob("*/*.vtt")}


# vtt.js shows '&lt' (no ';') as written; the W3C parser, like HTML, reads '<', and we say so.
CUETEXT_DIFFERENCES = {"escape-characters/incorrect.vtt": "character reference without ';' ('&nbsp')"}


@pytest.mark.parametrize("path", sorted((VTTJS / "cuetext").glob("*/*.vtt")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_vttjs_cue_text_is_what_a_browser_shows(path):
    """Entities, voices, classes: our text is the textContent of the DOM vtt.js builds for each cue."""
    rendered = json.loads(path.with_name(f"{path.stem}-proc.json").read_text(encoding="utf-8"))
    shown = [cue["textContent"].strip() for cue in rendered]
    reading = subtitles.read_file(path)
    name = f"{path.parent.name}/{path.name}"
    if name in CUETEXT_DIFFERENCES:
        assert [c.text for c in reading.cues] != shown
        assert any(CUETEXT_DIFFERENCES[name] in p.reason for p in reading.problems), reading.problems
    else:
        assert [c.text for c in reading.cues] == shown
        assert _markup_only(reading, path.read_text(encoding="utf-8")), reading.problems


# --- webvtt-py's files -------------------------------------------------------------------------------------------

def _webvtt_py(path: Path) -> Cues | None:
    def clock(stamp: str) -> float:
        h, m, s = stamp.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    try:
        return [(clock(c.start), clock(c.end), vtt_visible(c.raw_text)) for c in webvtt.read(str(path)).captions]
    except Exception:  # webvtt-py's MalformedFileError and friends: it refuses the file
        return None


# webvtt-py's deliberately broken files: refused (None), or what our warning says of each.
INVALID = {
    "empty.vtt": None,
    "invalid.vtt": None,
    "invalid_timeframe.vtt": "not a cue timing line",
    "invalid_timeframe_in_cue_text.vtt": "no blank line before this cue",
    "missing_timeframe.vtt": "text outside any cue ignored",
    "invalid_format1.srt": "has no timing line",
    "invalid_format2.srt": "no timing line",
    "invalid_format3.srt": "no timing line",
    "invalid_format4.srt": "no timing line",
    "missing_timeframe.srt": "no timing line",
    "invalid_timeframe.srt": "timing not in SubRip's form",
}


def assert_flagged_if_invalid(name: str, reading: Reading | None) -> None:
    """A known-invalid file is refused or flagged with its own reason; a valid one reads with no lost cue."""
    if name not in INVALID:
        assert reading is not None and [p for p in reading.problems if p.rule == "unreadable"] == [], name
    elif INVALID[name] is None:
        assert reading is None, name
    else:
        assert reading is not None and any(INVALID[name] in p.reason for p in reading.problems), name


def test_the_invalid_list_names_real_files():
    assert all((DATA / "webvtt-py" / name).is_file() for name in INVALID)


# Where webvtt-py reads what the W3C algorithm (and so a browser) refuses: the warning that must name it.
WEBVTT_PY_DIFFERENCES = {
    # Microsoft Teams writes one-digit fields ('0:0:0.210 --> 0:0:1.130'); a browser shows none of its cues.
    "teams_timeframe.vtt": "minutes and seconds of two digits",
}


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "webvtt-py").glob("*.vtt")))
def test_webvtt_py_file_reads_as_webvtt_py_does_and_invalid_ones_are_flagged(name):
    path = DATA / "webvtt-py" / name
    theirs = _webvtt_py(path)
    reading = read_or_none(path)
    if name in WEBVTT_PY_DIFFERENCES:  # each cue it reads and we do not is named in a warning
        assert reading is not None and theirs
        said = [p for p in reading.problems if WEBVTT_PY_DIFFERENCES[name] in p.reason]
        assert len(said) == len(theirs) - len(reading.cues) > 0, reading.problems
        return
    if theirs is not None:
        assert reading is not None and agree(ours(reading), theirs), name
    else:  # webvtt-py refuses it: so do we, or we say what is wrong
        assert reading is None or reading.problems, name
    if name != "netflix_chicas_del_cable.vtt":  # a real file, flaws and all (see the agreement above)
        assert_flagged_if_invalid(name, reading)


# --- SRT against pysrt --------------------------------------------------------------------------------------------

def _pysrt(path: Path, encoding: str | None = None) -> Cues:
    items = pysrt.open(str(path), encoding=encoding, error_handling=pysrt.ERROR_PASS)
    return [(i.start.ordinal / 1000, i.end.ordinal / 1000, words(i.text_without_tags)) for i in items]


def _pysubs2_srt(path: Path) -> Cues:
    return [(e.start / 1000, e.end / 1000, words(e.plaintext)) for e in pysubs2.load(str(path), format_="srt")]


# Where pysrt takes text for a tag: in '2 < 3 !</font>' it removes '< 3 !</font>'; ffmpeg and pysubs2 show '2 < 3 !'.
PYSRT_TAKES_TEXT_FOR_A_TAG = {"styles2.srt"}


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "webvtt-py").glob("*.srt")))
def test_srt_file_reads_as_pysrt_does_and_invalid_ones_are_flagged(name):
    path = DATA / "webvtt-py" / name
    reading = subtitles.read_file(path)
    if name in PYSRT_TAKES_TEXT_FOR_A_TAG:
        assert not agree(ours(reading), _pysrt(path)) and agree(ours(reading), _pysubs2_srt(path))
    else:
        assert agree(ours(reading), _pysrt(path))
    assert_flagged_if_invalid(name, reading)
    if name not in INVALID:
        assert _markup_only(reading, path.read_text(encoding="utf-8")), reading.problems


# --- cdown/srt's files, against the srt library ----------------------------------------------------------------

def _srt_library(path: Path, encoding: str = "utf-8") -> Cues:
    return [(s.start.total_seconds(), s.end.total_seconds(), words(s.content))
            for s in srt.parse(path.read_text(encoding=encoding))]


@pytest.mark.parametrize("name", ["ascii.srt", "monsters-win.srt", "monsters-bad-order.srt"])
def test_srt_library_file_reads_as_the_srt_library_does(name):
    reading = subtitles.read_file(DATA / "srt" / name)
    assert agree(ours(reading), _srt_library(DATA / "srt" / name)) and reading.problems == []


def test_srt_library_gb2312_file_reads_as_the_srt_library_does_told_the_encoding():
    path = DATA / "srt" / "gb2312.srt"
    reading = subtitles.read_file(path)
    assert agree(ours(reading), _srt_library(path, "gb2312"))
    assert [p.rule for p in reading.problems] == ["encoding"] and "gb18030" in reading.problems[0].reason


def test_text_after_a_blank_line_in_a_cue_is_left_out_as_pysrt_does_and_each_line_is_named():
    """The srt library reads a cue's text past a blank line (to the next
    number and timing line); pysrt and a player stop at the blank line. We
    stop there too, and warn of each line left out, by line."""
    path = DATA / "srt" / "monsters-bad-newline.srt"
    reading = subtitles.read_file(path)
    assert agree(ours(reading), _pysrt(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    left_out = [s.content.split("\n\n", 1)[1] for s in srt.parse(path.read_text(encoding="utf-8"))]
    assert [(p.line, p.rule) for p in reading.problems] == [(lines.index(text) + 1, "unreadable") for text in left_out]


def test_pysubs2_vtt_example_reads_as_webvtt_py_does():
    """pysubs2's WebVTT example (header text, STYLE/REGION/NOTE blocks, ids,
    settings, ruby, a JSON payload): our cues are webvtt-py's."""
    path = DATA / "pysubs2" / "vtt_example.vtt"
    reading = subtitles.read_file(path)
    assert agree(ours(reading), _webvtt_py(path) or []) and len(reading.cues) == 11 and _faults(reading) == []
    # Its settings that move a cue, each as written ("vertical:rt" is no value a browser takes).
    assert _places(reading) == [(88, "line:-1 align:end"), (103, "position:45%,line-right size:90%"),
                                (111, "region:fred align:left"), (115, "region:bill align:right")]


SAMPLE_SRT = DATA / "webvtt-py" / "sample.srt"
WESTERN = ("1\n00:00:01,000 --> 00:00:02,500\nCafé naïve — “quoted” résumé\n\n"
           "2\n00:00:03,000 --> 00:00:04,000\nDéjà vu, ça va très bien, merci à vous.\n\n"
           "3\n00:00:05,000 --> 00:00:06,000\nOù est la gare? Là-bas, près de l’église.\n")
CHINESE = ("1\n00:00:01,000 --> 00:00:02,000\n你好，世界。这是一个字幕文件。\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n我们今天去看电影，然后吃饭。\n\n"
           "3\n00:00:06,000 --> 00:00:08,000\n他说这个问题很重要。\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_srt_with_any_utf_bom_reads_like_its_utf8_original(tmp_path, encoding):
    text = SAMPLE_SRT.read_text(encoding="utf-8") + "\n\n6\n00:00:30,000 --> 00:00:31,000\nÜnïcödé ✓ 日本語\n"
    path = tmp_path / "bom.srt"
    raw = text.encode(encoding)
    if encoding.endswith("-be"):  # Python writes no BOM for an explicit byte order: add it
        raw = ("\ufeff" + text).encode(encoding)
    path.write_bytes(raw)
    reading = subtitles.read_file(path)
    assert reading.problems == []
    assert len(reading.cues) == 6 and reading.cues[-1].text == "Ünïcödé ✓ 日本語"
    assert agree(ours(reading), _pysrt(path, encoding=encoding.replace("-sig", "")))


@pytest.mark.parametrize(("text", "encoding", "guess"), [(WESTERN, "cp1252", "cp1252"), (CHINESE, "gb2312", "gb18030")])
def test_legacy_encoding_is_guessed_and_said_and_can_be_overridden(tmp_path, text, encoding, guess):
    path = tmp_path / "legacy.srt"
    path.write_bytes(text.encode(encoding))
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == [c.text for c in subtitles.read_file(_utf8(tmp_path, text)).cues]
    assert [(p.rule, p.line) for p in reading.problems] == [("encoding", None)]
    assert f"read as {guess}" in reading.problems[0].reason and "--encoding" in reading.problems[0].reason
    assert agree(ours(reading), _pysrt(path, encoding=encoding))
    told = subtitles.read_file(path, encoding=encoding)
    assert told.problems == [] and told.cues == reading.cues
    check = CliRunner().invoke(main, ["subtitles", "--check", str(path), "--max-cps", "100"])
    assert check.exit_code == 0 and f"annotate: warning: {path}: not UTF-8; read as {guess}" in check.stderr


@pytest.mark.parametrize(("line", "encoding"), [
    ("Hände hoch, sofort!", "cp1252"), ("Die Straße ist gesperrt.", "cp1252"), ("Grüße aus Köln", "cp1252"),
    ("Ça va très bien, garçon", "cp1252"), ("Zażółć gęślą jaźń", "cp1250"),
    ("Привет, как дела? Это тест.", "cp1251"),
])
def test_a_short_legacy_cue_is_not_read_in_a_code_page_that_mixes_scripts_in_a_word(tmp_path, line, encoding):
    # One umlaut in a short cue: charset-normalizer ranks cp1250 first and
    # cp1251 ("H\u0434nde") or cp1256 close behind, cp1252 only as an equivalent,
    # or offers only gb18030. (A short Greek cue still reads as cp1251: every
    # letter maps to a Cyrillic one, so nothing in the text tells them apart.)
    path = tmp_path / "short.srt"
    path.write_bytes(f"1\r\n00:00:04,200 --> 00:00:06,800\r\n{line}\r\n".encode(encoding))
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == [line]
    assert [p.rule for p in reading.problems] == ["encoding"]


@pytest.mark.parametrize(("lines", "encoding"), [
    (["Привет, как дела? Солдат бежит к границе.", "Выстрелы слышны за кадром."], "koi8_r"),
    (["Привіт, як справи? Солдат біжить до кордону.", "Їжак і ґанок: чути постріли."], "koi8_u"),
    (["Żółć gęślą jaźń. Żołnierz biegnie do granicy.", "Słychać strzały, świadkowie uciekają."], "iso8859_2"),
    (["Příliš žluťoučký kůň úpěl ďábelské ódy.", "Voják běží k hranici, šťastně."], "iso8859_2"),
    (["Asker sınıra doğru koşuyor.", "Silah sesleri duyuluyor, tanıklar kaçıyor."], "cp1254"),
    (["Kareivis bėga link sienos.", "Girdėti šūviai, liudininkai bėga į šalį."], "cp1257"),
    (["兵士が国境に向かって走っています。", "カメラは揺れる。"], "shift_jis"),
    (["החייל רץ לעבר הגבול.", "המצלמה רועדת."], "cp1255"),
])
def test_legacy_files_in_many_languages_are_read_in_their_own_code_page(tmp_path, lines, encoding):
    # charset-normalizer alone, on a few lines: KOI8-R read as Shift_JIS (half-width katakana) or as cp1251
    # with every letter's case swapped; Polish ISO-8859-2 as ISO-8859-4 ("\xafo\u0157nierz"), Czech as cp1250
    # ("Pøíli\u0105 \u013elu\xbbou\u010dký"), Turkish as cp1257, Lithuanian as cp1250, Japanese as GB18030,
    # Hebrew as cp1251. uchardet's answer now goes first.
    path = tmp_path / "old.srt"
    path.write_bytes("".join(f"{n}\r\n00:00:0{2 * n},000 --> 00:00:0{2 * n + 1},500\r\n{line}\r\n\r\n"
                             for n, line in enumerate(lines, 1)).encode(encoding))
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == lines
    assert [p.rule for p in reading.problems] == ["encoding"]
    assert f"read as {codecs.lookup(encoding).name}, a guess" in reading.problems[0].reason


def _utf8(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "utf8.srt"
    path.write_text(text, encoding="utf-8")
    return path


def test_srt_markup_is_removed_not_shown(tmp_path):
    path = tmp_path / "styled.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n<b>Bold</b> <i>italic</i> <u>under</u>\n"
                    '<font color="#ff0000" face="Arial">red</font> {\\an8}top <3\n', encoding="utf-8")
    with pytest.warns(SubtitleWarning, match=r"line 2: cue 1: its place on screen, \{\\an8\} \(top centre\)"):
        (cue,) = subtitles.read(path)
    assert cue.text == "Bold italic under\nred top <3"
    assert words(cue.text) == _pysrt(path)[0][2].replace("{\\an8}", "").replace("  ", " ")


# SRT markup beyond style tags, as files from elsewhere hold it: <br> in each
# spelling, ASS escapes, override blocks (a place on screen, a style),
# MicroDVD style blocks, and braces that are text.
SRT_MARKUP = ("1\n00:00:01,000 --> 00:00:02,000\nOne<br>two<BR/>three <br /> four\n\n"
              "2\n00:00:03,000 --> 00:00:04,000\n{\\an8}Top\\Nsecond\\nsoft\\hhard\n\n"
              "3\n00:00:05,000 --> 00:00:06,000\n{\\an2}{\\i1}styled{\\i0} {Y:i}micro {\\pos(10,20)}moved\n\n"
              "4\n00:00:07,000 --> 00:00:08,000\n{not a tag} {\\} {open\n")


def test_srt_markup_is_read_as_ffmpeg_and_libass_show_it(tmp_path):
    """ffmpeg's SubRip decoder turns <br> and \\N into line breaks, keeps
    \\n and \\h for libass (a space each under the WrapStyle it writes) and
    {\\an8} as a position, and drops other override and MicroDVD blocks; they
    were shown as text. What libass then shows of ffmpeg's ASS is the reference
    (our ASS reader, checked against libass's drawing, reads it)."""
    import subprocess

    import imageio_ffmpeg

    path, converted = tmp_path / "markup.srt", tmp_path / "markup.ass"
    path.write_text(SRT_MARKUP, encoding="utf-8")
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-i", str(path), "-y", str(converted)],
                   check=True)
    assert "{\\an8}Top\\Nsecond" in converted.read_text(encoding="utf-8")  # the place on screen kept by ffmpeg
    reference = subtitles.read_file(converted).cues
    reading = subtitles.read_file(path)
    assert [(c.start, c.end, c.text) for c in reading.cues][:3] == [(c.start, c.end, c.text) for c in reference][:3]
    # Braces that open no override or MicroDVD block are text to ffmpeg's decoder (and to pysrt and srt);
    # libass would then hide them as blocks, as it hides them in any ASS file.
    last = pysubs2.load(str(converted))[3].text
    assert reading.cues[3].text == last == "{not a tag}  {open"
    assert [c.text for c in reading.cues][:2] == ["One\ntwo\nthree\nfour", "Top\nsecond soft hard"]
    assert [str(p) for p in reading.problems] == [
        f"{path}, line 6: cue 2: its place on screen, {{\\an8}} (top centre), is not kept (a moment holds none); "
        "it will show at the bottom",
        f"{path}, line 10: cue 3: its place on screen, {{\\pos(10,20)}}, is not kept (a moment holds none); "
        "it will show at the bottom",
        f"{path}, line 10: styling not kept (a caption is plain text): '{{\\\\i1}}', '{{Y:i}}' in cue 3"]
    assert pysubs2.SSAFile.from_string(SRT_MARKUP, format_="srt")[1].plaintext.startswith("Top\nsecond")


def test_a_dropped_place_on_screen_is_a_warning_not_a_lint_violation(tmp_path):
    path = tmp_path / "top.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:04,000\n{\\an8}Top\n", encoding="utf-8")
    with pytest.warns(SubtitleWarning, match=r"cue 1: its place on screen, \{\\an8\} \(top centre\), is not kept"):
        assert subtitles.check(path) == []


def _vttjs_settings_rows() -> list[dict[str, str]]:
    with (VTTJS / "cue-settings.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


# vtt.js follows an older draft: it keeps "line:42%" of "line:42%,left" and takes start/end for a position's
# alignment; the W3C parser (browsers) ignores each whole setting, so those cues show where every cue does.
VTTJS_SETTINGS_DIFFERENCES = {"cue-settings/line/bad-line-align.vtt", "cue-settings/position/bad-position-align.vtt",
                              "cue-settings/position/position-end-align.vtt",
                              "cue-settings/position/position-start-align.vtt"}
VTTJS_DEFAULTS = {"vertical": "", "line": "auto", "position": "auto", "size": 100}


@pytest.mark.parametrize("row", _vttjs_settings_rows(), ids=lambda row: row["vtt"])
def test_vttjs_cue_settings_that_move_a_cue_are_each_named_in_a_warning(row):
    """Each cue vtt.js reads with a setting that moves it (not the defaults: horizontal, line and
    position auto, size 100, align middle/center) gets the place-on-screen warning; no other cue does."""
    expected = json.loads((VTTJS / row["expected"]).read_text(encoding="utf-8"))["cues"]
    moved = [any(c[k] != v for k, v in VTTJS_DEFAULTS.items()) or c["align"] not in ("middle", "center")
             for c in expected]
    reading = subtitles.read_file(VTTJS / row["vtt"])
    said = {p.reason.split(":")[0] for p in reading.problems if p.rule == "not-kept"}
    ours = [f"cue {n}" in said for n in range(1, len(reading.cues) + 1)]
    assert len(ours) == len(moved)
    if row["vtt"] in VTTJS_SETTINGS_DIFFERENCES:
        assert moved == [True] and ours == [False]
    else:
        assert ours == moved, (ours, moved, reading.problems)


def test_every_vttjs_cue_settings_file_is_listed():
    listed = {row["vtt"] for row in _vttjs_settings_rows()}
    assert listed == {str(p.relative_to(VTTJS)) for p in VTTJS.glob("cue-settings/*/*.vtt")}


def test_a_webvtt_place_on_screen_is_named_and_refused_under_strict(tmp_path):
    path = tmp_path / "p.vtt"
    path.write_text("WEBVTT\n\nREGION\nid:fred width:40%\n\n00:01.000 --> 00:02.000 line:0 align:start\nTop\n\n"
                    "00:03.000 --> 00:04.000 align:center size:100% line:bogus align:middle\nDefaults\n\n"
                    "00:05.000 --> 00:06.000 region:fred vertical:rl\nRegion\n\n"
                    "00:07.000 --> 00:08.000 region:nowhere\nNo such region\n", encoding="utf-8")
    assert _places(subtitles.read_file(path)) == [(6, "line:0 align:start"), (12, "region:fred vertical:rl")]
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(tmp_path / "p.yaml"), "--strict"])
    assert result.exit_code == 2 and not (tmp_path / "p.yaml").exists()
    assert result.output.splitlines()[-1] == (
        f"annotate: error: {path}, line 6: cue 1: its place on screen, line:0 align:start, is not kept (a moment "
        "holds none); it will show at the bottom (and 1 more); an error under --strict")


def test_every_srt_place_on_screen_is_named(tmp_path):
    """ffmpeg's SubRip demuxer places a cue by the X1.. Y2 box after its timing; {\\an8} goes on to libass;
    {\\pos} and SSA's {\\a6} are honoured by VSFilter players (ffmpeg drops them): a moment keeps none."""
    path = tmp_path / "p.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:100 Y1:10 Y2:50\ncoords\n\n"
                    "2\n00:00:03,000 --> 00:00:04,000\n{\\pos(10,10)}pos\n\n"
                    "3\n00:00:05,000 --> 00:00:06,000\n{\\an8}an8\n\n"
                    "4\n00:00:07,000 --> 00:00:08,000\n{\\b1\\a6}a6 {\\an2}\n\n"
                    "5\n00:00:09,000 --> 00:00:10,000 X1:10 X2:100\n{\\an2}{\\alpha&H80&}bottom\n", encoding="utf-8")
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["coords", "pos", "an8", "a6", "bottom"]
    assert _places(reading) == [(2, "X1:10 X2:100 Y1:10 Y2:50 (a box in pixels)"), (6, "{\\pos(10,10)}"),
                                (10, "{\\an8} (top centre)"), (14, "{\\a6} (top centre)")]


# An ASS file's script info and Default style, the events after it.
ASS_HEAD = """[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, \
Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, \
MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1
"""
ASS_PLACES = ASS_HEAD + """\
Style: Sign,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,8,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\an8}an8
Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,{\\move(1,2,3,4)}moving
Dialogue: 0,0:00:05.00,0:00:06.00,Sign,,0,0,0,,sign
Dialogue: 0,0:00:07.00,0:00:08.00,Sign,,0,0,0,,{\\an2}back down
Dialogue: 0,0:00:09.00,0:00:10.00,Nobody,,0,0,0,,default style
"""
SSA_PLACES = """[Script Info]
ScriptType: v4.00

[V4 Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, TertiaryColour, BackColour, Bold, Italic, \
BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, AlphaLevel, Encoding
Style: Default,Arial,20,16777215,65535,65535,0,0,0,1,2,2,6,10,10,10,0,1

[Events]
Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: Marked=0,0:00:01.00,0:00:02.00,Default,,0,0,0,,top
"""


def test_every_ass_place_on_screen_is_named_as_libass_places_it(tmp_path):
    """libass: the first \\an or \\a wins over the style's Alignment; \\pos and \\move place the line; an
    unknown style is Default. SSA's alignment 6 (pysubs2 reads it as keypad 8) is the top centre too."""
    ass, ssa = tmp_path / "p.ass", tmp_path / "p.ssa"
    ass.write_text(ASS_PLACES, encoding="utf-8")
    ssa.write_text(SSA_PLACES, encoding="utf-8")
    assert pysubs2.load(str(ass)).styles["Sign"].alignment == 8
    assert pysubs2.load(str(ssa)).styles["Default"].alignment == 8
    assert _places(subtitles.read_file(ass)) == [(11, "{\\an8} (top centre)"), (12, "{\\move(1,2,3,4)}"),
                                                (13, "style 'Sign' (top centre)")]
    assert _places(subtitles.read_file(ssa)) == [(10, "style 'Default' (top centre)")]


def test_srt_markup_in_a_caption_is_written_so_that_it_reads_back_as_text(tmp_path):
    """Our writer must keep \\N, <br> and {y:i} in a caption literal now
    that the reader (and ffmpeg) honour them."""
    captions = ["C:\\New\\hidden <br> {y:i}", "\\notes {\\an8} <BR/>"]
    t = Timeline(moments=tuple(Moment(id=f"m{i}", start=i * 5.0, end=i * 5.0 + 3, caption=caption)
                               for i, caption in enumerate(captions, start=1)))
    path = subtitles.write(t, tmp_path / "back.srt")
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == captions and reading.problems == []


def test_unknown_encoding_and_binary_are_clear_errors(tmp_path):
    path = _utf8(tmp_path, WESTERN)
    with pytest.raises(InputError, match="--encoding: unknown encoding 'klingon'"):
        subtitles.read_file(path, encoding="klingon")
    (tmp_path / "x.srt").write_bytes(b"1\x00\x00\x01\x02binary")
    with pytest.raises(InputError, match=r"x.srt: is binary"):
        subtitles.read_file(tmp_path / "x.srt")


def test_a_stray_nul_is_read_as_pysrt_srt_and_pysubs2_read_it_and_named_by_line(tmp_path):
    """A NUL byte in a UTF-8 SRT made the file count as binary; pysrt, srt and
    pysubs2 read every cue, the NUL kept in the text (where it shows as
    nothing). Ours drop it, and a warning says so, with the lines."""
    path = tmp_path / "nul.srt"
    path.write_bytes(WESTERN.replace("Café", "Ca\x00fé").replace("merci", "mer\x00ci\x00").encode("utf-8"))
    references = {
        "pysrt": [(i.start.ordinal / 1000, i.end.ordinal / 1000, i.text) for i in pysrt.open(str(path))],
        "srt": [(c.start.total_seconds(), c.end.total_seconds(), c.content)
                for c in srt.parse(path.read_text(encoding="utf-8"))],
        "pysubs2": [(e.start / 1000, e.end / 1000, e.plaintext) for e in pysubs2.load(str(path), format_="srt")],
    }
    reading = subtitles.read_file(path)
    for name, cues in references.items():
        assert sum(text.count("\x00") for _s, _e, text in cues) == 3, name  # kept, as a character
        assert agree(ours(reading), [(a, b, words(text.replace("\x00", ""))) for a, b, text in cues]), name
    assert [str(p) for p in reading.problems] == [
        f"{path}, line 3: 3 NUL character(s) in the text (line(s) 3, 7): dropped (pysrt, srt and pysubs2 keep it; "
        "it shows as nothing)"]


def test_a_nul_in_webvtt_is_read_as_the_webvtt_parser_reads_it(tmp_path):
    path = tmp_path / "nul.vtt"
    path.write_bytes(b"WEBVTT\n\n00:01.000 --> 00:02.000\nHel\x00lo\n")
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["Hel\ufffdlo"]  # the spec: each NUL a U+FFFD
    assert [p.reason for p in reading.problems] == [
        "1 NUL character(s) in the text (line(s) 4): each read as U+FFFD, as the WebVTT parser (browsers) reads it"]


def _png(path: Path) -> Path:
    from PIL import Image

    Image.frombytes("RGB", (64, 64), bytes(range(256)) * 48).save(path, format="PNG")
    return path


def _mp4(path: Path) -> Path:
    import subprocess

    import imageio_ffmpeg

    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-f", "lavfi", "-i",
                    "testsrc=size=64x64:rate=5:duration=1", "-f", "mp4", "-y", str(path)], check=True)
    return path


@pytest.mark.parametrize("make", [_png, _mp4])
@pytest.mark.parametrize("command", [["subtitles", "--check", "{}"], ["import", "{}", "-o", "out.yaml"]])
def test_a_truly_binary_file_is_still_refused_in_one_line(tmp_path, make, command):
    path = make(tmp_path / "picture.srt")
    assert b"\x00" in path.read_bytes()
    with CliRunner().isolated_filesystem(tmp_path):
        result = CliRunner().invoke(main, [part.format(path) for part in command])
    assert result.exit_code == 2 and "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"annotate: error: {path}: is binary, not a subtitle file")


@pytest.mark.parametrize(("encoding", "message"), [
    ("rot13", "--encoding: 'rot13' is not a text encoding"),
    ("base64", "--encoding: 'base64' is not a text encoding"),
    ("hex", "--encoding: 'hex' is not a text encoding"),
    ("undefined", "is not undefined text"),
    ("punycode", "is not punycode text"),
])
def test_an_encoding_that_is_no_text_encoding_is_one_clear_error(tmp_path, encoding, message):
    # bytes.decode raised LookupError or a bare UnicodeError: a traceback from --encoding.
    with pytest.raises(InputError, match=re.escape(message)):
        subtitles.read_file(_utf8(tmp_path, WESTERN), encoding=encoding)


# --- ASS against pysubs2 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((DATA / "pysubs2").glob("*.ass")) + sorted((DATA / "libass").glob("*.ass")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_ass_file_reads_as_pysubs2_plaintext(path):
    reading = subtitles.read_file(path)
    theirs = [(e.start / 1000, e.end / 1000, words(e.plaintext)) for e in pysubs2.load(str(path)) if not e.is_comment]
    assert theirs and agree(ours(reading), theirs) and _faults(reading) == []


def test_libass_test_files_centre_their_cues_and_say_so():
    """libass's own files give their Default style Alignment 5: every cue is named, as pysubs2 reads it."""
    for name in ("sub1.ass", "sub2.ass"):
        path = DATA / "libass" / name
        assert pysubs2.load(str(path)).styles["Default"].alignment == 5
        assert _places(subtitles.read_file(path)) == [(12, "style 'Default' (middle centre)")]


def test_ass_event_pysubs2_cannot_read_is_left_out_and_said(tmp_path):
    good = (DATA / "libass" / "sub1.ass").read_text(encoding="utf-8")
    broken = good + "Dialogue: 0,0:00:0x.00,0:00:04.00,Default,,0,0,0,,Bad time\nDialogue: 0,0:00:03.00\n"
    path = tmp_path / "broken.ass"
    path.write_text(broken, encoding="utf-8")
    lines = broken.splitlines()
    reading = subtitles.read_file(path)
    assert ours(reading) == ours(subtitles.read_file(DATA / "libass" / "sub1.ass"))
    assert [(p.line, p.rule) for p in _faults(reading)] == [(len(lines) - 1, "unreadable"), (len(lines), "unreadable")]


# --- One reader, three commands ----------------------------------------------------------------------------------

BROKEN = {
    "srt": "1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:0x:04,000\nTwo\n\n"
           "3\n00:00:05,000 --> 00:00:06,000\nThree\n",
    "vtt": "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\n00:03.000 -> 00:04.000\nTwo\n\n00:05.000-->00:06.000\nThree\n",
    # (pysubs2's file: libass's test files centre every cue, a warning of its own)
    "ass": (DATA / "pysubs2" / "ttml_example.ass").read_text(encoding="utf-8") + "Dialogue: 0,0:00:0x.00\n",
}


@pytest.mark.parametrize("fmt", sorted(BROKEN))
def test_check_from_srt_and_import_agree_on_a_broken_file(tmp_path, fmt):
    path = tmp_path / f"broken.{fmt}"
    path.write_text(BROKEN[fmt], encoding="utf-8")
    runner = CliRunner()
    expected = subtitles.read_file(path)
    (problem,) = expected.problems
    where = f"{path}, line {problem.line}"

    check = runner.invoke(main, ["subtitles", "--check", str(path)])
    assert check.exit_code == 1 and f"{path}: line {problem.line}: " in check.stdout and "[unreadable]" in check.stdout

    for args, out in ((["timeline", "--from-srt", str(path)], tmp_path / "t.yaml"),
                      (["import", str(path)], tmp_path / "i.yaml")):
        result = runner.invoke(main, [*args, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert f"annotate: warning: {where}: " in result.stderr
        moments = load(out).moments
        assert [(m.start, m.end, m.caption) for m in moments] == [(c.start, c.end, c.text) for c in expected.cues]
        strict = runner.invoke(main, [*args, "-o", str(tmp_path / "strict.yaml"), "--strict"])
        assert strict.exit_code == 2 and f"annotate: error: {where}: " in strict.stderr
        assert not (tmp_path / "strict.yaml").exists()


def test_import_reads_vtt_ass_and_ssa_and_lists_only_importable_formats(tmp_path):
    for source in (DATA / "webvtt-py" / "sample.vtt", DATA / "libass" / "sub2.ass"):
        timeline = interchange.read(source)
        assert [(m.start, m.end, m.caption) for m in timeline.moments] == \
            [(c.start, c.end, c.text) for c in subtitles.read(source)]
    ssa = tmp_path / "old.ssa"
    ssa.write_text((DATA / "libass" / "sub1.ass").read_text(encoding="utf-8"), encoding="utf-8")
    assert len(interchange.read(ssa).moments) == 1
    with pytest.raises(InputError) as info:
        interchange.read(tmp_path / "x.mov")
    listed = str(info.value)
    assert "vtt-chapters" not in listed and "youtube" not in listed and ".vtt" in listed and ".ssa" in listed
    with pytest.raises(InputError, match="cannot be imported; importable formats: (?!.*vtt-chapters)"):
        interchange.read(tmp_path / "x.vtt", "vtt-chapters")


# --- Round trips keep what they read -----------------------------------------------------------------------------

def test_imported_cues_are_written_back_as_they_were(tmp_path):
    source = tmp_path / "theirs.srt"
    long_text = " ".join(["a long cue that no broadcast rule would allow in one piece"] * 3)
    source.write_text(
        "1\n00:00:01,000 --> 00:00:13,500\n" + long_text + "\n\n"
        "2\n00:00:14,000 --> 00:00:14,200\nfast\n\n"
        "3\n00:00:15,000 --> 00:00:16,000\n\n\n"
        "4\n00:00:15,500 --> 00:00:17,000\n<i>overlapping</i> & styled\n",
        encoding="utf-8")
    before = subtitles.read(source)
    assert len(before) == 4 and before[2].text == ""  # an empty cue is kept, not dropped
    runner = CliRunner()
    assert runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "t.yaml")]).exit_code == 0
    for fmt in ("srt", "vtt", "ass"):
        out = tmp_path / f"again.{fmt}"
        result = runner.invoke(main, ["subtitles", str(tmp_path / "t.yaml"), "-o", str(out)])
        assert result.exit_code == 0, result.output
        after = subtitles.read(out)
        assert [(c.start, c.end, c.text) for c in after] == [(c.start, c.end, c.text) for c in before], fmt
    reflowed = tmp_path / "reflowed.srt"
    assert runner.invoke(main, ["subtitles", str(tmp_path / "t.yaml"), "-o", str(reflowed), "--reflow"]).exit_code == 0
    shaped = subtitles.read(reflowed)
    assert len(shaped) > 4 and max(c.duration for c in shaped) <= Rules().max_seconds + 0.001
    assert words(" ".join(c.text for c in shaped)).split() == words(" ".join(c.text for c in before)).split()


def test_a_caption_too_long_for_its_time_is_never_cut_with_an_ellipsis():
    said: list[str] = []
    text = " ".join(f"word{i}" for i in range(120))
    t = Timeline(moments=(Moment(id="a", start=10, caption=text), Moment(id="b", start=11, caption="next")))
    with collected(said, SubtitleWarning):
        cues = layout(t, Rules(), Style())
    shown = [c for c in cues if c.moment_id == "a"]
    assert " ".join(c.text for c in shown).split() == text.split()  # every word, in order, none cut
    assert "…" not in "".join(c.text for c in cues)
    assert all(c.duration >= Rules().min_seconds - 0.001 for c in shown)
    assert any("moment a" in s and "run" in s for s in said)


def test_cues_that_would_start_after_the_footage_are_reported():
    said: list[str] = []
    text = " ".join(f"word{i}" for i in range(400))
    t = Timeline(moments=(Moment(id="a", start=1, end=3, caption=text),),
                 footage=Footage(path="f.mp4", duration=6.0, fps=25))
    with collected(said, SubtitleWarning):
        cues = layout(t)
    assert cues[-1].end == 6.0 and all(c.start < 6.0 for c in cues)
    shown = " ".join(c.text for c in cues).split()
    assert shown == text.split()[: len(shown)] and "…" not in " ".join(shown)
    assert any(re.search(r"moment a: \d+ of its \d+ cues would start after the footage ends", s) for s in said)


def test_a_moment_with_nothing_to_show_is_reported_not_dropped_silently():
    said: list[str] = []
    t = Timeline(moments=(Moment(id="blank", start=3), Moment(id="b", start=9, caption="shown")))
    with collected(said, SubtitleWarning):
        assert [c.text for c in layout(t)] == ["shown"]
    assert said == ["moment blank: no caption, quote or sentence to show; left out"]


def _not_kept(reading: Reading) -> list[str]:
    """Each not-kept problem but the places on screen, as the warning says it."""
    return [str(p) for p in reading.problems if p.rule == "not-kept" and "place on screen" not in p.reason]


def test_srt_styling_is_named_once_per_file_with_its_cues(tmp_path):
    """ffmpeg's decoder passes <b> <i> <font> and {\\i1} on to libass, which
    draws them (italics often mean a voice off screen); a caption is plain
    text, so the one warning of the file says which cues lost what."""
    path = tmp_path / "styled.srt"
    path.write_text("1\r\n00:00:01,000 --> 00:00:02,500\r\nHello <b>world</b>\r\n\r\n"
                    "2\r\n00:00:03,000 --> 00:00:04,000\r\nplain\r\n\r\n"
                    "3\r\n00:00:05,000 --> 00:00:06,000\r\n<font color=\"red\">red</font> {\\i1}said{\\i0}\r\n\r\n"
                    "4\r\n00:00:07,000 --> 00:00:08,000\r\n{\\an8}only placed\r\n", encoding="utf-8")
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["Hello world", "plain", "red said", "only placed"]
    assert _not_kept(reading) == [f"{path}, line 2: styling not kept (a caption is plain text): '<b>', "
                                  "'<font color=\"red\">', '{\\\\i1}' in cues 1 and 3"]
    assert pysrt.from_string(path.read_text(encoding="utf-8"))[0].text == "Hello <b>world</b>"  # it is there


def test_webvtt_speakers_and_styling_are_named_once_per_file(tmp_path):
    path = tmp_path / "voices.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Bob>Hi &amp; bye</v>\n\n"
                    "00:03.000 --> 00:04.000\n<c>plain</c> text\n\n"
                    "00:05.000 --> 00:06.000\n<v.loud Ann Lee><i>No</i>, <c.yellow>never</c>\n\n"
                    "00:07.000 --> 00:08.000\n<v Bob>again\n", encoding="utf-8")
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["Hi & bye", "plain text", "No, never", "again"]
    # webvtt-py reads the speakers the file gives
    assert [c.voice for c in webvtt.from_string(path.read_text(encoding="utf-8"))] == ["Bob", None, "Ann Lee", "Bob"]
    assert _not_kept(reading) == [
        f"{path}, line 3: speaker not kept (a caption names none): 'Bob', 'Ann Lee' in cues 1, 3 and 4",
        f"{path}, line 9: styling not kept (a caption is plain text): '<i>', '<c.yellow>' in cue 3"]


ASS_DROPPED = ASS_HEAD + """
[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:02.50,Default,Bob,0,0,0,,Hello, world\\Nsecond {\\i1}line{\\i0}
Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,{\\an2}plain
Comment: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,a comment
Dialogue: 0,0:00:10.00,0:00:11.00,Default,,0,0,0,Scroll up;10;20;0,effect
Dialogue: 0,0:00:12.00,0:00:13.00,Default,Ann,0,0,0,,{\\b1\\pos(1,2)}bold
Comment: 0,0:00:14.00,0:00:15.00,Default,,0,0,0,,another
"""


def test_ass_speakers_styling_comments_and_effects_are_named_once_per_file(tmp_path):
    path = tmp_path / "dropped.ass"
    path.write_text(ASS_DROPPED, encoding="utf-8")
    doc = pysubs2.load(str(path))  # the reference reader holds each
    assert [e.name for e in doc] == ["Bob", "", "", "", "Ann", ""] and doc[3].effect == "Scroll up;10;20;0"
    assert [e.is_comment for e in doc].count(True) == 2
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["Hello, world\nsecond line", "plain", "effect", "bold"]
    assert _not_kept(reading) == [
        f"{path}, line 10: speaker not kept (a caption names none): 'Bob', 'Ann' in cues 1 and 4",
        f"{path}, line 10: styling not kept (a caption is plain text): '{{\\\\i1}}', '{{\\\\b1}}' in cues 1 and 4",
        f"{path}, line 12: Comment events left out (not shown): 'a comment', 'another' at lines 12 and 15",
        f"{path}, line 13: effect not kept (a caption does not move): 'Scroll up;10;20;0' in cue 3"]


ASS_UNKNOWN_STYLES = ASS_HEAD + """\
Style: *Sign,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,8,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:00.50,0:00:01.50,Nostyle,,0,0,0,,shown all the same
Dialogue: 0,0:00:02.00,0:00:03.00, default ,,0,0,0,,any case of Default
Dialogue: 0,0:00:04.00,0:00:05.00,**Sign,,0,0,0,,stars dropped
Comment: 0,0:00:06.00,0:00:07.00,Ghost,,0,0,0,,never shown
Dialogue: 0,0:00:08.00,0:00:09.00,Nostyle,,0,0,0,,again
Dialogue: 0,0:00:10.00,0:00:11.00,Other,,0,0,0,,a second name
"""


def test_an_event_of_a_style_the_file_lacks_is_kept_as_libass_shows_it_and_named(tmp_path):
    """libass draws an event whose style the file does not define in the
    file's Default style (its lookup drops leading '*' and spaces and takes
    'default' in any case as Default): the event is a cue, and the one
    warning of the file names the styles and their cues."""
    import numpy as np

    from annotate import ffmpeg
    from annotate.escape import filter_value

    path = tmp_path / "styles.ass"
    path.write_text(ASS_UNKNOWN_STYLES, encoding="utf-8")
    assert "Nostyle" not in pysubs2.load(str(path)).styles  # the reference reader has the events, not the style
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["shown all the same", "any case of Default", "stars dropped", "again",
                                              "a second name"]
    assert _not_kept(reading) == [
        f"{path}, line 11: style not in the file (libass shows it in style 'Default'): 'Nostyle', 'Other' "
        "in cues 1, 4 and 5",
        f"{path}, line 14: Comment events left out (not shown): 'never shown' at line 14"]
    assert _places(reading) == [(13, "style 'Sign' (top centre)")]
    # libass (ffmpeg's subtitles filter) draws the first event: white text on black at 1 s, nothing at 1.7 s.
    system.require(system.DEJAVU)  # libass draws no text without a font (the reading above needs none)
    drawn = ffmpeg.capture(["-f", "lavfi", "-i", "color=black:s=320x180:r=10:d=2",
                            "-vf", "subtitles=filename=" + filter_value(str(path)),
                            "-f", "rawvideo", "-pix_fmt", "gray", "-"])
    assert drawn.returncode == 0, drawn.stderr[-500:]
    frames = np.frombuffer(drawn.stdout, np.uint8).reshape(-1, 180, 320)
    assert len(frames) == 20 and (frames[10] > 200).sum() > 50 and frames[17].max() < 30


def test_an_ass_name_or_effect_of_spaces_is_no_speaker_or_effect(tmp_path):
    """libass trims each field: a Name or Effect of spaces is empty, nothing
    is lost, so nothing is said (it was "speaker not kept: ''")."""
    path = tmp_path / "spaces.ass"
    path.write_text(ASS_HEAD + "\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
                    "Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,  ,0,0,0,   ,spaced fields\n",
                    encoding="utf-8")
    event = pysubs2.load(str(path))[0]
    assert (event.name, event.effect) == ("  ", "   ")  # pysubs2 keeps the spaces
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["spaced fields"] and reading.problems == []


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_our_own_subtitles_read_back_without_a_word_of_styling(tmp_path, fmt):
    t = Timeline(moments=(Moment(id="m1", start=1.0, caption="<b>not a tag</b> {\\i1} Bob: hi"),
                          Moment(id="m2", start=5.0, caption="<v Ann>x</v>")))
    path = tmp_path / f"ours.{fmt}"
    subtitles.write(t, path)
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == ["<b>not a tag</b> {\\i1} Bob: hi", "<v Ann>x</v>"]
    assert reading.problems == []


def test_import_warns_of_what_the_timeline_cannot_hold(tmp_path):
    path = tmp_path / "dropped.ass"
    path.write_text(ASS_DROPPED, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(tmp_path / "d.yaml")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines()
            if ("not kept" in line or "left out" in line) and "place on screen" not in line]
    assert len(said) == 4 and all(line.startswith(f"annotate: warning: {path}, line 1") for line in said), said
    assert [m.caption for m in load(tmp_path / "d.yaml").moments] == ["Hello, world\nsecond line", "plain", "effect",
                                                                      "bold"]


def test_styling_of_thousands_of_cues_is_one_warning_gathered_in_one_pass():
    # Each cue's number and examples were looked up in lists of every earlier one (60,000 styled cues: 42 s).
    from annotate.subtitles import srt as subrip

    n = 20_000
    text = "".join(f"{i + 1}\n00:{i // 60 % 60:02d}:{i % 60:02d},000 --> 00:{i // 60 % 60:02d}:{i % 60:02d},500\n"
                   f'<font color="#{i:06x}">x</font> <i>y</i>\n\n' for i in range(n))
    said: list[tuple] = []
    subrip.loads(text, lambda *heard: said.append(heard))
    assert said == [(2, "styling not kept (a caption is plain text): '<font color=\"#000000\">', '<i>', "
                        f"'<font color=\"#000001\">', ... in cues 1, 2, 3, 4, 5 and {n - 5} more", "not-kept")]


ASS_HEAD = ("[Script Info]\nScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, "
            "SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, "
            "Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\nStyle: Default,Arial,"
            "20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1\n\n[Events]\n"
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n")


@pytest.mark.parametrize("lines", [
    ["Zweite Zeile\\Nmit Umlaut: äöüß", "Add ½ cup of crème fraîche"],
    ['Café naïve - "quotes" ½', "Zweite Zeile\\Nmit Umlaut: äöüß", "third EUR cue"],
])
def test_a_latin1_ass_file_is_read_as_cp1252_not_an_obscure_code_page(tmp_path, lines):
    # charset-normalizer ranks hp_roman8 or cp775 first on these ("ð—■Ô" for
    # "äöüß"), and their readings have no letters of two alphabets in a word.
    text = ASS_HEAD + "".join(f"Dialogue: 0,0:00:0{2 * n + 1}.00,0:00:0{2 * n + 2}.00,Default,,0,0,0,,{line}\n"
                              for n, line in enumerate(lines))
    path = tmp_path / "latin1.ass"
    path.write_bytes(text.encode("latin-1"))
    reading = subtitles.read_file(path)
    assert [c.text for c in reading.cues] == [line.replace("\\N", "\n") for line in lines]
    assert [(p.rule, p.line) for p in reading.problems] == [("encoding", None)]
    assert "read as cp1252" in reading.problems[0].reason


# byroot/pysrt tests/test_srtitem.py (junk_after_timestamp); tkarabela/pysubs2 tests/formats/test_substation.py:86.
JUNK_AFTER_TIMING_SRT = "1\n00:01:00,000 --> 00:01:20,000?\nHello world !\n"
NEGATIVE_START_ASS = """[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, \
Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, \
MarginV, Encoding
Style: Default,Arial,20.0,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100.0,100.0,0.0,0.0,1,2.0,2.0,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,-1:59:54.93,0:01:00.00,Default,,0,0,0,,An, example, subtitle.
Dialogue: 0,0:01:00.00,0:02:00.00,Default,,0,0,0,,Subtitle number\\Ntwo.
"""


def test_an_srt_timing_line_with_junk_after_it_is_read_as_pysrt_srt_and_pysubs2_read_it():
    """The cue was skipped ("not a timing line"), though every reference reads it."""
    said: list[str] = []
    with collected(said, SubtitleWarning):
        back = interchange.loads(JUNK_AFTER_TIMING_SRT, "srt", origin="junk.srt")
    ref = pysrt.from_string(JUNK_AFTER_TIMING_SRT)
    assert [(m.start, m.end, m.caption) for m in back.moments] == \
        [(i.start.ordinal / 1000, i.end.ordinal / 1000, i.text) for i in ref] == [(60.0, 80.0, "Hello world !")]
    assert [(c.start.total_seconds(), c.content) for c in srt.parse(JUNK_AFTER_TIMING_SRT)] == [(60.0, "Hello world !")]
    assert [(e.start, e.end) for e in pysubs2.SSAFile.from_string(JUNK_AFTER_TIMING_SRT)] == [(60000, 80000)]
    assert said == ["junk.srt, line 2: '?' after the end time ignored (as pysrt, srt and pysubs2 read it): "
                    "'00:01:00,000 --> 00:01:20,000?'"]


def test_an_ass_event_with_a_negative_start_is_read_from_zero_as_a_player_shows_it():
    """pysubs2 reads the event (from -7194.93 s); it was skipped ("not a
    time"). A player shows it from the start: read from 0 s, said."""
    said: list[str] = []
    with collected(said, SubtitleWarning):
        back = interchange.loads(NEGATIVE_START_ASS, "ass", origin="n.ass")
    ref = [e for e in pysubs2.SSAFile.from_string(NEGATIVE_START_ASS) if e.type == "Dialogue"]
    assert [(m.start, m.end, m.caption) for m in back.moments] == \
        [(max(0, e.start) / 1000, e.end / 1000, e.plaintext) for e in ref] == \
        [(0.0, 60.0, "An, example, subtitle."), (60.0, 120.0, "Subtitle number\ntwo.")]
    assert said == ["n.ass, line 10: negative start time '-1:59:54.93' read as 0:00:00.00 (a player shows the "
                    "event from the start)"]
