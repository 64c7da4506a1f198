"""Every escaping target, each checked against the real consumer where one exists."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate import ffmpeg
from annotate.escape import (
    ass_field,
    ass_text,
    clean_text,
    control_characters,
    edl_reel,
    edl_reels,
    file_name,
    filter_value,
    html_text,
    json_text,
    line_text,
    loses_characters,
    srt_text,
    terminal_line,
    unass_field,
    unass_text,
    unique_file_name,
    unsrt_markup,
    unvtt_text,
    vtt_text,
    xml_text,
)
from tests.strategies import hostile_text, surrogates_shown


@given(hostile_text)
def test_clean_text_leaves_no_blank_line_control_or_surrogate(text):
    cleaned = clean_text(text)
    assert "\n\n" not in cleaned and "\r" not in cleaned
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", cleaned)
    cleaned.encode("utf-8")  # always encodable
    assert clean_text(cleaned) == cleaned


@given(hostile_text)
def test_loses_characters_says_whether_clean_text_leaves_a_character_out(text):
    """What an export warns of (interchange.common.texts_not_kept): without
    it, clean_text changes only breaks, spaces and composition."""
    if not loses_characters(text):
        assert clean_text(text).split() == unicodedata.normalize("NFC", text).split()
    assert not loses_characters(clean_text(text))
    assert loses_characters(text + "\x00") and loses_characters("\x07") and not loses_characters("\ufeff\t")


@given(hostile_text)
def test_control_characters_are_exactly_what_clean_text_leaves_out(text):
    """What a subtitle writer names as lost: every character clean_text drops
    for being a control (no more: its other changes are line breaks and spaces)."""
    found = control_characters(text)
    assert len(found) == len(set(found)) and all(c in text for c in found)
    assert not set(found) & set(clean_text(text))
    rest = "".join(c for c in text if c not in found)
    assert control_characters(rest) == [] and clean_text(rest) == clean_text(text)
    assert control_characters("bell\x07 esc\x1b[0m del\x7f nel\x85 tab\t lf\n") == ["\x07", "\x1b", "\x7f", "\x85"]


@given(hostile_text)
def test_vtt_and_ass_escapes_round_trip(text):
    assert unvtt_text(vtt_text(text)) == clean_text(text)
    assert unass_text(ass_text(text)) == clean_text(text)


@given(hostile_text)
def test_escaped_cue_text_cannot_end_a_cue_or_open_a_tag(text):
    for escaped in (srt_text(text), vtt_text(text)):
        assert "-->" not in escaped
        assert "\n\n" not in escaped
    assert not re.search(r"<[a-zA-Z/]", srt_text(text))
    assert "<" not in vtt_text(text)


@given(hostile_text)
def test_srt_reader_strips_markup_but_never_text_we_escaped(text):
    """unsrt_markup removes what players honour; our own escaped text holds none."""
    assert unsrt_markup(srt_text(text)) == srt_text(text)
    assert unsrt_markup(f"<i>{srt_text(text)}</i>{{\\an8}}") == srt_text(text)


@given(hostile_text)
def test_portable_ass_text_opens_no_block_in_pysubs2_and_reads_back(text):
    """pysubs2 (as Aegisub and VSFilter) knows no ``\\{``: it hid the text between escaped braces."""
    import pysubs2

    escaped = ass_text(text, portable=True)
    assert pysubs2.SSAEvent.OVERRIDE_SEQUENCE.sub("", escaped) == escaped and "\n" not in escaped
    if "\uff5b" not in text and "\uff5d" not in text:  # (full-width braces of its own may read back as braces)
        assert unass_text(escaped, portable=True) == clean_text(text)
    assert ass_text("a } b { c", portable=True) == "a } b { c"  # no block can open: kept as written
    assert ass_text("{note} x", portable=True) == "\uff5bnote\uff5d x"


@given(hostile_text)
def test_ass_text_never_opens_an_override_block(text):
    escaped = ass_text(text)
    unescaped_braces = re.sub(r"\\[{}]", "", escaped)
    assert "{" not in unescaped_braces and "}" not in unescaped_braces
    assert "\n" not in escaped


@given(hostile_text)
def test_html_text_has_no_markup(text):
    assert not set("<>\"'") & set(html_text(text).replace("&lt;", "").replace("&gt;", ""))


@settings(max_examples=200)
@given(hostile_text)
def test_file_name_is_safe(text):
    name = file_name(text)
    assert name and "/" not in name and "\\" not in name and not name.startswith(".")
    assert ".." not in name and "\x00" not in name
    assert len(name.encode("utf-8")) <= 80
    assert name == unicodedata.normalize("NFC", name)
    assert name.lower() not in {"con", "nul", "prn", "aux"}


@pytest.mark.parametrize("text", ["../../etc/passwd", "/abs/path", "CON", "...", "", "\x00"])
def test_file_name_examples(text):
    name = file_name(text)
    assert name and not name.startswith((".", "/")) and name.lower() != "con"


def _through_ffmpeg(value: str, tmp: Path) -> str:
    """What ffmpeg's own parsers make of a filter value: set it as frame
    metadata, print it back."""
    out = tmp / "meta.txt"
    graph = (f"color=s=16x16:d=0.04,metadata=mode=add:key=k:value={filter_value(value)},"
             f"metadata=mode=print:file={filter_value(str(out))}")
    ffmpeg.run(["-f", "lavfi", "-i", graph, "-f", "null", "-"])
    line = next(ln for ln in out.read_text(encoding="utf-8").split("\n") if ln.startswith("k="))
    return line[2:]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab :'\\,;[]=%{}\t日😀")), min_size=1, max_size=20))
def test_filter_value_survives_ffmpegs_two_parsers(tmp_path, value):
    assert _through_ffmpeg(value, tmp_path) == value


@given(st.lists(st.one_of(hostile_text, st.text(max_size=20), st.sampled_from(["A", "a", "a.", "A.", "moment", ""])),
                min_size=2, max_size=20, unique=True))
def test_unique_file_names_never_collide_even_case_insensitively(texts):
    names = [unique_file_name(t) for t in texts]
    assert len({n.casefold() for n in names}) == len(texts)
    for name in names:
        assert file_name(name) == name and len(name.encode("utf-8")) <= 80  # itself a safe name


@given(hostile_text)
def test_ass_field_is_one_field_and_reads_back(text):
    field = ass_field(text)
    assert not re.search(r"[,{}\\\n\r]", field)
    # The four look-alikes themselves read back as what they stand for.
    assert unass_field(field) == unass_field(line_text(text))


@given(hostile_text)
def test_edl_reel_is_one_short_word(text):
    assert re.fullmatch(r"[A-Za-z0-9]{1,8}", edl_reel(text))


@given(st.lists(st.one_of(hostile_text, st.sampled_from(["cam-1", "cam_1", "CAM1", "rooftop-left",
                                                           "rooftop-right"])), max_size=12))
def test_edl_reels_are_short_words_and_distinct(texts):
    reels = edl_reels(texts)
    assert len(reels) == len(texts) and all(re.fullmatch(r"[A-Za-z0-9]{1,8}", r) for r in reels)
    assert len({r.casefold() for r in reels}) == len(reels)


@given(st.text() | hostile_text)
def test_xml_text_is_what_an_xml_parser_reads_back(text):
    """Written as element text by ElementTree, parsed again: exactly
    ``xml_text``'s result (line breaks, tabs and edge spaces kept), which
    drops only what XML 1.0 cannot hold."""
    import xml.etree.ElementTree as ET

    kept = xml_text(text)
    element = ET.Element("name")
    element.text = kept
    assert (ET.fromstring(ET.tostring(element, encoding="unicode")).text or "") == kept
    assert xml_text(kept) == kept
    assert set(kept) <= set(text) | {"\n"} and len(kept) <= len(text)


@given(hostile_text)
def test_a_terminal_line_is_one_line_without_controls_and_keeps_runs_of_spaces(text):
    line = terminal_line(text)
    assert "\n" not in line and "\t" not in line and "\r" not in line
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]", line)
    assert terminal_line(line) == line
    shown = surrogates_shown(text)  # (a file name's byte that is not UTF-8 shows as that byte: \\xe9)
    assert " ".join(line.split()) == line_text(shown) or unicodedata.normalize("NFC", " ".join(line.split())) == \
        line_text(shown)
    assert terminal_line(f"id {'  spaced  '!r}: x") == "id '  spaced  ': x"
    assert terminal_line("wrote " + os.fsdecode(b"r\xe9sum\xe9.yaml")) == "wrote r\\xe9sum\\xe9.yaml"


@given(hostile_text)
def test_json_text_reads_back_as_the_same_value_and_any_utf8_file_holds_it(text):
    """A file name's byte that is not UTF-8 (a lone surrogate) made the clips manifest unwritable."""
    data = {"name": text, "path": os.fsdecode(b"/tmp/c\xe9/") + text}
    written = json_text(data, indent=2)
    assert json.loads(written.encode("utf-8").decode("utf-8")) == data


@pytest.mark.parametrize(("text", "name"), [
    ("सैनिक सीमा रेखा पार करता है", "सैनिक-सीमा-रेखा-पार-करता-है"),
    ("ทหารวิ่งข้าม เส้นแบ่งเขต", "ทหารวิ่งข้าม-เส้นแบ่งเขต"),
    ("Zalgo Z\u0337\u0322a\u0338l and e\u0301", "zalgo-z\u0337\u0322a\u0338l-and-é"),
])
def test_file_name_keeps_the_marks_of_a_kept_letter(text, name):
    """A vowel sign or accent belongs to its letter: dropping it makes the
    Hindi or Thai word unreadable (सैनिक read as स-न-क)."""
    assert file_name(text) == name


@pytest.mark.parametrize("text", ["\u0301\u0302abc", "_\u0301x", "/\u0301", "a/\u0301b", "\u0301"])
def test_file_name_never_starts_with_or_keeps_a_stray_mark(text):
    name = file_name(text)
    assert not unicodedata.category(name[0]).startswith("M")
    assert "-\u0301" not in name and "/" not in name


def test_file_name_cut_at_its_byte_cap_keeps_whole_letters():
    """Cut to 80 bytes, the name ends after a letter's last mark, not between a
    consonant and its vowel sign."""
    name = file_name("सैनिक " * 30)
    assert len(name.encode("utf-8")) <= 80
    assert name.split("-")[-1] == "सैनिक"


@pytest.mark.parametrize(("text", "name"), [
    ("İZMİR'DE ISIRGAN", "izmir-de-isirgan"),  # lower() made İ into i + U+0307, a doubled dot
    ("a\u200bb", "ab"), ("d\u00ade", "de"), ("\u0646\u200d\u0627", "\u0646\u0627"),  # ZWSP, soft hyphen, ZWJ
    ("x\u2060y\ufeffz", "xyz"),
])
def test_file_name_drops_invisible_characters_and_turkish_dotted_capital_i(text, name):
    """Format characters (zero-width space, soft hyphen, joiners) became visible hyphens in clip names."""
    assert file_name(text) == name


@given(st.lists(st.lists(hostile_text.map(lambda t: t.replace("\x00", "")), min_size=2, max_size=2), max_size=4),
       st.sampled_from(["\r\n", "\n"]))
def test_csv_text_starts_with_the_bom_and_reads_back_cell_for_cell(rows, line_end):
    """The one CSV writer: the byte order mark, then the header and each row as given, every formula guarded."""
    import csv
    import io

    from annotate.escape import CSV_BOM, csv_text, uncsv_cell

    text = csv_text(("a", "b"), rows, line_end=line_end)
    assert text.startswith(CSV_BOM + "a,b" + line_end)
    read = list(csv.reader(io.StringIO(text.removeprefix(CSV_BOM), newline="")))
    assert read[0] == ["a", "b"]
    # (a lone surrogate, a file name's byte that is not UTF-8, no UTF-8 file holds: shown as \\xe9, as csv_cell does)
    assert [[uncsv_cell(c) for c in row] for row in read[1:]] == [[surrogates_shown(c) for c in row] for row in rows]
    assert not any(c.lstrip("'").startswith(("=", "+", "-", "@")) and not c.startswith("'")
                   for row in read[1:] for c in row)
