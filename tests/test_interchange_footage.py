"""What editor exports take from the footage itself: its frame rate and
length (probed when the timeline records none), its sound, its start
timecode, and its end; each export read back by OpenTimelineIO's reference
adapters on real media encoded here."""

from __future__ import annotations

import re
import shutil
import warnings
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import opentimelineio as otio
import pytest

from annotate import ffmpeg, interchange
from annotate.errors import collected
from annotate.interchange.common import ExportWarning
from annotate.model import Footage, Moment, Timeline
from annotate.timeline import load

NTSC = 30000 / 1001


def _encode(out: Path, rate: str, seconds: float, *extra: str, audio: bool = True) -> Path:
    sound = ["-f", "lavfi", "-i", f"sine=d={seconds}"] if audio else []
    codec = ["-c:a", "aac"] if audio else []
    ffmpeg.run(("-f", "lavfi", "-i", f"testsrc2=d={seconds}:r={rate}:s=160x120", *sound, "-c:v", "libx264",
                "-preset", "ultrafast", *codec, "-shortest", *extra, str(out)))
    return out


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """6 s clips: 29.97 fps with sound; 25 fps with a 01:00:00:00 start
    timecode; 25 fps without sound."""
    folder = tmp_path_factory.mktemp("footage")
    _encode(folder / "ntsc.mp4", "30000/1001", 6)
    _encode(folder / "tc1h.mp4", "25", 6, "-timecode", "01:00:00:00")
    _encode(folder / "mute.mp4", "25", 6, audio=False)
    _encode(folder / "stereo.mp4", "25", 6, "-ac", "2")
    return folder


HAND_WRITTEN = """schema_version: 1
footage: {name}
moments:
  - {{id: a, start: 0, caption: at zero}}
  - {{id: b, start: 1.5, end: 3.25, caption: range}}
  - {{id: c, start: 5.5, caption: near end}}
"""


def _hand_written(folder: Path, name: str) -> Path:
    path = folder / "hw.yaml"
    path.write_text(HAND_WRITTEN.format(name=name), encoding="utf-8")
    return path


@pytest.mark.parametrize(("suffix", "adapter"), [(".xml", "fcp_xml"), (".otio", "otio_json")])
def test_a_hand_written_timeline_is_exported_at_its_footages_own_rate_and_length(media, tmp_path, suffix, adapter):
    """The README's minimal timeline (``footage: FILE`` and moments) was
    exported at the fallback 25 fps with a clip ending 10 s after the last
    moment, silently: a 6 s 29.97 fps file became a 15.5 s clip at 25 fps.
    Now the footage is probed, as subtitles, render and clips probe it."""
    shutil.copy(media / "ntsc.mp4", tmp_path / "ntsc.mp4")
    written = interchange.write(load(_hand_written(tmp_path, "ntsc.mp4")), tmp_path / f"hw{suffix}")
    assert not [n for n in written.notes if "fps" in n], written.notes
    read = otio.adapters.read_from_file(str(written.path), adapter_name=adapter)
    clip = next(iter(read.find_clips()))
    assert clip.source_range.duration.rate == pytest.approx(NTSC, abs=1e-3)
    assert clip.source_range.duration.to_seconds() == pytest.approx(6.0, abs=1 / NTSC)
    markers = sorted(m.marked_range.start_time.to_seconds() for m in clip.markers)
    assert markers == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / NTSC + 1e-6)


def test_a_hand_written_edl_states_the_footages_rate(media, tmp_path):
    shutil.copy(media / "ntsc.mp4", tmp_path / "ntsc.mp4")
    path = interchange.write(load(_hand_written(tmp_path, "ntsc.mp4")), tmp_path / "hw.edl").path
    text = path.read_text(encoding="utf-8")
    assert "* ANNOTATE RATE: 29.97" in text
    read = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=NTSC)
    clip = next(iter(read.find_clips()))
    assert clip.source_range.duration.to_seconds() == pytest.approx(6.0, abs=1 / NTSC)


def test_a_hand_written_timeline_whose_footage_is_not_here_says_the_rate_it_assumed(tmp_path):
    written = interchange.write(load(_hand_written(tmp_path, "elsewhere.mp4")), tmp_path / "hw.xml")
    said = [n for n in written.notes if "elsewhere.mp4" in n]
    assert len(said) == 1, written.notes
    assert "25 fps" in said[0] and "15.5 s" in said[0]


@pytest.mark.parametrize("suffix", [".edl", ".xml", ".fcpxml", ".otio", ".mlt"])
def test_moments_past_the_footages_end_are_named_in_a_warning(media, tmp_path, suffix):
    """A point after the footage's end and a range running past it were
    written as a locator and a marker off the clip, silently (editors hide
    or drop them), while subtitles and render warn of the same moments."""
    shutil.copy(media / "mute.mp4", tmp_path / "mute.mp4")
    path = tmp_path / "late.yaml"
    path.write_text("schema_version: 1\nfootage: mute.mp4\nmoments:\n"
                    "  - {id: inside, start: 1, caption: fine}\n"
                    "  - {id: late, start: 9, caption: after the end}\n"
                    "  - {id: long, start: 4, end: 12, caption: runs past}\n", encoding="utf-8")
    notes = interchange.write(load(path), tmp_path / f"late{suffix}").notes
    said = [n for n in notes if "footage's end" in n]
    assert len(said) == 1, notes
    assert "late (starts at 0:09)" in said[0] and "long (runs to 0:12)" in said[0] and "inside" not in said[0]
    assert "0:06" in said[0]


def test_moments_inside_the_footage_are_exported_without_a_word_of_its_end(media, tmp_path):
    shutil.copy(media / "mute.mp4", tmp_path / "mute.mp4")
    notes = interchange.write(load(_hand_written(tmp_path, "mute.mp4")), tmp_path / "hw.fcpxml").notes
    assert not [n for n in notes if "footage's end" in n], notes


def _timeline_of(media: Path, folder: Path, name: str) -> Path:
    shutil.copy(media / name, folder / name)
    return _hand_written(folder, name)


def _kinds(path: Path, adapter: str, **options: object) -> dict[str, list[tuple[str, float, float]]]:
    """Each track kind the reference adapter reads, with its clips' media and source ranges."""
    read = otio.adapters.read_from_file(str(path), adapter_name=adapter, **options)
    kinds: dict[str, list[tuple[str, float, float]]] = {}
    for track in read.tracks:
        kinds.setdefault(str(track.kind), []).extend(
            (Path(getattr(c.media_reference, "target_url", "") or c.name).name,
             round(c.source_range.start_time.to_seconds(), 3), round(c.source_range.duration.to_seconds(), 3))
            for c in track.find_clips())
    return kinds


@pytest.mark.parametrize(("suffix", "adapter"), [(".otio", "otio_json"), (".xml", "fcp_xml"), (".fcpxml", "fcpx_xml"),
                                                 (".edl", "cmx_3600")])
@pytest.mark.parametrize("selects", [False, True])
def test_the_footages_sound_is_in_every_editor_export(media, tmp_path, suffix, adapter, selects):
    """Every editor export carried the picture only (FCPX even declared
    hasAudio="0"), so an editor got the selects of an interview without its
    words. Footage with sound now gets its sound beside the picture: an audio
    track of the same clips (EDL: ``AA/V`` events), read back by the
    reference adapters; moments are not doubled on the way back."""
    timeline = load(_timeline_of(media, tmp_path, "ntsc.mp4"))
    path = interchange.write(timeline, tmp_path / f"out{suffix}", selects=selects).path
    kinds = _kinds(path, adapter, **({"rate": NTSC} if suffix == ".edl" else {}))
    assert kinds.get("Video") and kinds.get("Audio"), kinds
    assert all(clip in kinds["Audio"] for clip in kinds["Video"]), kinds
    if suffix == ".fcpxml":
        assert 'hasAudio="1"' in path.read_text(encoding="utf-8")
    if suffix == ".edl":
        events = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:3].isdigit()]
        assert events and all(line.split()[2] == "B" for line in events), events  # mono: A1 and V
    back = interchange.read(path)
    assert [m.id for m in back.moments] == (["m1", "m2", "m3"] if suffix == ".fcpxml" else ["a", "b", "c"])
    assert back.footage is not None and back.footage.has_audio


@pytest.mark.parametrize(("suffix", "adapter"), [(".otio", "otio_json"), (".xml", "fcp_xml"), (".fcpxml", "fcpx_xml"),
                                                 (".edl", "cmx_3600")])
def test_footage_without_sound_is_exported_as_picture_only(media, tmp_path, suffix, adapter):
    timeline = load(_timeline_of(media, tmp_path, "mute.mp4"))
    path = interchange.write(timeline, tmp_path / f"out{suffix}").path
    assert list(_kinds(path, adapter, **({"rate": 25} if suffix == ".edl" else {}))) == ["Video"]
    if suffix == ".fcpxml":
        assert 'hasAudio="1"' not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "channels", "tracks"), [("ntsc.mp4", "B", ["V", "A1"]),
                                                          ("stereo.mp4", "AA/V", ["V", "A1", "A2"]),
                                                          ("mute.mp4", "V", ["V"])])
def test_an_edl_event_names_the_sound_channels_the_footage_has(media, tmp_path, name, channels, tracks):
    """A mono file's event was ``AA/V`` (picture and two audio channels): an
    editor conforming it got a second, empty channel. The channel count is
    probed and recorded with the footage; CMX 3600's ``B`` is picture and
    one audio channel, ``AA/V`` picture and two."""
    path = interchange.write(load(_timeline_of(media, tmp_path, name)), tmp_path / "out.edl").path
    events = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:3].isdigit()]
    assert [line.split()[2] for line in events] == [channels]
    read = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=NTSC if name == "ntsc.mp4" else 25)
    assert [t.name for t in read.tracks] == tracks
    assert [m.id for m in interchange.read(path).moments] == ["a", "b", "c"]


def test_a_timeline_that_records_sound_but_no_channel_count_keeps_two_channels():
    """A timeline made before the count was recorded (``has_audio: true`` alone): two channels, as before."""
    tl = Timeline(moments=(Moment(1.0, id="a", caption="x"),),
                  footage=Footage(path="/v/a.mp4", duration=9.0, fps=25.0, has_audio=True))
    events = [line for line in interchange.dumps(tl, "edl").splitlines() if line[:3].isdigit()]
    assert [line.split()[2] for line in events] == ["AA/V"]


def _two_videos() -> Timeline:
    """Two videos, the first with sound, the second without."""
    return Timeline(
        title="Two angles",
        videos=(Footage(path="/v/roof.mp4", duration=30.0, fps=25.0, id="roof", has_audio=True),
                Footage(path="/v/street.mp4", duration=20.0, fps=25.0, id="street", has_audio=False)),
        moments=(Moment(4.0, id="m1", caption="gate"), Moment(2.4, end=3.6, id="m2", caption="car", footage="street"),
                 Moment(9.0, id="m3", caption="end")))


@pytest.mark.parametrize(("fmt", "adapter"), [("otio", "otio_json"), ("fcp-xml", "fcp_xml"), ("fcpx", "fcpx_xml"),
                                              ("edl", "cmx_3600")])
def test_several_videos_bring_the_sound_of_those_that_have_it(fmt, adapter):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)  # (EDL capitals, FCPX ids)
        text = interchange.dumps(_two_videos(), fmt)
    read = otio.adapters.read_from_string(text, adapter, **({"rate": 25} if fmt == "edl" else {}))
    sound = [Path(getattr(c.media_reference, "target_url", "") or "").name
             for t in read.tracks if t.kind == otio.schema.TrackKind.Audio for c in t.find_clips()]
    assert set(sound) == {"roof.mp4"}, sound
    if fmt == "edl":
        assert [line.split()[2] for line in text.splitlines() if line[:3].isdigit()] == ["AA/V", "V"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        back = interchange.loads(text, fmt)
    assert [(v.id, v.has_audio) for v in back.videos] == [("roof", True), ("street", None if fmt != "otio" else False)]
    assert sorted((back.video_id(m), m.start, m.caption.lower()) for m in back.moments) == [
        ("roof", 4.0, "gate"), ("roof", 9.0, "end"), ("street", 2.4, "car")]


@pytest.mark.parametrize(("suffix", "adapter"), [(".otio", "otio_json"), (".xml", "fcp_xml"), (".fcpxml", "fcpx_xml"),
                                                 (".edl", "cmx_3600")])
@pytest.mark.parametrize("selects", [False, True])
def test_footage_with_a_start_timecode_is_exported_at_its_own_timecode(media, tmp_path, suffix, adapter, selects):
    """A camera file starting at 01:00:00:00 was exported at 00:00:00:00: the
    EDL's source timecodes and locators, the XML's <timecode>, all pointed
    outside the media. Its timecode is probed, recorded in the timeline and
    every source time counts from it; import gives the moments back at their
    footage times."""
    timeline = load(_timeline_of(media, tmp_path, "tc1h.mp4"))
    path = interchange.write(timeline, tmp_path / f"tc{suffix}", selects=selects).path
    read = otio.adapters.read_from_file(str(path), adapter_name=adapter, **({"rate": 25} if suffix == ".edl" else {}))
    clips = [c for t in read.tracks if t.kind == otio.schema.TrackKind.Video for c in t.find_clips()]
    hour = 3600.0
    assert all(hour <= c.source_range.start_time.to_seconds() < hour + 6 for c in clips)
    marks = sorted(m.marked_range.start_time.to_seconds() - hour for c in clips for m in c.markers)
    assert marks == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / 25 + 1 / 25 * (suffix == ".fcpxml"))
    if suffix == ".xml":
        assert "<string>01:00:00:00</string>" in path.read_text(encoding="utf-8")
    if suffix == ".edl" and not selects:
        event = next(line for line in path.read_text(encoding="utf-8").splitlines() if line[:3].isdigit())
        assert event.split()[-4:] == ["01:00:00:00", "01:00:06:00", "00:00:00:00", "00:00:06:00"]
    back = interchange.read(path)
    assert sorted(m.start for m in back.moments) == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / 25 + 1e-6)
    assert back.footage is not None and back.footage.timecode == "01:00:00:00"


def test_the_start_timecode_is_recorded_in_the_timeline(media, tmp_path):
    from annotate.timeline import with_footage_length

    found = with_footage_length(load(_timeline_of(media, tmp_path, "tc1h.mp4")))
    assert found.footage is not None and found.footage.timecode == "01:00:00:00"
    assert with_footage_length(load(_timeline_of(media, tmp_path, "ntsc.mp4"))).footage.timecode == ""


def test_the_start_timecode_survives_the_timeline_file(media, tmp_path):
    """YAML reads an unquoted 01:00:00:00 as a base-60 number: the field is text."""
    from annotate.timeline import save, with_footage_length

    found = with_footage_length(load(_timeline_of(media, tmp_path, "tc1h.mp4")))
    save(found, tmp_path / "saved.yaml")
    assert load(tmp_path / "saved.yaml").footage.timecode == "01:00:00:00"


# An editor's EDL of the footage, as Avid and Premiere write one at the broadcast convention's 01:00:00:00: the
# event's source (the file's own timecode) and record (the programme's) both start there.
EDITOR_EDL = """TITLE: TC1H PROGRAMME
FCM: NON-DROP FRAME

001  TC1H     V     C        {source_in} 01:00:06:00 {record_in} {record_out}
* FROM CLIP NAME:  tc1h.mp4
* LOC: 01:00:03:12 RED     THE CAR STOPS
* LOC: 01:00:05:09 BLUE    A DOOR SLAMS
"""


def _editor_edl(folder: Path, source_in: str = "01:00:00:00", record: tuple[str, str] = ("01:00:00:00",
                                                                                          "01:00:06:00")) -> Path:
    path = folder / "ed1h.edl"
    path.write_text(EDITOR_EDL.format(source_in=source_in, record_in=record[0], record_out=record[1]),
                    encoding="utf-8")
    return path


def test_an_editors_edl_at_01_00_00_00_names_its_footage_and_start_timecode(media, tmp_path):
    """An editor's own EDL came back with its moments right but without its
    footage: the 01:00:00:00 start, the reel TC1H and the clip name
    tc1h.mp4 were gone, and its export went out at 00:00:00:00 as
    "footage". The footage is named by its clip (its reel the video's id),
    its start timecode read from the file beside the EDL, and the moments
    are at their footage times; the export gives back what came in, as
    OpenTimelineIO's reader reads it."""
    shutil.copy(media / "tc1h.mp4", tmp_path / "tc1h.mp4")
    notes: list[str] = []
    with collected(notes, ExportWarning):
        timeline = interchange.read(_editor_edl(tmp_path), fps=25)
    assert notes == []
    assert [(m.start, m.caption, m.color) for m in timeline.moments] == [
        (3.48, "THE CAR STOPS", "RED"), (5.36, "A DOOR SLAMS", "BLUE")]
    footage = timeline.footage
    assert footage is not None and (footage.path, footage.id, footage.timecode) == ("tc1h.mp4", "TC1H", "01:00:00:00")
    interchange.import_into(tmp_path / "ed1h.edl", tmp_path / "ed1h.yaml", fps=25)
    back = interchange.write(load(tmp_path / "ed1h.yaml"), tmp_path / "back.edl").path
    text = back.read_text(encoding="utf-8")
    event = next(line for line in text.splitlines() if line[:3].isdigit())
    assert event.split()[1] == "TC1H" and event.split()[-4:] == ["01:00:00:00", "01:00:06:00"] * 2
    assert "* FROM CLIP NAME:  tc1h.mp4" in text
    read = otio.adapters.read_from_file(str(back), adapter_name="cmx_3600", rate=25)
    clip = next(iter(read.find_clips()))
    assert clip.name == "tc1h.mp4" and clip.metadata["cmx_3600"]["reel"] == "TC1H"
    assert [m.marked_range.start_time.to_timecode() for m in clip.markers] == ["01:00:03:12", "01:00:05:09"]


def test_an_editors_trimmed_edl_counts_from_the_files_own_timecode(media, tmp_path):
    """The event starts two seconds into the file, at record 10:00:00:00:
    the moments are at their times in the file (its timecode probed)."""
    shutil.copy(media / "tc1h.mp4", tmp_path / "tc1h.mp4")
    timeline = interchange.read(_editor_edl(tmp_path, "01:00:02:00", ("10:00:00:00", "10:00:04:00")), fps=25)
    assert [m.start for m in timeline.moments] == [3.48, 5.36]
    assert timeline.footage is not None and timeline.footage.timecode == "01:00:00:00"


def test_an_editors_edl_without_its_file_here_says_where_it_counts_from(tmp_path):
    """The EDL does not say where the file's timecode starts: its first
    source timecode is taken (and recorded), with a warning saying so."""
    notes: list[str] = []
    with collected(notes, ExportWarning):
        timeline = interchange.read(_editor_edl(tmp_path, "01:00:02:00", ("10:00:00:00", "10:00:04:00")), fps=25)
    assert [m.start for m in timeline.moments] == [1.48, 3.36]
    assert timeline.footage is not None and timeline.footage.timecode == "01:00:02:00"
    (said,) = [n for n in notes if "tc1h.mp4" in n]
    assert "01:00:02:00" in said and "ed1h.edl" in said


def test_an_edl_of_several_sources_names_those_its_timeline_does_not_keep():
    """A cut of several shots with locators: the moments are at programme
    time and the timeline names no footage; the shots' names and reels,
    which it cannot hold, are named in a warning instead of dropped."""
    notes: list[str] = []
    path = Path(__file__).parent / "data" / "third-party" / "editorial" / "otio-cmx3600-adapter" / \
        "screening_example.edl"
    with collected(notes, ExportWarning):
        timeline = interchange.read(path, fps=24)
    assert timeline.videos == ()
    (said,) = [n for n in notes if "sources" in n]
    assert "'ZZ100_504C (LAY1)' (reel ZZ100_50)" in said and str(path) in said


def test_an_editors_edl_imported_into_its_timeline_keeps_the_footage_it_records(media, tmp_path):
    """The timeline records its footage as probed (length, rate, sha256):
    an editor's EDL of the same file, imported into it, names that file by
    its clip name only, and must not replace the record with that name."""
    from annotate.timeline import save, with_footage_length

    shutil.copy(media / "tc1h.mp4", tmp_path / "tc1h.mp4")
    story = tmp_path / "story.yaml"
    save(with_footage_length(load(_hand_written(tmp_path, "tc1h.mp4"))), story)
    before = load(story).footage
    interchange.import_into(_editor_edl(tmp_path), story, fps=25)
    after = load(story)
    # (its reel, TC1H, is the video's id: test_an_editors_edl_imported_into_its_timeline_keeps_its_reel)
    assert after.footage == replace(before, id="TC1H") and after.footage.timecode == "01:00:00:00"
    assert [m.start for m in after.moments] == [3.48, 5.36]


@pytest.mark.parametrize("chosen", [False, True])
def test_an_editors_edl_imported_into_its_timeline_keeps_its_reel(media, tmp_path, chosen):
    """An editor's EDL imported into the timeline of its footage lost its
    reel (A001C003) to the timeline's video id, made from the file name
    (tc1h), and its export named the event tc1h: the reel is now the video's
    id, so the export writes it back. A video id the timeline chose itself
    stays, with a warning naming both."""
    from annotate.timeline import save, with_footage_length

    shutil.copy(media / "tc1h.mp4", tmp_path / "tc1h.mp4")
    story = tmp_path / "story.yaml"
    timeline = with_footage_length(load(_hand_written(tmp_path, "tc1h.mp4")))
    if chosen:
        timeline = replace(timeline, videos=(replace(timeline.footage, id="roof"),))
    save(timeline, story)
    edl = _editor_edl(tmp_path)
    edl.write_text(edl.read_text(encoding="utf-8").replace("TC1H     V", "A001C003 V"), encoding="utf-8")
    notes: list[str] = []
    with collected(notes, ExportWarning):
        interchange.import_into(edl, story, fps=25)
    after = load(story)
    assert after.footage is not None and after.footage.id == ("roof" if chosen else "A001C003")
    said = [n for n in notes if "A001C003" in n]
    assert len(said) == chosen and (not chosen or "'roof'" in said[0]), notes
    text = interchange.write(after, tmp_path / "back.edl").path.read_text(encoding="utf-8")
    event = next(line for line in text.splitlines() if line[:3].isdigit())
    assert event.split()[1] == ("roof" if chosen else "A001C003")


def test_a_timeline_records_that_its_footage_has_no_start_timecode_and_exports_without_probing(media, tmp_path,
                                                                                             monkeypatch):
    """A timeline could not record that its footage carries NO start
    timecode (None was "not probed"), so every editor export probed the file
    again (some 50 ms). The probe's "none" is recorded (``timecode: null``
    in the file, absent: unknown), and an export of such a timeline reads
    nothing; a timeline without the field is still probed, once an export."""
    from annotate import probe
    from annotate.timeline import save
    from annotate.timeline.make import probe_footage

    shutil.copy(media / "mute.mp4", tmp_path / "mute.mp4")
    footage = probe_footage(str(tmp_path / "mute.mp4"))
    assert footage.timecode == ""
    save(Timeline(moments=(Moment(id="a", start=1.0, caption="x"),), footage=footage), tmp_path / "t.yaml")
    text = (tmp_path / "t.yaml").read_text(encoding="utf-8")
    assert "timecode: null" in text or "timecode: ~" in text, text
    probed: list[object] = []
    real = probe.probe
    monkeypatch.setattr(probe, "probe", lambda path, *a, **k: probed.append(path) or real(path, *a, **k))
    recorded = load(tmp_path / "t.yaml")
    assert recorded.footage is not None and recorded.footage.timecode == ""
    for suffix in (".edl", ".xml", ".otio"):
        back = interchange.write(recorded, tmp_path / f"t{suffix}")
        assert "00:00:00:00" in back.path.read_text(encoding="utf-8") or suffix == ".otio"
    assert probed == []
    old = tmp_path / "old.yaml"
    old.write_text(text.replace("  timecode: null\n", "").replace("  timecode: ~\n", ""), encoding="utf-8")
    assert load(old).footage.timecode is None
    interchange.write(load(old), tmp_path / "old.edl")
    assert len(probed) == 1


SCREENING = Path(__file__).parent / "data" / "third-party" / "editorial" / "otio-cmx3600-adapter" / \
    "screening_example.edl"


def _record_times(path: Path, rate: float) -> tuple[list[str], list[str]]:
    """The record timecodes of an EDL as OpenTimelineIO's reader places them:
    each event's record in, and each locator mapped onto the programme."""
    read = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=rate)
    track = next(t for t in read.tracks if t.kind == otio.schema.TrackKind.Video)
    clips = list(track.find_clips())
    events = [c.transformed_time_range(c.trimmed_range(), read.tracks).start_time.to_timecode() for c in clips]
    marks = [c.transformed_time(m.marked_range.start_time, read.tracks).to_timecode() for c in clips for m in c.markers]
    return events, marks


def test_an_editors_edl_comes_back_at_its_own_record_timecode(tmp_path):
    """OpenTimelineIO's screening example records from 00:59:53:11 (a
    programme starting before 01:00:00:00): imported, its moments are at
    the programme's time from 0:00, and exported its one event recorded from
    00:00:00:00, each locator an hour off where the editor put it. The
    record start is kept (the timeline's ``record_timecode``) and written
    back: the locators come back at the record timecodes of the file, and
    a second import reads the same timeline."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        timeline = interchange.read(SCREENING, fps=24)
        assert timeline.record_timecode == "00:59:53:11"
        interchange.import_into(SCREENING, tmp_path / "s.yaml", fps=24)
        saved = load(tmp_path / "s.yaml")
        assert saved.record_timecode == "00:59:53:11"
        path = interchange.write(saved, tmp_path / "back.edl").path
        again = interchange.read(path)
    events, marks = _record_times(path, 24)
    given_events, given_marks = _record_times(SCREENING, 24)
    assert events[0] == given_events[0] == "00:59:53:11"
    # The file's locators at record time: the first two are written at it (outside their event's source), the
    # third at a source time of its event, which the reference maps to its record time.
    assert marks == ["01:00:01:14", "01:00:02:14", given_marks[2]]
    assert again.record_timecode == "00:59:53:11"
    assert [m.caption for m in again.moments] == [m.caption for m in saved.moments]
    assert [m.start for m in again.moments] == pytest.approx([m.start for m in saved.moments], abs=0.5 / 24)


def test_an_otio_file_keeps_the_record_timecode(tmp_path):
    """The record start rides in annotate's metadata of an OTIO file and in
    the JSON export, so an EDL imported and passed through them still
    records from it."""
    timeline = Timeline(moments=(Moment(id="a", start=2.0, caption="x"),), record_timecode="01:00:00:00")
    for fmt in ("otio", "json"):
        assert interchange.loads(interchange.dumps(timeline, fmt), fmt).record_timecode == "01:00:00:00"


@pytest.mark.parametrize("suffix", [".edl", ".xml", ".fcpxml"])
def test_a_drop_frame_start_timecode_is_written_drop_frame_and_read_back(tmp_path, suffix):
    """29.97 fps footage whose timecode starts at 01:00:00;00 (drop frame)
    was exported at that frame but labelled non-drop: the EDL's source in
    00:59:56:12 under FCM: NON-DROP FRAME, FCP 7 XML's <timecode>
    00:59:56:12 NDF, FCPX without its tcFormat, so an editor's source
    monitor showed another timecode than the camera's, and an import
    recorded 00:59:56:12. Each format now writes it as drop frame where it
    says so (FCM: DROP FRAME and ';', <displayformat>DF, tcFormat="DF") and
    an import gives back 01:00:00;00 at the same frames."""
    _encode(tmp_path / "df.mp4", "30000/1001", 6, "-timecode", "01:00:00;00", audio=False)
    timeline = load(_hand_written(tmp_path, "df.mp4"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        path = interchange.write(timeline, tmp_path / f"df{suffix}").path
        back = interchange.read(path)
    text = path.read_text(encoding="utf-8")
    if suffix == ".edl":
        event = next(line for line in text.splitlines() if line[:3].isdigit())
        assert "FCM: DROP FRAME" in text and "NON-DROP" not in text
        assert event.split()[-4:-2] == ["01:00:00;00", "01:00:06;00"]
        read = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=NTSC)
        clip = next(iter(read.find_clips()))  # the reference reads the event at the file's own frames
        assert clip.source_range.start_time.value == otio.opentime.from_timecode("01:00:00;00", NTSC).value
    elif suffix == ".xml":
        assert "<string>01:00:00;00</string>" in text and "<displayformat>DF</displayformat>" in text
    else:
        assert re.search(r'<sequence\b[^>]*tcFormat="DF"', text) and re.search(r'<clip\b[^>]*tcFormat="DF"', text)
    assert back.footage is not None and back.footage.timecode == "01:00:00;00"
    assert [m.start for m in back.moments] == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / NTSC + 1e-6)


SELECTS_EDL = """TITLE: SELECTS
FCM: NON-DROP FRAME

001  A001C003 V     C        01:00:01:00 01:00:02:00 10:00:00:00 10:00:01:00
* FROM CLIP NAME:  tc1h.mp4
002  A001C003 V     C        01:00:04:00 01:00:05:12 10:00:01:00 10:00:02:12
* FROM CLIP NAME:  tc1h.mp4
"""


def test_an_editors_selects_of_one_source_without_locators_are_read_as_that_footage(media, tmp_path):
    """An editor's selects of one camera file (two events, no locators) were
    read as clips at programme time (0:00 and 0:01, the record side) with no
    footage, its reel A001C003 and the file dropped without a word, as the
    located case no longer is. Now the file is the footage (its reel the
    video's id, its start timecode probed), each event a moment at its time
    in it, and an export gives them back there."""
    shutil.copy(media / "tc1h.mp4", tmp_path / "tc1h.mp4")
    path = tmp_path / "selects.edl"
    path.write_text(SELECTS_EDL, encoding="utf-8")
    notes: list[str] = []
    with collected(notes, ExportWarning):
        timeline = interchange.read(path, fps=25)
    assert len(notes) == 1 and "'tc1h.mp4': read as that footage" in notes[0], notes  # (OTIO: at record time)
    assert timeline.footage is not None
    assert (timeline.footage.path, timeline.footage.id, timeline.footage.timecode) == \
        ("tc1h.mp4", "A001C003", "01:00:00:00")
    assert [(m.start, m.end) for m in timeline.moments] == [(1.0, 2.0), (4.0, 5.48)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        back = interchange.loads(interchange.dumps(timeline, "edl"), "edl")
    assert [(m.start, m.end) for m in back.moments] == [(1.0, 2.0), (4.0, 5.48)]


# DaVinci Resolve's markers of a source clip, its events named by the clip's reel (no file, no clip name).
RESOLVE_REEL = """TITLE: Timeline 1
FCM: NON-DROP FRAME

001  A001C003 V     C        01:00:05:00 01:00:05:01 01:00:05:00 01:00:05:01
 |C:ResolveColorBlue |M:Interview starts |D:1

002  A001C003 V     C        01:00:12:10 01:00:12:11 01:00:12:10 01:00:12:11
 |C:ResolveColorRed |M:Gate opens |D:50
"""


@pytest.mark.parametrize("beside", [True, False])
def test_resolve_markers_of_a_reel_are_moments_of_that_reels_footage(media, tmp_path, beside):
    """Resolve's marker EDL of a clip names its events by the clip's reel
    only: it was read as markers at programme time with no footage, the reel
    dropped, where Resolve puts them on that reel's clip at its source
    timecode. The reel is the footage now (the file named after it beside
    the EDL, its own timecode probed; else the reel alone, counted from its
    first source timecode, said); a marker line not read is said."""
    if beside:
        shutil.copy(media / "tc1h.mp4", tmp_path / "A001C003.mp4")
    path = tmp_path / "markers.edl"
    path.write_text(RESOLVE_REEL + " |C:ResolveColorGreen |M:cut short\n", encoding="utf-8")
    notes: list[str] = []
    with collected(notes, ExportWarning):
        timeline = interchange.read(path, fps=25)
    footage = timeline.footage
    assert footage is not None and footage.id == "A001C003"
    if beside:
        assert (footage.path, footage.timecode) == ("A001C003.mp4", "01:00:00:00")
        assert [(m.start, m.end, m.caption, m.color) for m in timeline.moments] == [
            (5.0, None, "Interview starts", "BLUE"), (12.4, 14.4, "Gate opens", "RED")]
    else:
        assert (footage.path, footage.timecode) == (None, "01:00:05:00")
        assert [(m.start, m.end) for m in timeline.moments] == [(0.0, None), (7.4, 9.4)]
    said = [n for n in notes if "A001C003" in n]
    assert len(said) == (0 if beside else 1), notes
    (unread,) = [n for n in notes if "cut short" in n]
    assert "line 9" in unread


def test_a_timeline_from_an_edl_keeps_its_record_timecode_when_a_file_is_imported_into_it(tmp_path):
    """A timeline imported from an editor's EDL records the programme's start
    (``record_timecode``); importing an edited subtitle file into it dropped
    it, so the next EDL export recorded from 00:00:00:00, an hour off the
    editor's programme. A file that states no record start now leaves the
    timeline's, and its edit rate, as they were."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        interchange.import_into(SCREENING, tmp_path / "s.yaml", fps=24)
        saved = load(tmp_path / "s.yaml")
        srt = interchange.write(saved, tmp_path / "s.srt").path
        interchange.import_into(srt, tmp_path / "s.yaml")
        again = load(tmp_path / "s.yaml")
        edl = interchange.write(again, tmp_path / "back.edl").path
    assert (again.record_timecode, again.edit_rate) == ("00:59:53:11", 24)
    events, _marks = _record_times(edl, 24)
    assert events[0] == "00:59:53:11"


def _sequence_start(path: Path, rate: float) -> tuple[otio.opentime.RationalTime | None, list[str]]:
    """The sequence's start as OpenTimelineIO's own adapter of the file reads
    it, and each marker's time on that sequence's timecode (the clip's
    marker mapped onto the sequence, from its start)."""
    adapter = {".otio": "otio_json", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml"}[path.suffix]
    read = otio.adapters.read_from_file(str(path), adapter_name=adapter)
    tl = read if isinstance(read, otio.schema.Timeline) else next(iter(read))
    start = tl.global_start_time
    clip = next(c for c in tl.find_clips() if c.markers)
    origin = start if start is not None else otio.opentime.RationalTime(0, rate)
    marks = [(origin + clip.transformed_time(m.marked_range.start_time, tl.tracks)).to_timecode(rate)
             for m in clip.markers]
    return start, marks


@pytest.mark.parametrize("suffix", [".otio", ".xml", ".fcpxml"])
def test_the_record_timecode_is_the_sequence_start_of_each_editor_export(media, tmp_path, suffix):
    """An EDL's programme at 01:00:00:00 exported as OTIO, FCP 7 XML or FCPX
    started its sequence at 00:00:00:00, so a marker at 0:10 came into the
    editor at 00:00:10:00, not at 01:00:10:00 where the programme has it. Each
    now states the start the way its format does (OTIO's
    ``global_start_time``, the sequence's ``<timecode>``, the sequence's
    ``tcStart`` with its spine from there), as OpenTimelineIO's adapters read
    it, and an import reads it back."""
    shutil.copy(media / "mute.mp4", tmp_path / "mute.mp4")
    timeline = load(_hand_written(tmp_path, "mute.mp4"))
    timeline = replace(timeline, record_timecode="01:00:00:00", edit_rate=25.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        path = interchange.write(timeline, tmp_path / f"out{suffix}").path
        back = interchange.read(path)
    start, marks = _sequence_start(path, 25)
    if suffix == ".fcpxml":  # the adapter reads no tcStart: its spine starts there, the clip an hour in
        assert start is None
        assert re.search(r'<sequence\b[^>]*\btcStart="3600s"', path.read_text(encoding="utf-8"))
    else:
        assert start is not None and start.to_timecode(25) == "01:00:00:00"
    assert marks == ["01:00:00:00", "01:00:01:12", "01:00:05:12"]
    assert back.record_timecode == "01:00:00:00"
    assert [m.start for m in back.moments] == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / 25 + 1e-6)


@pytest.mark.parametrize("suffix", [".otio", ".xml", ".fcpxml"])
def test_a_drop_frame_record_timecode_is_the_sequence_start_drop_frame(tmp_path, suffix):
    """A programme of 29.97 fps at 01:00:00;00 (drop frame): each export
    states its sequence start at that frame and as drop frame, and an
    import reads back 01:00:00;00."""
    _encode(tmp_path / "df.mp4", "30000/1001", 6, audio=False)
    timeline = replace(load(_hand_written(tmp_path, "df.mp4")), record_timecode="01:00:00;00", edit_rate=NTSC)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        path = interchange.write(timeline, tmp_path / f"df{suffix}").path
        back = interchange.read(path)
    text = path.read_text(encoding="utf-8")
    frames = otio.opentime.from_timecode("01:00:00;00", NTSC).value  # 107892
    if suffix == ".fcpxml":
        sequence = re.search(r'<sequence\b[^>]*\btcStart="(\d+)/(\d+)s"[^>]*>', text)
        assert sequence and Fraction(int(sequence[1]), int(sequence[2])) == Fraction(int(frames) * 1001, 30000)
        assert 'tcFormat="DF"' in sequence[0]
    else:
        start, _marks = _sequence_start(path, NTSC)
        assert start is not None and start.value_rescaled_to(NTSC) == pytest.approx(frames)
        if suffix == ".xml":
            assert "<string>01:00:00;00</string>" in text
    assert back.record_timecode == "01:00:00;00"
    assert [m.start for m in back.moments] == pytest.approx([0.0, 1.5, 5.5], abs=0.5 / NTSC + 1e-6)
