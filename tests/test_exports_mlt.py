"""MLT and Kdenlive exports, and selects in every sequence format: the
``.mlt`` and ``.kdenlive`` selects rendered by a real editing engine (MLT's
``melt``, which Shotcut and Kdenlive run on) against ``annotate clips
--mode exact`` of the same timeline, frame by frame."""

from __future__ import annotations

import shlex
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import opentimelineio as otio
import pytest
from click.testing import CliRunner

from annotate import ffmpeg
from annotate.children import child_options
from annotate.clips import export as export_clips
from annotate.exports import dumps, loads, write
from annotate.exports.mlt import Project, document, to_text
from annotate.exports.selects import cuts, rate
from annotate.model import Moment, Timeline
from annotate.probe import probe, to_footage
from tests import system
from tests.clips_support import psnr

MELT_TIMEOUT_SECONDS = 180
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
    """Render ``project`` headless with melt, losslessly (FFV1), no audio."""
    cmd = ["melt", "-quiet", str(project), "-consumer", f"avformat:{out}", "vcodec=ffv1", "an=1",
           "pix_fmt=yuv420p"]
    try:
        done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=MELT_TIMEOUT_SECONDS, check=False, **child_options())  # type: ignore[call-overload]
    except subprocess.TimeoutExpired:
        pytest.fail(f"melt took over {MELT_TIMEOUT_SECONDS} s: {shlex.join(cmd)}")
    assert done.returncode == 0 and out.is_file(), f"{shlex.join(cmd)} failed: {done.stderr[-2000:]}"
    return out


def check_render(render: list[np.ndarray], source: list[np.ndarray], spans: list[tuple[int, int]]) -> None:
    """The render is the cuts back to back: as many frames, and each cut's
    first and last frame are the source frames at its span (and closer to
    them than to their neighbours, so a cut one frame off fails)."""
    assert len(render) == sum(stop - first for first, stop in spans)
    at = 0
    for first, stop in spans:
        for got, want in ((render[at], first), (render[at + stop - first - 1], stop - 1)):
            score = psnr(got, source[want])
            assert score >= MIN_PSNR_DB, (first, stop, want, score)
            for other in (want - 1, want + 1):
                if 0 <= other < len(source):
                    assert psnr(got, source[other]) < score, (want, other)
        at += stop - first


# Every rate with --pad 1,0.6; the default padding (3,7 for points, none for ranges) at 29.97.
@pytest.mark.parametrize(("fps", "pad"), [("25", PAD), ("30000/1001", PAD), ("30", PAD), ("30000/1001", None)],
                         ids=["25-pad", "29.97-pad", "30-pad", "29.97-default-pad"])
def test_melt_renders_mlt_selects_as_clips_exact_cuts(fps: str, pad: tuple[float, float] | None,
                                                      footage_dir: Path, tmp_path: Path) -> None:
    system.require(system.MELT)
    footage = make_footage(footage_dir, fps)
    tl = timeline_for(footage)
    report = export_clips([tl], tmp_path / "clips", mode="exact", pad=pad, progress=False)
    assert report.ok, report.failed
    clips = sorted(report.written, key=lambda e: e["index"])
    chosen = cuts(tl, pad)
    source = planes(footage)
    # The same spans as annotate clips: one clip per cut, as many frames, same first source frame.
    fps_exact = rate(tl.footage.fps or 0)
    assert [c.moment.id for c in chosen] == [e["moment_id"] for e in clips]
    assert [c.frames for c in chosen] == [e["frames"] for e in clips]
    assert [c.first for c in chosen] == [round(e["start"] * fps_exact) for e in clips]
    assert chosen[0].first == 0  # padding before the moment at 0:00 clipped
    if pad:
        assert chosen[-1].stop == len(source)  # padding after the last range clipped at the end
    spans = [(c.first, c.stop) for c in chosen]
    mlt_file = tmp_path / "selects.mlt"
    write(tl, mlt_file, selects=True, pad=pad)
    check_render(planes(melt(mlt_file, tmp_path / "mlt.mkv")), source, spans)
    # Each render cut also matches the clip annotate clips made of it.
    render = planes(tmp_path / "mlt.mkv")
    at = 0
    for entry, (first, stop) in zip(clips, spans, strict=True):
        clip = planes(tmp_path / "clips" / entry["file"])
        assert len(clip) == stop - first
        assert psnr(render[at], clip[0]) >= MIN_PSNR_DB and psnr(render[at + len(clip) - 1], clip[-1]) >= MIN_PSNR_DB
        at += len(clip)


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
    if name == "fcpx":  # its reader takes 29.97 for 29 fps (see annotate.exports.fcpx): read the spine's own times
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
