"""Editor files from OpenTimelineIO's and its adapters' own test suites
(tests/data/third-party/editorial, origins in ORIGINS-editorial.md) through
``annotate import`` and back out, compared with the reference reading: the
file read by OpenTimelineIO's own adapter, each marker (or, without markers,
each clip) placed on the top-level timeline by OTIO's own mapping, or, when
every marker is on a clip of the media the timeline names as its footage,
at its time in that media as the adapter holds it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import opentimelineio as otio
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import interchange
from annotate.cli import main
from annotate.errors import InputError, collected
from annotate.interchange.common import ExportWarning
from annotate.model import Moment, Timeline
from annotate.timecode import frame_of

DATA = Path(__file__).parent / "data" / "third-party" / "editorial"
FILES = sorted(p for p in DATA.glob("*/*") if p.is_file())
ADAPTER = {".otio": "otio_json", ".edl": "cmx_3600", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml"}
UNSTATED_EDL_RATE = 25.0  # the rate annotate reads an EDL at when it states none (and says so)...
# ...unless OpenTimelineIO's reader finds its source and record durations differ there and agree at one of these.
COMMON_EDL_RATES = (24.0, 30.0, 50.0, 60.0)
MS = 0.001

Item = tuple[float, "float | None", str]


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def unstated_edl_rate(path: Path | str) -> float:
    """The rate an EDL stating none is read at: 25, unless OpenTimelineIO's
    reader finds a source and record duration differing there (its timecode
    mismatch) and none at another common rate."""
    for rate in (UNSTATED_EDL_RATE, *COMMON_EDL_RATES):
        try:
            otio.adapters.read_from_file(str(path), "cmx_3600", rate=rate)
        except Exception as exc:  # noqa: BLE001 (the reader's EDLParseError, or a frame that rate lacks)
            if "duration don't match" in str(exc):
                continue
            return UNSTATED_EDL_RATE
        return rate
    return UNSTATED_EDL_RATE


def _adapter_read(path: Path | str, suffix: str, rate: float | None = None) -> otio.schema.Timeline | None:
    rate = rate or (unstated_edl_rate(path) if suffix == ".edl" else UNSTATED_EDL_RATE)
    options: dict[str, Any] = {"rate": rate, "ignore_timecode_mismatch": True} if suffix == ".edl" else {}
    try:
        found = otio.adapters.read_from_file(str(path), ADAPTER[suffix], **options)
    except Exception:  # the reference refuses the file
        return None
    if isinstance(found, otio.schema.Timeline):
        return found
    return next(iter(found.find_children(descended_from_type=otio.schema.Timeline)), None)


def reference(path: Path) -> tuple[list[Item], float] | None:
    """The reference reading of ``path``: (start, end, name) in seconds from the
    timeline's start, and the file's rate; None when OTIO refuses the file. A
    marker Final Cut Pro X wrote one frame long (as it writes every marker,
    a point in its timeline) is a point."""
    found = _positions(path)
    if found is None or path.suffix != ".fcpxml":
        return found
    items, rate = found
    return [(start, None if end is not None and end - start <= 1 / rate + 1e-9 else end, name)
            for start, end, name in items], rate


def _positions(path: Path) -> tuple[list[Item], float] | None:
    tl = _adapter_read(path, path.suffix)
    if tl is None:
        return None
    top = tl.tracks
    held = [(item, m) for item in [top, *top.find_children()] for m in getattr(item, "markers", [])]
    clips = list(tl.find_clips())
    url = getattr(clips[0].media_reference, "target_url", None) if clips else None
    if url and held and all(getattr(getattr(i, "media_reference", None), "target_url", None) == url for i, _ in held):
        # Every marker on a clip of the media the timeline names: at its time in that media, from its start.
        first = clips[0].media_reference.available_range
        zero = first.start_time.to_seconds() if first else 0.0
        return [(m.marked_range.start_time.to_seconds() - zero, m.marked_range.end_time_exclusive().to_seconds()
                 - zero if m.marked_range.duration.value > 0 else None, m.name or "") for _, m in held], \
            (tl.global_start_time.rate if tl.global_start_time else held[0][1].marked_range.duration.rate)
    ranges = [(item.transformed_time_range(m.marked_range, top), m.name) for item, m in held] or \
        [(c.transformed_time_range(c.trimmed_range(), top), c.name) for c in tl.find_clips()]
    if path.suffix == ".edl" and not held:  # one event line is one cut: the reader copies it onto each track
        ranges = [r for i, r in enumerate(ranges) if r not in ranges[:i]]
    zero = top.source_range.start_time.to_seconds() if top.source_range else 0.0
    if path.suffix == ".edl":  # record time: the first record-in is the programme's start
        zero += min(c.transformed_time_range(c.trimmed_range(), top).start_time.to_seconds()
                    for c in tl.find_clips())
    rate = tl.global_start_time.rate if tl.global_start_time else next(iter(ranges))[0].duration.rate
    return [(r.start_time.to_seconds() - zero,
             r.end_time_exclusive().to_seconds() - zero if r.duration.value > 0 else None, name or "")
            for r, name in ranges], rate


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= tolerance)


def unmatched(expected: list[Item], got: list[Item], tolerance: float) -> tuple[list[Item], list[Item]]:
    """Items of each side with no partner of the same name within ``tolerance``."""
    left = list(got)
    missing = []
    for start, end, name in expected:
        partner = next((g for g in left if g[2] == name and _close(g[0], start, tolerance)
                        and _close(g[1], end, tolerance)), None)
        if partner is None:
            missing.append((start, end, name))
        else:
            left.remove(partner)
    return missing, left


READABLE = [p for p in FILES if reference(p) is not None]
REFUSED = [p for p in FILES if p not in READABLE]


def test_the_fixture_set_is_what_origins_lists():
    origins = (DATA.parent / "ORIGINS-editorial.md").read_text(encoding="utf-8")
    assert 30 <= len(FILES) <= 60
    for path in FILES:
        assert f"| {path.parent.name} |" in origins and f"`tests/sample_data/{path.name}`" in origins
    assert {p.suffix for p in READABLE} == set(ADAPTER) and len(REFUSED) >= 4


@pytest.mark.parametrize("path", READABLE, ids=_ids)
def test_import_places_everything_where_the_reference_does(path):
    expected, rate = reference(path)  # type: ignore[misc]
    notes: list[str] = []
    with collected(notes):
        timeline = interchange.read(path)
    got = [(m.start, m.end, m.caption) for m in timeline.moments]
    # EDL positions count frames; the others keep rational times.
    tolerance = 1 / rate + 1e-9 if path.suffix == ".edl" else MS
    missing, extra = unmatched(expected, got, tolerance)
    left_out = [n for n in notes if "left out" in n or "read once" in n]  # (a marker repeated: one moment)
    assert len(got) == len(expected) - len(left_out)
    for _, _, name in missing + extra:  # every difference is named in a warning
        assert any(repr(name) in note for note in notes), (name, notes)
    assert timeline.edit_rate == pytest.approx(rate if path.suffix != ".edl" else unstated_edl_rate(path))


@pytest.mark.parametrize("path", REFUSED, ids=_ids)
def test_a_file_the_reference_refuses_is_refused_in_one_line(path):
    result = CliRunner().invoke(main, ["import", str(path), "-o", "out.yaml"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotate: error: ") and str(path) in lines[0]
    assert "Traceback" not in result.output


def test_adapter_internal_errors_do_not_reach_the_user():
    path = DATA / "otio-cmx3600-adapter" / "dissolve_test_fail.edl"
    with pytest.raises(InputError) as caught:
        interchange.read(path, fps=24)
    message = str(caught.value)
    assert str(path) in message and "CMX 3600" in message
    assert "ClipHandler" not in message and "transaction_id" not in message


def test_an_otio_schema_error_names_the_line():
    with pytest.raises(InputError, match=r"premiere_example\.otio, line 155: .*unsupported schema version"):
        interchange.read(DATA / "OpenTimelineIO" / "premiere_example.otio")


def test_nested_clips_are_not_at_their_local_zero():
    """nested_example.otio holds stacks inside tracks: the reference places
    its clips at several times, and so must we (the bug put them all at 0:00)."""
    got = interchange.read(DATA / "OpenTimelineIO" / "nested_example.otio").moments
    assert len({m.start for m in got}) >= 4


def test_trimmed_tracks_and_nested_stacks_by_hand():
    """A marker on a clip inside a nested stack, inside a track trimmed by 2 s,
    after a 3 s gap: 3 + 1 (clip) + 0.5 (into the clip past its 4 s trim) - 2 = 2.5 s."""
    rt = lambda s: otio.opentime.RationalTime(s * 24, 24)  # noqa: E731
    tr = otio.opentime.TimeRange
    clip = otio.schema.Clip(name="inner", source_range=tr(rt(4), rt(5)))
    clip.markers.append(otio.schema.Marker(name="here", marked_range=tr(rt(4.5), rt(1)), color="BLUE"))
    inner_track = otio.schema.Track()
    inner_track.append(otio.schema.Gap(source_range=tr(rt(0), rt(1))))
    inner_track.append(clip)
    nested = otio.schema.Stack()
    nested.append(inner_track)
    track = otio.schema.Track(source_range=tr(rt(2), rt(10)))
    track.append(otio.schema.Gap(source_range=tr(rt(0), rt(3))))
    track.append(nested)
    tl = otio.schema.Timeline()
    tl.tracks.append(track)
    back = interchange.loads(otio.adapters.write_to_string(tl, "otio_json"), "otio")
    assert [(m.start, m.end, m.caption, m.color) for m in back.moments] == [(2.5, 3.5, "here", "BLUE")]


def test_edl_without_a_rate_warns_and_fps_overrides(tmp_path):
    path = DATA / "otio-cmx3600-adapter" / "25fps.edl"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(path), "-o", str(tmp_path / "a.yaml")])
    assert result.exit_code == 0
    assert "annotate: warning: " in result.stderr and "read at 25 fps" in result.stderr
    result = runner.invoke(main, ["import", str(path), "--fps", "25", "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 0 and "warning" not in result.stderr  # the right rate: nothing to say
    assert "edit_rate: 25" in (tmp_path / "b.yaml").read_text(encoding="utf-8")
    result = runner.invoke(main, ["import", str(path), "--fps", "30", "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 0 and "does not state" not in result.stderr
    assert "source and record durations differ" in result.stderr  # the wrong rate shows
    assert "edit_rate: 30" in (tmp_path / "b.yaml").read_text(encoding="utf-8")
    for bad in ("0", "-24", "nan", "inf"):
        result = runner.invoke(main, ["import", str(path), "--fps", bad, "-o", str(tmp_path / "c.yaml")])
        assert result.exit_code == 2 and result.stderr.count("\n") == 1
        assert result.stderr.startswith("annotate: error: Invalid value for '--fps': must be")


def test_locators_outside_their_event_land_at_their_record_time():
    notes: list[str] = []
    with collected(notes, ExportWarning):
        got = interchange.read(DATA / "otio-cmx3600-adapter" / "screening_example.edl", fps=24)
    # The programme starts at record 00:59:53:11; LOC 01:00:01:14 and 01:00:02:14 lie in
    # event 004's record range (00:59:58:00-01:00:02:19), outside its source range.
    assert [(m.start, m.caption, m.color) for m in got.moments][:2] == \
        [(8.125, "ANIM FIX NEEDED", "RED"), (9.125, "ANIM FIX NEEDED", "PINK")]
    assert sum("placed at that record time" in n for n in notes) == 2
    assert got.moments[2].caption == "" and got.moments[2].color == "GREEN"


def test_a_locator_moved_to_record_time_is_quoted_as_its_line_writes_it_at_29_97():
    # OTIO writes 29.97 fps timecodes drop-frame by default: the warning named 01:00:05;02, a timecode the
    # file (non-drop notation) does not hold.
    notes: list[str] = []
    with collected(notes, ExportWarning):
        interchange.read(DATA / "otio-cmx3600-adapter" / "screening_example.edl", fps=29.97)
    moved = [n for n in notes if "placed at that record time" in n]
    assert [n.split(" at ")[1].split()[0] for n in moved] == ["01:00:01:14", "01:00:02:14"]


# --- round trips: import, export to the same format, read back with the reference


def _markers(tl: otio.schema.Timeline) -> list[otio.schema.Marker]:
    return sorted((m for c in tl.find_clips() for m in c.markers),
                  key=lambda m: m.marked_range.start_time.to_seconds())


def _color(marker: otio.schema.Marker) -> str:
    return str((marker.metadata.get("cmx_3600") or {}).get("color") or marker.color)


def _expected_name(moment: Moment, suffix: str) -> str:
    return moment.caption.upper() if suffix == ".edl" else moment.caption  # CMX locators are upper-case


def _written_color(moment: Moment, suffix: str) -> str:
    """The colour an export gives a moment: its own, else red (not aligned,
    not approximate: every imported moment); FCPX has three kinds of marker."""
    color = moment.color or "RED"
    return color if suffix != ".fcpxml" or color in ("RED", "GREEN", "PURPLE") else "PURPLE"


def _file_rate(tl: otio.schema.Timeline) -> float:
    return float(tl.global_start_time.rate if tl.global_start_time else tl.find_clips()[0].source_range.duration.rate)


@pytest.mark.parametrize("path", READABLE, ids=_ids)
def test_round_trip_keeps_times_ranges_colours_names_and_rate(path, tmp_path):
    """Import, export to the same format, read back with OTIO's adapter: a
    marker per moment (an editor's selects come back as ranged markers)."""
    with collected([]):
        first = interchange.read(path)
    written = interchange.write(first, tmp_path / f"again{path.suffix}").path
    rate = first.edit_rate
    assert rate
    again = _adapter_read(written, path.suffix, rate)
    assert again is not None
    half_frame = 0.5 / rate + 1e-6  # exports count whole frames
    markers = sorted(_markers(again), key=lambda m: (round(m.marked_range.start_time.to_seconds() / half_frame),
                                                     m.name, m.marked_range.duration.to_seconds()))
    moments = sorted(first.moments, key=lambda m: (round(m.start / half_frame), _expected_name(m, path.suffix),
                                                   -1 if m.end is None else m.end - m.start))
    # An imported moment's name, as each format writes it (CMX locators are upper-case).
    assert len(markers) == len(moments)
    # A marker's time is its clip's source time, which counts from its media's own timecode (the footage's,
    # kept by import: big_int.otio's media starts at frame 1; an EDL states it in a comment only: the footage
    # of an editor's EDL of one source, its selects in cdl.edl, starts at its first source timecode).
    timecode = first.footage.timecode if len(first.videos) == 1 and first.footage else None
    stated = otio.opentime.from_timecode(timecode, rate).to_seconds() if timecode else 0.0
    media_start = {id(m): (c.media_reference.available_range.start_time.to_seconds()
                           if getattr(c.media_reference, "available_range", None) else stated)
                   for c in again.find_clips() for m in c.markers}
    for marker, moment in zip(markers, moments, strict=True):
        r = marker.marked_range
        assert r.start_time.to_seconds() - media_start[id(marker)] == pytest.approx(moment.start, abs=half_frame)
        assert marker.name == _expected_name(moment, path.suffix)
        assert _color(marker) == _written_color(moment, path.suffix)
        if path.suffix == ".fcpxml" and moment.end is None:  # a point: one frame, as Final Cut Pro writes it
            assert r.duration.to_seconds() == pytest.approx(1 / rate)
        elif path.suffix != ".edl":  # a CMX locator has no length: its range rides in a comment
            assert (r.duration.to_seconds() > 0) == (moment.end is not None)
    if path.suffix == ".edl":
        assert f"* ANNOTATE RATE: {rate:g}" in written.read_text(encoding="utf-8")
    else:
        assert _file_rate(again) == pytest.approx(rate)
    second = interchange.read(written)
    if not moments and path.suffix in (".xml", ".fcpxml"):
        # Nothing in FCP XML says annotate wrote it: its footage clip reads back as a select.
        assert [(m.start, m.caption) for m in second.moments] == [(0.0, "footage")]
        return
    frame = 2 * half_frame
    back = sorted(second.moments, key=lambda m: (round(m.start / half_frame), m.caption,
                                                 -1 if m.end is None else m.end - m.start))
    assert len(back) == len(moments)
    for got, moment in zip(back, moments, strict=True):
        assert got.start == pytest.approx(moment.start, abs=frame)
        assert (got.end is None) == (moment.end is None)
        assert got.end is None or got.end == pytest.approx(moment.end, abs=frame)
        # annotate's own OTIO metadata gives back even an unset colour as unset
        color = moment.color if path.suffix == ".otio" else _written_color(moment, path.suffix)
        assert (got.caption, got.color) == (_expected_name(moment, path.suffix), color)
    assert second.edit_rate == pytest.approx(rate)


@pytest.mark.parametrize("suffix", [".edl", ".xml", ".fcpxml", ".otio"])
def test_ranges_colours_empty_names_and_rate_survive_export(suffix, tmp_path):
    tl = Timeline(moments=(Moment(id="a", start=1.0, end=3.0, caption="span", color="BLUE"),
                           Moment(id="b", start=5.0, caption="", color="RED"),
                           Moment(id="c", start=7.5, end=8.0, caption="green", color="GREEN")),
                  edit_rate=24.0)
    written = interchange.write(tl, tmp_path / f"t{suffix}").path
    back = interchange.read(written)
    plain = "PURPLE" if suffix == ".fcpxml" else "BLUE"  # FCPX markers: to-do, completed or plain
    assert [(m.start, m.end, m.caption.lower(), m.color) for m in back.moments] == \
        [(1.0, 3.0, "span", plain), (5.0, None, "", "RED"), (7.5, 8.0, "green", "GREEN")]
    assert back.edit_rate == 24.0
    ref = _adapter_read(written, suffix, 24.0)
    assert ref is not None and [m.name.lower() for m in _markers(ref)] == ["span", "", "green"]


def test_source_and_record_durations_that_differ_are_read_with_a_warning():
    notes: list[str] = []
    with collected(notes, ExportWarning):
        got = interchange.read(DATA / "otio-cmx3600-adapter" / "timecode_mismatch.edl", fps=25)
    assert len(got.moments) == 20
    assert notes == ["{}: clip 'sq001_s004': source and record durations differ (49 vs 47 frames at 25 fps; "
                     "the first such event): read with its record out moved to match; is the rate right (--fps)?"
                     .format(DATA / "otio-cmx3600-adapter" / "timecode_mismatch.edl")]


def test_a_frame_the_rate_does_not_have_names_the_line():
    """OTIO's reader says only 'Frame rate mismatch'; the error names line and event."""
    with pytest.raises(InputError, match=r"25fps\.edl, line \d+, event \d+ \w+ \w+: frame 24 does not exist at 24 fps"):
        interchange.read(DATA / "otio-cmx3600-adapter" / "25fps.edl", fps=24)


SMALL = [p for p in FILES if p.stat().st_size < 60_000]


@pytest.mark.filterwarnings("ignore::annotate.interchange.common.ExportWarning")
@settings(max_examples=150, deadline=None)
@given(path=st.sampled_from(SMALL), cut=st.floats(0, 1), at=st.floats(0, 1), piece=st.sampled_from(
    ["", "0", ":", ";", "\n", "<", ">", '"', "-1", "99:99:99:99", "* LOC: 00:00:00:00", "<marker>", "{"]))
def test_damaged_editor_files_give_a_timeline_or_one_line(path, cut, at, piece):
    """Each fixture cut short or with a piece spliced in: a timeline, or one
    error line from the hierarchy; never an adapter's own exception."""
    text = path.read_text(encoding="utf-8")
    i = int(at * len(text))
    damaged = (text[:i] + piece + text[i + 1:])[: max(1, int(cut * len(text))) if cut < 0.5 else None]
    try:
        interchange.loads(damaged, interchange.format_for(path), origin=str(path))
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))


def test_an_ntsc_sequence_goes_through_fcpx_and_back_on_the_same_frames(tmp_path):
    """premiere_generators.xml runs at 24000/1001: annotate's own FCPX export
    of it imports again with every moment on the frames the reference read."""
    path = DATA / "otio-fcp-adapter" / "premiere_generators.xml"
    expected, rate = reference(path)  # type: ignore[misc]
    assert rate == pytest.approx(24000 / 1001)
    first = interchange.read(path)
    written = interchange.write(first, tmp_path / "generators.fcpxml").path
    back = interchange.read(written)

    def frames(items: list[Item]) -> list[tuple[int, int | None, str]]:
        return sorted((frame_of(s, rate), None if e is None else frame_of(e, rate, end=True), n) for s, e, n in items)

    assert frames([(m.start, m.end, m.caption) for m in back.moments]) == frames(expected)
    assert back.edit_rate == pytest.approx(rate)


# An XML file in an older encoding, as its declaration names it: each
# fixture's first marker renamed with letters outside ASCII.
DECLARED = [("otio-fcp-adapter/premiere_example.xml", "My MArker 1"),
            ("otio-fcpx-xml-adapter/fcpx_example.fcpxml", 'value="Marker 1"')]


@pytest.mark.parametrize("fixture, marker", DECLARED)
@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "ISO-8859-15"])
def test_an_xml_file_is_read_by_the_encoding_its_declaration_names(fixture, marker, encoding, tmp_path):
    """Final Cut Pro 7 and Premiere wrote ISO-8859-1 XML; an XML reader (the
    adapter's own ElementTree, given the bytes) decodes by the declaration.
    Import refused such a file as "not UTF-8"."""
    text = (DATA / fixture).read_text(encoding="utf-8")
    assert marker in text and text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    named = text.replace('encoding="UTF-8"', f'encoding="{encoding}"', 1).replace(
        marker, marker.replace("Marker 1", "Café crème").replace("MArker 1", "Café crème"), 1)
    path = tmp_path / Path(fixture).name
    path.write_bytes(named.encode(encoding))
    found = otio.adapters.read_from_string(path.read_bytes(), ADAPTER[path.suffix])  # the bytes: decoded by it
    tl = found if isinstance(found, otio.schema.Timeline) else \
        next(iter(found.find_children(descended_from_type=otio.schema.Timeline)))
    names = sorted(m.name for item in [tl.tracks, *tl.tracks.find_children()] for m in getattr(item, "markers", []))
    assert any("Café crème" in n for n in names)
    with collected([]):
        back = interchange.read(path)
    assert sorted(m.caption for m in back.moments) == names


@pytest.mark.parametrize("declared, message", [
    ("no-such-code", "unknown encoding 'no-such-code' (named in its XML declaration)"),
    ("rot13", "'rot13' is not a text encoding (named in its XML declaration)"),
    ("ASCII", "is not ASCII text (byte "),
])
def test_an_xml_declaration_naming_no_usable_encoding_is_one_line(declared, message, tmp_path):
    text = (DATA / "otio-fcp-adapter" / "premiere_example.xml").read_text(encoding="utf-8")
    path = tmp_path / "cut.xml"
    path.write_bytes(text.replace('encoding="UTF-8"', f'encoding="{declared}"', 1)
                     .replace("My MArker 1", "Café", 1).encode("latin-1"))
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"annotate: error: {path}: ") and message in line
