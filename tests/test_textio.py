"""Reading articles: text, Markdown, HTML, stdin, encodings and bad inputs."""

from __future__ import annotations

import codecs
import io
import re
import sys
from pathlib import Path

import pytest

from annotate import extract_moments, extract_references
from annotate.errors import InputError
from annotate.pagetext import html_to_text
from annotate.textio import parse_article, read_article, read_text_file


def test_plain_text_is_kept_byte_for_byte(tmp_path: Path) -> None:
    text = "Headline\n\nAt 2:27 the man runs.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert (article.text, article.format, article.encoding, article.warnings) == (text, "text", "utf-8", ())
    assert article.path == str(path)


def test_markdown_keeps_its_text_so_offsets_match(tmp_path: Path) -> None:
    text = "# The clip\n\n**At 2:27** the man runs; see [the video](https://youtu.be/x?t=160).\n"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert article.format == "markdown" and article.text == text
    moments = extract_moments(article.text)
    assert [m.start for m in moments] == [147, 160]
    assert moments[0].caption == "the man runs"  # markup stays in the text, not in captions
    for m in moments:
        assert article.text[m.span[0]:m.span[1]] == m.quote


def test_html_is_reduced_to_visible_text(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><title>T</title><style>p{color:red} /* 9:99 */</style>
    <script>var t = "1:23";</script></head><body><h1>Video &amp; analysis</h1>
    <p>At <b>2:27</b> the man&nbsp;runs.</p><div>Ten seconds later, he falls.</div><br>
    <ul><li>Teaser (1:36)</li></ul></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert article.format == "html"
    assert "var t" not in article.text and "color" not in article.text
    assert "Video & analysis" in article.text
    assert "\nAt 2:27 the man runs.\n" in article.text  # &nbsp; collapses to a space
    assert [(m.start, m.quote) for m in extract_moments(article.text)] == [(147, "2:27"), (157, "Ten seconds later")]


def test_html_is_detected_without_a_suffix() -> None:
    article = parse_article(b"<html><body><p>At 0:45 smoke.</p></body></html>", name="x")
    assert article.format == "html" and article.text == "At 0:45 smoke.\n"


def test_html_blocks_become_line_breaks() -> None:
    assert html_to_text("<p>one</p><p>two</p><div>three<br/>four</div>") == "one\n\ntwo\n\nthree\nfour\n"


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("At 2:27 the café door opens — “quick”.".encode("cp1252"))
    article = read_article(path)
    assert article.encoding == "cp1252"
    assert "café" in article.text and "“quick”" in article.text
    assert len(article.warnings) == 1 and "not valid UTF-8" in article.warnings[0]


def test_bytes_undefined_in_cp1252_still_decode_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"At 2:27 \x81 the door opens.")
    article = read_article(path)
    assert article.text.startswith("At 2:27 ") and article.text.endswith(" the door opens.")
    assert len(article.warnings) == 1 and f"read as {article.encoding}, a guess" in article.warnings[0]


@pytest.mark.parametrize(("text", "encoding"), [
    ("На 2:27 солдат бежит к границе. Выстрелы слышны за кадром.", "koi8_r"),
    ("На 2:27 солдат бежит к границе. Выстрелы слышны за кадром.", "cp1251"),
    ("W 2:27 żołnierz biegnie do granicy. Słychać strzały, świadkowie uciekają.", "iso8859_2"),
    ("V 2:27 voják běží k hranici, šťastně. Příliš žluťoučký kůň.", "cp1250"),
])
def test_an_article_in_a_legacy_code_page_is_read_in_it_with_a_warning(tmp_path: Path, text: str,
                                                                       encoding: str) -> None:
    """Every article that was not UTF-8 was read as cp1252: a Russian or Polish story's captions became
    mojibake. Its code page is now guessed as a subtitle file's is, and the warning says so."""
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert (article.text, article.encoding) == (text, codecs.lookup(encoding).name)
    assert len(article.warnings) == 1 and f"read as {article.encoding}, a guess" in article.warnings[0]


@pytest.mark.parametrize("meta", ['<meta charset="windows-1251">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'])
def test_a_saved_page_is_read_in_the_charset_its_meta_tag_names(tmp_path: Path, meta: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head>{meta}</head><body><p>На 2:27 солдат бежит.</p></body></html>".encode("cp1251"))
    article = read_article(path)
    assert (article.text, article.encoding, article.warnings) == ("На 2:27 солдат бежит.\n", "cp1251", ())


def test_a_meta_charset_that_is_no_encoding_is_said_and_the_page_still_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="x-nonsense"><p>At 2:27 the café door opens.</p>'.encode("cp1252"))
    article = read_article(path)
    assert article.text == "At 2:27 the café door opens.\n" and article.encoding == "cp1252"
    assert article.warnings[0] == f"{path}: its <meta charset> names 'x-nonsense', which is no encoding known here"


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfAt 2:27 x.")
    assert read_article(tmp_path / "bom.txt").text == "At 2:27 x."
    (tmp_path / "u16.txt").write_bytes("At 2:27 x.".encode("utf-16"))
    assert read_article(tmp_path / "u16.txt").text == "At 2:27 x."


UTF_WITH_BOM = ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


def _with_bom(text: str, encoding: str) -> bytes:
    # Python's -le/-be codecs write no BOM: put the one of that byte order in front.
    if encoding.endswith(("-le", "-be")):
        return ("\ufeff" + text).encode(encoding)
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", UTF_WITH_BOM)
def test_an_article_in_any_utf_with_its_bom_reads_as_its_utf8_original(tmp_path: Path, encoding: str) -> None:
    # UTF-32 LE was read as UTF-16 (its BOM starts with UTF-16 LE's): NULs in every word, "no moments found".
    text = "Headline\n\nAt 2:27 the man runs, caf\u00e9 \u2014 \U0001f3a5.\n"
    (tmp_path / "a.txt").write_bytes(_with_bom(text, encoding))
    article = read_article(tmp_path / "a.txt")
    assert article.text == text and not article.warnings
    assert [m.start for m in extract_moments(article.text)] == [147.0]


@pytest.mark.parametrize("encoding", UTF_WITH_BOM)
def test_a_structured_file_in_any_utf_with_its_bom_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    # A spreadsheet's "Unicode text" CSV is UTF-16 with a BOM; it was refused as binary.
    text = "id,start,caption\nm1,2:27,caf\u00e9 \U0001f3a5\n"
    (tmp_path / "t.csv").write_bytes(_with_bom(text, encoding))
    assert read_text_file(tmp_path / "t.csv", kind="csv file", max_bytes=1000) == text


@pytest.mark.parametrize("reader", [
    lambda path: read_article(path),
    lambda path: read_text_file(path, kind="timeline file", max_bytes=1000),
])
def test_bytes_a_utf16_bom_cannot_be_are_one_input_error(tmp_path: Path, reader) -> None:
    # An odd number of bytes after a UTF-16 BOM raised UnicodeDecodeError (a traceback) from the article reader.
    path = tmp_path / "a.txt"
    path.write_bytes("At 2:27 x.".encode("utf-16") + b"\x00")
    with pytest.raises(InputError, match="starts with a utf-16-le byte order mark but is not utf-16-le text") as info:
        reader(path)
    assert str(info.value).startswith(str(path))


def test_stray_bytes_after_a_utf8_bom_fall_back_without_showing_the_bom(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfAt 2:27 caf\xe9.")
    article = read_article(tmp_path / "a.txt")
    assert article.text == "At 2:27 caf\u00e9." and article.encoding == "cp1252" and article.warnings


def test_crlf_is_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"At 2:27 x.\r\nAt 3:00 y.\r\n")
    assert read_article(tmp_path / "a.txt").text == "At 2:27 x.\nAt 3:00 y.\n"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"At 2:27 he runs.")))
    article = read_article("-")
    assert article.path == "<stdin>" and article.text == "At 2:27 he runs."


def test_empty_file_is_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    article = read_article(tmp_path / "e.txt")
    assert article.text == "" and extract_moments(article.text) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
    ],
)
def test_missing_and_directory_are_input_errors(tmp_path: Path, make, message: str) -> None:
    target = make(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        read_article(target)
    assert str(target) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02PNG\x00\x00" * 50, bytes(range(256)) * 8, b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100],
)
def test_binary_data_is_an_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary"):
        read_article(path)


# --- the one reader of users' files: regular files only, capped ---------------------------------------------------

def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import os
    import threading

    from annotate.textio import read_bytes

    fifo = tmp_path / "story.yaml"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: _catch(outcome, read_bytes, fifo, kind="timeline file", max_bytes=10))
    reader.start()
    reader.join(5)
    if reader.is_alive():  # blocked on open: free it so the suite goes on, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join()
        pytest.fail("read_bytes blocked on a FIFO")
    assert len(outcome) == 1 and "not a regular file" in str(outcome[0])


def _catch(into: list[BaseException], call, *args, **kwargs) -> None:
    try:
        call(*args, **kwargs)
    except InputError as exc:
        into.append(exc)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    with pytest.raises(InputError, match="not a regular file.*; to read standard input, pass -$"):
        read_article(device)
    with pytest.raises(InputError, match="not a regular file.*expected a timeline file$"):  # "-" is an article's
        read_text_file(device, kind="timeline file", max_bytes=10)


def test_an_article_over_the_limit_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    from annotate import textio

    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(textio.MAX_ARTICLE_BYTES + 1)  # sparse
    with pytest.raises(InputError, match=r"larger than 10 MB, the most an article file may hold"):
        read_article(path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * (textio.MAX_ARTICLE_BYTES + 1))))
    with pytest.raises(InputError, match="<stdin>: is larger than"):
        read_article("-")


def test_a_name_too_long_is_one_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="File name too long"):
        read_article(tmp_path / ("a" * 300 + ".txt"))


# What WordPad and TextEdit save by default, and a PDF whose page stream is not compressed (ordinary PDFs,
# DOCX and ODT are binary): their markup was read as the article's words, control words becoming captions.
RTF = (b"{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
       b"\\viewkind4\\uc1 \\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 At 0:02 the car stops.\\par\r\n"
       b"At 0:05 a man runs out of the shop.\\par\r\n}\r\n")
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
       b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
       b"4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 720 Td (At 0:02 the car stops.) Tj ET\nendstream endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("a.rtf", RTF, "RTF"), ("story.txt", RTF, "RTF"), ("a.rtf", codecs.BOM_UTF8 + RTF, "RTF"),
    ("a.pdf", PDF, "a PDF document"), ("-", RTF, "RTF"),
])
def test_an_rtf_or_pdf_article_is_refused_naming_its_format(tmp_path: Path, monkeypatch, name: str, data: bytes,
                                                            kind: str) -> None:
    if name == "-":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        where = "<stdin>"
    else:
        (tmp_path / name).write_bytes(data)
        where = name = str(tmp_path / name)
    with pytest.raises(InputError) as caught:
        read_article(name)
    assert str(caught.value) == f"{where}: is {kind}; save the article as plain text or HTML"


def test_an_article_that_only_talks_about_rtf_or_pdf_is_read() -> None:
    text = "{\\rtf1 is how an RTF file starts; %PDF- a PDF. At 0:02 the car stops.\n"
    assert parse_article((" " + text).encode()).text == " " + text
    assert parse_article(b"%PDF and more: at 0:02 the car stops.\n").format == "text"


@pytest.mark.parametrize(("data", "kind"), [
    (b"1\r\n00:00:04,000 --> 00:00:07,000\r\nPolice footage shows the car\r\n", "a SubRip subtitle file"),
    (b"\n\n00:00:04.000 --> 00:00:07.000\nno index, dots\n", "a SubRip subtitle file"),
    ("WEBVTT\n\n00:04.000 --> 00:07.000\nHi\n".encode("utf-16"), "a WebVTT subtitle file"),
    (codecs.BOM_UTF8 + b"WEBVTT - a title\n\nm1\n00:04.000 --> 00:07.000\nHi\n", "a WebVTT subtitle file"),
    (b"[Script Info]\nScriptType: v4.00+\n", "an ASS subtitle file"),
    (b"TITLE: reel 1\nFCM: NON-DROP FRAME\n\n001  AX V C 00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n",
     "a CMX 3600 EDL"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE xmeml>\n<xmeml version="4"><sequence/></xmeml>\n', "a Final Cut Pro XML file"),
    (b'<?xml version="1.0"?>\n<fcpxml version="1.9"/>\n', "a Final Cut Pro XML file"),
    (b'{\n  "OTIO_SCHEMA": "Timeline.1",\n  "name": "x"\n}\n', "an OpenTimelineIO file"),
    (b"schema_version: 1\nmoments:\n- id: m1\n  start: 4\n", "an annotate timeline"),
])
def test_a_subtitle_editor_or_timeline_file_is_not_an_article(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=f"^x.txt: is {kind}, not an article; "):
        parse_article(data, name="x.txt")


@pytest.mark.parametrize("text", [
    "The subtitle read\n00:00:04,000 --> 00:00:07,000\nat 0:04 the car arrives.\n",
    "WEBVTT files start with a header. At 0:04 the car arrives.\n",
    "TITLE: what we saw\nAt 0:04 the car arrives.\n",
    "<html><body><p>At 0:04 the car arrives.</p></body></html>\n",
    "moments: a poem\nAt 0:04 the car arrives.\n",
])
def test_an_article_that_quotes_such_files_is_read(text: str) -> None:
    assert "0:04 the car arrives" in parse_article(text.encode(), name="x.txt").text


@pytest.mark.parametrize("text", [
    # a post comparing subtitle formats: "WEBVTT" as its first word, a "-->" in its prose, no cue timing line
    "WEBVTT vs SRT for newsroom captions\n\nIn the clip below the soldier runs at 2:27. Export with File --> Export.\n",
    "WEBVTT or SRT?\n\n<!-- more -->\nAt 2:27 the soldier runs.\n",
    "WEBVTT files start with a header line, then a blank line.\n\nA cue's timing: 00:04.000 --> 00:07.000 at 2:27.\n",
    # a post opening by quoting a cue's timing line inside its prose
    "00:02:27,000 --> 00:02:30,000 is the cue the broadcaster got wrong. At 2:27 the soldier runs.\n",
])
def test_an_article_opening_like_a_subtitle_file_but_without_its_structure_is_read(text: str) -> None:
    article = parse_article(text.encode(), name="x.txt")
    assert (article.format, article.text) == ("text", text)


@pytest.mark.parametrize("data", [
    # YouTube's header lines
    b"WEBVTT\nKind: captions\nLanguage: en\n\n00:00:04.000 --> 00:00:07.000 align:start\nHi\n",
    b"WEBVTT\n\nNOTE made by hand --> yes\n\nSTYLE\n::cue { color: red }\n\n1\n01:00:04.000 --> 01:00:07.000\nHi\n",
    b"WEBVTT\n",
    b"WEBVTT\n\n",
])
def test_a_webvtt_file_is_known_by_its_structure(data: bytes) -> None:
    with pytest.raises(InputError, match="^x.txt: is a WebVTT subtitle file, not an article; "):
        parse_article(data, name="x.txt")


@pytest.mark.parametrize(("data", "fmt"), [
    (b"1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nBye\r\n", "srt"),
    ("1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nBye\r\n"
     .encode("utf-16"), "srt"),  # Notepad's "Unicode"
    (b"\xef\xbb\xbfWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHello\r\n\r\n00:03.000 --> 00:04.000\r\nBye\r\n", "vtt"),
    (b"1\r00:00:01,000 --> 00:00:02,000\rHello\r\r2\r00:00:03,000 --> 00:00:04,000\rBye\r", "srt"),  # old Mac
])
def test_a_windows_subtitle_file_saved_as_txt_is_known_by_its_content(tmp_path: Path, data: bytes, fmt: str) -> None:
    from annotate import interchange
    from annotate.interchange.common import ExportWarning

    path = tmp_path / "subs.txt"
    path.write_bytes(data)
    with pytest.warns(ExportWarning, match=rf"subs\.txt: its name says no format; read as \w+ \({fmt}\) by its"):
        back = interchange.read(path)
    assert [(m.start, m.caption) for m in back.moments] == [(1.0, "Hello"), (3.0, "Bye")]
    with pytest.raises(InputError, match="is a (SubRip|WebVTT) subtitle file, not an article"):
        parse_article(data, name="subs.txt", suffix=".txt")


def test_an_srt_of_two_cues_is_refused() -> None:
    data = (b"1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:5 Y2:9\nHi\nthere\n\n"
            b"2\n00:00:03,000 --> 00:00:04,000\nBye\n")
    with pytest.raises(InputError, match="^x.txt: is a SubRip subtitle file, not an article; "):
        parse_article(data, name="x.txt")


JEKYLL = """---
layout: post
title: "The defector's run, second by second"
date: 2017-11-22 10:30:00 +0900
duration: "4:21"
---

The footage released by the UN Command shows the jeep arriving at 0:42. At 2:27 the
defector abandons the truck and races for the line.
"""
HUGO = """+++
title = "Defector's run"
video_length = "4:21"
youtube_start = "1:05"
+++

The footage shows the jeep arriving at 0:42. At 2:27 the defector abandons the truck.
"""


@pytest.mark.parametrize(("text", "suffix", "title", "said"), [
    (JEKYLL, ".md", "The defector's run, second by second",
     "x, lines 1-6: YAML front matter read as the post's metadata, not its text (4 key(s): layout, title, date, "
     "duration)"),
    (HUGO, ".md", "Defector's run",
     "x, lines 1-5: TOML front matter read as the post's metadata, not its text (3 key(s): title, video_length, "
     "youtube_start)"),
    (JEKYLL, "", "The defector's run, second by second", None),
])
def test_front_matter_is_metadata_not_moments(text: str, suffix: str, title: str, said: str | None) -> None:
    article = parse_article(text.encode(), name="x", suffix=suffix)
    assert [m.quote for m in extract_moments(article.text)] == ["0:42", "2:27"]
    assert article.title == title and len(article.warnings) == 1
    assert said is None or article.warnings == (said,)
    # the block's lines are kept as empty lines: line numbers still match the file's
    first = next(i for i, line in enumerate(text.split("\n")) if line.startswith("The footage"))
    assert article.text.split("\n")[first].startswith("The footage") and not article.text[:first].strip()


@pytest.mark.parametrize("text", [
    "---\nAt 2:27 the defector runs.\n---\nMore prose.\n",  # rules around prose: no mapping
    "---\n\nAt 2:27 the defector runs.\n",  # one rule, never closed
    "+++\nnot = toml = here at 2:27\n+++\n",
    "---\nk: " + "[" * 5000 + "]" * 5000 + "\n---\nAt 2:27 the defector runs.\n",  # nested past both parsers'
    "+++\nk = " + "[" * 5000 + "]" * 5000 + "\n+++\nAt 2:27 the defector runs.\n",  # recursion: no mapping
])
def test_rules_that_are_no_front_matter_stay_text(text: str) -> None:
    article = parse_article(text.encode(), name="x", suffix=".md")
    assert (article.text, article.title) == (text, None)
    # a block opening with a key its parser could not read is said (tests/test_frontmatter.py), no other
    keyed = text[4:5] in "kn"
    assert len(article.warnings) == keyed and all(
        re.fullmatch(r"x, lines 1-3: a block opening like (YAML|TOML) front matter that could not be read as such "
                     r"\(.+\): read as text", said, re.S) for said in article.warnings)


def test_the_front_matters_title_names_the_timeline(tmp_path: Path) -> None:
    from annotate.timeline.make import make_timeline

    (tmp_path / "post.md").write_text(JEKYLL, encoding="utf-8")
    with pytest.warns(UserWarning, match="front matter"):
        made = make_timeline(str(tmp_path / "post.md"))
    assert made.title == "The defector's run, second by second"
    assert [m.caption for m in made.moments][0].startswith("The footage")
    with pytest.warns(UserWarning, match="front matter"):
        assert make_timeline(str(tmp_path / "post.md"), title="Mine").title == "Mine"


NOTES = ("Team, notes on the footage: the jeep arrives at 0:42, and roughly two minutes and twenty-seven seconds in "
         "the defector abandons the North Korean military truck he was driving and races for sanctuary \u2014 the "
         "soldiers\u2019 first shots come at 2:40.\n")


def _email(cte: str, html: bool) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["Subject"] = "desk@example.com", "JSA footage notes"
    message.set_content(NOTES, cte=cte)
    if html:
        message.add_alternative(f"<p>{NOTES}</p>", subtype="html", cte=cte)
    return bytes(message)


@pytest.mark.parametrize(("cte", "html", "others"), [("quoted-printable", True, 1), ("base64", False, 0),
                                                      ("8bit", False, 0)])
def test_an_email_is_read_as_a_mail_reader_shows_it(tmp_path: Path, cte: str, html: bool, others: int) -> None:
    path = tmp_path / "notes.eml"
    path.write_bytes(_email(cte, html))
    assert b"=E2=80=94" in path.read_bytes() or cte != "quoted-printable"
    article = read_article(path)
    assert article.text == NOTES and article.title == "JSA footage notes"
    assert [(m.start, m.quote) for m in extract_moments(article.text)] == [
        (42, "0:42"), (147, "roughly two minutes and twenty-seven seconds in"), (160, "2:40")]
    left = f"; {others} other part(s) not read" if others else ""
    assert article.warnings == (f"{path}: a MIME message (subject 'JSA footage notes'): read its text/plain part, "
                                f"decoded{left}",)


def test_a_page_saved_as_one_mhtml_file_is_read_as_its_html() -> None:
    page = ("<html><body><p>At 0:42 the jeep arrives \u2014 at 2:27 he runs.</p></body></html>").encode()
    import quopri

    data = (b"From: <Saved by Blink>\r\nSubject: Dash\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            b"\ttype=\"text/html\";\r\n\tboundary=\"--B--\"\r\n\r\n\r\n----B--\r\nContent-Type: text/html\r\n"
            b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quopri.encodestring(page) + b"\r\n----B----\r\n")
    article = parse_article(data, name="p.mhtml", suffix=".mhtml")
    assert (article.format, article.text) == ("html", "At 0:42 the jeep arrives \u2014 at 2:27 he runs.\n")


@pytest.mark.parametrize("text", [
    "From: our correspondent in Seoul\n\nAt 2:27 the defector runs.\n",
    "Subject: the defector's run\nDate: today\n\nAt 2:27 the defector runs.\n",
])
def test_an_article_opening_with_a_byline_is_no_email(text: str) -> None:
    article = parse_article(text.encode(), name="x")
    assert (article.text, article.warnings) == (text, ())


def test_an_email_with_no_text_part_is_one_clear_error() -> None:
    data = (b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: image/png\n"
            b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n")
    with pytest.raises(InputError, match=r"^x.eml: is an email \(MIME\) with no text or HTML part to read$"):
        parse_article(data, name="x.eml")


def test_an_email_nested_thousands_of_parts_deep_is_one_clear_error() -> None:
    """Python's email package walks nested parts recursively: 3,000 levels (200 kB) ended in "internal error
    (RecursionError)"."""
    inner = b"Content-Type: text/plain; charset=utf-8\n\nAt 1:10 the car stops.\n"
    for level in range(3000):
        b = b"b%d" % level
        inner = (b'Content-Type: multipart/mixed; boundary="' + b + b'"\n\n--' + b + b"\n" + inner
                 + b"\n--" + b + b"--\n")
    with pytest.raises(InputError, match=r"^deep.eml: is an email \(MIME\) whose parts are nested too deeply to read$"):
        parse_article(b"MIME-Version: 1.0\nSubject: deep\n" + inner, name="deep.eml")


NEWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Defector's dash | World News</title>
<script type="application/ld+json">{"@type":"VideoObject","duration":"PT4M21S"}</script></head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<main><article><header><h1>Defector's dash</h1><p>By our correspondent</p></header>
<p>The footage released by the UN Command shows the jeep arriving at 0:42. At 2:27 the defector abandons the truck
and races for the line.</p>
<aside class="related">Related: Border tour (1:30)</aside>
<p>Soldiers open fire at 2:40.</p><footer>Tags: Korea</footer></article>
<aside><h2>Most watched</h2><ul><li><a href="/v/1">Storm hits coast</a> <span class="dur">3:15</span></li>
<li><a href="/v/2">Election night recap</a> <span>12:04</span></li></ul></aside></main>
<div id="most-watched-2"><p>Flood rescue 1:05</p></div>
<footer>&copy; 2017 World News. Updated 10:45 GMT</footer></body></html>
"""


def test_a_saved_news_page_is_read_as_its_story_and_what_was_left_out_is_said() -> None:
    article = parse_article(NEWS_PAGE.encode(), name="page.html", suffix=".html")
    assert [m.quote for m in extract_moments(article.text)] == ["0:42", "2:27", "2:40"]
    assert article.text.startswith("Defector's dash\n\nBy our correspondent\n\nThe footage")  # the story's header kept
    (said,) = article.warnings
    assert said.startswith("page.html: read the page's story (the longest <article>); left out 6 block(s) of text "
                           "around it (navigation, side bars, footers, other stories): 'Home | World', ")
    assert said.endswith(" and 3 more")


def test_the_main_element_is_the_story_when_there_is_no_article() -> None:
    page = ("<body><nav>Menu 1:00</nav><main><p>At 0:42 the jeep arrives.</p>"
            "<div class='sidebar'>Popular 3:15</div></main><p>Elsewhere 9:00</p></body>")
    article = parse_article(page.encode(), name="p", suffix=".html")
    assert article.text == "At 0:42 the jeep arrives.\n"
    assert "its <main>); left out 3 block(s)" in article.warnings[0]


def test_a_page_of_only_boxes_is_read_whole() -> None:
    article = parse_article(b"<html><body><aside><p>At 0:42 the jeep arrives.</p></aside></body></html>", name="p")
    assert (article.text, article.warnings) == ("At 0:42 the jeep arrives.\n", ())


def test_the_longest_article_is_the_story() -> None:
    page = ("<body><article><p>Teaser: storm 3:15</p></article><article><p>At 0:42 the jeep arrives, and at 2:27 "
            "the defector runs.</p><article><p>A comment at 5:00 that is long enough to matter here.</p></article>"
            "</article></body>")
    article = parse_article(page.encode(), name="p", suffix=".html")
    assert [m.quote for m in extract_moments(article.text)] == ["0:42", "2:27", "5:00"]
    assert "'Teaser: storm 3:15'" in article.warnings[0]


def _zipped(members: list[tuple[str, str]]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, text in members:
            archive.writestr(member, text, compress_type=zipfile.ZIP_STORED if member == "mimetype"
                             else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "kind"), [
    (_zipped([("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"),
              ("word/document.xml", "<w:document><w:t>At 2:27 he runs.</w:t></w:document>")]),
     "a Word document (.docx)"),
    (_zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")]),
     "an OpenDocument text (.odt)"),
    (b'<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
     b"<office:body><office:text><text:p>At 2:27 he runs.</text:p></office:text></office:body></office:document>",
     "a flat OpenDocument file (.fodt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "a Microsoft Office document (.doc)"),
], ids=["docx", "odt", "fodt", "doc"])
def test_a_word_or_opendocument_article_is_refused_naming_its_format(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_article(data, name="a.doc")
    assert str(caught.value) == f"a.doc: is {kind}; save the article as plain text or HTML"


def test_annotates_own_csv_and_json_exports_are_no_article_and_mlt_gets_advice_that_works(tmp_path: Path) -> None:
    """Given as the article, annotate's CSV export became one moment captioned with its header (over an
    existing timeline, replacing the user's captions) and its JSON export moments captioned with its keys."""
    from annotate import interchange

    made = tl_from_text("At 0:02 a car stops. At 0:06.5 the door opens.\n")
    for fmt, kind in (("csv", "an annotate CSV export"), ("json", "an annotate JSON export")):
        path = tmp_path / f"t.{fmt}"
        path.write_text(interchange.dumps(made, fmt), encoding="utf-8")
        assert [m.caption for m in interchange.read(path).moments] == ["a car stops", "the door opens"]
        with pytest.raises(InputError) as caught:
            read_article(path)
        assert str(caught.value) == (f"{path}: is {kind}, not an article; read it into a timeline with "
                                     f"`annotate import {path} -o TIMELINE`")
    with pytest.raises(InputError, match="is an MLT .* annotate cannot import MLT; export the project as "):
        parse_article(interchange.dumps(made, "kdenlive").encode(), name="t.kdenlive")


@pytest.mark.parametrize("text", [
    "start, middle and end: how the defector ran at 2:27\n",
    "Start, caption, credits: the footage at 2:27, annotated.\n",
])
def test_an_article_opening_with_commas_is_read(text: str) -> None:
    assert parse_article(text.encode(), name="x").text == text


def tl_from_text(text: str):
    from annotate.timeline.build import from_article

    return from_article(text, article="story.txt")


# Saved forum threads as each board's default theme writes them (trimmed: scripts, icons and most attributes gone).
PHPBB_THREAD = """<!DOCTYPE html><html><head>
<title>JSA defector video - what happens at the truck? - Korea Forum</title>
</head><body id="phpbb" class="section-viewtopic"><div id="wrap" class="wrap">
<div class="headerbar" role="banner"><h1>Korea Forum</h1><p>Discussion of the peninsula</p></div>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs"><li><a href="./index.php">Board index</a> ‹ News video</li></ul>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=42">JSA defector video - what happens at the truck?</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply" class="button">Post Reply</a>
<div class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p101" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile101">
<dt><a href="./memberlist.php?u=2" class="username">kwonj</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> 212</dd>
</dl><div class="postbody"><div id="post_content101"><h3 class="first"><a href="#p101">JSA defector video</a></h3>
<p class="author"><a href="#p101"><span>Post</span></a> <span class="responsive-hide">by <strong>
<a href="./memberlist.php?u=2" class="username">kwonj</a></strong> » </span>Wed Nov 22, 2017 10:32 am</p>
<div class="content">Watch from 2:27, he jumps out and runs. The shots start around 2:40.</div>
</div></div></div></div>
<div id="p102" class="post has-profile bg1"><div class="inner"><dl class="postprofile" id="profile102">
<dt><a href="./memberlist.php?u=3" class="username">mlee</a></dt></dl><div class="postbody"><div id="post_content102">
<h3><a href="#p102">Re: JSA defector video</a></h3>
<p class="author"><span>Post</span> by <strong>mlee</strong> » Wed Nov 22, 2017 11:05 am</p>
<div class="content"><blockquote><div><cite>kwonj wrote: ↑Wed Nov 22, 2017 10:32 am</cite>
Watch from 2:27, he jumps out and runs.</div></blockquote>Yeah and at 3:05 you can see the soldier cross the line.</div>
</div></div></div></div>
<div id="p103" class="post has-profile bg2"><div class="inner"><div class="postbody"><div id="post_content103">
<h3><a href="#p103">Re: JSA defector video</a></h3>
<p class="author">by <strong>anon</strong> » Wed Nov 22, 2017 1:45 pm</p>
<div class="content">At 3:40 the guards drag him out.</div></div></div></div></div>
<div class="action-bar bar-bottom">
<div class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Who is online</h3>
<p>Users browsing this forum: No registered users and 1 guest</p>
</div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><p>Powered by phpBB® Forum Software © phpBB Limited</p>
</div></div></body></html>
"""

VBULLETIN_THREAD = """<html><head><title>JSA defector video - Korea Forums</title></head><body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><a href="/">Korea Forums</a></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul><li><a href="/">Forum</a></li></ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="t42">JSA defector video</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
<li class="postbitlegacy postbitim postcontainer old" id="post_501"><div class="posthead"><span class="postdate old">
<span class="date">11-22-2017,&nbsp;<span class="time">10:32 AM</span></span></span><span class="nodecontrols">
<a name="post501" href="#post501" class="postcounter">#1</a></span></div><div class="postdetails"><div class="userinfo">
<a class="username" href="u2">kwonj</a></div><div class="postbody"><div class="postrow">
<h2 class="title">JSA defector video</h2>
<div class="content"><div id="post_message_501"><blockquote class="postcontent restore">Watch from 2:27, he jumps out
and runs.</blockquote></div></div></div></div></div></li>
<li class="postbitlegacy postbitim postcontainer old" id="post_502"><div class="posthead">
<span class="date">11-22-2017, <span class="time">11:05 AM</span></span>
<a href="#post502" class="postcounter">#2</a></div><div class="postdetails">
<div class="userinfo"><a class="username" href="u3">mlee</a></div><div class="postbody"><div class="content">
<div id="post_message_502"><blockquote class="postcontent restore"><div class="bbcode_container">
<div class="bbcode_quote">
<div class="quote_container"><div class="bbcode_postedby">Originally Posted by <strong>kwonj</strong></div>
<div class="message">Watch from 2:27, he jumps out and runs.</div></div></div></div>And at 3:05 the soldier crosses.
</blockquote></div></div><div class="after_content"><blockquote class="postcontent lastedited">
Last edited by mlee; 11-22-2017 at 11:07 AM.</blockquote></div></div></div></li></ol></div></div>
<div id="footer" class="floatcontainer footer"><a href="/">Contact Us</a></div></body></html>
"""

# Discourse's page for readers without JavaScript (and crawlers): each post an <article> of its own.
DISCOURSE_THREAD = """<html><head><title>JSA defector video - Korea - Discourse</title></head><body>
<header class="d-header"><a href="/">Korea community</a></header><div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/jsa-defector-video/42">JSA defector video</a></h1></div>
<div class="topic-body crawler-post" itemscope itemtype="http://schema.org/DiscussionForumPosting">
<div class="crawler-post-meta"><span class="creator" itemprop="author"><a href="/u/kwonj">kwonj</a></span>
<time itemprop="datePublished" datetime="2017-11-22T10:32:11Z" class="post-time">November 22, 2017, 10:32am</time></div>
<div class="post" itemprop="articleBody"><p>Watch from 2:27, he jumps out and runs.</p></div></div>
<div id="post_2" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author"><a href="/u/mlee">mlee</a></span>
<time datetime="2017-11-22T11:05:00Z" class="post-time">November 22, 2017, 11:05am</time></div>
<div class="post" itemprop="text"><aside class="quote no-group" data-username="kwonj"><div class="title">kwonj:</div>
<blockquote><p>Watch from 2:27, he jumps out and runs.</p></blockquote></aside>
<p>And at 3:05 the soldier crosses the line.</p></div></div>
<div id="post_3" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="post" itemprop="text"><p>At 3:40 the guards drag him out.</p></div></div>
</div><footer class="container wrap"><nav class="crawler-nav"><a href="/">Home</a></nav></footer></body></html>
"""

# XenForo: each post an <article> named "message"; vBulletin 5: each post a list item named "js-comment-entry".
XENFORO_THREAD = """<html><head><title>JSA defector video | Korea Forums</title></head><body><div class="p-pageWrapper">
<header class="p-header"><a href="/">Korea Forums</a></header><div class="p-body-main"><div class="p-body-content">
<div class="p-title"><h1 class="p-title-value">JSA defector video</h1></div>
<div class="block block--messages"><div class="block-body js-replyNewMessageContainer">
<article class="message message--post js-post" data-author="kwonj" id="js-post-9001">
<div class="message-userDetails"><h4 class="message-name"><a class="username">kwonj</a></h4></div>
<header class="message-attribution">
<a href="/posts/9001/"><time datetime="2017-11-22T10:32:00+0900">Nov 22, 2017</time></a>
<a href="/posts/9001/">#1</a></header>
<div class="message-content"><div class="bbWrapper">Watch from 2:27, he jumps out and runs.</div></div></article>
<article class="message message--post js-post" data-author="mlee" id="js-post-9002">
<div class="message-userDetails"><h4 class="message-name"><a class="username">mlee</a></h4></div>
<div class="message-content"><div class="bbWrapper">At 3:05 the soldier crosses the line.</div></div></article>
</div></div></div></div>
<footer class="p-footer"><a href="/help/terms/">Terms and rules</a></footer></div></body></html>
"""

VBULLETIN5_THREAD = """<html><body><div id="breadcrumbs"><a href="/">Forums</a></div><div class="b-layout">
<h1 class="main-title">JSA defector video</h1><ul class="conversation-list list-container">
<li class="b-post js-comment-entry__parent js-post" data-node-id="501"><div class="b-post__body">
<div class="js-post__content-text restore">Watch from 2:27, he jumps out and runs.</div></div></li>
<li class="b-post js-comment-entry__parent js-post" data-node-id="502"><div class="b-post__body">
<div class="js-post__content-text restore">At 3:05 the soldier crosses the line.</div></div></li>
</ul></div></body></html>
"""

# A news page with a comment section under its story (WordPress's default theme markup).
NEWS_WITH_COMMENTS = """<html><head><title>Defector's dash | World News</title></head><body>
<header id="masthead" class="site-header"><a href="/">World News</a></header><div id="content" class="site-content">
<main id="main" class="site-main"><article id="post-77" class="post-77 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Defector's dash</h1></header><div class="entry-content">
<p>The footage released by the UN Command on Wednesday shows a North Korean soldier's escape across the Joint
Security Area. The jeep arrives at 0:42 and stops short of the line after hitting a ditch.</p>
<p>At 2:27 the defector abandons the truck and races for the line while four soldiers chase him and open fire; the
footage, stitched from several security cameras, shows the soldiers firing about 40 rounds.</p>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “Defector's dash”</h2>
<ol class="comment-list">
<li id="comment-11" class="comment even thread-even depth-1"><article id="div-comment-11" class="comment-body">
<footer class="comment-meta"><b class="fn">reader1</b> <time>November 22, 2017 at 10:32 am</time></footer>
<div class="comment-content"><p>Look at 3:15, someone is filming from the tower. Terrible footage, I watched it
five times and at 4:05 there is something odd near the pillar that nobody has explained yet.</p></div></article></li>
<li id="comment-12" class="comment odd alt thread-odd depth-1"><article id="div-comment-12" class="comment-body">
<div class="comment-content"><p>At 1:10 the guard posts are empty, which is strange for a place so watched.</p></div>
</article></li>
<li id="comment-13" class="comment even thread-even depth-1"><article id="div-comment-13" class="comment-body">
<div class="comment-content"><p>My uncle served there; at 3:50 you can see the old barracks.</p></div></article></li>
</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3></div></div>
</main></div><footer id="colophon" class="site-footer">© World News</footer></body></html>
"""


@pytest.mark.parametrize(("page", "quotes", "tag"), [
    (PHPBB_THREAD, ["2:27", "around 2:40", "2:27", "3:05", "3:40"], "div"),
    (VBULLETIN_THREAD, ["2:27", "2:27", "3:05"], "li"),
    (DISCOURSE_THREAD, ["2:27", "2:27", "3:05", "3:40"], "div"),
    (XENFORO_THREAD, ["2:27", "3:05"], "article"),
    (VBULLETIN5_THREAD, ["2:27", "3:05"], "li"),
])
def test_a_saved_forum_thread_is_read_post_by_post(page: str, quotes: list[str], tag: str) -> None:
    article = parse_article(page.encode(), name="thread.html", suffix=".html")
    assert [m.quote for m in extract_moments(article.text)] == quotes  # every post, in order
    assert extract_references(article.text).clock_times == ()  # the posts' stamps are no clock times
    assert "Powered by phpBB" not in article.text and "Contact Us" not in article.text and "Home" not in article.text
    for said in article.warnings:
        assert "its posts (" in said and f"<{tag}> named as posts), a forum thread" in said


def test_a_news_pages_comment_section_is_still_left_out() -> None:
    article = parse_article(NEWS_WITH_COMMENTS.encode(), name="news.html", suffix=".html")
    assert [m.quote for m in extract_moments(article.text)] == ["0:42", "2:27"]
    (said,) = article.warnings
    assert "the longest <article>" in said and "3 thoughts on “Defector's dash” Look at" in said
    assert "reader1" not in article.text and "Leave a Reply" not in article.text


def test_a_short_story_s_comment_section_is_left_out_too() -> None:
    """A video page whose story is one short paragraph: its comments are under a box named so, not the page."""
    short = NEWS_WITH_COMMENTS.replace(
        NEWS_WITH_COMMENTS[NEWS_WITH_COMMENTS.index("<p>The footage"):NEWS_WITH_COMMENTS.index("</div></article>")],
        "<p>Watch: at 2:27 the defector runs for the line.</p>")
    article = parse_article(short.encode(), name="news.html", suffix=".html")
    assert [m.quote for m in extract_moments(article.text)] == ["2:27"]
    assert "the longest <article>" in article.warnings[0]
