"""MLT and Kdenlive exports, and selects in every sequence format: the
``.mlt`` and ``.kdenlive`` selects rendered by a real editing engine (MLT's
``melt``, which Shotcut and Kdenlive run on) against ``annotate clips
--mode exact`` of the same timeline, frame by frame."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import opentimelineio as otio
import pytest
from click.testing import CliRunner

import media_samples
from annotate import children, ffmpeg
from annotate.clips import export as export_clips
from annotate.clips.media import FrameTable, scan
from annotate.clips.plan import clip_span
from annotate.interchange import dumps, loads, write
from annotate.interchange.common import by_time
from annotate.interchange.mlt import Project, document, to_text
from annotate.interchange.selects import cuts, rate
from annotate.model import Moment, Timeline
from annotate.probe import probe, to_footage
from tests import system
from tests.clips_support import psnr

MELT_TIMEOUT_SECONDS = 180
MELT_TRIES = 3
# A cut's frame must match the source frame at least this well (the bar).
MIN_PSNR_DB = 35.0
FOOTAGE_SECONDS = 6.0
GOP_FRAMES = 12
PAD = (1.0, 0.6)


def moments() -> tuple[Moment, ...]:
    """A point at 0:00 (padding before clipped), a range, a point, and a
    range whose padding after runs past the footage's end (clipped)."""
    return (
        Moment(id="m1", start=0.0, caption="at zero <b>&amp;</b>"),
        Moment(id="m2", start=1.5, end=2.3, caption="a range"),
        Moment(id="m3", start=3.2, caption="a point"),
        Moment(id="m4", start=5.2, end=5.9, caption="to the end"),
    )


@pytest.fixture(scope="module")
def footage_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mlt-footage")


def make_footage(folder: Path, fps: str) -> Path:
    """testsrc2 (a frame counter and a moving bar: every frame differs) with
    B-frames and short GOPs, so a seek that lands a frame off shows."""
    path = folder / f"testsrc-{fps.replace('/', '_')}.mp4"
    if not path.exists():
        ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={fps}:duration={FOOTAGE_SECONDS}",
                    "-c:v", "libx264", "-preset", "veryfast", "-g", str(GOP_FRAMES), "-bf", "2",
                    "-pix_fmt", "yuv420p", str(path)])
    return path


def timeline_for(footage: Path, ms: tuple[Moment, ...] | None = None) -> Timeline:
    probed = replace(to_footage(probe(footage)), path=str(footage))
    return Timeline(moments=ms or moments(), footage=probed, title="Selects test")


def planes(path: Path) -> list[np.ndarray]:
    """Every decoded frame as its Y, U and V planes (yuv420p). Compared in
    the coded planes: melt passes luma through bit for bit but resamples
    chroma through 4:2:2, which an RGB comparison of testsrc2's saturated
    edges would count against it (about 31 dB) though no frame is wrong."""
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="yuv420p") for f in container.decode(video=0)]


def melt(project: Path, out: Path) -> Path:
    """Render ``project`` headless with melt, losslessly (FFV1), no audio.

    melt 7.12's avformat consumer starts its encoding thread before it marks
    itself running (``consumer_start`` in consumer_avformat.c, unchanged
    upstream): on a loaded machine the thread can find itself "not running",
    close its just-created output empty and end, and melt then exits 0 with
    an empty file or waits forever for a consumer that is gone (seen here 3
    times in 80 runs under load). That signature alone, an empty output melt
    no longer holds open, is run again; anything else fails."""
    # real_time=0: render every frame in order, never drop one to keep up (a loaded CI machine)
    cmd = ["melt", "-quiet", str(project), "-consumer", f"avformat:{out}", "vcodec=ffv1", "an=1",
           "pix_fmt=yuv420p", "real_time=0"]
    for _ in range(MELT_TRIES):
        out.unlink(missing_ok=True)
        log = out.with_name(out.name + ".melt-stderr.txt")
        with log.open("w") as err, children.start(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                                  stderr=err) as proc:
            raced = _wait_for_melt(proc, out, cmd)
        made = out.stat().st_size if out.is_file() else -1
        if not raced and not (proc.returncode == 0 and made == 0):
            # melt exits 0 even when it loads nothing (mltframework/mlt#1087): an empty output is a failure too
            assert proc.returncode == 0 and made > 0, \
                f"{shlex.join(cmd)} failed (exit {proc.returncode}, output {made} bytes): {log.read_text()[-2000:]}"
            return out
    pytest.fail(f"melt wrote nothing {MELT_TRIES} times in a row: {shlex.join(cmd)}: {log.read_text()[-2000:]}")


def _wait_for_melt(proc: subprocess.Popen[str], out: Path, cmd: list[str]) -> bool:
    """Wait for melt; True if its consumer thread ended before writing a
    frame (the start race above), in which case melt is killed."""
    deadline = time.monotonic() + MELT_TIMEOUT_SECONDS
    while True:
        try:
            proc.wait(timeout=0.2)
            return False
        except subprocess.TimeoutExpired:
            pass
        if _output_abandoned(proc.pid, out):
            proc.kill()
            proc.wait()
            return True
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            pytest.fail(f"melt took over {MELT_TIMEOUT_SECONDS} s: {shlex.join(cmd)}")


def _output_abandoned(pid: int, out: Path) -> bool:
    """The consumer created ``out`` (it opens the file before its first
    frame and holds it to the end), wrote nothing and closed it: melt's own
    file descriptors no longer name it."""
    try:
        if out.stat().st_size:
            return False
        fds = Path(f"/proc/{pid}/fd")
        held = {os.readlink(fd) for fd in fds.iterdir()}
    except OSError:  # no output yet, melt just ended, or no /proc: nothing to tell
        return False
    return str(out.resolve()) not in held


def by_position(source: list[np.ndarray], table: FrameTable) -> list[np.ndarray]:
    """The source's frames at each position an editor counts (position p
    shows the frame that p / fps names): the decoded frames themselves for
    footage whose first frame starts at 0; the first frame twice for one
    that starts a frame late."""
    fps = float(rate(table.fps))
    # The nearest frame start: the file's own rate may differ from the profile's
    # in the sixth digit (Megamind.avi counts 2997/125, not 24000/1001).
    return [source[table.frame_at(p / fps)] for p in range(round(table.duration * fps))]


def check_render(render: list[np.ndarray], source: list[np.ndarray], spans: list[tuple[int, int]]) -> None:
    """The render is the cuts back to back: as many frames, and each cut's
    first and last frame are the source frames at its span (and closer to
    them than to any different neighbour, so a cut one frame off fails)."""
    assert len(render) == sum(stop - first for first, stop in spans)
    at = 0
    for first, stop in spans:
        for got, want in ((render[at], first), (render[at + stop - first - 1], stop - 1)):
            score = psnr(got, source[want])
            assert score >= MIN_PSNR_DB, (first, stop, want, score)
            for other in (want - 1, want + 1):
                if 0 <= other < len(source) and not np.array_equal(source[other], source[want]):
                    assert psnr(got, source[other]) < score, (want, other)
        at += stop - first


def assert_selects_render(footage: Path, ms: tuple[Moment, ...], pad: tuple[float, float] | None,
                          tmp_path: Path, *, clips_agree: bool = True) -> list[tuple[int, int]]:
    """Export the ``.mlt`` selects of ``ms`` on ``footage``, render it with
    melt, cut the same timeline with ``annotate clips --mode exact``, and
    check the two agree cut by cut and frame for frame. Returns the spans."""
    tl = timeline_for(footage, ms)
    table = scan(footage)  # the frame table annotate clips cuts by
    chosen = cuts(tl, pad, frames=table)
    fps = float(rate(table.fps))
    # clip_span's window, in the table's frames, placed at their times
    want = []
    for span in (clip_span(m, table.duration, pad) for m in by_time(tl)):
        if isinstance(span, str):
            continue
        first = table.frame_at(span.start)
        stop = max(first + 1, table.boundary_at(span.end))
        want.append((round(table.times[first] * fps), round(table.end_of(stop - 1) * fps)))
    assert [(c.first, c.stop) for c in chosen] == want
    if clips_agree:
        report = export_clips([tl], tmp_path / "clips", mode="exact", pad=pad)
        assert report.ok, report.failed
        clips = sorted(report.written, key=lambda e: e["index"])
        # The same spans as annotate clips: one clip per cut, as many frames, same first source frame.
        assert [c.moment.id for c in chosen] == [e["moment_id"] for e in clips]
        assert [c.frames for c in chosen] == [e["frames"] for e in clips]
        assert [c.first / fps for c in chosen] == pytest.approx([e["start"] for e in clips], abs=1e-3)
    spans = [(c.first, c.stop) for c in chosen]
    mlt_file = tmp_path / "selects.mlt"
    write(tl, mlt_file, selects=True, pad=pad)
    render = planes(melt(mlt_file, tmp_path / "mlt.mkv"))
    check_render(render, by_position(planes(footage), table), spans)
    if not clips_agree:
        return spans
    # Each render cut also matches the clip annotate clips made of it.
    at = 0
    for entry, (first, stop) in zip(clips, spans, strict=True):
        clip = planes(tmp_path / "clips" / entry["file"])
        assert len(clip) == stop - first
        assert psnr(render[at], clip[0]) >= MIN_PSNR_DB and psnr(render[at + len(clip) - 1], clip[-1]) >= MIN_PSNR_DB
        at += len(clip)
    return spans


# Every rate with --pad 1,0.6; the default padding (3,7 for points, none for ranges) at 29.97.
@pytest.mark.parametrize(("fps", "pad"), [("25", PAD), ("30000/1001", PAD), ("30", PAD), ("30000/1001", None)],
                         ids=["25-pad", "29.97-pad", "30-pad", "29.97-default-pad"])
def test_melt_renders_mlt_selects_as_clips_exact_cuts(fps: str, pad: tuple[float, float] | None,
                                                      footage_dir: Path, tmp_path: Path) -> None:
    system.require(system.MELT)
    footage = make_footage(footage_dir, fps)
    spans = assert_selects_render(footage, moments(), pad, tmp_path)
    assert spans[0][0] == 0  # padding before the moment at 0:00 clipped
    if pad:
        assert spans[-1][1] == round(FOOTAGE_SECONDS * float(rate(float(Fraction(fps)))))  # clipped at the end


def test_melt_renders_selects_of_the_samples(samples: media_samples.SampleSet, tmp_path: Path) -> None:
    """The sample footage (640x360, 25 fps, a keyframe every 10 s, so each
    cut starts far from a keyframe): a moment at 0:00, a range over the
    12-frame insert between two cuts, a point on a cut and a range at the
    very end, padding clipped at both ends."""
    system.require(system.MELT)
    cut_times = [c["time"] for c in samples.truth["cuts"]]
    end = float(samples.truth["video"]["duration"])
    ms = (Moment(id="start", start=0.0, caption="opening"),
          Moment(id="insert", start=cut_times[2], end=cut_times[3], caption="the insert"),
          Moment(id="cut", start=cut_times[4], caption="a cut"),
          Moment(id="end", start=end - 0.6, end=end, caption="the end"))
    spans = assert_selects_render(samples.video, ms, (0.4, 0.4), tmp_path)
    assert spans[0][0] == 0 and spans[-1][1] == samples.truth["video"]["frames"]


def test_melt_renders_selects_of_real_footage(tmp_path: Path) -> None:
    """A real film clip (opencv-doc's Megamind.avi: MPEG-4 part 2 in AVI,
    23.976 fps, 720x528), so the rate and the codec are not ours, and its
    first frame starts at 1/fps, not 0: cuts are counted in its frame table."""
    system.require(system.MELT)
    system.require(system.OPENCV_DOC)
    ms = (Moment(id="a", start=0.0, caption="first frame"), Moment(id="b", start=3.0, end=4.5, caption="range"),
          Moment(id="c", start=7.0, caption="point"), Moment(id="d", start=10.0, end=10.6, caption="near the end"))
    # annotate clips --mode exact itself is a frame short on this file (its first frame
    # is at 1/fps; "holds 10 frames, expected 11"): the render is checked against the source.
    spans = assert_selects_render(system.REAL_CLIP, ms, (0.5, 0.5), tmp_path, clips_agree=False)
    # Position 0 shows no frame of its own. Not at the end: melt never shows this
    # file's last frame (position 270 repeats frame 268), so its end is not checked.
    # The last cut ends at 10.6 + 0.5 = 11.1 s, which names the frame boundary at
    # 266 / 23.976 = 11.094 s (the nearest; the next is 11.136 s): position 266.
    assert spans[0][0] == 1 and spans[-1][1] == 266


def test_melt_renders_kdenlive_selects_and_whole_footage(footage_dir: Path, tmp_path: Path) -> None:
    system.require(system.MELT)
    footage = make_footage(footage_dir, "25")
    tl = timeline_for(footage)
    source = planes(footage)
    project = tmp_path / "selects.kdenlive"
    write(tl, project, selects=True, pad=PAD)
    check_render(planes(melt(project, tmp_path / "k.mkv")), source, [(c.first, c.stop) for c in cuts(tl, PAD)])
    whole = tmp_path / "whole.mlt"
    write(tl, whole)
    check_render(planes(melt(whole, tmp_path / "w.mkv")), source, [(0, len(source))])


def test_mlt_marks_each_moment_where_the_programme_shows_it(footage_dir: Path) -> None:
    tl = timeline_for(make_footage(footage_dir, "25"))
    root = ET.fromstring(dumps(tl, "mlt", selects=True, pad=PAD))
    marks = [{p.get("name"): p.text for p in one.iter("property")}
             for one in root.iter("properties") if one.get("name", "").isdigit()]
    # 25 fps, pad 1 s before and 0.6 s after: cut 1 is source [0, 15) (0.6 s), cut 2 [12, 73)
    # (0.5 s to 2.9 s); m2 runs from source frame 37 to 58, so on the programme from 15 + 25 to 15 + 46.
    assert [m["text"] for m in marks] == ["at zero <b>&amp;</b>", "a range", "a point", "to the end"]
    assert marks[0]["start"] == "00:00:00.000"
    assert marks[1]["start"] == "00:00:01.600" and marks[1]["end"] == "00:00:02.440"
    entries = [(e.get("in"), e.get("out")) for e in root.find("playlist[@id='playlist0']").iter("entry")]
    assert entries == [("0", "14"), ("12", "72"), ("55", "94"), ("105", "149")]
    assert root.find("profile").get("frame_rate_num") == "25"
    guides = ET.fromstring(dumps(tl, "kdenlive"))
    text = next(p.text for p in guides.iter("property") if p.get("name") == "kdenlive:docproperties.guides")
    assert '"pos": 37' in (text or "") and '"pos": 80' in (text or "")


@pytest.mark.parametrize("name", ["otio", "edl", "fcp-xml", "fcpx"])
def test_selects_in_otio_formats_read_back_as_the_same_cuts(name: str, footage_dir: Path) -> None:
    """Each sequence format, read back by OpenTimelineIO's own adapters, holds
    one clip per cut with the cut's source frames."""
    tl = timeline_for(make_footage(footage_dir, "30000/1001"))
    text = dumps(tl, name, selects=True, pad=PAD)
    want = [(c.first, c.frames) for c in cuts(tl, PAD)]
    if name == "fcpx":  # its reader takes 29.97 for 29 fps (see annotate.interchange.fcpx): read the spine's own times
        def frames(value: str | None) -> int:
            return round(Fraction((value or "0s").removesuffix("s")) * Fraction(30000, 1001))
        spine = ET.fromstring(text).find(".//spine")
        assert spine is not None
        assert [(frames(c.get("start")), frames(c.get("duration"))) for c in spine] == want
        return
    adapter = {"otio": "otio_json", "edl": "cmx_3600", "fcp-xml": "fcp_xml"}[name]
    found = otio.adapters.read_from_string(text, adapter, **({"rate": 30000 / 1001} if name == "edl" else {}))
    timeline = found if isinstance(found, otio.schema.Timeline) else \
        next(iter(found.find_children(descended_from_type=otio.schema.Timeline)))
    got = [(round(c.source_range.start_time.to_frames()), round(c.source_range.duration.to_frames()))
           for c in timeline.find_clips()]
    assert got == want
    if name in ("otio", "fcp-xml"):  # markers ride on the cuts: one per cut, back as moments
        assert len(loads(text, name).moments) == len(moments())


def test_selects_cli_and_clear_errors(footage_dir: Path, tmp_path: Path) -> None:
    from annotate.cli import main
    from annotate.timeline import save

    story = tmp_path / "story.yaml"
    save(timeline_for(make_footage(footage_dir, "25")), story)
    runner = CliRunner()
    ok = runner.invoke(main, ["export", str(story), "-o", str(tmp_path / "s.edl"), "--selects", "--pad", "1,0.6"])
    assert ok.exit_code == 0, ok.output
    events = [ln for ln in (tmp_path / "s.edl").read_text().splitlines() if ln[:3].isdigit()]
    assert len(events) == 4
    for args, words in ((["-o", str(tmp_path / "s.csv"), "--selects"], "--selects does not apply to csv"),
                        (["-o", str(tmp_path / "s.mlt"), "--pad", "1"], "--pad applies to --selects only"),
                        (["-o", str(tmp_path / "s.mlt"), "--selects", "--pad", "x"], "--pad")):
        bad = runner.invoke(main, ["export", str(story), *args])
        assert bad.exit_code == 2 and words in bad.output and "Traceback" not in bad.output, bad.output
        assert not any(p.name.startswith("s.") for p in tmp_path.iterdir() if p.suffix != ".edl")


def test_selects_of_a_moment_past_the_footage_is_left_out_with_a_note(footage_dir: Path, tmp_path: Path) -> None:
    tl = timeline_for(make_footage(footage_dir, "25"), (Moment(id="a", start=1.0), Moment(id="late", start=9.0)))
    written = write(tl, tmp_path / "s.mlt", selects=True)
    assert any("late" in n and "no cut" in n for n in written.notes)
    assert len(list(ET.parse(written.path).getroot().find("playlist[@id='playlist0']").iter("entry"))) == 1


@pytest.mark.parametrize("name", ["otio", "edl", "fcp-xml"])
def test_selects_read_by_opentimelineio_render_through_mlt(name: str, footage_dir: Path, tmp_path: Path) -> None:
    """The OTIO, EDL and FCP 7 XML selects as another tool reads them:
    OpenTimelineIO's adapter reads the file, its clips' source ranges (and
    nothing of ours) become the playlist of an MLT project, and melt renders
    it frame for frame as the cuts. (FCPX is left out: its reader takes
    29.97 fps for 29.)"""
    system.require(system.MELT)
    footage = make_footage(footage_dir, "30000/1001")
    tl = timeline_for(footage)
    fps = rate(tl.footage.fps or 0)
    adapter = {"otio": "otio_json", "edl": "cmx_3600", "fcp-xml": "fcp_xml"}[name]
    found = otio.adapters.read_from_string(dumps(tl, name, selects=True, pad=PAD), adapter,
                                           **({"rate": float(fps)} if name == "edl" else {}))
    timeline = found if isinstance(found, otio.schema.Timeline) else \
        next(iter(found.find_children(descended_from_type=otio.schema.Timeline)))
    entries = []
    for clip in timeline.find_clips():
        r = clip.source_range
        first = round(r.start_time.value_rescaled_to(float(fps)))
        entries.append((first, first + round(r.duration.value_rescaled_to(float(fps)))))
    source = planes(footage)
    project = Project("read back", str(footage), fps, (160, 120), len(source), entries, [])
    path = tmp_path / "from-otio.mlt"
    path.write_text(to_text(document(project)[0]), encoding="utf-8")
    check_render(planes(melt(path, tmp_path / "r.mkv")), source, [(c.first, c.stop) for c in cuts(tl, PAD)])


def test_several_videos_get_a_producer_track_and_markers_each_and_melt_renders_them(
        footage_dir: Path, tmp_path: Path) -> None:
    """Two videos (25 and 30 fps, 6 s each): a producer and a track (V1, V2)
    each, counted at the profile's rate (the first's); Shotcut markers at
    each video's own times; Kdenlive's clip markers on each bin clip."""
    first, second = make_footage(footage_dir, "25"), make_footage(footage_dir, "30")
    videos = tuple(replace(to_footage(probe(p)), path=str(p), id=i) for p, i in ((first, "roof"), (second, "street")))
    tl = Timeline(title="Two angles", videos=videos, moments=(
        Moment(id="m1", start=1.0, caption="gate"),
        Moment(id="m2", start=2.0, end=3.0, caption="car", footage="street"),
        Moment(id="m3", start=4.4, caption="run", footage="street")))
    root = ET.fromstring(dumps(tl, "mlt"))
    assert root.find("profile").get("frame_rate_num") == "25"
    assert [(p.get("id"), p.get("out"), p.find("property[@name='resource']").text)
            for p in root.iter("producer")] == [("footage", "149", str(first)), ("footage2", "149", str(second))]
    tracks = [t.get("producer") for t in root.find("tractor").iter("track")]
    assert tracks == ["playlist0", "playlist1"]
    assert [[(e.get("producer"), e.get("in"), e.get("out")) for e in root.find(f"playlist[@id='{t}']").iter("entry")]
            for t in tracks] == [[("footage", "0", "149")], [("footage2", "0", "149")]]
    marks = [{p.get("name"): p.text for p in one.iter("property")}
             for one in root.iter("properties") if one.get("name", "").isdigit()]
    assert [(m["text"], m["start"], m["end"]) for m in marks] == [
        ("gate", "00:00:01.000", "00:00:01.000"), ("car", "00:00:02.000", "00:00:03.000"),
        ("run", "00:00:04.400", "00:00:04.400")]
    kdenlive = ET.fromstring(dumps(tl, "kdenlive"))
    clip_marks = {p.get("id"): json.loads(p.find("property[@name='kdenlive:markers']").text)
                  for p in kdenlive.iter("producer") if p.get("id", "").startswith("footage")}
    assert {k: [m["pos"] for m in v] for k, v in clip_marks.items()} == {"footage": [25], "footage2": [50, 110]}
    system.require(system.MELT)  # (the files above are checked without it)
    top = planes(second)
    for name in ("two.mlt", "two.kdenlive"):
        path = write(tl, tmp_path / name).path
        render = planes(melt(path, tmp_path / f"{name}.mkv"))
        assert len(render) == 150
        # Without a transition the top track (the last video) is what plays: its own frame at each instant.
        for at in (25, 100):
            assert psnr(render[at], top[at * 30 // 25]) >= MIN_PSNR_DB > psnr(render[at], planes(first)[at])
    # One video: as before, a single producer.
    assert len(list(ET.fromstring(dumps(tl.for_video("street"), "mlt")).iter("producer"))) == 1


def _sound(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        return np.concatenate([f.to_ndarray().astype(float).mean(axis=0) for f in container.decode(audio=0)])


def _melt_with_sound(project: Path, out: Path) -> Path:
    """melt's render of ``project`` with its sound (see :func:`melt` for the empty-output race, retried here)."""
    for _ in range(MELT_TRIES):
        subprocess.run(["melt", "-quiet", str(project), "-consumer", f"avformat:{out}", "vcodec=ffv1",
                        "acodec=pcm_s16le", "ar=48000"], capture_output=True, timeout=MELT_TIMEOUT_SECONDS,
                       check=False)
        if out.exists() and out.stat().st_size > 0:
            return out
    pytest.fail(f"melt wrote nothing for {project}")


@pytest.mark.parametrize("selects", [False, True])
def test_a_kdenlive_project_of_footage_with_sound_has_its_audio_track(footage_dir: Path, tmp_path: Path,
                                                                       selects: bool) -> None:
    """The other editor exports give footage with sound an audio track of the
    same clips; the Kdenlive project had one video track only (Kdenlive keeps
    picture and sound on tracks of their own). Now the sound is an audio
    track (``kdenlive:audio_track``) of the same entries, the video track's
    own sound hidden, and melt renders it once, as loud as the footage."""
    system.require(system.MELT)
    footage = footage_dir / "sound.mp4"
    if not footage.exists():
        ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate=25:duration={FOOTAGE_SECONDS}", "-f", "lavfi",
                    "-i", f"sine=f=440:d={FOOTAGE_SECONDS}:sample_rate=48000", "-c:v", "libx264", "-preset",
                    "ultrafast", "-c:a", "aac", "-shortest", str(footage)])
    tl = timeline_for(footage)
    project = write(tl, tmp_path / "p.kdenlive", selects=selects, pad=PAD if selects else None).path
    root = ET.parse(project).getroot()
    playlists = {p.get("id"): p for p in root.iter("playlist")}

    def entries(playlist: ET.Element) -> list[tuple[str | None, str | None]]:
        return [(e.get("in"), e.get("out")) for e in playlist.iter("entry")]

    tracks = [t for tractor in root.iter("tractor") for t in tractor.iter("track") if t.get("producer") in playlists]
    heard = [t for t in tracks if t.get("hide") == "video"]
    seen = [t for t in tracks if t.get("hide") == "audio"]
    assert len(heard) == 1 and len(seen) == 1, [t.attrib for t in tracks]
    sound, picture = playlists[heard[0].get("producer")], playlists[seen[0].get("producer")]
    assert entries(sound) == entries(picture) and entries(sound)
    assert any(p.get("name") == "kdenlive:audio_track" and p.text == "1" for p in sound.iter("property"))
    rendered = _sound(_melt_with_sound(project, tmp_path / "k.mkv"))
    # The footage's own sound as melt plays it (the .mlt: one producer, sound and picture; melt spreads the
    # mono sine over two channels): a steady tone, as loud whatever the cut.
    plain = _sound(_melt_with_sound(write(tl, tmp_path / "p.mlt").path, tmp_path / "m.mkv"))
    assert np.sqrt((rendered ** 2).mean()) == pytest.approx(np.sqrt((plain ** 2).mean()), rel=0.1)
    assert np.sqrt((plain ** 2).mean()) > 1000  # (a tone, not silence)


def test_a_kdenlive_project_of_silent_footage_has_no_audio_track(footage_dir: Path, tmp_path: Path) -> None:
    project = write(timeline_for(make_footage(footage_dir, "25")), tmp_path / "p.kdenlive").path
    root = ET.parse(project).getroot()
    assert not [t for t in root.iter("track") if t.get("hide") == "video"]
    assert not [p for p in root.iter("property") if p.get("name") == "kdenlive:audio_track"]


@pytest.mark.parametrize("suffix", [".mlt", ".kdenlive"])
@pytest.mark.parametrize("selects", [False, True])
def test_footage_with_a_start_timecode_is_said_once_as_mlt_has_no_place_for_it(tmp_path, suffix, selects):
    """EDL, FCP 7 XML and FCPX write the footage's start timecode (a camera's
    01:00:00:00); an MLT or Kdenlive project has no place for it (a clip
    counts from its first frame) and left it out without a word. One warning
    names it (and each video that has one); footage without one: none."""
    from annotate.model import Footage

    moments = (Moment(id="a", start=1.0, caption="x"), Moment(id="b", start=2.0, caption="y"))
    hour = Footage(path="cam.mp4", fps=25.0, duration=10.0, has_audio=False, timecode="01:00:00:00")
    notes = write(Timeline(moments=moments, footage=hour), tmp_path / f"t{suffix}", selects=selects).notes
    said = [n for n in notes if "01:00:00:00" in n]
    assert len(said) == 1 and "cam.mp4" in said[0], notes
    for none in ("", None):
        plain = write(Timeline(moments=moments, footage=replace(hour, timecode=none)), tmp_path / f"p{suffix}",
                      selects=selects, force=True).notes
        assert not [n for n in plain if "timecode" in n], plain


@pytest.mark.parametrize("kind, filters, metadata, profile", [
    ("anamorphic", "scale=720:576,setsar=64/45", [], ("720", "576", "64", "45", "16", "9")),
    ("portrait", "scale=320:180", ["-display_rotation:v:0", "90"], ("180", "320", "1", "1", "9", "16")),
])
def test_the_profile_is_the_picture_a_player_shows(tmp_path: Path, kind: str, filters: str, metadata: list[str],
                                                   profile: tuple[str, ...]) -> None:
    """The profile was the stored size in square pixels: PAL 16:9 (720x576, pixels 64:45 wide) was letterboxed
    into a 5:4 frame by melt, and a phone's portrait video (stored 320x180, turned by its display matrix) sat
    as a small upright strip in a landscape frame."""
    raw = tmp_path / "raw.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=2", "-vf", filters, "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(raw)])
    footage = tmp_path / f"{kind}.mp4"
    ffmpeg.run([*metadata, "-i", str(raw), "-c", "copy", str(footage)])
    timeline = Timeline(moments=(Moment(1.0, caption="one", id="m1"),), footage=to_footage(probe(footage)))
    for suffix in (".mlt", ".kdenlive"):
        out = tmp_path / f"out{suffix}"
        write(timeline, out)
        found = ET.parse(out).getroot().find("profile")
        assert found is not None
        assert tuple(found.get(k) for k in ("width", "height", "sample_aspect_num", "sample_aspect_den",
                                           "display_aspect_num", "display_aspect_den")) == profile


@pytest.mark.parametrize("suffix", [".mlt", ".kdenlive"])
def test_a_file_of_several_tracks_opens_on_its_default_picture_and_sound(tmp_path: Path, suffix: str) -> None:
    """A remux with another angle and a silent track first, the main ones marked default: the producer named
    no stream, so melt (Shotcut, Kdenlive) opened the first picture and sound, the green angle and the silence,
    under markers placed on the default picture the timeline records. It now names the default ones (MLT's
    ``video_index`` and ``audio_index``, the streams' indices in the file)."""
    from tests.clips_support import two_angle_mkv

    footage = two_angle_mkv(tmp_path / "multi.mkv")
    project = write(timeline_for(footage, (Moment(id="m1", start=1.0, end=3.0, caption="the cut"),)),
                    tmp_path / f"p{suffix}").path
    producers = [p for p in ET.parse(project).getroot().iter("producer")
                 if any(q.get("name") == "resource" and q.text == str(footage) for q in p.iter("property"))]
    assert producers
    for producer in producers:
        props = {q.get("name"): q.text for q in producer.iter("property")}
        assert (props.get("video_index"), props.get("audio_index")) == ("1", "3")
    system.require(system.MELT)
    rendered = _melt_with_sound(project, tmp_path / "r.mkv")
    with av.open(str(rendered)) as container:
        first = next(container.decode(video=0)).to_ndarray(format="rgb24").astype(float).reshape(-1, 3).mean(axis=0)
    assert first[0] > 200 and first[1] < 60, first  # the default picture (red), not the green angle
    assert np.sqrt((_sound(rendered) ** 2).mean()) > 1000  # the default tone, not the silent track
    # A file of one picture and one sound names none (MLT's choice is then the file's only one).
    plain = write(timeline_for(make_footage(tmp_path, "25")), tmp_path / f"plain{suffix}").path
    assert not [q for q in ET.parse(plain).getroot().iter("property") if q.get("name") in ("video_index",
                                                                                            "audio_index")]
