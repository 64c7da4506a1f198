"""Exports read back by the reference libraries (OpenTimelineIO and its
adapters, csv, json, pysubs2, YouTube's chapter rules), round trips through
``annotate import``, and errors that name the line."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import opentimelineio as otio
import pysubs2
import pytest
import webvtt
from click.testing import CliRunner
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from annotate import interchange
from annotate.cli import main
from annotate.errors import InputError, OutputError, collected
from annotate.escape import clean_text
from annotate.interchange import fcpx
from annotate.interchange.common import ExportWarning
from annotate.model import Alignment, Alternative, Footage, Moment, Source, Timeline
from annotate.subtitles import SubtitleWarning
from annotate.timecode import frame_of
from annotate.timeline import load, save
from tests.strategies import caption_text, edit_rates, marker_colors, surrogates_shown, video_ids

FPS = 25.0
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def timeline(tmp_path) -> Timeline:
    return Timeline(
        title="Border crossing, \"night\" footage",
        footage=Footage(path=str(tmp_path / "footage.mp4"), duration=120.0, fps=FPS),
        sources=(Source(article="story.txt", url="https://news.example.com/story", publisher="Example News"),),
        moments=(
            Moment(id="m1", start=12.4, approximate=True, caption=HOSTILE, quote="about 12 seconds in"),
            Moment(id="m2", start=30.0, end=35.0, caption="Gate opens, \"slowly\"", quote="at 0:30",
                   alignment=Alignment(start=30.52, kind="cut", score=0.91)),
            Moment(id="m3", start=47.52, caption="=SUM(A1) 日本語", quote="47.52 seconds", tags=("key", "x")),
            Moment(id="m4", start=75.0, caption="Soldiers walk away", notes="check with the agency"),
        ),
    )


def _frames(seconds: float) -> int:
    return round(seconds * FPS)


# --- OpenTimelineIO --------------------------------------------------------------------------------------

def test_otio_read_back_by_opentimelineio(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.otio").path
    tl = otio.adapters.read_from_file(str(path))
    clips = tl.find_clips()
    assert len(clips) == 1
    ref = clips[0].media_reference
    assert isinstance(ref, otio.schema.ExternalReference)
    assert ref.target_url == (tmp_path / "footage.mp4").as_uri()
    assert ref.available_range.duration.to_seconds() == pytest.approx(120.0)
    assert ref.available_range.duration.rate == FPS
    markers = clips[0].markers
    assert [m.name for m in markers] == [m.caption for m in timeline.moments]
    for marker, moment in zip(markers, timeline.moments, strict=True):
        assert marker.marked_range.start_time.to_seconds() == pytest.approx(moment.effective_start, abs=1e-9)
        meta = marker.metadata["annotate"]
        assert meta["id"] == moment.id and meta.get("quote", "") == moment.quote
        assert meta.get("approximate") == moment.approximate
    assert markers[1].marked_range.duration.to_seconds() == pytest.approx(5.0)
    assert markers[1].metadata["annotate"]["alignment"]["kind"] == "cut"
    assert markers[1].color == otio.schema.MarkerColor.GREEN


def test_otio_round_trip_is_exact(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.otio").path
    back = interchange.read(path)
    assert back == timeline


def test_otio_markers_at_frame_starts_written_to_the_millisecond_are_whole_frames(tmp_path):
    """The timeline keeps frame 277 at 24 fps as 11.541 s (to the millisecond); the OTIO export wrote 276.984
    frames and a 25-frame marker as 24.984, which OpenTimelineIO's own ``to_frames``/``to_timecode`` read a frame
    short of the EDL's. A time that near a frame's start is that frame; a time between frames stays as stated."""
    moments = (Moment(id="a", start=277 / 24 // 0.001 * 0.001, end=302 / 24 // 0.001 * 0.001, caption="ms"),
               Moment(id="b", start=20.5 + 1 / 48, caption="between frames"))
    timeline = Timeline(footage=Footage(path=str(tmp_path / "f.mp4"), duration=60.0, fps=24.0), moments=moments)
    markers = otio.adapters.read_from_string(interchange.dumps(timeline, "otio"), "otio_json").find_clips()[0].markers
    ranged = markers[0].marked_range
    assert (ranged.start_time.value, ranged.duration.value, ranged.duration.to_frames()) == (277, 25, 25)
    edl = interchange.dumps(timeline, "edl")
    assert f"TO {ranged.end_time_exclusive().to_timecode()}" in edl, edl
    assert markers[1].marked_range.start_time.value == pytest.approx((20.5 + 1 / 48) * 24)
    assert [m.start for m in interchange.loads(interchange.dumps(timeline, "otio"), "otio").moments][1] == \
        pytest.approx(20.5 + 1 / 48)


def test_otio_import_of_a_moved_marker_moves_the_moment(timeline, tmp_path):
    tl = otio.adapters.read_from_string(interchange.dumps(timeline, "otio"), "otio_json")
    marker = tl.find_clips()[0].markers[1]  # m2, aligned at 30.52
    marker.marked_range = otio.opentime.TimeRange(otio.opentime.RationalTime(31 * FPS, FPS),
                                                  marker.marked_range.duration)
    back = interchange.loads(otio.adapters.write_to_string(tl, "otio_json"), "otio")
    m2 = back.moments[1]
    assert m2.start == 30.0 and m2.effective_start == pytest.approx(31.0) and m2.effective_end == pytest.approx(36.0)


# --- EDL and FCP XML through OTIO's adapters ----------------------------------------------------------------

def test_edl_read_back_by_the_cmx_adapter(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.edl").path
    text = path.read_text()
    assert text.startswith("TITLE: ")
    tl = otio.adapters.read_from_file(str(path), "cmx_3600", rate=FPS)
    clips = tl.find_clips()
    assert len(clips) == 1 and clips[0].source_range.duration.to_seconds() == pytest.approx(120.0)
    markers = clips[0].markers
    assert [_frames(m.marked_range.start_time.to_seconds()) for m in markers] == \
        [_frames(m.effective_start) for m in timeline.moments]
    assert [m.name for m in markers] == [clean_text(m.caption).upper() for m in timeline.moments]


def test_edl_round_trip_keeps_frames_and_upper_case_texts(timeline, tmp_path):
    back = interchange.read(interchange.write(timeline, tmp_path / "story.edl").path)
    assert [_frames(m.effective_start) for m in back.moments] == [_frames(m.effective_start) for m in timeline.moments]
    assert [m.caption for m in back.moments] == [m.caption.upper() for m in timeline.moments]


@pytest.mark.parametrize(("title", "kept", "left_out"), [
    ("Border Command Releases Surveillance Footage of Soldier s Dash Across the Line",
     "Border Command Releases Surveillance Footage of Soldier s Dash Across", "the Line"),
    ("x" * 75, "x" * 70, "x" * 5),  # no word to cut after
])
def test_an_edl_title_past_70_characters_is_cut_with_a_warning(timeline, tmp_path, title, kept, left_out):
    """CMX 3600's TITLE line holds 70 characters: the cut was silent."""
    written = interchange.write(replace(timeline, title=title), tmp_path / "story.edl")
    assert [n for n in written.notes if "capitals" not in n] == [
        f"EDL: the title is cut to {kept!r}: a CMX 3600 TITLE line holds 70 characters; "
        f"{left_out!r} left out"]
    assert interchange.read(written.path).title == kept
    assert otio.adapters.read_from_file(str(written.path), "cmx_3600", rate=FPS).name == kept
    assert all("capitals" in n for n in interchange.write(replace(timeline, title=title[:70]),
                                                          tmp_path / "short.edl").notes)


def test_fcp_xml_read_back_by_the_fcp_adapter(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.xml").path
    assert "<xmeml" in path.read_text()
    tl = otio.adapters.read_from_file(str(path), "fcp_xml")
    clip = tl.find_clips()[0]
    assert clip.media_reference.target_url == (tmp_path / "footage.mp4").as_uri()
    markers = clip.markers
    assert [m.name for m in markers] == [m.caption for m in timeline.moments]  # case and markup kept
    assert [_frames(m.marked_range.start_time.to_seconds()) for m in markers] == \
        [_frames(m.effective_start) for m in timeline.moments]
    assert markers[1].marked_range.duration.to_seconds() == pytest.approx(5.0)
    assert markers[0].metadata["fcp_xml"]["comment"] == "about 12 seconds in"


def test_fcp_xml_round_trip(timeline, tmp_path):
    back = interchange.read(interchange.write(timeline, tmp_path / "story.xml").path)
    assert [m.caption for m in back.moments] == [m.caption for m in timeline.moments]
    assert [m.quote for m in back.moments] == [m.quote for m in timeline.moments]
    assert [_frames(m.effective_start) for m in back.moments] == [_frames(m.effective_start) for m in timeline.moments]
    assert back.moments[1].effective_end == pytest.approx(35.52, abs=0.5 / FPS)


# --- CSV and JSON ------------------------------------------------------------------------------------------

def test_csv_read_back_by_the_csv_module(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.csv").path
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,")  # the BOM by which Excel reads UTF-8, not ANSI
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == ["m1", "m2", "m3", "m4"]
    assert rows[0]["caption"] == HOSTILE and rows[0]["approximate"] == "true"
    assert rows[1]["start"] == "0:30" and rows[1]["end"] == "0:35" and rows[1]["aligned_start"] == "0:30.52"
    assert rows[2]["caption"] == "'=SUM(A1) 日本語"  # a spreadsheet must not run it
    assert rows[2]["tags"] == "key;x"


def test_csv_on_standard_output_has_no_byte_order_mark(timeline, tmp_path):
    # The BOM is for Excel opening a file; on a pipe it landed in the first field ('\ufeffid' for
    # csv.DictReader, cut, awk).
    story = tmp_path / "story.yaml"
    save(timeline, story)
    result = CliRunner().invoke(main, ["export", str(story), "-o", "-", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"id,start,")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert [r["id"] for r in rows] == ["m1", "m2", "m3", "m4"]
    assert not interchange.dumps(timeline, "csv").startswith("\ufeff")  # the library's text: no file, no BOM


def _to_ms(moments):
    """Moments with every time rounded to the millisecond, for formats that keep milliseconds."""
    from dataclasses import replace

    def ms(t):
        return None if t is None else round(t, 3)

    return [replace(m, start=ms(m.start), end=ms(m.end),
                    alignment=replace(m.alignment, start=ms(m.alignment.start)) if m.alignment else None)
            for m in moments]


def test_csv_round_trip_keeps_milliseconds_and_texts(timeline, tmp_path):
    back = interchange.read(interchange.write(timeline, tmp_path / "story.csv").path)
    assert _to_ms(back.moments) == _to_ms(timeline.moments)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xml", ".edl", ".otio"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_file_saved_as_utf16_or_utf32_with_its_bom_imports_like_its_utf8_original(timeline, tmp_path, suffix,
                                                                                   encoding):
    # A spreadsheet's "Unicode text" export and XML written by Windows tools
    # are UTF-16 with a BOM: they were refused as "is binary".
    original = interchange.write(timeline, tmp_path / f"story{suffix}").path
    wide = tmp_path / f"wide{suffix}"
    wide.write_bytes(original.read_text(encoding="utf-8").encode(encoding))
    assert interchange.read(wide) == interchange.read(original)


def test_json_read_back_by_the_json_module(timeline, tmp_path):
    data = json.loads(interchange.write(timeline, tmp_path / "story.json").path.read_text(encoding="utf-8"))
    assert data["format"] == "annotate-timeline" and data["schema_version"] == 1
    assert data["footage"]["fps"] == FPS and data["sources"][0]["publisher"] == "Example News"
    m2 = data["moments"][1]
    assert m2["start"] == 30.0 and m2["end"] == 35.0 and m2["alignment"]["start"] == 30.52
    assert m2["effective_start"] == 30.52 and m2["effective_end"] == pytest.approx(35.52)
    assert set(data["moments"][0]) == set(m2)  # every key always present


def test_json_round_trip_is_exact(timeline, tmp_path):
    assert interchange.read(interchange.write(timeline, tmp_path / "story.json").path) == timeline


@pytest.mark.parametrize("fmt", ["json", "otio", "csv"])
def test_files_written_before_the_rename_load_unchanged(timeline, fmt):
    """Files from before one word per meaning (a moment's words ``stated``,
    a source's sentence ``quote``) read as today's ``quote`` and ``excerpt``;
    the new files hold only the new names."""
    timeline = replace(timeline, sources=(replace(timeline.sources[0], excerpt="The whole sentence."),))
    text = interchange.dumps(timeline, fmt)
    assert "stated" not in text and "excerpt" in text or fmt == "csv"
    old = text.replace('"quote"', '"stated"').replace('"excerpt"', '"quote"') if fmt != "csv" \
        else text.replace(",quote,", ",stated,", 1)
    assert old != text
    expected = interchange.loads(text, fmt)
    assert interchange.loads(old, fmt) == expected
    assert [m.quote for m in expected.moments] == [m.quote for m in timeline.moments]
    if fmt != "csv":  # a CSV holds moments only
        assert expected.sources[0].excerpt == "The whole sentence."
    if fmt == "json":
        both = text.replace('"quote": "at 0:30"', '"quote": "at 0:30", "stated": "at 0:30"')
        with pytest.raises(InputError, match="has both 'stated' \\(the old name\\) and 'quote'"):
            interchange.loads(both, fmt)


def test_json_schema_is_documented():
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "json-schema.md").read_text(encoding="utf-8")
    for key in ("effective_start", "alignment", "approximate", "quote", "schema_version", "annotate-timeline"):
        assert key in doc and key in interchange.jsonformat.__doc__


@settings(max_examples=60, deadline=None)
@given(captions=st.lists(caption_text, min_size=1, max_size=4),
       starts=st.lists(st.integers(0, 3_600_000), min_size=4, max_size=4))
def test_csv_and_json_round_trip_hostile_text(captions, starts):
    moments = tuple(Moment(id=f"m{i}", start=starts[i] / 1000, caption=clean_text(c), quote=clean_text(c[::-1]))
                    for i, c in enumerate(captions))
    tl = Timeline(moments=moments)
    for fmt in ("csv", "json"):
        assert _to_ms(interchange.loads(interchange.dumps(tl, fmt), fmt).moments) == _to_ms(moments)


# --- SRT through annotate.subtitles ---------------------------------------------------------------------------

def test_srt_import_round_trip(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.srt").path
    subs = pysubs2.load(str(path))
    back = interchange.read(path)
    assert len(back.moments) == len(subs) >= len(timeline.moments)
    assert [m.start for m in back.moments] == [e.start / 1000 for e in subs]  # to the millisecond
    assert back.moments[0].caption == HOSTILE and back.moments[1].start == 30.52


# --- YouTube and WebVTT chapters ---------------------------------------------------------------------------

_CHAPTER = re.compile(r"^(?:(\d+):([0-5]\d):([0-5]\d)|(\d{1,2}):([0-5]\d)) (\S.*)$")


def _youtube_rules(text: str, duration: float) -> list[tuple[int, str]]:
    """YouTube's published rules for a chapter list, checked independently."""
    chapters = []
    for line in text.splitlines():
        m = _CHAPTER.match(line)
        assert m, f"not a chapter line: {line!r}"
        h, mi, s, m2, s2, title = m.groups()
        seconds = int(h) * 3600 + int(mi) * 60 + int(s) if h else int(m2) * 60 + int(s2)
        assert "<" not in title and ">" not in title
        chapters.append((seconds, title))
    assert chapters[0][0] == 0, "first chapter must start at 0:00"
    assert len(chapters) >= 3, "at least three chapters"
    ends = [c[0] for c in chapters[1:]] + [duration]
    for (start, _), end in zip(chapters, ends, strict=True):
        assert end - start >= 10, f"chapter at {start} s is shorter than 10 s"
    return chapters


def test_youtube_chapters_follow_the_rules(timeline, tmp_path):
    written = interchange.write(timeline, tmp_path / "story.chapters.txt")
    chapters = _youtube_rules(written.path.read_text(encoding="utf-8"), 120.0)
    assert chapters[0] == (0, timeline.title)  # an intro: the first moment is not at 0:00
    assert chapters[1] == (12, "‹img src=x onerror=alert(1)›")
    assert [c[0] for c in chapters] == [0, 12, 30, 47, 75]
    assert written.notes == []


def test_youtube_merges_close_moments_and_says_so(tmp_path):
    moments = (Moment(id="a", start=3, caption="Opening"), Moment(id="b", start=20, caption="Truck"),
               Moment(id="c", start=25, caption="Gate"), Moment(id="d", start=40, caption="Crowd"),
               Moment(id="e", start=3700, caption="Late"), Moment(id="f", start=3705, caption="End"))
    tl = Timeline(moments=moments, footage=Footage(duration=3712.0))
    written = interchange.write(tl, tmp_path / "x.txt", "youtube")
    chapters = _youtube_rules(written.path.read_text(encoding="utf-8"), 3712.0)
    assert chapters == [(0, "Opening"), (20, "Truck / Gate"), (40, "Crowd"), (3700, "Late / End")]
    assert "1:01:40 Late / End" in written.path.read_text(encoding="utf-8")
    assert len(written.notes) == 3 and any("moment c" in n and "merged" in n for n in written.notes)
    assert any("moment a" in n and "0:00" in n for n in written.notes)


def test_youtube_refuses_too_few_chapters():
    tl = Timeline(moments=(Moment(id="a", start=0, caption="Only"), Moment(id="b", start=5, caption="Two")))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        with pytest.raises(OutputError, match="at least 3"):
            interchange.dumps(tl, "youtube")


def test_vtt_chapters_read_back_by_pysubs2(timeline, tmp_path):
    path = interchange.write(timeline, tmp_path / "story.chapters.vtt").path
    subs = pysubs2.load(str(path))
    assert [e.start for e in subs] == [round(m.effective_start * 1000) for m in timeline.moments]
    assert [e.end for e in subs] == [30520, 47520, 75000, 120000]  # until the next one, the last to the end
    from annotate.subtitles import vtt

    cues = vtt.loads(path.read_text(encoding="utf-8"))
    assert [c.text for c in cues] == [clean_text(m.caption) for m in timeline.moments]


def test_fcpx_saved_as_xml_is_named_as_fcpx_with_the_option_that_reads_it(timeline, tmp_path):
    fcpx_text = interchange.write(timeline, tmp_path / "story.fcpxml").path.read_text(encoding="utf-8")
    saved = tmp_path / "story.xml"
    saved.write_text(fcpx_text, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(saved), "-o", str(tmp_path / "back.yaml")])
    assert result.exit_code == 2 and result.exception is not None
    assert result.output.count("\n") == 1
    assert f"{saved}: is Final Cut Pro X XML (<fcpxml>), not Final Cut Pro 7 XML: pass --format fcpx" in result.output
    back = interchange.read(saved, "fcpx")  # the option it names reads it
    assert [m.caption for m in back.moments] == [m.caption for m in timeline.moments]
    assert [_frames(m.effective_start) for m in back.moments] == [_frames(m.effective_start) for m in timeline.moments]


# --- Path layer, CLI and bad input ---------------------------------------------------------------------------

def test_unknown_format_lists_the_known_ones(timeline, tmp_path):
    with pytest.raises(InputError, match="unknown format 'mov'.*otio.*youtube"):
        interchange.write(timeline, tmp_path / "x.mov", "mov")
    with pytest.raises(InputError, match="cannot tell the format.*--format"):
        interchange.write(timeline, tmp_path / "x.mov")
    with pytest.raises(InputError, match="cannot be imported"):
        interchange.read(tmp_path / "x.chapters.txt")


@pytest.mark.parametrize(("fmt", "named"), [("srt", "SubRip"), ("vtt", "WebVTT")])
def test_subtitles_saved_as_txt_are_read_by_their_content_and_the_format_taken_is_said(timeline, tmp_path, fmt,
                                                                                         named):
    written = interchange.write(timeline, tmp_path / f"story.{fmt}").path
    saved = tmp_path / "story.txt"
    saved.write_bytes(written.read_bytes())
    with pytest.warns(ExportWarning, match=rf"story\.txt: its name says no format; read as {named} \({fmt}\)"):
        back = interchange.read(saved)
    assert back == interchange.read(written)
    assert [m.caption for m in back.moments] == [clean_text(m.caption) for m in timeline.moments]
    result = CliRunner().invoke(main, ["import", str(saved), "-o", str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.count(f"read as {named} ({fmt}) by its content") == 1
    assert [m.caption for m in load(tmp_path / "back.yaml").moments] == [m.caption for m in back.moments]
    prose = tmp_path / "notes.txt"
    prose.write_text("At 0:30 the gate opens.\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the format.*--format"):
        interchange.read(prose)


def test_broken_csv_time_names_line_and_field(tmp_path):
    path = tmp_path / "cuts.csv"
    path.write_text("id,start,caption\na,0:01,One\nb,0:05,\"Two,\nlines\"\nc,2:7x,Three\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        interchange.read(path)
    assert str(info.value).startswith(f"{path}, line 5, field 'start': not a time: '2:7x'")


def test_a_repeated_csv_id_names_the_file_once(tmp_path):
    path = tmp_path / "cuts.csv"
    path.write_text("id,start,caption\nm1,1,a\nm1,2,b\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        interchange.read(path)
    assert str(info.value) == f"{path}, moment m1, field 'id': duplicate moment id"


def test_csv_without_start_column(tmp_path):
    path = tmp_path / "cuts.csv"
    path.write_text("time;caption\n0:01;One\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: header has no 'start' column"):
        interchange.read(path)


def test_csv_columns_annotate_does_not_read_are_named_in_a_warning(tmp_path):
    """A spreadsheet's own columns ('text', 'description') were dropped without a word."""
    path = tmp_path / "cuts.csv"
    path.write_text("Start,Caption,Text,Description,Empty\n0:01,One,hello,,\n0:05,Two,,there,\n0:09,Three,,,\n",
                    encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    with pytest.warns(ExportWarning) as said:
        back = interchange.read(path)
    assert [(m.start, m.caption) for m in back.moments] == \
        [(t, r["Caption"]) for t, r in zip((1.0, 5.0, 9.0), rows, strict=True)]
    (note,) = [str(w.message) for w in said]
    assert note.startswith(f"{path}: left out the column(s) 'text' (1 row(s)), 'description' (1 row(s)): ")
    assert "empty" not in note  # nothing in it: nothing lost
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(tmp_path / "t.yaml")])
    assert result.exit_code == 0 and f"annotate: warning: {note}" in result.stderr


def test_blank_cells_past_the_header_are_read_as_the_csv_module_reads_them(tmp_path):
    """A spreadsheet's trailing empty cells ('0:01,One,,') were refused as
    more fields than the header; a filled one still is, naming its line."""
    path = tmp_path / "cuts.csv"
    path.write_text("start,caption\r\n0:01,One,\r\n0:05,\"Two, three\",, \r\n", encoding="utf-8")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[1:]
    back = interchange.read(path)
    assert [(m.start, m.caption) for m in back.moments] == [(1.0, rows[0][1]), (5.0, rows[1][1])]
    path.write_text("start,caption\r\n0:01,One,\r\n0:05,Two,lost\r\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cuts\.csv, line 3: 3 fields but the header has 2"):
        interchange.read(path)


def test_a_csv_column_named_twice_is_refused_not_the_last_kept(tmp_path):
    path = tmp_path / "cuts.csv"
    path.write_text("start,caption,Caption\n0:01,first,second\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cuts\.csv, line 1: header names the column 'caption' twice"):
        interchange.read(path)


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_excels_sep_line_names_the_csv_separator(delimiter, tmp_path):
    """Excel writes and honours a first line 'sep=;'; the header was taken to be 'sep='."""
    path = tmp_path / "excel.csv"
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([["start", "caption"], ["0:01", "One, two; three"]])
    path.write_text(f"sep={delimiter}\r\n" + out.getvalue(), encoding="utf-8")
    back = interchange.read(path)
    assert [(m.start, m.caption) for m in back.moments] == [(1.0, "One, two; three")]
    path.write_text(f"sep={delimiter}\r\n" + out.getvalue() + f"0:0x{delimiter}bad\r\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"excel\.csv, line 4, field 'start'"):  # lines count the sep= line
        interchange.read(path)


@pytest.mark.parametrize("sep_line", ["", "sep=;\r\n"])
def test_a_semicolon_csvs_decimal_comma_seconds_are_read_as_its_clock_times_are(sep_line, tmp_path):
    """Excel in a decimal-comma locale separates fields with ';' and writes a number cell ``1,5``: '0:01,5' was read
    as 1.5 s but '1,5' refused as "not a time". In such a file a decimal comma is a decimal point; in a
    comma-separated one a quoted '1,5' is still refused (the comma there is no decimal mark)."""
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + sep_line + "id;start;end;caption;aligned_start;alignment_score\r\n"
                      "m1;1,5;3,25 s;Premi\u00e8re sc\u00e8ne;1,75;0,8\r\nm2;0:04,5;;two;;\r\n").encode("utf-8"))
    back = interchange.read(path)
    assert [(m.start, m.end, m.caption) for m in back.moments] == [(1.5, 3.25, "Premi\u00e8re sc\u00e8ne"),
                                                                   (4.5, None, "two")]
    alignment = back.moments[0].alignment
    assert alignment is not None and (alignment.start, alignment.score) == (1.75, 0.8)
    path.write_text('start,caption\n"1,5",one\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"excel\.csv, line 2, field 'start': not a time: '1,5'"):
        interchange.read(path)


def test_broken_edl_timecode_names_line_and_event(timeline, tmp_path):
    text = interchange.dumps(timeline, "edl").replace("00:00:00:00 00:02:00:00 00:00:00:00",
                                                  "00:00:00:00 00:02:0x:00 00:00:00:00", 1)
    path = tmp_path / "cuts.edl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        interchange.read(path)
    assert str(info.value) == f"{path}, line 4, event 001 source out: not a timecode (hh:mm:ss:ff): '00:02:0x:00'"
    text = interchange.dumps(timeline, "edl").replace("LOC: 00:00:30:13", "LOC: 00:00:30:27")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"line 8, locator: frame 27 does not exist at 25 fps"):
        interchange.read(path)


def test_broken_json_field_names_moment_and_field(timeline, tmp_path):
    data = json.loads(interchange.dumps(timeline, "json"))
    data["moments"][2]["start"] = "2:7x"
    path = tmp_path / "cuts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        interchange.read(path)
    assert str(info.value).startswith(f"{path}, moment m3, field 'start': not a time: '2:7x'")
    path.write_text('{"moments": [\n  {"start": 1,}\n]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"cuts.json, line 2: not valid JSON"):
        interchange.read(path)


def test_broken_srt_timing_names_line(tmp_path):
    path = tmp_path / "subs.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:0x:04,000\nTwo\n",
                    encoding="utf-8")
    said: list[str] = []
    with collected(said, SubtitleWarning):
        back = interchange.read(path)
    assert [m.caption for m in back.moments] == ["One"]
    assert len(said) == 1 and re.search(r"subs.srt, line 6: not a timing line.*cue skipped", said[0])
    with pytest.raises(InputError, match=r"subs.srt, line 6: not a timing line.*--strict"):
        interchange.read(path, strict=True)


def test_cli_export_and_import(timeline, tmp_path):
    story = tmp_path / "story.yaml"
    save(timeline, story)
    runner = CliRunner()
    for name in ("out.otio", "out.edl", "out.xml", "out.csv", "out.json", "out.chapters.txt", "out.chapters.vtt"):
        result = runner.invoke(main, ["export", str(story), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0
    result = runner.invoke(main, ["import", str(tmp_path / "out.otio"), "-o", str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert load(tmp_path / "back.yaml").moments == timeline.moments
    result = runner.invoke(main, ["export", str(story), "-o", str(tmp_path / "x.bin"), "--format", "nope"])
    assert result.exit_code == 2
    assert "annotate: error: --format: unknown format 'nope'; known formats: otio, edl" in result.output
    result = runner.invoke(main, ["import", str(tmp_path / "out.csv"), "--fps", "30", "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 2 and "does not apply to csv" in result.output


# --- escape functions added for these targets ----------------------------------------------------------------

@given(caption_text)
def test_csv_cell_is_never_a_formula_and_reverses(text):
    from annotate.escape import csv_cell, uncsv_cell

    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert uncsv_cell(cell) == surrogates_shown(text)  # (no UTF-8 file holds a lone surrogate: shown as \\xe9)


@given(caption_text)
def test_youtube_text_is_one_line_without_angle_brackets(text):
    from annotate.escape import youtube_text

    line = youtube_text(text)
    assert "\n" not in line and "<" not in line and ">" not in line and line == line.strip()


# --- the sample story end to end ----------------------------------------------------------------------------

def test_sample_story_round_trips_through_every_importable_format(samples, tmp_path):
    from annotate.timeline.build import from_article

    timeline = from_article(samples.article.read_text(encoding="utf-8"), article=str(samples.article),
                            footage=Footage(path=str(samples.video), duration=samples.truth["video"]["duration"],
                                            fps=samples.fps)).placed()  # clock times not placed: not exported
    assert len(timeline.moments) >= 5
    frame = 1 / samples.fps
    for name, keeps in (("otio", 1e-6), ("edl", frame / 2), ("xml", frame / 2), ("csv", 0.0005), ("json", 0.0)):
        back = interchange.read(interchange.write(timeline, tmp_path / f"story.{name}").path)
        assert len(back.moments) == len(timeline.moments), name
        for a, b in zip(back.moments, timeline.moments, strict=True):
            assert abs(a.effective_start - b.effective_start) <= keeps, (name, a, b)
            assert a.caption == (b.caption.upper() if name == "edl" else b.caption), name
    chapters = interchange.write(timeline, tmp_path / "story.chapters.txt")
    _youtube_rules(chapters.path.read_text(encoding="utf-8"), samples.truth["video"]["duration"])


def test_otio_round_trip_without_footage_or_title_or_captions():
    tl = Timeline(moments=(Moment(id="a", start=1.0, caption="two\nlines"), Moment(id="b", start=2.0, end=3.0)))
    assert interchange.loads(interchange.dumps(tl, "otio"), "otio") == tl


def test_edl_from_an_editor_puts_locators_on_the_record_timeline(tmp_path):
    path = tmp_path / "selects.edl"
    path.write_text(
        "TITLE: Selects\nFCM: NON-DROP FRAME\n\n"
        "001  A001C003 V     C        01:00:10:00 01:00:20:00 01:00:00:00 01:00:10:00\n"
        "* FROM CLIP NAME: interview_a.mov\n* LOC: 01:00:12:12 BLUE    good quote\n\n"
        "002  A001C004 V     C        02:00:00:00 02:00:05:00 01:00:10:00 01:00:15:00\n"
        "* FROM CLIP NAME: broll.mov\n* LOC: 02:00:01:00 RED     second\n", encoding="utf-8")
    with pytest.warns(ExportWarning, match=r"does not state its frame rate; read at 25 fps"):
        back = interchange.read(path)
    assert [(m.start, m.caption) for m in back.moments] == [(2.48, "good quote"), (11.0, "second")]
    path.write_text(re.sub(r"\* LOC:.*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    back = interchange.read(path, fps=25)  # no markers: the editor's selects become ranged moments
    assert [(m.start, m.end, m.caption) for m in back.moments] == [(0.0, 10.0, "interview_a.mov"),
                                                                   (10.0, 15.0, "broll.mov")]


def _one_clip_otio(clip: otio.schema.Clip) -> str:
    track = otio.schema.Track()
    track.append(clip)
    tl = otio.schema.Timeline()
    tl.tracks.append(track)
    return otio.adapters.write_to_string(tl, "otio_json")


def test_otio_items_that_cannot_be_placed_are_refused_in_one_line(tmp_path):
    path = tmp_path / "norange.otio"
    path.write_text(_one_clip_otio(otio.schema.Clip(name="c")), encoding="utf-8")  # no range anywhere
    with pytest.raises(InputError, match=r"norange\.otio: cannot place its items on the timeline: .*available range"):
        interchange.read(path)
    rt = otio.opentime.RationalTime
    clip = otio.schema.Clip(name="c", source_range=otio.opentime.TimeRange(rt(0, 24), rt(48, 24)))
    clip.markers.append(otio.schema.Marker(name="m", marked_range=otio.opentime.TimeRange(rt(12, 24), rt(0, 24))))
    path.write_text(_one_clip_otio(clip).replace('"rate": 24.0', '"rate": 0.0', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:  # a marker at rate 0 has no finite time
        interchange.read(path)
    # (named by the marker: "moment m1" named an id annotate numbered, which the file does not hold)
    assert str(caught.value).startswith(f"{path}: marker 'm', field 'start': must be a finite number")


def test_a_marker_before_the_timeline_start_is_left_out_with_a_warning():
    rt = otio.opentime.RationalTime
    clip = otio.schema.Clip(name="c", source_range=otio.opentime.TimeRange(rt(24, 24), rt(48, 24)))
    for name, frame in (("early", 0), ("inside", 36)):
        clip.markers.append(otio.schema.Marker(name=name, marked_range=otio.opentime.TimeRange(rt(frame, 24),
                                                                                             rt(0, 24))))
    with pytest.warns(ExportWarning, match=r"marker 'early' lies 1 s before the timeline's start; left out"):
        back = interchange.loads(_one_clip_otio(clip), "otio")
    assert [(m.start, m.caption) for m in back.moments] == [(0.5, "inside")]


def test_an_otio_collection_of_timelines_reads_its_first_and_names_the_others(tmp_path):
    """otioconvert writes an FCPX library (or FCP XML bins) as an OTIO
    collection; OpenTimelineIO reads it, import refused it ('holds a
    SerializableCollection'). Its first timeline is read, as from the XML."""
    library = Path(__file__).parent / "data" / "third-party" / "editorial" / "otio-fcpx-xml-adapter" / \
        "fcpx_library.fcpxml"
    collection = otio.adapters.read_from_file(str(library), "fcpx_xml")
    assert isinstance(collection, otio.schema.SerializableCollection)
    path = tmp_path / "library.otio"
    otio.adapters.write_to_file(collection, str(path))
    with pytest.warns(ExportWarning, match=r"holds 2 timelines; the first, 'OpenTimeline_Project', is read, "
                                           r"not 'OpenTimeline_Project 1'"):
        back = interchange.read(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from_xml = interchange.read(library)
    # (An OTIO marker one frame long is a range: only Final Cut Pro's own markers are points.) The XML is read to
    # its exact times, the adapter's .otio to whole frames: 'Marker 2' of a sound clip placed between frames is at
    # 28.022 s of the sequence, the adapter's frame at 28.0 s.
    assert [m.caption for m in back.moments] == [m.caption for m in from_xml.moments]
    assert [m.start for m in back.moments] == pytest.approx([m.start for m in from_xml.moments], abs=1 / 30)
    assert len(back.moments) == 7 and all(m.end is None for m in from_xml.moments)
    otio.adapters.write_to_file(otio.schema.SerializableCollection(), str(path))
    with pytest.raises(InputError, match=r"library\.otio: holds no timeline"):
        interchange.read(path)


def test_text_after_a_nul_survives_an_otio_round_trip():
    """OpenTimelineIO keeps a string only up to its first NUL: a caption
    'before\\x00after' came back 'before' (and the footage path, title,
    notes, tags, sources likewise). The NUL, which no caption output shows,
    is left out instead."""
    tl = Timeline(title="Title\x00 kept", sources=(Source(article="a.txt", credit="credit\x00 kept"),),
                  footage=Footage(path="/tmp/foot\x00age.mp4", duration=60.0, fps=FPS),
                  moments=(Moment(id="m1", start=5.0, caption="before\x00after", notes="n\x00m", quote="q\x00r",
                                  tags=("x\x00y",)),))
    text = interchange.dumps(tl, "otio")
    ref = otio.adapters.read_from_string(text, "otio_json")  # the reference reader
    (marker,) = [m for c in ref.find_clips() for m in c.markers]
    assert marker.name == "beforeafter" and marker.metadata["annotate"]["caption"] == "beforeafter"
    assert ref.find_clips()[0].name == "footage.mp4"
    back = interchange.loads(text, "otio")
    (m,) = back.moments
    assert (back.title, back.sources[0].credit, back.footage.path) == ("Title kept", "credit kept", "/tmp/footage.mp4")
    assert (m.caption, m.notes, m.quote, m.tags) == ("beforeafter", "nm", "qr", ("xy",))


@pytest.mark.parametrize("bad", ["\uffff", "\ufffe", "\x00", "\x1b"])
def test_a_title_xml_cannot_hold_is_cleaned_not_an_export_failure(bad):
    """The title went raw into the FCP XML and FCPX sequence name: U+FFFF made
    the adapter fail ('not well-formed'), a NUL cut the name short."""
    tl = Timeline(title=f"Night{bad} crossing", moments=(Moment(id="m1", start=5.0, caption=f"cap{bad}tion"),),
                  footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=FPS))
    for fmt, adapter in (("fcp-xml", "fcp_xml"), ("fcpx", "fcpx_xml")):
        ref = otio.adapters.read_from_string(interchange.dumps(tl, fmt), adapter)
        if not isinstance(ref, otio.schema.Timeline):
            ref = next(iter(ref.find_children(descended_from_type=otio.schema.Timeline)))
        assert ref.name == "Night crossing"
        assert [m.name for c in ref.find_clips() for m in c.markers] == ["caption"]
    root = ET.fromstring(interchange.dumps(tl, "mlt"))  # melt's XML: well-formed, the words whole
    assert [p.text for p in root.iter("property") if p.get("name") == "text"] == ["caption"]


FCPX_WITH_CHAPTERS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.8">
  <resources>
    <format id="r1" frameDuration="1/25s" width="1920" height="1080"/>
    <asset id="r2" name="clip" start="0s" duration="100s" hasVideo="1" format="r1" src="file:///tmp/clip.mov"/>
  </resources>
  <library><event name="E"><project name="P">
    <sequence duration="100s" format="r1" tcStart="0s" tcFormat="NDF"><spine>
      <asset-clip name="clip" ref="r2" offset="0s" start="10s" duration="50s" format="r1">
        <marker start="12s" duration="1/25s" value="plain marker" note="call the agency"/>
        <marker start="14s" duration="1/25s" value="R&amp;D &gt; sales" completed="0" note='says "a &lt; b"'/>
        <marker start="16s" duration="1/25s" note="a note, no name"/>
        <chapter-marker start="20s" duration="1/25s" value="Chapter one" posterOffset="0s"/>
        <keyword start="25s" duration="5s" value="snow, truck"/>
        <rating start="31s" duration="2s" value="favorite" name="fav"/>
      </asset-clip>
    </spine></sequence>
  </project></event></library>
</fcpxml>
"""


def test_fcpx_chapter_markers_are_moments_and_what_a_moment_cannot_hold_is_named():
    """OpenTimelineIO's FCPX reader skips chapter markers (FCPX's markers for
    chapters, with a poster frame), marker notes, keywords and ratings
    without a word: the chapter marker was lost. A marker's note is the
    moment's notes (it was only named in a warning)."""
    as_marker = FCPX_WITH_CHAPTERS.replace("chapter-marker", "marker")
    ref = otio.adapters.read_from_string(as_marker, "fcpx_xml")  # the reference, told it is a marker
    ref = next(iter(ref.find_children(descended_from_type=otio.schema.Timeline)))
    # Each at its time in the clip's media (the asset's, from 0), as the reference holds it.
    expected = sorted((m.marked_range.start_time.to_seconds(), m.name) for c in ref.find_clips() for m in c.markers)
    assert [name for _, name in expected] == ["plain marker", "R&D > sales", "", "Chapter one"]
    with pytest.warns(ExportWarning) as said:
        back = interchange.loads(FCPX_WITH_CHAPTERS, "fcpx", origin="cut.fcpxml")
    assert [(m.start, m.caption) for m in back.moments] == expected
    assert [m.notes for m in back.moments] == ["call the agency", 'says "a < b"', "a note, no name", ""]
    assert [m.color for m in back.moments] == ["PURPLE", "RED", "PURPLE", "PURPLE"]  # as the adapter reads them
    # (Python 3.12 adds the FCPX adapter's own DeprecationWarning about testing an element's truth: not ours)
    assert sorted(str(w.message) for w in said if issubclass(w.category, ExportWarning)) == [
        "cut.fcpxml: 1 keyword(s) and 1 rating(s) not read: FCPX ranges that are not markers"]



EDITORIAL_DATA = Path(__file__).parent / "data" / "third-party" / "editorial"


FCPX_MEDIA_REP = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.9">
  <resources>
    <format id="r1" frameDuration="1/25s" width="1920" height="1080"/>
    <asset id="r2" name="cam" start="3600s" duration="270s" hasVideo="1" format="r1">
      PROXY<media-rep kind="original-media" sig="A1" src="MEDIA"/>
    </asset>
  </resources>
  <library><event name="E"><project name="P">
    <sequence duration="50s" format="r1" tcStart="0s" tcFormat="NDF"><spine>
      <asset-clip name="cam" ref="r2" offset="0s" start="3610s" duration="50s" format="r1">
        <marker start="3612s" duration="1/25s" value="twelve seconds in"/>
      </asset-clip>
    </spine></sequence>
  </project></event></library>
</fcpxml>
"""


@pytest.mark.parametrize("proxy", ["", '<media-rep kind="proxy-media" src="file:///tmp/proxy%20cam.mov"/>'])
def test_fcpx_footage_named_in_a_media_rep_is_read(samples, proxy):
    """FCPX 1.9+ names an asset's file in a <media-rep> (the adapter 1.0.0 read
    only the asset's src: the footage was lost without a word); the original
    media, not a proxy, is the footage."""
    text = FCPX_MEDIA_REP.replace("MEDIA", samples.video.as_uri()).replace("PROXY", proxy)
    with collected(notes := [], ExportWarning):
        back = interchange.loads(text, "fcpx", origin="cut.fcpxml")
    assert back.footage is not None and Path(back.footage.path or "") == samples.video
    assert back.footage.duration == 270.0
    assert [(m.start, m.caption) for m in back.moments] == [(12.0, "twelve seconds in")]  # 3612 s of a file from 3600 s
    assert notes == []


def test_fcpx_asset_without_any_file_is_named_in_a_warning():
    text = FCPX_MEDIA_REP.replace("PROXY", "").replace('<media-rep kind="original-media" sig="A1" src="MEDIA"/>', "")
    with pytest.warns(ExportWarning, match=r"^cut\.fcpxml: asset 'cam' names no media file \(no src, no "
                                           r"media-rep\): the timeline names no footage"):
        back = interchange.loads(text, "fcpx", origin="cut.fcpxml")
    assert back.footage is None and [m.caption for m in back.moments] == ["twelve seconds in"]
    bare = re.sub(r"(<asset [^>]*)>\s*</asset>", r"\1/>", text)  # a self-closing asset alike
    assert "/>\n  </resources>" in bare
    with pytest.warns(ExportWarning, match=r"asset 'cam' names no media file"):
        interchange.loads(bare, "fcpx", origin="cut.fcpxml")


@pytest.mark.parametrize("name", ["clip é #1%41.mp4", "we ird#dir%20?/a%2520b 100%.mp4"])
def test_fcpx_round_trip_decodes_the_footage_path_once(samples, tmp_path, name):
    """A literal %XX in a real file name stays: the src URL is decoded once
    (it was decoded again, '%20' becoming a space: a file that does not exist)."""
    footage = tmp_path / name
    footage.parent.mkdir(parents=True, exist_ok=True)
    footage.write_bytes(samples.video.read_bytes())
    tl = Timeline(moments=(Moment(id="m1", start=1.0, caption="x"),),
                  footage=Footage(path=str(footage), duration=samples.truth["video"]["duration"], fps=samples.fps))
    written = interchange.write(tl, tmp_path / "p.fcpxml").path
    with collected(notes := [], ExportWarning):
        back = interchange.read(written)
    assert notes == []  # (an <asset-clip/> is no asset without a file)
    assert back.footage is not None and back.footage.path is not None
    assert Path(back.footage.path).resolve() == footage and Path(back.footage.path).resolve().is_file()
    # A relative src is a URL too: decoded once.
    relative = FCPX_MEDIA_REP.replace("PROXY", "").replace("MEDIA", "rel%20dir/a%2541.mov")
    assert interchange.loads(relative, "fcpx").footage.path == "rel dir/a%41.mov"


@pytest.mark.parametrize("path", [EDITORIAL_DATA / "otio-fcpx-xml-adapter" / f"fcpx_{name}.fcpxml"
                                  for name in ("event", "example", "library", "project")], ids=lambda p: p.name)
def test_fcpx_markers_of_one_frame_are_points(path):
    """Final Cut Pro writes every marker (a point in its timeline) one frame
    long: each was read as a 33-42 ms range, which subtitles kept as a cue
    of that length."""
    ref = otio.adapters.read_from_file(str(path), "fcpx_xml")
    if not isinstance(ref, otio.schema.Timeline):  # a library or event: its first project
        ref = next(iter(ref.find_children(descended_from_type=otio.schema.Timeline)))
    durations = {m.marked_range.duration.to_seconds() * m.marked_range.duration.rate
                 for item in ref.find_children() for m in getattr(item, "markers", ())}
    assert 1.0 in durations and durations <= {0.0, 1.0}  # the reference: one frame long (or none)
    with collected([], ExportWarning):
        back = interchange.read(path)
    assert back.moments and all(m.end is None for m in back.moments)


def test_fcpx_markers_longer_than_a_frame_stay_ranges_and_a_frame_long_range_is_said():
    two = FCPX_WITH_CHAPTERS.replace('<marker start="12s" duration="1/25s"', '<marker start="12s" duration="2/25s"')
    with collected([], ExportWarning):
        back = interchange.loads(two, "fcpx")
    assert [(m.start, m.end) for m in back.moments][:2] == [(12.0, 12.08), (14.0, None)]
    tl = Timeline(moments=(Moment(id="a", start=1.0, end=1.04, caption="one frame"),
                           Moment(id="b", start=2.0, end=2.08, caption="two frames")), edit_rate=25.0)
    with pytest.warns(ExportWarning, match=r"the range of moment\(s\) a \(one frame or less\) reads back as a point"):
        text = interchange.dumps(tl, "fcpx")
    assert [(m.start, m.end) for m in interchange.loads(text, "fcpx").moments] == [(1.0, None), (2.0, 2.08)]



@pytest.mark.parametrize("fps", [25.0, 30.0, 24000 / 1001, 30000 / 1001])
def test_fcpx_point_markers_are_written_one_frame_long_as_final_cut_pro_writes_them(fps):
    """Final Cut Pro writes every marker one frame long (``100/3000s``,
    ``1001/24000s``: the fixtures in tests/data); a point was written
    ``duration="0s"``. Now one frame of the project's format, read back as a
    point; a range keeps its length."""
    tl = Timeline(moments=(Moment(id="a", start=2.0, caption="point"), Moment(id="b", start=3.0, end=5.0,
                                                                              caption="range")),
                  footage=Footage(path="a.mp4", duration=60.0, fps=fps), edit_rate=fps)
    with collected([], ExportWarning):
        text = interchange.dumps(tl, "fcpx")
    root = ET.fromstring(text)
    frame = {f.get("id"): f.get("frameDuration") for f in root.iter("format")}[
        next(root.iter("sequence")).get("format")]
    markers = {m.get("value"): m.get("duration") for m in root.iter("marker")}

    def seconds(value: str | None) -> Fraction:
        return Fraction(str(value).removesuffix("s"))

    assert seconds(markers["point"]) == seconds(frame) == Fraction(1 / fps).limit_denominator(fcpx.MAX_TIMEBASE)
    assert abs(float(seconds(markers["range"])) - 2.0) <= 1 / fps
    back = interchange.loads(text, "fcpx")
    assert [(m.caption, m.end is None) for m in back.moments] == [("point", True), ("range", False)]


EDITORIAL = Path(__file__).parent / "data" / "third-party" / "editorial"


def _otio_with_markers(*markers: otio.schema.Marker) -> str:
    """An OTIO file of one 10 s clip at 24 fps holding ``markers``."""
    clip = otio.schema.Clip(name="c", source_range=otio.opentime.TimeRange(otio.opentime.RationalTime(0, 24),
                                                                            otio.opentime.RationalTime(240, 24)))
    clip.markers.extend(markers)
    track = otio.schema.Track()
    track.append(clip)
    tl = otio.schema.Timeline(name="R")
    tl.tracks.append(track)
    return str(otio.adapters.write_to_string(tl, "otio_json"))


def _marker(frame: int, name: str = "", **fields: object) -> otio.schema.Marker:
    at = otio.opentime.TimeRange(otio.opentime.RationalTime(frame, 24), otio.opentime.RationalTime(0, 24))
    return otio.schema.Marker(name=name, marked_range=at, **fields)


def test_otio_marker_comments_and_resolve_notes_and_keywords_are_kept():
    """An OTIO marker's ``comment`` and DaVinci Resolve's marker note and
    keywords (``metadata["Resolve_OTIO"]``) were dropped without a word. They
    are the moment's quote (as FCP 7 XML's <comment>), notes (as FCPX's note)
    and tags."""
    text = _otio_with_markers(
        _marker(48, comment="the editor note"),
        _marker(96, "M2", metadata={"Resolve_OTIO": {"Note": "resolve note", "Keywords": ["k", "snow"]}}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = interchange.loads(text, "otio", origin="m.otio")
    assert [(m.start, m.caption, m.quote, m.notes, m.tags) for m in back.moments] == [
        (2.0, "", "the editor note", "", ()), (4.0, "M2", "", "resolve note", ("k", "snow"))]


def test_an_otio_comment_annotate_metadata_does_not_hold_is_named():
    """A marker of annotate's own file an editor then gave a comment: the
    quote annotate wrote stays, and the comment is named, not dropped."""
    tl = Timeline(moments=(Moment(id="a", start=2.0, caption="cap", quote="the article's words"),),
                  footage=Footage(path="/tmp/f.mp4", duration=10.0, fps=24.0))
    read = otio.adapters.read_from_string(interchange.dumps(tl, "otio"), "otio_json")
    (marker,) = [m for c in read.find_clips() for m in c.markers]
    marker.comment = "check the second angle"
    with pytest.warns(ExportWarning) as said:
        back = interchange.loads(otio.adapters.write_to_string(read, "otio_json"), "otio", origin="m.otio")
    assert back.moments[0].quote == "the article's words"
    assert [str(w.message) for w in said] == [
        "m.otio: marker 'cap' at 2 s: its comment 'check the second angle' left out: the moment's quote is "
        "\"the article's words\" (from the same marker)"]


def test_fcp_xml_comments_in_an_otio_file_are_quotes_as_in_the_xml():
    """OpenTimelineIO's own premiere_example: its FCP 7 XML read by OTIO's
    adapter and saved as .otio (as otioconvert does) keeps each <comment> in
    the marker's ``fcp_xml`` metadata; the .otio import dropped it, the .xml
    import made it the quote."""
    path = EDITORIAL / "otio-fcp-adapter" / "premiere_example.xml"
    as_otio = otio.adapters.write_to_string(otio.adapters.read_from_file(str(path)), "otio_json")
    with pytest.warns(ExportWarning, match="1 marker"):  # one on a <file>, which OTIO's adapter does not place
        from_xml = interchange.read(path)
    from_otio_file = interchange.loads(as_otio, "otio", origin="premiere_example.otio")
    assert [m.quote for m in from_otio_file.moments] == [m.quote for m in from_xml.moments]
    assert "so, this happened" in [m.quote for m in from_otio_file.moments]


def test_markers_opentimelineio_does_not_place_are_named_in_a_warning():
    """OpenTimelineIO's FCPX reader skips a marker on a gap ('Marker 9' of
    its own fcpx_project.fcpxml) and the FCP 7 reader one on a <file>; a
    library's second project was skipped too. Each was lost without a word."""
    path = EDITORIAL / "otio-fcpx-xml-adapter" / "fcpx_project.fcpxml"
    assert "Marker 9" in path.read_text(encoding="utf-8")
    with pytest.warns(ExportWarning) as said:
        back = interchange.read(path)
    assert "Marker 9" not in [m.caption for m in back.moments]
    assert [str(w.message) for w in said if issubclass(w.category, ExportWarning)] == [
        f"{path}: 1 marker(s) of the file not read ('Marker 9'): OpenTimelineIO's FCPX reader does not place them "
        "(on a gap, or where it skips them)",
        f"{path}: 1 marker(s) lie outside the part of its media their clip shows ('Marker 3' of clip 'IMG_0687' at "
        "1.93333 s, which shows 3.56667-13.5667 s): placed where that part would reach, where the clip is not shown",
        f"{path}: 6 marker(s) 'Marker 2', 'Marker 3', 'Marker 7', 'Marker 8', 'Marker 5', ... lie on no clip of "
        "'IMG_0715.MOV' (a gap, another file): every marker is placed at its sequence time and the timeline names "
        "no footage (the edited sequence is what its times are in)"]
    assert back.footage is None
    xml = interchange.dumps(Timeline(moments=(Moment(id="m1", start=2.0, caption="on the clip"),),
                                     footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=FPS)), "fcp-xml")
    on_file = re.sub(r"(<file id=\"[^\"]+\">)", r"\1<marker><name>on the media</name><in>25</in><out>-1</out></marker>",
                     xml, count=1)
    with pytest.warns(ExportWarning, match=r"^cut\.xml: 1 marker\(s\) of the file not read \('on the media'\)"):
        assert [m.caption for m in interchange.loads(on_file, "fcp-xml", origin="cut.xml").moments] == ["on the clip"]
    library = EDITORIAL / "otio-fcpx-xml-adapter" / "fcpx_library.fcpxml"
    with pytest.warns(ExportWarning) as said:
        interchange.read(library)
    assert f"{library}: holds 2 projects; the first, 'OpenTimeline_Project', is read, not 'OpenTimeline_Project 1'" \
        in [str(w.message) for w in said]


RESOLVE_MARKERS = """TITLE: Timeline 1
FCM: NON-DROP FRAME

001  001      V     C        01:00:05:00 01:00:05:01 01:00:05:00 01:00:05:01
 |C:ResolveColorBlue |M:Interview starts |D:1

002  001      V     C        01:00:12:10 01:00:12:11 01:00:12:10 01:00:12:11
 |C:ResolveColorFuchsia |M:Gate opens, slowly |D:50

003  001      V     C        01:00:20:00 01:00:20:01 01:00:20:00 01:00:20:01
 |C:ResolveColorSky |M:Sky |D:1
"""


def test_resolve_marker_edl_names_colours_and_lengths_are_read():
    """Resolve's 'Timeline Markers to EDL': OpenTimelineIO's CMX reader skips
    the '|C: |M: |D:' line, so each marker came in named '001', '002'... with
    no colour or length. Read as the locator it stands for, each lands where
    the CMX reader places that locator."""
    as_locators = RESOLVE_MARKERS
    for color, name in (("ResolveColorBlue", "Interview starts"), ("ResolveColorFuchsia", "Gate opens, slowly"),
                        ("ResolveColorSky", "Sky")):
        as_locators = re.sub(rf" \|C:{color} \|M:{name} \|D:\d+",
                             f"* LOC: {{}} {color.removeprefix('ResolveColor').upper()} {name}", as_locators)
    as_locators = as_locators.format("01:00:05:00", "01:00:12:10", "01:00:20:00")
    ref = otio.adapters.read_from_string(as_locators, "cmx_3600", rate=25)
    top = ref.tracks
    placed = [(c.transformed_time_range(m.marked_range, top).start_time.to_seconds(), m.name)
              for c in ref.find_clips() for m in c.markers]
    # Attack report 7 #11 (report 6 #2): the first marker was taken for the timeline's start, 0:00; Resolve's
    # timeline starts on the hour (01:00:00:00), where the reference reader keeps each marker.
    zero = 3600.0
    with pytest.warns(ExportWarning) as said:
        back = interchange.loads(RESOLVE_MARKERS, "edl", origin="markers.edl", fps=25)
    assert [(m.start, m.caption) for m in back.moments] == [(round(t - zero, 6), n) for t, n in placed]
    assert [m.start for m in back.moments] == [5.0, 12.4, 20.0]
    assert [(m.end, m.color) for m in back.moments] == [(None, "BLUE"), (12.4 + 2.0, "MAGENTA"), (None, "")]
    assert [str(w.message) for w in said] == [
        "markers.edl: a DaVinci Resolve timeline's markers: the EDL does not say where the timeline starts; its "
        "markers are counted from 01:00:00:00, the hour its first marker falls in (Resolve starts a timeline on the "
        "hour), not from its first marker",
        "marker 'Sky': colour 'SKY' is not one editors share (RED, PINK, ORANGE, YELLOW, GREEN, CYAN, BLUE, "
        "PURPLE, MAGENTA, BLACK, WHITE); left out"]


def test_a_drop_frame_resolve_marker_edl_names_its_hour_in_drop_frame():
    # Attack report 8 #31: the warning named the hour "00:59:56:12" (01:00:00;00 counted without drops) while the
    # timeline recorded 01:00:00;00.
    text = ("TITLE: Timeline 1\nFCM: DROP FRAME\n\n001  001      V     C        01:00:05;00 01:00:05;01 "
            "01:00:05;00 01:00:05;01  \n |C:ResolveColorBlue |M:Marker 1 |D:1\n")
    with pytest.warns(ExportWarning) as said:
        back = interchange.loads(text, "edl", origin="rdf.edl")
    assert back.record_timecode == "01:00:00;00"
    counted = [str(w.message) for w in said if "counted from" in str(w.message)]
    assert len(counted) == 1 and "markers are counted from 01:00:00;00, the hour" in counted[0], counted
    assert [m.start for m in back.moments] == [5.005]  # 150 frames after 01:00:00;00, at 29.97 fps


@pytest.mark.parametrize("length", ["50", "99999999999999"])
def test_a_resolve_marker_running_past_midnight_is_refused_not_wrapped_round(length):
    text = RESOLVE_MARKERS.replace("01:00:12:10 01:00:12:11 01:00:12:10 01:00:12:11",
                                   "23:59:59:20 23:59:59:21 23:59:59:20 23:59:59:21").replace("|D:50", f"|D:{length}")
    with pytest.raises(InputError, match=rf"^markers\.edl, line 8: marker 'Gate opens, slowly' lasts {length} frames "
                                         r"from 23:59:59:20, past 24:00:00:00"):
        interchange.loads(text, "edl", origin="markers.edl", fps=25)


def _stacks_inside_stacks(levels: int) -> str:
    """An OTIO file whose one marked clip sits inside ``levels`` stacks, each in a track."""
    rt = otio.opentime.RationalTime
    clip = otio.schema.Clip(name="c", source_range=otio.opentime.TimeRange(rt(0, 24), rt(48, 24)))
    clip.markers.append(otio.schema.Marker(name="deep", marked_range=otio.opentime.TimeRange(rt(12, 24), rt(0, 24))))
    inner = json.dumps(json.loads(otio.adapters.write_to_string(clip, "otio_json")), separators=(",", ":"))
    stack = '{"OTIO_SCHEMA":"Stack.1","children":[{"OTIO_SCHEMA":"Track.1","kind":"Video","children":['
    return '{"OTIO_SCHEMA":"Timeline.1","name":"t","tracks":' + stack * levels + inner + "]}]}" * levels + "}"


def test_an_otio_file_nested_past_what_opentimelineio_survives_is_one_error_line(tmp_path):
    """OpenTimelineIO's reader recursed until the process died (SIGSEGV, no
    message) on an OTIO file nested some 50,000 levels deep: run in a child."""
    path = tmp_path / "deep.otio"
    path.write_text(_stacks_inside_stacks(12_500), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "annotate", "import", str(path), "-o", str(tmp_path / "t.yaml")],
                            capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[1])
    assert result.returncode == 2, result.returncode
    assert result.stderr == f"annotate: error: {path}: is nested more than 1000 levels deep\n"
    assert not (tmp_path / "t.yaml").exists()


def test_an_otio_clip_inside_200_nested_stacks_still_reads():
    back = interchange.loads(_stacks_inside_stacks(200), "otio")
    assert [(m.start, m.caption) for m in back.moments] == [(0.5, "deep")]


def test_edl_ranges_ride_in_a_comment_the_cmx_reader_keeps(tmp_path):
    tl = Timeline(moments=(Moment(id="a", start=2.0, end=4.5, caption="span"),), edit_rate=30.0)
    text = interchange.write(tl, tmp_path / "r.edl").path.read_text(encoding="utf-8")
    assert "* ANNOTATE RANGE: LOC 1 TO 00:00:04:15" in text and "* ANNOTATE RATE: 30" in text
    ref = otio.adapters.read_from_string(text, "cmx_3600", rate=30)
    assert ref.find_clips()[0].markers[0].marked_range.start_time.to_seconds() == 2.0
    assert interchange.loads(text, "edl").moments[0].end == 4.5


def test_an_edl_comment_naming_a_locator_by_thousands_of_digits_is_no_locator_of_the_clip():
    # A hand-edited "ANNOTATE ID: LOC 2000...0" (5,000 digits) crashed the import (int() of the digits past
    # Python's 4,300-digit limit): no clip has such a locator, so the comment names none.
    tl = Timeline(moments=(Moment(id="a", start=2.0, caption="gate"), Moment(id="b", start=3.0, end=4.0,
                                                                           caption="run")), edit_rate=25.0)
    text = interchange.dumps(tl, "edl")
    text = text.replace("ANNOTATE ID: LOC 2 ", "ANNOTATE ID: LOC 2" + "0" * 5000 + " ")
    text = text.replace("ANNOTATE RANGE: LOC 2 ", "ANNOTATE RANGE: LOC 2" + "0" * 5000 + " ")
    back = interchange.loads(text, "edl")
    assert [(m.id, m.start, m.end) for m in back.moments] == [("a", 2.0, None), ("m2", 3.0, None)]


@settings(max_examples=40, deadline=None)
@example(fmt="fcpx", rate=25.0, marks=[(1981, 113, "", "")])  # start and length each read a frame early once
@example(fmt="fcpx", rate=25.0, marks=[(203, 25, "", "")])  # 203/25 s, frame 202 to OpenTimelineIO's reader
@example(fmt="fcpx", rate=24.0, marks=[(0, 1, "", "")])  # a frame long: a point
@given(fmt=st.sampled_from(["edl", "fcp-xml", "fcpx", "otio"]), rate=edit_rates,
       marks=st.lists(st.tuples(st.integers(0, 2_000_000), st.integers(0, 300), marker_colors,
                                st.sampled_from(["", "CUT", "TWO WORDS"])), min_size=1, max_size=5))
def test_editor_round_trips_keep_frames_ranges_colours_names_and_rate(fmt, rate, marks):
    warnings.simplefilter("ignore", ExportWarning)  # FCPX's lost colours are announced; checked below
    assume(fmt != "fcpx" or rate.is_integer())  # NTSC FCPX: see test_fcpx_at_ntsc_rates
    moments = tuple(Moment(id=f"m{i}", start=start / rate, end=(start + length) / rate if length else None,
                           caption=name, color=color)
                    for i, (start, length, color, name) in enumerate(sorted(marks), start=1))
    back = interchange.loads(interchange.dumps(Timeline(moments=moments, edit_rate=rate), fmt), fmt)
    assert back.edit_rate == pytest.approx(rate)

    def kept(color: str) -> str:
        if fmt == "otio":  # exact: an unset colour stays unset
            return color
        color = color or "RED"  # written as the moment's status colour (red: not aligned, not approximate)
        # FCPX markers are to-do (red), completed (green) or plain (purple)
        return color if fmt != "fcpx" or color in fcpx.KEPT_COLORS else "PURPLE"

    # FCPX writes every marker a frame long: one that long reads back as the point it marks (its export says so).
    assert [(m.caption, m.color, m.end is None) for m in back.moments] == \
        [(name, kept(color), not n or (fmt == "fcpx" and n <= 1)) for _, n, color, name in sorted(marks)]
    # Every frame exactly (OpenTimelineIO's FCPX reader alone truncates 203/25 s to frame 202).
    for m, (s, n, _, _) in zip(back.moments, sorted(marks), strict=True):
        assert round(m.start * rate) == s
        assert m.end is None or round(m.end * rate) == s + n


@pytest.mark.parametrize(("name", "fps"), [("otio-cmx3600-adapter/no_spaces_test.edl", 25),
                                         ("otio-cmx3600-adapter/screening_example.edl", 25),
                                         ("otio-cmx3600-adapter/speed_effects.edl", 25),
                                         ("otio-fcp-adapter/premiere_example.xml", None)])
def test_fcpx_round_trips_of_editors_files_give_every_time_back(name, fps):
    """OpenTimelineIO's FCPX reader computes ``int(203 / 25 * 25)``, 202: these
    files' markers at 8.12 s (``203/25s``), 53.92 s and, at 30 fps, 16.4 s
    (``492/30s``) came back a frame early, without a word."""
    warnings.simplefilter("ignore", ExportWarning)
    timeline = interchange.read(EDITORIAL_DATA / name, **({"fps": fps} if fps else {}))
    back = interchange.loads(interchange.dumps(timeline, "fcpx"), "fcpx")
    rate = interchange.common.fps_of(timeline)
    short = 1 / rate + 1e-9  # a range of one frame is a point in Final Cut Pro (its export says so)
    assert [(m.start, None if m.end is None or m.end - m.start <= short else m.end) for m in timeline.moments] == \
        [(m.start, m.end) for m in back.moments]


def test_fcpx_export_of_a_range_of_one_frame_given_to_the_microsecond_says_it_reads_back_a_point():
    """``nested_example.otio``'s 'Clip Inside A Track' (16.416667-16.458334 s,
    one frame at 24 fps, times to the microsecond) passed for more than a
    frame in seconds: it came back a point without the export's warning."""
    timeline = interchange.read(EDITORIAL_DATA / "OpenTimelineIO" / "nested_example.otio")
    clip = next(m for m in timeline.moments if m.caption == "Clip Inside A Track")
    said: list[str] = []
    with collected(said, ExportWarning):
        text = interchange.dumps(timeline, "fcpx")
    assert [m.end for m in interchange.loads(text, "fcpx").moments if m.caption == clip.caption] == [None]
    assert [s for s in said if "a marker of one frame is a point" in s] == [
        f"FCPX: a marker of one frame is a point in Final Cut Pro, which writes every marker so: the range of "
        f"moment(s) {clip.id} (one frame or less) reads back as a point"]


def test_fcpx_round_trip_into_its_timeline_keeps_the_alignment_of_moments_nobody_moved(tmp_path):
    """A moment moved by more than half a frame loses its alignment on import
    into its timeline: read a frame early, 8.12 s (``203/25s``) lost it."""
    aligned = Alignment(203 / 25, "cut", 3.0)
    story = tmp_path / "story.yaml"
    save(Timeline(moments=(Moment(8.0, id="m1", caption="gate", alignment=aligned),
                           Moment(228 / 25, id="m2", caption="car", alignment=Alignment(228 / 25, "speech", 0.5))),
                  footage=Footage(path="f.mp4", fps=25.0, duration=20.0)), story)
    exported = interchange.write(load(story), tmp_path / "edit.fcpxml").path
    interchange.import_into(exported, story)
    after = load(story)
    assert [(m.id, m.effective_start, m.alignment) for m in after.moments] == \
        [("m1", 203 / 25, aligned), ("m2", 228 / 25, Alignment(228 / 25, "speech", 0.5))]


@pytest.mark.parametrize("name", ["dissolve_test_3", "dissolve_test_4", "no_spaces_test", "screening_example",
                                  "speed_effects", "speed_effects_small"])
def test_an_edl_without_a_rate_is_read_at_the_common_rate_where_its_durations_agree(name):
    """These 24 fps EDLs of the cmx_3600 adapter state no rate: read at 25,
    their source and record durations differed (the warning said so, and the
    rate stayed 25), every time a fraction of a frame off."""
    path = EDITORIAL_DATA / "otio-cmx3600-adapter" / f"{name}.edl"
    said: list[str] = []
    with collected(said, ExportWarning):
        guessed = interchange.read(path)
    assert guessed.edit_rate == 24.0
    assert said[0].startswith(f"{path}: the EDL does not state its frame rate; read at 24 fps, at which ")
    assert "at 25 fps" in said[0] and said[0].endswith("(pass --fps to choose)")
    assert not [s for s in said if "source and record durations differ" in s]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stated = interchange.read(path, fps=24)
    assert guessed.moments == stated.moments


def test_an_edl_without_a_rate_whose_durations_agree_at_25_is_read_at_25():
    said: list[str] = []
    with collected(said, ExportWarning):
        back = interchange.read(EDITORIAL_DATA / "otio-cmx3600-adapter" / "25fps.edl")
    assert back.edit_rate == 25.0 and said[0].endswith("read at 25 fps (pass --fps to choose)")


def test_drop_frame_locators_are_read_not_skipped(tmp_path):
    """The CMX reader skips a locator in drop-frame notation without a word;
    it is read at the frame the timecode names (29.97 is taken as 30000/1001)."""
    path = tmp_path / "df.edl"
    path.write_text("TITLE: DF\nFCM: DROP FRAME\n\n"
                    "001  AX       V     C        00:00:00;00 00:02:00;02 00:00:00;00 00:02:00;02\n"
                    "* LOC: 00:01:00;02 BLUE    after the minute\n* LOC: 00:00:10;00 RED\n", encoding="utf-8")
    back = interchange.read(path, fps=29.97)
    frame = otio.opentime.from_timecode("00:01:00;02", 30000 / 1001)
    assert [(m.start, m.caption, m.color) for m in back.moments] == \
        [(10.0 * 1001 / 1000, "", "RED"), (round(frame.to_seconds(), 6), "after the minute", "BLUE")]
    assert back.edit_rate == 30000 / 1001


@pytest.mark.parametrize("fps", [30000 / 1001, 60000 / 1001])
def test_an_ntsc_edl_is_read_by_the_cmx_reader_with_every_locator_on_its_frame(fps, tmp_path):
    """At 29.97 and 59.94 the export wrote OTIO's drop-frame notation (``;``)
    without an FCM line: OTIO's cmx_3600 reader (the reference) skipped every
    locator, 0 of 4 came back, and CMX readers (Avid, Premiere) had no frame
    code mode. It is now ``FCM: NON-DROP FRAME`` with every timecode counted
    in frames (``:``), which every reader places on the same frame."""
    times = [0.0, 3.5, 65.0, 612.345, 3599.0]
    timeline = Timeline(moments=tuple(Moment(id=f"m{i}", start=t, end=t + 2 if i == 2 else None, caption=f"C{i}")
                                      for i, t in enumerate(times, 1)),
                        footage=Footage(path="ntsc.mp4", fps=fps, duration=3700.0))
    path = interchange.write(timeline, tmp_path / "ntsc.edl").path
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "FCM: NON-DROP FRAME"
    assert not [line for line in lines if ";" in line and not line.startswith(("* FROM", "TITLE"))]
    reference = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=fps)
    read = sorted(m.marked_range.start_time.to_seconds() for c in reference.find_clips() for m in c.markers)
    assert len(read) == len(times)
    for want, got in zip(times, read, strict=True):
        assert abs(got - want) <= 0.5 / fps + 1e-6, (want, got)
    back = interchange.read(path)
    assert [round(m.start * fps) for m in back.moments] == [frame_of(t, fps) for t in times]
    assert back.moments[1].end is not None and round(back.moments[1].end * fps) == frame_of(5.5, fps)


NTSC = 30000 / 1001
DF_LOCATOR = ("001  AX       V     C        00:00:00:00 00:00:10:00 00:00:00:00 00:00:10:00\n"
              "* LOC: 00:00:05;02 RED     m\n")


def test_a_drop_frame_edl_without_a_rate_is_read_at_29_97_with_a_warning():
    """Drop-frame timecode counts at 29.97 or 59.94 fps only: a file without
    a rate was read at 25 and ended in OTIO's ValueError (exit 70)."""
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        back = interchange.loads(DF_LOCATOR, "edl", origin="df.edl")
    assert [(m.start, m.caption) for m in back.moments] == \
        [(round(otio.opentime.from_timecode("00:00:05;02", NTSC).to_seconds(), 6), "m")]
    assert back.edit_rate == NTSC
    assert [str(w.message) for w in said] == [
        "df.edl: the EDL does not state its frame rate; its timecode is drop-frame (line 2: locator "
        "'00:00:05;02'), which counts at 29.97 or 59.94 fps: read at 29.97 fps (pass --fps 59.94 to choose the other)"]


def test_a_drop_frame_edl_written_by_otio_reads_back_on_its_frames_without_a_rate():
    """OpenTimelineIO's CMX writer writes 29.97 as drop frame (``;``, no FCM
    line): each marker comes back on the frame it wrote, across minute marks."""
    frames = [0, 1799, 1800, 17982, 17983, 107892]  # 0:59;29, 1:00;02, 10:00;00, 10:00;01, 1:00:00;00
    clip = otio.schema.Clip(name="A", source_range=otio.opentime.TimeRange(
        otio.opentime.RationalTime(0, NTSC), otio.opentime.RationalTime(108000, NTSC)))
    for n, frame in enumerate(frames):
        clip.markers.append(otio.schema.Marker(name=f"M{n}", marked_range=otio.opentime.TimeRange(
            otio.opentime.RationalTime(frame, NTSC), otio.opentime.RationalTime(0, NTSC))))
    tl = otio.schema.Timeline(name="DF")
    tl.tracks.append(otio.schema.Track(children=[clip]))
    text = otio.adapters.write_to_string(tl, "cmx_3600", rate=NTSC)
    assert "* LOC: 00:01:00;02" in text and "FCM" not in text
    back = interchange.loads(text, "edl", origin="otio.edl")
    assert back.edit_rate == NTSC
    assert [(m.caption, frame_of(m.start, NTSC)) for m in back.moments] == [(f"M{n}", f) for n, f in enumerate(frames)]


def test_fcm_drop_frame_makes_the_timecodes_after_it_drop_frame_until_non_drop():
    """CMX 3600's frame code mode, which OTIO's reader ignores: under
    ``FCM: DROP FRAME`` 00:11:00:02 is 30 frames after 00:10:59:00 (two frame
    numbers are skipped at the minute), after ``FCM: NON-DROP FRAME`` 32."""
    text = ("TITLE: FCM\nFCM: DROP FRAME\n"
            "001  AX       V     C        00:10:59:00 00:11:09:00 00:00:00:00 00:00:09:28\n"
            "* LOC: 00:11:00:02 RED     drop\n"
            "FCM: NON-DROP FRAME\n"
            "002  BX       V     C        00:10:59:00 00:11:09:00 00:00:09:28 00:00:19:28\n"
            "* LOC: 00:11:00:02 BLUE    non drop\n")
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        back = interchange.loads(text, "edl", origin="fcm.edl")
    assert back.edit_rate == NTSC
    assert [(m.caption, frame_of(m.start, NTSC)) for m in back.moments] == [("drop", 30), ("non drop", 298 + 32)]
    assert [str(w.message) for w in said] == [
        "fcm.edl: the EDL does not state its frame rate; its timecode is drop-frame (line 2: FCM: DROP FRAME), "
        "which counts at 29.97 or 59.94 fps: read at 29.97 fps (pass --fps 59.94 to choose the other)"]


def test_a_drop_frame_edl_with_frames_past_29_is_read_at_59_94_without_a_guess():
    text = DF_LOCATOR.replace("00:00:10:00", "00:02:00:00").replace("00:00:05;02", "00:01:00;45")
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        back = interchange.loads(text, "edl", origin="df.edl")
    assert not said and back.edit_rate == 60000 / 1001
    assert frame_of(back.moments[0].start, 60000 / 1001) == 60 * 60 + 45 - 4


@pytest.mark.parametrize("fps", [25, 30, 24, 23.976, 60])
def test_a_drop_frame_edl_at_a_contradicting_rate_is_refused_in_one_line(fps):
    with pytest.raises(InputError) as info:
        interchange.loads(DF_LOCATOR, "edl", origin="df.edl", fps=fps)
    assert str(info.value) == ("df.edl, line 2, locator: drop-frame timecode '00:00:05;02' counts only at 29.97 "
                               f"or 59.94 fps, not at --fps {fps:g}")
    fcm = "FCM: DROP FRAME\n" + DF_LOCATOR.replace(";", ":")
    with pytest.raises(InputError, match=r"^df\.edl, line 2, event 001 source in: drop-frame timecode '00:00:00:00' "
                       r"\(under the FCM: DROP FRAME of line 1\) counts only at 29\.97 or 59\.94 fps, not at --fps"):
        interchange.loads(fcm, "edl", origin="df.edl", fps=fps)


def test_a_drop_frame_edl_contradicting_its_annotate_rate_names_it():
    with pytest.raises(InputError, match=r"^df\.edl, line 2, locator: drop-frame timecode '00:00:05;02' counts only "
                       r"at 29\.97 or 59\.94 fps, not at the 25 fps of its ANNOTATE RATE \(line 3\)$"):
        interchange.loads(DF_LOCATOR + "* ANNOTATE RATE: 25\n", "edl", origin="df.edl")


@pytest.mark.parametrize(("timecode", "fps"), [("00:01:00;01", None), ("00:09:00;00", 29.97), ("00:01:00;03", 59.94)])
def test_a_timecode_drop_frame_skips_is_refused(timecode, fps):
    """Drop frame skips the first frame numbers of each minute but every
    tenth; OTIO's timecode reads such a label as a frame two earlier."""
    with pytest.raises(InputError, match=rf"^df\.edl, line 2, locator: drop-frame timecode '{timecode}' does not "
                       r"exist at \d\d\.\d\d fps: frames 00 (and 01|to 03) are skipped at the start of every minute "
                       "but each tenth$"):
        interchange.loads(DF_LOCATOR.replace("00:00:05;02", timecode), "edl", origin="df.edl", fps=fps)


def test_cli_import_of_a_drop_frame_edl(tmp_path):
    """The attacker's reproductions: exit 0 without --fps, one line and exit 2 at a contradicting one."""
    (tmp_path / "df.edl").write_text(DF_LOCATOR, encoding="utf-8")
    (tmp_path / "df2.edl").write_text("FCM: DROP FRAME\n001  AX       V     C        00:00:00;00 00:00:10;00 "
                                      "00:00:00;00 00:00:10;00\n", encoding="utf-8")
    runner = CliRunner()
    for name in ("df.edl", "df2.edl"):
        result = runner.invoke(main, ["import", str(tmp_path / name), "-o", str(tmp_path / f"{name}.yaml")])
        assert result.exit_code == 0, result.output
        assert load(tmp_path / f"{name}.yaml").edit_rate == NTSC
    assert load(tmp_path / "df2.edl.yaml").moments[0].end == round(300 / NTSC, 6)
    result = runner.invoke(main, ["import", str(tmp_path / "df.edl"), "--fps", "30", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"annotate: error: {tmp_path / 'df.edl'}, line 2, locator: drop-frame timecode '00:00:05;02' counts only "
        "at 29.97 or 59.94 fps, not at --fps 30"]


@pytest.mark.parametrize("written", ["* loc:", "* Loc:", "  *LOC:"])
def test_a_locator_not_in_capitals_is_read_as_the_cmx_reader_reads_one_in_capitals(written):
    """The CMX reader skips '* loc:' without a word (a hand-edited EDL lost its locator)."""
    capitals = ("TITLE: X\nFCM: NON-DROP FRAME\n"
                "001  AX       V     C        00:00:00:00 00:00:10:00 00:00:00:00 00:00:10:00\n"
                "* LOC: 00:00:02:00 RED     first\n* LOC: 00:00:04:12 GREEN   second\n")
    ref = otio.adapters.read_from_string(capitals, "cmx_3600", rate=25)
    expected = [(m.marked_range.start_time.to_seconds(), m.name, m.color) for m in ref.find_clips()[0].markers]
    assert len(expected) == 2
    hand_edited = capitals.replace("* LOC: 00:00:04:12", f"{written} 00:00:04:12")
    back = interchange.loads(hand_edited, "edl", fps=25)
    assert [(m.start, m.caption, m.color) for m in back.moments] == expected


def test_a_rate_timecode_cannot_count_at_is_refused(tmp_path):
    path = tmp_path / "r.edl"
    path.write_text("TITLE: R\n\n001  AX V C 00:00:00:00 00:00:01:00 00:00:00:00 00:00:01:00\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"--fps: EDL timecode cannot count at 12.5 fps"):
        interchange.read(path, fps=12.5)


@pytest.mark.parametrize("fps", [24000 / 1001, 30000 / 1001, 60000 / 1001])
def test_fcpx_at_ntsc_rates_is_written_whole_and_read_back_on_the_frame(tmp_path, fps):
    """otio-fcpx-xml-adapter leaves frameDuration empty at 24000/1001 (filled
    here) and reads such a rate as a whole number (23 fps, every time about 4 %
    late); import reads it back at its own rate, each moment on its frame."""
    frame = 1001 / round(fps * 1001 / 1000) / 1000
    tl = Timeline(moments=(Moment(id="a", start=2400 * frame, caption="late"),
                           Moment(id="b", start=7 * frame, end=31 * frame, caption="span")),
                  footage=Footage(path="a.mp4", duration=3000 * frame, fps=fps), edit_rate=fps)
    path = interchange.write(tl, tmp_path / "ntsc.fcpxml").path
    text = path.read_text(encoding="utf-8")
    assert f'frameDuration="1001/{round(fps * 1.001) * 1000}s"' in text
    back = interchange.read(path)
    assert back.edit_rate == pytest.approx(fps) and back.footage is not None
    assert back.footage.fps == pytest.approx(fps)
    assert [(m.caption, frame_of(m.start, fps), m.end and frame_of(m.end, fps, end=True)) for m in back.moments] == \
        [("span", 7, 31), ("late", 2400, None)]


@pytest.mark.parametrize("fps", [24000 / 1001, 30000 / 1001, 60000 / 1001, 24.0])
def test_an_fcpx_export_leaves_the_adapters_frame_duration_table_as_it_found_it(tmp_path, fps):
    """The export gave otio-fcpx-xml-adapter's module-wide frame-duration
    table the rates it lacked (24000/1001 ...) and left them there: importing
    annotate changed another library for every later user of it. The table
    is extended for the export only; the file still has the footage's sound
    on its frames."""
    table = otio.adapters.from_name("fcpx_xml").module().FRAMERATE_FRAMEDURATION
    before = dict(table)
    tl = Timeline(moments=(Moment(id="a", start=1.0, caption="one"),),
                  footage=Footage(path="a.mp4", duration=6.0, fps=fps, has_audio=True))
    path = interchange.write(tl, tmp_path / "x.fcpxml").path
    assert dict(otio.adapters.from_name("fcpx_xml").module().FRAMERATE_FRAMEDURATION) == before
    text = path.read_text(encoding="utf-8")
    assert 'hasAudio="1"' in text and 'frameDuration=""' not in text
    reference = otio.adapters.read_from_file(str(path), adapter_name="fcpx_xml")
    assert {str(t.kind) for t in reference.tracks} == {"Video", "Audio"}


@pytest.mark.parametrize("fps", [24000 / 1001, 30000 / 1001, 60000 / 1001, 25.0])
def test_fcpx_at_ntsc_rates_warns_that_the_reference_reader_counts_whole_frames(tmp_path, fps):
    """otio-fcpx-xml-adapter reads an NTSC file at its rate's whole part (23,
    29, 59 fps), so an OpenTimelineIO tool gets every marker up to a frame
    early (19.9 s as 19.870 s at 23.976), and the export said nothing; no
    form of the file avoids it (Final Cut Pro needs the true frame duration)."""
    tl = Timeline(moments=(Moment(id="a", start=19.9, caption="late"),),
                  footage=Footage(path="a.mp4", duration=30.0, fps=fps))
    written = interchange.write(tl, tmp_path / "x.fcpxml")
    said = [n for n in written.notes if "otio-fcpx-xml-adapter" in n]
    reference = otio.adapters.read_from_file(str(written.path), adapter_name="fcpx_xml")
    got = next(m for c in reference.find_clips() for m in c.markers).marked_range.start_time.to_seconds()
    whole, written_at = int(fps), frame_of(19.9, fps) / fps
    if fps == round(fps):
        assert not said and abs(got - written_at) < 1e-6
    else:
        assert len(said) == 1 and f"{whole} fps" in said[0] and f"{fps:.5g}" in said[0]
        assert 1e-6 < written_at - got < 1 / whole  # early by less than a frame, as the warning says


@pytest.mark.parametrize("fmt", ["edl", "otio"])
def test_a_timeline_without_moments_comes_back_without(fmt):
    """annotate's own EDL and OTIO files say so: their one clip is the footage,
    not an editor's select to turn into a moment."""
    text = interchange.dumps(Timeline(footage=Footage(path="a.mp4", duration=9.0, fps=25.0)), fmt)
    back = interchange.loads(text, fmt)
    assert back.moments == ()


def test_several_videos_export_to_otio_one_track_each_and_read_back():
    tl = Timeline(
        title="Two angles",
        videos=(Footage(path="/v/rooftop.mp4", duration=30.0, fps=25.0),
                Footage(path="/v/street.mp4", duration=20.0, fps=25.0, id="street")),
        moments=(Moment(4.0, id="m1", caption="gate", alignment=Alignment(4.2, "cut", 3.0)),
                 Moment(2.0, id="m2", caption="car", footage="street"),
                 Moment(7.0, id="m3", caption="run", footage="street")),
    )
    text = interchange.dumps(tl, "otio")
    parsed = otio.adapters.read_from_string(text, "otio_json")
    tracks = [(t.name, [c.name for c in t.find_clips()], [len(c.markers) for c in t.find_clips()])
              for t in parsed.tracks]
    assert tracks == [("V1", ["rooftop.mp4"], [1]), ("V2", ["street.mp4"], [2])]
    back = interchange.loads(text, "otio")
    assert [v.id for v in back.videos] == ["rooftop", "street"]
    assert {m.id: (back.video_id(m), m.effective_start) for m in back.moments} == {
        "m1": ("rooftop", 4.2), "m2": ("street", 2.0), "m3": ("street", 7.0)}


def test_several_videos_round_trip_through_json(tmp_path):
    tl = Timeline(
        title="Two angles",
        videos=(Footage(path="/v/rooftop.mp4", duration=30.0, fps=25.0), Footage(path="/v/b.mp4", id="street")),
        moments=(Moment(4.0, id="m1", alignment=Alignment(4.2, "cut", 3.0)),
                 Moment(2.0, id="m2", footage="street")),
    )
    tl = tl.with_moments([replace(tl.moments[0], alternatives=(Alternative("street", 1.2),)), tl.moments[1]])
    data = json.loads(interchange.dumps(tl, "json"))
    assert data["schema_version"] == 2 and data["footage"] is None
    assert [v["id"] for v in data["videos"]] == ["rooftop", "street"]
    assert [(m["footage"], m["alternatives"]) for m in data["moments"]] == [
        ("rooftop", [{"footage": "street", "start": 1.2}]), ("street", [])]
    assert interchange.read(interchange.write(tl, tmp_path / "two.json").path) == tl
    single = json.loads(interchange.dumps(tl.for_video("street"), "json"))
    assert single["videos"] == [] and single["footage"]["id"] == "street"


def test_several_videos_in_csv_get_a_footage_column_and_read_back(tmp_path):
    tl = Timeline(
        videos=(Footage(path="/v/rooftop.mp4", duration=30.0, fps=25.0), Footage(path="/v/b.mp4", id="street")),
        moments=(Moment(4.0, id="m1", caption="gate"), Moment(2.5, id="m2", caption="car", footage="street"),
                 Moment(7.0, id="m3", caption="run", footage="rooftop")))
    path = interchange.write(tl, tmp_path / "two.csv").path
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert [(r["id"], r["footage"]) for r in rows] == [("m1", "rooftop"), ("m2", "street"), ("m3", "rooftop")]
    back = interchange.read(path)
    assert [v.id for v in back.videos] == ["rooftop", "street"]
    assert [(m.id, back.video_id(m), m.start) for m in back.moments] == [
        ("m1", "rooftop", 4.0), ("m2", "street", 2.5), ("m3", "rooftop", 7.0)]
    # One video: the file is as it always was (no footage column).
    assert "footage" not in interchange.dumps(tl.for_video("street"), "csv").splitlines()[0]


def test_a_bad_video_id_in_csv_names_line_and_column(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("id,start,footage\nm1,0:04,rooftop\nm2,0:05,roof top\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"two.csv, line 3, field 'footage': a video id is 1-40"):
        interchange.read(path)


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(video_ids, min_size=2, max_size=4, unique_by=str.casefold),
       picks=st.lists(st.integers(0, 3), min_size=1, max_size=6))
def test_csv_round_trips_hostile_video_ids(ids, picks):
    moments = tuple(Moment(float(n), id=f"m{n}", footage=ids[p % len(ids)]) for n, p in enumerate(picks))
    tl = Timeline(videos=tuple(Footage(id=i) for i in ids), moments=moments)
    back = interchange.loads(interchange.dumps(tl, "csv"), "csv")
    assert [(m.id, back.video_id(m)) for m in back.moments] == [(m.id, tl.video_id(m)) for m in moments]


def _two_angles(first: str = "rooftop", second: str = "street") -> Timeline:
    return Timeline(
        title="Two angles",
        videos=(Footage(path=f"/v/{first}.mp4", duration=30.0, fps=25.0, id=first),
                Footage(path="/v/b.mp4", duration=20.0, fps=25.0, id=second)),
        moments=(Moment(4.0, id="m1", caption="gate"), Moment(2.4, end=3.6, id="m2", caption="car", footage=second),
                 Moment(7.0, id="m3", caption="run", footage=second), Moment(9.0, id="m4", caption="end")))


def test_several_videos_in_an_edl_get_an_event_and_reel_each_and_read_back():
    tl = _two_angles()
    text = interchange.dumps(tl, "edl")
    parsed = otio.adapters.read_from_string(text, "cmx_3600", rate=25)
    clips = list(parsed.find_clips())
    assert [(c.metadata["cmx_3600"]["reel"], c.source_range.duration.to_seconds(), len(c.markers)) for c in clips] \
        == [("rooftop", 30.0, 2), ("street", 20.0, 2)]
    back = interchange.loads(text, "edl")
    assert [(v.id, v.path) for v in back.videos] == [("rooftop", "/v/rooftop.mp4"), ("street", "/v/b.mp4")]
    # Each locator at its own footage's time (not the record time after the first event), on its video.
    assert [(back.video_id(m), m.start, m.end, m.caption) for m in back.moments] == [
        ("rooftop", 4.0, None, "GATE"), ("rooftop", 9.0, None, "END"), ("street", 2.4, 3.6, "CAR"),
        ("street", 7.0, None, "RUN")]
    assert [m.id for m in back.moments] == ["m1", "m4", "m2", "m3"]  # each id back from its ANNOTATE ID comment
    # One video: the EDL is as it always was.
    assert "ANNOTATE VIDEO" not in interchange.dumps(tl.for_video("street"), "edl")


def test_several_videos_in_fcp_xml_get_a_track_each_and_read_back():
    tl = _two_angles()
    text = interchange.dumps(tl, "fcp-xml")
    parsed = otio.adapters.read_from_string(text, "fcp_xml")
    assert [[len(c.markers) for c in t.find_clips()] for t in parsed.tracks] == [[2], [2]]
    back = interchange.loads(text, "fcp-xml")
    assert [(v.id, v.path, v.duration) for v in back.videos] == [("rooftop", "/v/rooftop.mp4", 30.0),
                                                                  ("street", "/v/b.mp4", 20.0)]
    assert [(back.video_id(m), m.start, m.end, m.caption) for m in back.moments] == [
        ("rooftop", 4.0, None, "gate"), ("rooftop", 9.0, None, "end"), ("street", 2.4, 3.6, "car"),
        ("street", 7.0, None, "run")]
    assert "annotate_video" not in interchange.dumps(tl.for_video("street"), "fcp-xml")


def test_several_videos_in_fcpx_get_a_clip_each_in_the_spine_and_read_back():
    tl = _two_angles()
    with pytest.warns(ExportWarning, match=r"'m4' as m2, 'm2' as m3, 'm3' as m4"):  # FCPX holds no ids
        text = interchange.dumps(tl, "fcpx")
    parsed = otio.adapters.read_from_string(text, "fcpx_xml")
    assert [[(c.name, c.range_in_parent().start_time.to_seconds(), len(c.markers)) for c in t.find_clips()]
            for t in parsed.tracks] == [[("rooftop.mp4", 0.0, 2), ("b.mp4", 30.0, 2)]]
    back = interchange.loads(text, "fcpx")
    assert [(v.id, v.path) for v in back.videos] == [("rooftop", "/v/rooftop.mp4"), ("street", "/v/b.mp4")]
    assert [(back.video_id(m), m.start, m.end, m.caption) for m in back.moments] == [
        ("rooftop", 4.0, None, "gate"), ("rooftop", 9.0, None, "end"), ("street", 2.4, 3.6, "car"),
        ("street", 7.0, None, "run")]
    assert "annotate video" not in interchange.dumps(tl.for_video("street"), "fcpx")


@settings(max_examples=40, deadline=None)
@given(ids=st.lists(video_ids, min_size=2, max_size=2, unique_by=str.casefold))
def test_edl_reels_from_hostile_video_ids_are_short_distinct_and_read_back(ids):
    tl = _two_angles(*ids)
    # Two files (FCP XML and FCPX keep one asset per file: two videos of one file are one there).
    tl = replace(tl, videos=(tl.videos[0], replace(tl.videos[1], path=f"/w/{ids[1]}.mp4")))
    text = interchange.dumps(tl, "edl")
    reels = [c.metadata["cmx_3600"]["reel"] for c in otio.adapters.read_from_string(text, "cmx_3600",
                                                                                    rate=25).find_clips()]
    assert all(re.fullmatch(r"[A-Za-z0-9]{1,8}", r) for r in reels) and reels[0].casefold() != reels[1].casefold()
    for fmt in ("edl", "fcp-xml", "fcpx"):
        back = interchange.loads(interchange.dumps(tl, fmt), fmt)
        assert [v.id for v in back.videos] == ids
        assert sorted((back.video_id(m), m.start) for m in back.moments) == sorted(
            (tl.video_id(m), m.start) for m in tl.moments)


@pytest.mark.parametrize("name", ["AX", "bl", "BLACK", "Black"])
def test_a_video_named_as_a_reserved_reel_keeps_its_event_and_reel(name):
    """OpenTimelineIO's CMX reader takes reel AX for no reel and BL/BLACK for
    black (a gap): a video named so lost its event or reel (hypothesis found
    ids '0' and 'AX')."""
    tl = _two_angles("rooftop", name)
    tl = replace(tl, videos=(tl.videos[0], replace(tl.videos[1], path=f"/w/{name}.mp4")))
    text = interchange.dumps(tl, "edl")
    clips = otio.adapters.read_from_string(text, "cmx_3600", rate=25).find_clips()
    reels = [c.metadata["cmx_3600"]["reel"] for c in clips]
    assert len(clips) == 2 and reels[1].upper() not in {"AX", "BL", "BLACK"} and reels[1].upper().startswith(
        name.upper())
    back = interchange.loads(text, "edl")
    assert sorted((back.video_id(m), m.start) for m in back.moments) == sorted(
        (tl.video_id(m), m.start) for m in tl.moments)


@pytest.mark.parametrize("fmt", ["youtube", "vtt-chapters"])
def test_several_videos_to_a_one_video_format_is_refused(fmt):
    """A chapter list belongs to one upload."""
    tl = Timeline(videos=(Footage(path="/v/a.mp4"), Footage(path="/v/b.mp4")),
                  moments=tuple(Moment(t, id=f"m{t:g}", caption=f"at {t:g}", footage="b") for t in (0.0, 15.0, 30.0)))
    with pytest.raises(InputError, match=rf"{fmt} export needs one video; this timeline has 2: pass --video ID"):
        interchange.dumps(tl, fmt)
    one = interchange.dumps(tl.for_video("b"), fmt)
    assert one


@pytest.mark.parametrize(("moments", "duration"), [
    ((Moment(start=90_000.0, caption="late"),), None),  # a locator past 24 h
    ((Moment(start=10.0, caption="early"),), 86_400.0),  # the footage event's record out
    ((Moment(start=86_000.0, end=86_500.0, caption="range"),), None),  # a range's end
])
def test_an_edl_time_past_24_hours_is_refused_not_wrapped_round(moments, duration, tmp_path):
    # The CMX writer wrote 25:00:00:00 as 01:00:00:00: read back an hour in.
    footage = Footage(path="f.mp4", duration=duration, fps=25.0) if duration else None
    tl = Timeline(moments=moments, footage=footage)
    with pytest.raises(OutputError, match=r"^EDL: runs to \d+:\d\d:\d\d, past 23:59:59:24, the latest time"):
        interchange.write(tl, tmp_path / "late.edl")
    assert not (tmp_path / "late.edl").exists()


def test_an_edl_just_inside_a_day_reads_back_to_the_frame(tmp_path):
    tl = Timeline(moments=(Moment(start=86_000.0, end=86_399.0, caption="late"),),
                  footage=Footage(path="f.mp4", duration=86_399.96, fps=25.0))
    back = interchange.read(interchange.write(tl, tmp_path / "late.edl").path)
    assert [(m.start, m.end) for m in back.moments] == [(86_000.0, 86_399.0)]


@pytest.mark.parametrize(("text", "key"), [
    ('{"format": "annotate-timeline", "moments": [{"start": 5, "caption": "a", "start": 7}]}', "start"),
    ('{"title": "a", "moments": [], "title": "b"}', "title"),
])
def test_a_json_key_given_twice_is_refused_not_the_last_kept(text, key, tmp_path):
    path = tmp_path / "story.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}: repeats the key '{key}' in one object"):
        interchange.read(path)


def test_json_text_fields_keep_a_number_as_written(tmp_path):
    """A caption ``2.50`` (and a title, id, note or tag) given as a JSON
    number was rewritten from the float (``2.5``, ``1000.0``); every text
    field keeps the characters written, as a YAML timeline's does, and the
    numeric fields stay numbers."""
    path = tmp_path / "n.json"
    path.write_text('{"title": 3.10, "moments": [{"id": "m1", "start": 1.50, "end": 2, "caption": 2.50, '
                    '"tags": [1.0, 7, "x"], "window": [0.50, 3]}, {"id": 2.0, "start": 5, "caption": 1E3, '
                    '"notes": -0.0}]}', encoding="utf-8")
    back = interchange.read(path)
    assert back.title == "3.10"
    assert [(m.id, m.start, m.end, m.caption, m.notes, m.tags, m.window) for m in back.moments] == [
        ("m1", 1.5, 2.0, "2.50", "", ("1.0", "7", "x"), (0.5, 3.0)), ("2.0", 5.0, None, "1E3", "-0.0", (), None)]
    assert all(type(m.start) is float for m in back.moments)
    assert json.loads(interchange.write(back, tmp_path / "again.json").path.read_text(encoding="utf-8"))[
        "moments"][0]["caption"] == "2.50"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_rows_may_end_in_any_newline(newline, delimiter, tmp_path):
    # Excel for Mac's "CSV (Macintosh)" ends rows in a bare CR: it was "not valid CSV: new-line character seen
    # in unquoted field - do you need to open the file in universal-newline mode?".
    rows = ["id;start;caption", 'm1;1;"Hello, you"', 'm2;3;"two' + newline + 'lines"']
    path = tmp_path / "story.csv"
    path.write_bytes(newline.join(r.replace(";", delimiter) for r in rows).encode("utf-8") + newline.encode())
    back = interchange.read(path)
    assert [(m.start, m.caption.splitlines()) for m in back.moments] == [(1.0, ["Hello, you"]), (3.0, ["two", "lines"])]


RATES = [(12.5, 25.0), (15.0, 30.0), (7.5, 30.0), (24.736, 25.0), (25.0, None), (30000 / 1001, None),
         (29.97, None), (50.0, None)]


# An EDL at 29.97 is written non-drop-frame, which OTIO's cmx_3600 reader reads (it skips drop-frame locators:
# test_an_ntsc_edl_is_read_by_the_cmx_reader_with_every_locator_on_its_frame).
@pytest.mark.parametrize(("fps", "stated", "suffix"), [(*r, ".xml") for r in RATES] + [(*r, ".fcpxml") for r in RATES]
                         + [(*r, ".edl") for r in RATES])
def test_markers_are_where_the_reference_reads_them_at_any_footage_rate(tmp_path, fps, stated, suffix):
    """OTIO's fcp_xml adapter refused 12.5 and 15 fps footage ("SMPTE
    timecode does not support this rate"), and wrote 24.736 fps as 25 x
    1000/1001 while counting frames at 24.736, every marker drifting; the EDL
    refused all three ("nearest timecode rate 23.976" for 12.5). Frames are
    now counted at a rate timecode counts at (a multiple of the footage's
    when there is one), and a note says which when it is not the footage's."""
    times = [5.0, 12.0, 21.0, 600.0]
    timeline = Timeline(moments=tuple(Moment(start=t, id=f"m{i}", caption=f"C{i}") for i, t in enumerate(times, 1)),
                        footage=Footage(path="cctv.mp4", fps=fps, duration=700.0))
    notes = interchange.write(timeline, tmp_path / f"x{suffix}").notes
    # (FCPX at an NTSC rate also says how the reference reader counts it: test_fcpx_at_ntsc_rates_warns_...)
    notes = [n for n in notes if "otio-fcpx-xml-adapter" not in n]
    assert len(notes) == (0 if stated is None else 1), notes
    if stated is not None:
        assert f"frames counted at {stated:.6g} fps, not {fps:.6g}" in notes[0]
    rate = fps if stated is None else stated
    adapter = {".xml": "fcp_xml", ".edl": "cmx_3600", ".fcpxml": "fcpx_xml"}[suffix]
    # The FCPX reader truncates seconds x rate: a time may come back a frame early (see annotate.interchange.fcpx).
    slack = 1.0 if suffix == ".fcpxml" else 0.0
    # An EDL does not state its rate: the reference reads it at the one written (29.97 meaning 30000/1001).
    options = {"rate": otio.opentime.RationalTime.nearest_valid_timecode_rate(rate)} if suffix == ".edl" else {}
    reference = otio.adapters.read_from_file(str(tmp_path / f"x{suffix}"), adapter_name=adapter, **options)
    read = sorted(m.marked_range.start_time.to_seconds() for c in reference.find_clips() for m in c.markers)
    for want, got in zip(times, read, strict=True):
        assert abs(got - want) <= (0.5 + slack) / rate + 1e-6, (want, got)
    back = [m.start for m in interchange.read(tmp_path / f"x{suffix}").moments]
    assert all(abs(got - want) <= 0.5 / rate + 1e-6 for want, got in zip(times, back, strict=True)), back


@pytest.mark.parametrize("name", ["out.otio", "out.json", "out.xml", "out.edl", "out.fcpxml"])
def test_an_export_beside_the_timeline_folder_imports_back_to_the_same_footage_and_article(samples, tmp_path,
                                                                                           name):
    # The README's round trip: export timelines/story.yaml -o edited.otio, import it -o timelines/story.yaml.
    # Relative paths in the exported file must hold from the exported file's folder, not the timeline's.
    story = tmp_path / "timelines" / "story.yaml"
    article = tmp_path / "story.txt"
    article.write_text(samples.article.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    made = runner.invoke(main, ["timeline", str(article), "--footage", str(samples.video), "-o", str(story)])
    assert made.exit_code == 0, made.output
    exported = tmp_path / "exports" / "deeper" / name
    exported.parent.mkdir(parents=True)
    assert runner.invoke(main, ["export", str(story), "-o", str(exported)]).exit_code == 0
    back = tmp_path / "timelines" / "back.yaml"
    result = runner.invoke(main, ["import", str(exported), "-o", str(back)])
    assert result.exit_code == 0, result.output
    again = load(back)
    footage = again.footage
    assert footage is not None and footage.path is not None
    assert (back.parent / footage.path).resolve() == samples.video.resolve()
    for source in again.sources:  # formats that carry the sources (OTIO, JSON)
        assert source.article is not None and (back.parent / source.article).resolve() == article.resolve()
    assert [m.id for m in again.moments] == [m.id for m in load(story).placed().moments]


def test_the_export_note_counts_unplaced_clock_times_and_quotes_apart(timeline, tmp_path):
    # It used to call every unplaced moment a clock time, quotes included.
    waiting = (Moment(id="c1", start=None, clock="15:14:40", caption="the clock reads 15:14:40"),
               Moment(id="q1", start=None, said="Hold your fire", caption="a guard yells"),
               Moment(id="q2", start=None, said="Go, go", caption="someone shouts"))
    written = interchange.write(replace(timeline, moments=timeline.moments + waiting), tmp_path / "s.json")
    assert written.notes == ["left out 1 clock time(s) and 2 quote(s) not placed in the footage yet "
                             "(moments c1, q1, q2; annotate align places them)"]
    assert [m["id"] for m in json.loads(written.path.read_text())["moments"]] == ["m1", "m2", "m3", "m4"]
    quotes_only = interchange.write(replace(timeline, moments=timeline.moments + waiting[1:]), tmp_path / "q.json")
    assert quotes_only.notes == ["left out 2 quote(s) not placed in the footage yet "
                                 "(moments q1, q2; annotate align places them)"]
    many = tuple(replace(waiting[1], id=f"q{n}") for n in range(1, 14))
    (note,) = interchange.write(replace(timeline, moments=timeline.moments + many), tmp_path / "m.json").notes
    assert note == ("left out 13 quote(s) not placed in the footage yet "
                    "(moments q1, q2, q3, q4, q5, q6, q7, q8, q9, q10 and 3 more; annotate align places them)")
    # Once align has tried and found no place (no OCR, a quote not in the sound), sending the user back to it
    # went round in a circle: the note says where the reasons are.
    tried = tuple(replace(m, alignment=Alignment(None, "unplaced", note="clock not read")) for m in waiting)
    (note,) = interchange.write(replace(timeline, moments=timeline.moments + tried), tmp_path / "t.json").notes
    assert note.endswith("(moments c1, q1, q2; annotate align found no place for them: their notes say why)")
    (note,) = interchange.write(replace(timeline, moments=timeline.moments + tried[:1] + waiting[1:]),
                                tmp_path / "u.json").notes
    assert note.endswith("annotate align places them, or says in a moment's note why it found no place)")


@pytest.mark.parametrize("name", ["cues.srt", "cues.vtt", "cues.edl", "cues.csv"])
def test_import_into_an_existing_timeline_keeps_what_the_file_does_not_carry(samples, tmp_path, name):
    # `import old.srt -o story.yaml` replaced the story's footage, title and sources (its credit) with nothing,
    # though a subtitle import "carries only moments: title and sources stay the YAML's".
    story = tmp_path / "timelines" / "story.yaml"
    article = tmp_path / "story.txt"
    article.write_text(samples.article.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["timeline", str(article), "--footage", str(samples.video), "-o", str(story)]
                         ).exit_code == 0
    before = load(story)
    cues = tmp_path / name
    cues.write_text(interchange.dumps(Timeline(moments=(Moment(id="m1", start=3.0, end=4.5, caption="Cue one"),
                                                        Moment(id="m2", start=7.25, end=9.0, caption="Cue two"))),
                                      interchange.format_for(cues)), encoding="utf-8")
    result = runner.invoke(main, ["import", str(cues), "-o", str(story)])
    assert result.exit_code == 0, result.output
    after = load(story)
    # (an EDL holds upper-case text on whole frames of its rate, 30 fps here)
    assert [(round(m.effective_start * 20) / 20, m.caption.casefold()) for m in after.moments if m.placed] == \
        [(3.0, "cue one"), (7.25, "cue two")]
    assert [m for m in after.moments if not m.placed] == [m for m in before.moments if not m.placed]
    carried = interchange.read(cues).title  # an EDL carries its TITLE, which wins; the others carry none
    assert after.title == (carried or before.title) and before.title and (carried == "") != name.endswith(".edl")
    assert after.sources and [s.credit for s in after.sources] == [s.credit for s in before.sources]
    assert [s.article and (story.parent / s.article).resolve() for s in after.sources] == [article.resolve()]
    footage = after.footage
    assert footage is not None and footage.path and (story.parent / footage.path).resolve() == samples.video.resolve()
    assert footage.sha256 == before.footage.sha256


def test_the_readme_round_trip_keeps_the_clock_times_and_quotes_the_export_left_out(samples, tmp_path):
    # export story.yaml -o edited.otio, then import edited.otio -o story.yaml: the clock times and quotes not
    # placed yet (which no export holds) were deleted from the story.
    story = tmp_path / "timelines" / "story.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["timeline", str(samples.article), "--footage", str(samples.video), "-o", str(story)]
                         ).exit_code == 0
    before = load(story)
    waiting = [m for m in before.moments if not m.placed]
    assert {m.id[0] for m in waiting} == {"c", "q"}
    for name in ("edited.otio", "edited.edl"):
        assert runner.invoke(main, ["export", str(story), "-o", str(tmp_path / name)]).exit_code == 0
        result = runner.invoke(main, ["import", str(tmp_path / name), "-o", str(story)])
        assert result.exit_code == 0, result.output
        after = load(story)
        assert [m for m in after.moments if not m.placed] == waiting, name
        assert [m.id for m in after.moments if m.placed] == [m.id for m in before.moments if m.placed], name


@pytest.mark.parametrize("ext", ["csv", "json", "otio"])
def test_a_caption_over_the_csv_module_s_cell_limit_comes_back_whole(tmp_path: Path, ext: str) -> None:
    """The csv module refuses a cell over 131,072 characters: the CSV export of such a caption could not
    be imported back ("field larger than field limit"). Every format that keeps a caption whole does."""
    from annotate.model import Moment, Timeline

    caption = 'he said "stop", then ran;' * 8000
    written = interchange.write(Timeline(moments=(Moment(id="m1", start=1.0, end=3.0, caption=caption),)),
                                tmp_path / f"t.{ext}").path
    assert [m.caption for m in interchange.read(written).moments] == [caption]


@pytest.mark.parametrize("fmt", ["fcp-xml", "fcpx"])
def test_fcp_xml_and_fcpx_keep_caption_lines_tabs_and_edge_spaces(fmt, tmp_path):
    """A caption of two lines came back from an FCP 7 XML or FCPX export as
    one line, tabs and edge spaces flattened, with no word. XML holds them
    (FCPX's attribute as character references): OpenTimelineIO's own reader
    and annotate's import both get the caption as written; what XML 1.0
    cannot hold at all is left out with a warning naming the moment."""
    captions = ["line one\nline two", "  tab\there  ", "bell\x07 ring\ufffe"]
    tl = Timeline(moments=tuple(Moment(id=f"m{i}", start=2.0 + i, caption=c) for i, c in enumerate(captions, 1)),
                  footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=FPS))
    path = tmp_path / f"cut{'.xml' if fmt == 'fcp-xml' else '.fcpxml'}"
    notes = interchange.write(tl, path).notes
    assert [n for n in notes if "cannot hold" in n] == [  # (FCP 7 XML also writes the quote: a moment's text)
        f"{'FCP 7 XML' if fmt == 'fcp-xml' else 'FCPX'} cannot hold every character of 1 "
        f"{'moment(s)' + chr(39) + ' text' if fmt == 'fcp-xml' else 'caption(s)'} (control characters, U+FFFE, "
        "U+FFFF; a carriage return reads back as a line break): written without them for moment(s) m3"]
    expected = [*captions[:2], "bell ring"]
    read = otio.adapters.read_from_file(str(path), "fcp_xml" if fmt == "fcp-xml" else "fcpx_xml")
    timelines = [read] if isinstance(read, otio.schema.Timeline) else \
        list(read.find_children(descended_from_type=otio.schema.Timeline))
    assert [m.name for t in timelines for c in t.find_clips() for m in c.markers] == expected
    assert [m.caption for m in interchange.read(path).moments] == expected


def test_an_edl_export_names_the_captions_its_capitals_change(timeline, tmp_path):
    # CMX locators are upper-case one-line text (OTIO's writer capitalises them): a fresh import reads "SOLDIERS
    # WALK AWAY", so the export says which captions it changed.
    shouted = replace(timeline, moments=(replace(timeline.moments[3], id="m4", caption="SOLDIERS WALK AWAY"),
                                         replace(timeline.moments[1], caption="Gate opens\nslowly")))
    written = interchange.write(shouted, tmp_path / "story.edl")
    path = written.path
    (note,) = written.notes
    assert note.startswith("EDL: a locator's text is written in capitals on one line: 1 caption(s) changed, "
                           "moment(s) m2 (")
    loc = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("* LOC:")]
    assert [line.split(maxsplit=4)[-1] for line in loc] == ["GATE OPENS SLOWLY", "SOLDIERS WALK AWAY"]


@pytest.mark.parametrize("fmt", ["csv", "json", "youtube", "vtt-chapters", "srt", "vtt", "ass"])
def test_selects_refused_by_a_format_names_the_formats_that_take_them(timeline, tmp_path, fmt):
    # The message once listed otio both as the format refused and as one that takes --selects.
    with pytest.raises(InputError, match=f"--selects does not apply to {fmt} files") as refused:
        interchange.write(timeline, tmp_path / "out", fmt, selects=True)
    listed = str(refused.value).split("a sequence needs ")[1].split(")")[0].replace(" or ", ", ").split(", ")
    assert fmt not in listed and {"edl", "fcp-xml", "fcpx"} <= set(listed) <= set(interchange.FORMATS)


def test_an_editors_edl_keeps_its_markers_at_programme_time_its_media_start_unsaid(tmp_path):
    # An EDL does not say where its media starts: source timecode 01:00:10:00 is no hour into the file.
    path = tmp_path / "editor.edl"
    path.write_text("TITLE: CUT\n\n001  AX       V     C        01:00:00:00 01:00:30:00 01:00:00:00 01:00:30:00\n"
                    "* FROM FILE: /media/interview.mov\n"
                    "* LOC: 01:00:10:00 RED     the answer\n", encoding="utf-8")
    back = interchange.read(path, fps=25)
    assert [(m.start, m.caption) for m in back.moments] == [(10.0, "the answer")]


@pytest.mark.parametrize("ext", [".csv", ".otio", ".xml", ".fcpxml", ".json"])
@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\x07"])
def test_an_export_reads_back_its_control_characters_or_names_the_moments_it_changed(ext, bad, tmp_path):
    """A NUL in a caption: the CSV export wrote it and its import then refused
    the file as binary; OTIO, FCP 7 XML and FCPX dropped it without a word.
    Each file is read back by annotate's import (and OTIO's reader): the
    caption as the timeline holds it, or a warning naming that moment."""
    tl = Timeline(moments=(Moment(id="m1", start=2.0, caption="plain"),
                           Moment(id="gate", start=5.0, caption=f"a{bad}b", notes=f"n{bad}"),
                           Moment(id="m3", start=9.0, caption="also plain")),
                  footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=FPS))
    written = interchange.write(tl, tmp_path / f"t{ext}")
    back = interchange.read(written.path)
    captions = [m.caption for m in back.moments]
    assert captions[0::2] == ["plain", "also plain"]
    if captions[1] != f"a{bad}b":
        assert captions[1] == "ab"
        said = [n for n in written.notes if "cannot hold" in n]
        assert len(said) == 1 and said[0].endswith("for moment(s) gate"), written.notes
    else:
        assert not [n for n in written.notes if "cannot hold" in n], written.notes
    if ext == ".otio":  # the reference reader gets the text annotate wrote
        ref = otio.adapters.read_from_file(str(written.path))
        assert [m.metadata["annotate"]["caption"] for c in ref.find_clips() for m in c.markers] == captions


def test_fcpx_of_unclosed_assets_is_one_clear_error_not_a_scan_per_asset():
    # Each unclosed <asset> was searched for its end to the end of the file: 20,000 of them (460 kB) took 33 s,
    # a 50 MB file hours. The body stops at the next asset's start; the reader then names the broken tag.
    text = '<?xml version="1.0"?>\n<fcpxml version="1.9"><resources>' + '<asset id="a" name="x">' * 100_000 \
        + "</resources></fcpxml>"
    with pytest.raises(InputError, match=r"^u\.fcpxml, line 2: not a Final Cut Pro X XML file: mismatched tag"):
        interchange.loads(text, "fcpx", origin="u.fcpxml")


HOSTILE_CHARS = "\x00\x07\ufeff"  # a NUL, a BEL (both controls), a byte-order mark (text: kept by every format)


def _came_back(fmt: str, text: str, tl: Timeline) -> dict[str, str]:
    """What the export ``text`` gives back, read by annotate's import or the
    format's reference reader, for each hostile field of ``tl`` it carries:
    the title, and the caption, quote and id of moment ``gate``."""
    gate = next(m for m in tl.moments if m.id.startswith("gate"))
    if fmt in ("youtube", "vtt-chapters"):  # a chapter each: the intro (the title), then the moments
        if fmt == "youtube":
            chapters = [(ident, line.split(" ", 1)[1])
                        for ident, line in zip(["title", *(m.id for m in tl.moments)], text.splitlines(), strict=True)]
        else:
            chapters = [(c.identifier, c.text) for c in webvtt.read_buffer(io.StringIO(text))]
        at = next(n for n, (ident, _) in enumerate(chapters) if ident not in ("title", "m1"))
        came = {"caption": chapters[at][1]}
        return came | ({"id": str(chapters[at][0])} if fmt == "vtt-chapters" else {"title": chapters[0][1]})
    if fmt in ("mlt", "kdenlive"):  # XML: what its parser gives, every value in the document
        root = ET.fromstring(text)
        values = " ".join([*(el.text or "" for el in root.iter()),
                           *(v for el in root.iter() for v in el.attrib.values())])
        return {"title": values, "caption": values}
    with collected([]):
        back = interchange.loads(text, fmt)
    module = interchange.FORMATS[fmt]
    moment = next(m for m in back.moments if abs(m.start - gate.start) < 0.1)
    came = {"caption": moment.caption} | ({"quote": moment.quote} if "quote" in module.CARRIES else {})
    came |= {"id": moment.id} if getattr(module, "IDS", True) else {}
    return came | ({"title": back.title} if fmt != "csv" else {})  # (a CSV file has no title)


@pytest.mark.parametrize("fmt", ["edl", "fcp-xml", "fcpx", "otio", "csv", "json", "youtube", "vtt-chapters", "mlt",
                                 "kdenlive"])
def test_every_export_keeps_a_caption_id_and_titles_characters_or_names_what_it_left_out(fmt):
    """A caption, quote, id and title holding a NUL, a BEL and a U+FEFF: the
    EDL (and the chapters, the title of FCP XML, FCPX and OTIO) lost the
    controls without a word. Read back, each format gives every character
    it was given, or one warning names the moments and the title it wrote
    without them; a U+FEFF is text, kept by all."""
    tl = Timeline(title=f"Night{HOSTILE_CHARS} raid", edit_rate=FPS,
                  footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=FPS),
                  moments=(Moment(id="m1", start=12.0, caption="plain"),
                           Moment(id=f"gate{HOSTILE_CHARS}", start=24.0, caption=f"Gate{HOSTILE_CHARS} opens",
                                  quote=f"at{HOSTILE_CHARS} 0:24"),
                           Moment(id="m3", start=36.0, caption="also plain")))
    notes: list[str] = []
    with collected(notes, ExportWarning):
        text = interchange.dumps(tl, fmt)
    given = {"title": tl.title, "caption": tl.moments[1].caption, "quote": tl.moments[1].quote, "id": tl.moments[1].id}
    came = _came_back(fmt, text, tl)
    assert came and all("\ufeff" in value for value in came.values()), came
    lost = sorted(field for field, value in came.items() if any(c in given[field] and c not in value
                                                                 for c in HOSTILE_CHARS))
    said = [n for n in notes if "cannot hold every character" in n]
    if not lost:
        assert said == [], notes
        return
    assert len(said) == 1, notes
    assert ("the title" in said[0]) == ("title" in lost), (lost, said)
    assert (repr(tl.moments[1].id) in said[0]) == bool(set(lost) - {"title"}), (lost, said)
    assert "'plain'" not in said[0] and "m1" not in said[0] and "m3" not in said[0]


def test_one_helper_picks_the_rate_timecode_counts_at_for_reading_and_writing():
    """``timecode_count_rate`` (exports) and ``edl.timecode_rate`` (the rate an
    EDL is read at) did the same job twice: one helper now, which takes
    29.97 as 30000/1001, refuses a stated rate timecode cannot count at and
    counts footage at such a rate at the lowest multiple that holds its frames."""
    from annotate import probe, timecode
    from annotate.interchange import common, edl, fcp_xml, fcpx

    assert not hasattr(common, "timecode_count_rate")
    assert all(getattr(m, "timecode_rate", timecode.timecode_rate) is timecode.timecode_rate
               for m in (common, edl, fcp_xml, fcpx, probe))
    assert common.timecode_rate(29.97) == pytest.approx(30000 / 1001, abs=1e-9)
    assert common.timecode_rate(29.97, "--fps") == pytest.approx(30000 / 1001, abs=1e-9)
    assert (common.timecode_rate(12.5), common.timecode_rate(15), common.timecode_rate(24.736)) == (25, 30, 25)
    with pytest.raises(InputError, match=r"--fps: EDL timecode cannot count at 12.5 fps"):
        common.timecode_rate(12.5, "--fps")


def test_fcpx_files_read_and_written_in_two_threads_at_once_are_read_as_one_at_a_time():
    """The FCPX import and export swap otio-fcpx-xml-adapter's own functions
    and rate table (shared by the whole process) for the call and put them
    back: two threads at once saw each other's swap, and the second to
    finish put back the first's, leaving the adapter swapped for good. A
    lock keeps each swap to one call at a time: every result is the one of
    a call alone, and the adapter is its own again after."""
    import threading

    module = otio.adapters.from_name("fcpx_xml").module()
    own = (module.to_rational_time, module.FcpxXml._number_of_frames, dict(module.FRAMERATE_FRAMEDURATION))
    files = []
    for fps, n in ((25.0, 7), (24000 / 1001, 5)):
        moments = tuple(Moment(id=f"m{i}", start=round(i * 3.37 + 0.08 * n, 3), caption=f"C{i}") for i in range(1, n))
        files.append(Timeline(moments=moments, footage=Footage(path=f"v{n}.mp4", fps=fps, duration=60.0)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        texts = [interchange.dumps(t, "fcpx") for t in files]
        alone = [[(m.start, m.caption) for m in interchange.loads(text, "fcpx").moments] for text in texts]
    results: list[tuple[str, int, object]] = []
    start = threading.Barrier(4)

    def work(n: int) -> None:
        start.wait()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ExportWarning)
            for _ in range(6):
                results.append(("write", n, interchange.dumps(files[n], "fcpx")))
                results.append(("read", n, [(m.start, m.caption) for m in interchange.loads(texts[n], "fcpx").moments]))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns often, as on a busy machine
    try:
        threads = [threading.Thread(target=work, args=(n % 2,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(results) == 48
    assert all(got == (texts[n] if what == "write" else alone[n]) for what, n, got in results)
    assert (module.to_rational_time, module.FcpxXml._number_of_frames, module.FRAMERATE_FRAMEDURATION) == own


def test_an_edl_without_a_rate_with_frame_29_is_read_at_30_not_refused_at_25(tmp_path):
    """A 29.97/30 fps editor's EDL stating no rate was refused: "frame 29 does not exist at 25 fps", not saying
    that 25 was a guess. A frame number above 24 rules 24 and 25 out; 30 reads it, as OpenTimelineIO at rate 30."""
    path = tmp_path / "f29.edl"
    path.write_text("TITLE: Seq\n\n001  AX       V     C        00:00:10:00 00:00:20:00 01:00:00:00 01:00:10:00\n"
                    "* FROM CLIP NAME: tc.mp4\n* LOC: 00:00:12:29 RED     GUARDS RUN\n\n")
    said: list[str] = []
    with collected(said, ExportWarning):
        guessed = interchange.read(path)
    assert guessed.edit_rate == 30.0
    assert said[0] == (f"{path}: the EDL does not state its frame rate; read at 30 fps, the lowest common rate "
                       "with a frame 29 (line 5, locator: '00:00:12:29') (pass --fps to choose)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stated = interchange.read(path, fps=30)
    assert guessed.moments == stated.moments
    assert [m.effective_start % 1 for m in stated.moments] == [pytest.approx(29 / 30, abs=1e-3)]  # frame 29 of 30


def test_an_fcpxml_bundle_is_imported_through_its_info_fcpxml(tmp_path):
    """Final Cut Pro 10.6+ exports FCPXML 1.10+ as a bundle, a folder ``NAME.fcpxmld`` holding ``Info.fcpxml``:
    ``import`` said only that a directory is not a file."""
    bundle = tmp_path / "Proj.fcpxmld"
    bundle.mkdir()
    (bundle / "Info.fcpxml").write_text(FCPX_WITH_CHAPTERS.replace('version="1.8"', 'version="1.10"'),
                                        encoding="utf-8")
    out = tmp_path / "p.yaml"
    result = CliRunner().invoke(main, ["import", str(bundle), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [m.caption for m in load(out).moments] == ["plain marker", "R&D > sales", "", "Chapter one"]
    again = CliRunner().invoke(main, ["import", str(bundle), "-o", str(out)])  # into the timeline it made
    assert again.exit_code == 0, again.output
    (bundle / "Info.fcpxml").unlink()
    missing = CliRunner().invoke(main, ["import", str(bundle), "-o", str(tmp_path / "q.yaml")])
    assert missing.exit_code == 2
    assert missing.output.strip().splitlines()[-1] == (
        f"annotate: error: {bundle}: is an FCPXML bundle without its Info.fcpxml: nothing to import")
    plain = CliRunner().invoke(main, ["import", str(tmp_path), "-o", str(tmp_path / "q.yaml")])
    assert plain.exit_code == 2 and plain.output.strip().splitlines()[-1] == (
        f"annotate: error: {tmp_path}: is a directory, expected a file to import")


@pytest.mark.parametrize("fmt", ["srt", "vtt", "csv", "json", "edl"])
def test_empty_standard_input_is_not_an_empty_file_to_import(tmp_path, fmt):
    """``producer | annotate import - --format srt`` wrote an empty timeline, exit 0, when the producer failed."""
    out = tmp_path / "t.yaml"
    result = CliRunner().invoke(main, ["import", "-", "--format", fmt, "-o", str(out)], input=b"")
    assert result.exit_code == 2 and not out.exists()
    assert result.output.strip().splitlines()[-1].startswith(
        "annotate: error: -: standard input is empty: no ")
    srt = b"1\n00:00:01,000 --> 00:00:02,000\nhi\n"
    fine = CliRunner().invoke(main, ["import", "-", "--format", "srt", "-o", str(out)], input=srt)
    assert fine.exit_code == 0 and [m.caption for m in load(out).moments] == ["hi"]


FCPX_EXPORTS = Path(__file__).parent / "data" / "third-party" / "fcpx-exports"


def test_a_final_cut_export_the_otio_adapter_trips_on_is_called_fcpx_it_cannot_read():
    # Attack report 8 #21: Final Cut Pro 10.6 exports (roles, compound clips) that OpenTimelineIO's fcpx_xml
    # adapter fails inside were called "not a Final Cut Pro X XML file".
    path = FCPX_EXPORTS / "RolesList.fcpxml"
    with pytest.raises(InputError) as caught:
        interchange.read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is a Final Cut Pro X XML file that OpenTimelineIO's fcpx_xml adapter cannot "
                              "read (AttributeError inside it: ")
    with pytest.raises(AttributeError) as inside:  # the adapter's own complaint, named in the message
        otio.adapters.read_from_file(str(path), "fcpx_xml")
    assert str(inside.value) in message


def test_a_final_cut_clip_exported_alone_is_said_to_be_one():
    path = FCPX_EXPORTS / "StandaloneAssetClip.fcpxml"
    with pytest.raises(InputError) as caught:
        interchange.read(path)
    assert str(caught.value).startswith(f"{path}: holds no project, only the asset-clip 'TestVideo' exported alone "
                                        "(0 marker(s) on it)")


def _sequence_length(path: Path) -> float:
    """The length of an FCPX file's project sequence, in seconds, as the file states it."""
    sequence = ET.parse(path).getroot().find(".//project/sequence")
    assert sequence is not None
    number, _, per = sequence.get("duration", "0s").removesuffix("s").partition("/")
    return float(Fraction(int(number), int(per or 1)))


@pytest.mark.parametrize("name", ["24", "30"])
def test_a_final_cut_export_mixing_frame_rates_is_imported_within_its_sequence(name, tmp_path):
    # Attack report 8 #20: a 24 (or 30) fps project holding 23.976 and 29.97 fps assets and a 29.97 compound clip
    # was refused ("moment m40, field 'start': must be <= 604800, not 1095882.825375"): its times were counted at a
    # rate they do not belong to. Every marker lies within the project's sequence (263 s).
    path = FCPX_EXPORTS / f"{name}.fcpxml"
    out = tmp_path / "t.yaml"
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    moments = load(out).moments
    length = _sequence_length(path)
    assert len(moments) >= path.read_text(encoding="utf-8").count("<marker ") - 1  # (one is in a comment)
    assert all(0 <= m.start <= length for m in moments), [(m.caption, m.start) for m in moments]


def test_a_marker_past_the_longest_timeline_is_named_by_the_file_not_by_an_id_it_does_not_hold():
    # Attack report 8 #20: the refusal named "moment m40", an id annotate numbered, which the file does not hold.
    text = interchange.dumps(Timeline(moments=(Moment(id="m1", start=10.0, caption="far out"),),
                                      footage=Footage(path="/tmp/f.mp4", duration=60.0, fps=25.0)), "fcpx")
    far = re.sub(r'(<marker\b[^>]*?\bstart=")[^"]*(")', r"\g<1>700000s\2", text, count=1)
    assert far != text
    with pytest.raises(InputError) as caught:
        interchange.loads(far, "fcpx", origin="cut.fcpxml")
    assert str(caught.value) == ("cut.fcpxml: marker 'far out' at 700000 s, field 'start': must be <= 604800, "
                                 "not 700000.0")


def _final_cut_shows(name: str) -> tuple[list[tuple[str, float]], Fraction]:
    """Where Final Cut Pro shows each marker of swift-fcpxml's export ``name``, in seconds from its project's
    start (expected-markers.csv: its timecode at the project's rate, 80 subframes a frame), and that rate."""
    rows = [r for r in csv.DictReader((FCPX_EXPORTS / "expected-markers.csv").open(encoding="utf-8"))
            if r["file"] == name]
    rate = Fraction(rows[0]["rate"])
    sequence = ET.parse(FCPX_EXPORTS / name).getroot().find(".//project/sequence")
    assert sequence is not None
    number, _, per = sequence.get("tcStart", "0s").removesuffix("s").partition("/")
    start = Fraction(int(number), int(per or 1))
    shown = []
    for row in rows:
        hours, minutes, secs, frames = row["timecode"].split(":")
        frame, sub = frames.split(".")
        count = (int(hours) * 3600 + int(minutes) * 60 + int(secs)) * round(rate) + int(frame) + Fraction(int(sub), 80)
        shown.append((row["marker"], float(count / rate - start)))
    return shown, rate


@pytest.mark.parametrize("name", ["23.98.fcpxml", "24.fcpxml", "24With25Media.fcpxml", "30.fcpxml"])
def test_final_cut_exports_place_every_marker_where_final_cut_pro_shows_it(name):
    # Attack report 8 #20: beside the refusal, OpenTimelineIO's adapter gives a clip the markers of every clip inside
    # it (24.fcpxml's 'Marker 13' came twice, once 12 s late), places a lane spine's clips at the clip's start
    # ('Shot_06' 25 s early), reads an audition's every pick and knows no conform rate (23.976 fps media in a 24
    # fps project: up to a frame late). Each marker is where Final Cut Pro shows it, to two subframes, but one on an
    # audition's pick that is not the one shown (23.98.fcpxml's 'Shot_02', which swift-fcpxml lists), said.
    shown, rate = _final_cut_shows(name)
    notes: list[str] = []
    with collected(notes):
        back = interchange.read(FCPX_EXPORTS / name)
    assert back.videos == ()  # several files: the markers are at the project's times
    unread = [n for n in notes if "not read (" in n]
    left = [(marker, at) for marker, at in shown if not any(repr(marker) in n for n in unread)]
    assert len(left) == len(shown) - (name == "23.98.fcpxml")
    got = sorted((m.caption, m.start) for m in back.moments)
    assert len(got) == len(left)
    near = 2 / (80 * float(rate))
    for (marker, at), (caption, start) in zip(sorted(left), got, strict=True):
        assert caption == marker and start == pytest.approx(at, abs=near), (marker, at, start)


def test_a_marker_on_a_title_connected_to_a_clip_is_read_at_its_place_in_the_clip():
    # Attack report 8 #20 (the same family): OpenTimelineIO's adapter gives a clip the markers of what is connected
    # to it, in the clip's media time: TitlesRoles' 'Marker 2', on a title at 3600 s of its own time, came at
    # 3603 s of a footage of 416 s. It is 3 s into the title, which lies 6.97 s into the clip (conformed from
    # 23.976 fps: 6.96 s of the project, at 10.04 s): at 20 s of the project, 9.96 s into the footage.
    path = FCPX_EXPORTS / "TitlesRoles.fcpxml"
    notes: list[str] = []
    with collected(notes):
        back = interchange.read(path)
    assert back.footage is not None and back.footage.duration == pytest.approx(416.166)
    assert [m.caption for m in back.moments] == ["Marker 2"]
    assert back.moments[0].start == pytest.approx(20.0 - 24100 / 2400, abs=0.011)  # (mapped through the clip)
    assert not [n for n in notes if "outside the part" in n]


MIXED_RATES = Path(__file__).parent / "data" / "fcpx-mixed"  # attack report 10's files, one bug each


def _read_noted(path: Path) -> tuple[Timeline, list[str]]:
    notes: list[str] = []
    with collected(notes):
        back = interchange.read(path)
    return back, notes


def test_a_one_frame_marker_is_a_point_in_its_own_clips_timebase():
    # Attack report 10 #6: a marker one frame of a 23.976 fps clip long in a 25 fps project (1001/24000 s, longer
    # than the project's 1/25 s) stayed a 42 ms range, while one on a 29.97 fps clip was a point.
    back, _notes = _read_noted(MIXED_RATES / "mixed-rates.fcpxml")
    assert [(m.caption, m.start, m.end) for m in back.moments] == [("cam five", 15.0, None),
                                                                   ("phone ten", pytest.approx(30.0), None)]
    # and so in the footage's time, when the timeline is in one footage's (both clips of the camera's file)
    one = (MIXED_RATES / "mixed-rates.fcpxml").read_text(encoding="utf-8").replace('ref="r5"', 'ref="r4"') \
        .replace('name="cam" start="3600s"', 'name="cam" start="0s"')
    back = interchange.loads(one, "fcpx", origin="one.fcpxml")
    assert back.footage is not None and back.footage.path == "/tmp/cam.mov"
    assert [(m.caption, m.end) for m in back.moments] == [("phone ten", None), ("cam five", None)]


def test_a_sync_clips_footage_is_its_camera_not_its_sound_recorder():
    # Attack report 10 #8: a sync clip's sound recorder (a WAV, hasAudio only, on lane -1) was made the footage at
    # the project's rate, the camera's marker put at 0:35 of the WAV. The camera shows the picture: its 'cam 105'
    # is at 1:45 of cam.mov, the recorder's 'rec 32' (2 s into the recorder's clip, at 102 s of the sync clip) at
    # 1:42 of it.
    back, notes = _read_noted(MIXED_RATES / "sync-clip.fcpxml")
    assert back.footage is not None and back.footage.path == "/tmp/cam.mov"
    assert [(m.caption, m.start) for m in back.moments][:2] == [("rec 32", 102.0), ("cam 105", 105.0)]
    assert not [n for n in notes if "lie on no clip" in n or "outside the part" in n]


def test_markers_on_a_multicam_clip_and_a_sync_clip_are_placed_at_their_project_time():
    # Attack report 10 #9: a marker on an mc-clip or a sync-clip in the project (OpenTimelineIO's adapter reads
    # neither) was dropped: a project whose markers all were imported as an empty timeline. Final Cut Pro shows
    # 'mc 110' (110 s of the multicam, the clip from its 100 s) at 0:10 of the project, and 'sync 110' at 0:20,
    # 110 s into the camera's file the sync clip shows.
    back, notes = _read_noted(MIXED_RATES / "multicam-clip.fcpxml")
    assert [(m.caption, m.start) for m in back.moments] == [("mc 110", 10.0)]
    back, notes = _read_noted(MIXED_RATES / "sync-clip.fcpxml")
    assert back.footage is not None and back.footage.path == "/tmp/cam.mov"
    assert ("sync 110", 110.0) in [(m.caption, m.start) for m in back.moments]
    assert not [n for n in notes if "not read" in n]


def test_a_retimed_clips_marker_is_read_in_its_footage_through_its_time_map():
    # Attack report 10 #10: a clip at 2x (timeMap: its own 0-10 s show media 0-20 s) was read at normal speed.
    # A marker's time is the clip's own, before the map (Final Cut Pro's exports: 24.fcpxml's retimed 'Shot_04'
    # is where Final Cut Pro shows it only so, tests above), so 5 s into the clip is 0:15 of the project and 10 s
    # of its media; main put it at 5 s of the footage. The report's marker, at the clip's own 10 s, is at the
    # clip's end: outside what it shows, said, at 20 s of its media.
    path = MIXED_RATES / "retimed.fcpxml"
    text = path.read_text(encoding="utf-8")
    inside = text.replace('<marker start="10s"', '<marker start="5s"')
    for file_text, place in ((inside, 15.0), (inside.replace('ref="r5"', 'ref="r4"'), 10.0)):
        notes: list[str] = []
        with collected(notes):
            back = interchange.loads(file_text, "fcpx", origin="t.fcpxml")
        assert [(m.caption, m.start) for m in back.moments] == [("other at 2", 2.0),
                                                                ("media 10 at double speed", place)]
        assert not [n for n in notes if "outside the part" in n]
    notes = []
    with collected(notes):
        back = interchange.loads(text.replace('ref="r5"', 'ref="r4"'), "fcpx", origin="t.fcpxml")
    assert [m.start for m in back.moments] == [2.0, 20.0]
    assert [n for n in notes if "outside the part" in n and "at 20 s, which shows 0-20 s" in n]


def test_a_compound_clip_used_twice_over_one_footage_gives_one_moment_per_footage_instant():
    # Attack report 10 #7: a compound clip used twice shows its inner marker twice in the project, but both
    # places are one instant (60 s) of the footage the timeline is in: two identical moments, doubled cues.
    back, notes = _read_noted(MIXED_RATES / "compound-twice.fcpxml")
    assert back.footage is not None and back.footage.path == "/tmp/phone.mov"
    assert [(m.caption, m.start, m.end) for m in back.moments] == [("outer four", 54.0, None),
                                                                   ("inner ten", 60.0, None)]
    assert [n for n in notes if "1 marker(s) shown again at one instant of the footage ('inner ten' at 60 s)" in n]
