"""Clip accuracy on real media: decode every clip and compare its frames
with the source frames at the same index, check audio sync by tone bursts,
and check that nothing hides behind an MP4 edit list."""

from __future__ import annotations

import contextlib
import math
from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given

from annotate import ffmpeg
from annotate.clips import export
from annotate.digest import sha256
from annotate.model import Moment
from tests.clips_support import (
    decode_errors,
    first_click,
    frames,
    make_footage,
    make_uneven,
    psnr,
    reference_flags,
    rotated,
    source_index,
    timeline,
)
from tests.strategies import packet_ticks, time_bases

# Re-encoded frames of this synthetic footage score ~40 dB against the
# source; a neighbouring frame scores below 25 (the picture moves every frame).
MIN_PSNR_DB = 30.0
# AAC frames are 1024 samples (23 ms at 44.1 kHz); sync and audio length are
# checked to well within one video frame (33 ms).
SYNC_TOLERANCE_SECONDS = 0.012
AUDIO_LENGTH_TOLERANCE_SECONDS = 0.05
MOMENTS = [
    Moment(start=2.47, end=4.2, id="mid-gop", caption="Starts inside a GOP"),
    Moment(start=3.2032, end=4.5, id="on-key", caption="Starts on a keyframe"),
    Moment(start=9.9, id="point", caption="A point near the end"),  # padded 3 s / 7 s, clamped at the end
    Moment(start=11.5, end=12.5, id="no-key", caption="No keyframe inside"),  # keys at 11.21, 12.81
]


@pytest.fixture(scope="module")
def footage(tmp_path_factory):
    path = make_footage(tmp_path_factory.mktemp("clips-src") / "src.mp4", seconds=13)
    decoded = frames(path)
    with __import__("av").open(str(path)) as c:
        keys = [float(f.time) for f in c.decode(video=0) if f.key_frame]
    return path, [t for t, _ in decoded], [f for _, f in decoded], keys


@pytest.fixture(scope="module", params=["exact", "copy", "smart"])
def made(request, footage, tmp_path_factory):
    path = footage[0]
    out = tmp_path_factory.mktemp(f"clips-{request.param}")
    report = export([timeline(path, MOMENTS)], out, mode=request.param, workers=2)
    assert report.ok, report.failed
    return request.param, out, {c["moment_id"]: c for c in report.written}


@pytest.mark.parametrize("moment_id", [m.id for m in MOMENTS])
def test_clip_frames_match_the_source(made, footage, moment_id):
    mode, out, clips = made
    _, src_times, src_frames, keys = footage
    entry = clips[moment_id]
    clip = out / entry["file"]
    got = frames(clip)
    fps = len(src_times) / (src_times[-1] + src_times[1])
    wanted = source_index(src_times, entry["requested_start"])
    if mode == "copy":
        # Lossless: starts on the keyframe at or before the wanted frame, and
        # the manifest says so; every frame is the source frame, bit for bit.
        start = max(k for k in keys if k <= src_times[wanted] + 1e-6)
        assert entry["start"] == pytest.approx(start, abs=1e-6)
        first = src_times.index(min(src_times, key=lambda t: abs(t - start)))
        assert all(psnr(f, src_frames[first + k]) == 99.0 for k, (_, f) in enumerate(got))
    else:
        # The first frame is the source frame the requested time names (the
        # nearest start): it beats both neighbours, within encoding noise.
        assert entry["start"] == pytest.approx(src_times[wanted], abs=1e-6)
        scores = [psnr(got[0][1], src_frames[i]) for i in (wanted - 1, wanted, wanted + 1)
                  if 0 <= i < len(src_frames)]
        assert max(scores) == psnr(got[0][1], src_frames[wanted]) > MIN_PSNR_DB, scores
        # Every later frame too: nothing dropped, doubled or garbled at a join.
        first = wanted
        worst = min(psnr(f, src_frames[first + k]) for k, (_, f) in enumerate(got))
        assert worst > MIN_PSNR_DB
    # Frame count and duration agree with the manifest and with the request.
    assert len(got) == entry["frames"]
    assert entry["duration"] == pytest.approx(len(got) / fps, abs=1e-3)
    requested = entry["requested_end"] - entry["requested_start"]
    if mode == "exact":
        # Whole frames from the frame boundary nearest the start to the one
        # nearest the end: each within half a frame of the request.
        assert abs(entry["requested_start"] - entry["start"]) <= 0.5 / fps + 1e-6
        assert abs(entry["end"] - entry["requested_end"]) <= 0.5 / fps + 1e-6
        assert abs(entry["duration"] - requested) <= 1 / fps + 1e-6
    else:  # copied tails end on whole frame-reordering groups: a few frames over, never short
        assert entry["end"] >= entry["requested_end"] - 1 / fps
        assert entry["end"] - entry["requested_end"] < 6 / fps


@pytest.mark.parametrize("moment_id", [m.id for m in MOMENTS])
def test_clip_starts_at_zero_without_edit_list_tricks(made, moment_id):
    _, out, clips = made
    clip = out / clips[moment_id]["file"]
    honoured, ignored = frames(clip), frames(clip, ignore_editlist=True)
    # A player that ignores edit lists sees the same frames at the same times.
    assert len(honoured) == len(ignored)
    assert honoured[0][0] == pytest.approx(0, abs=1e-6) and ignored[0][0] == pytest.approx(0, abs=1e-6)
    times = [t for t, _ in ignored]
    assert all(b > a for a, b in zip(times, times[1:]))
    assert decode_errors(clip) == ""


@pytest.mark.parametrize("moment_id", [m.id for m in MOMENTS])
def test_audio_is_present_and_in_sync(made, moment_id):
    _, out, clips = made
    entry = clips[moment_id]
    clip = out / entry["file"]
    assert entry["audio_duration"] == pytest.approx(entry["duration"], abs=AUDIO_LENGTH_TOLERANCE_SECONDS)
    # The source has a tone burst at every whole second: in the clip the
    # first one must come exactly where the source time says.
    expected = math.ceil(entry["start"] - 1e-3) - entry["start"]
    assert expected < entry["audio_duration"] - 0.03, "MOMENTS must each hold a whole second"
    assert first_click(clip) == pytest.approx(expected, abs=SYNC_TOLERANCE_SECONDS)


@pytest.mark.parametrize("moment_id", [m.id for m in MOMENTS])
def test_every_modes_poster_shows_the_moments_frame(made, footage, moment_id):
    """The poster (and so the contact sheet) is the picture at the moment,
    labelled with its time, in every mode: a copy clip's used to be its first
    keyframe, seconds before, labelled with that time over the moment's caption."""
    from PIL import Image

    _, out, clips = made
    _, src_times, src_frames, _ = footage
    entry = clips[moment_id]
    moment = next(m for m in MOMENTS if m.id == moment_id)
    fps = len(src_times) / (src_times[-1] + src_times[1])
    assert abs(entry["poster_time"] - moment.start) <= 0.5 / fps + 1e-6
    wanted = source_index(src_times, moment.start)
    with Image.open(out / entry["poster"]) as poster:
        shown = np.asarray(poster.convert("RGB"))
    scores = [psnr(shown, src_frames[i]) for i in (wanted - 1, wanted, wanted + 1) if 0 <= i < len(src_frames)]
    assert max(scores) == psnr(shown, src_frames[wanted]) > MIN_PSNR_DB - 5, scores


@pytest.mark.parametrize("made", ["smart"], indirect=True)  # only a smart cut re-encodes a head
def test_a_smart_clips_poster_is_the_source_frame_its_head_decoded(made, footage, tmp_path):
    """A smart clip whose re-encoded head holds the moment's frame keeps that
    frame as decoded from the source for its poster (the written clip is not
    decoded again): the poster is the one the source's own frame makes, byte
    for byte, not a picture of the re-encoded copy (which differs)."""
    from annotate.clips import sheet

    mode, out, clips = made
    assert mode == "smart"
    entry = clips["mid-gop"]
    assert any(note.startswith("re-encoded") for note in entry["notes"])
    own = sheet.poster(footage[0], tmp_path / "source.jpg", entry["poster_time"])
    assert sha256(out / entry["poster"]) == sha256(own)
    from_clip = sheet.poster(out / entry["file"], tmp_path / "clip.jpg", entry["poster_time"] - entry["start"])
    assert sha256(from_clip) != sha256(own)  # the head's copy of it is re-encoded


def test_manifest_records_the_measured_clip(made, footage):
    _, out, clips = made
    for entry in clips.values():
        clip = out / entry["file"]
        assert sha256(clip) == entry["sha256"] and clip.stat().st_size == entry["size"]
        assert entry["footage_sha256"] == sha256(footage[0])
        assert entry["commands"] and all("ffmpeg" in c for c in entry["commands"])
        assert (out / entry["poster"]).stat().st_size > 1000


def _source_frames(path, indexes: list[int], fps: float) -> dict[int, object]:
    """Decode just the wanted source frames (seek to the keyframe before each)."""
    import av

    got = {}
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for index in sorted(indexes):
            container.seek(int(max(0.0, index / fps - 0.5) / stream.time_base), stream=stream, backward=True)
            for frame in container.decode(stream):
                i = round(frame.time * fps)
                if i in indexes:
                    got[i] = frame.to_ndarray(format="rgb24")
                if i >= index:
                    break
    return got


@pytest.mark.parametrize("mode", ["exact", "smart"])
def test_clips_at_shot_cuts_of_the_sample_footage_start_on_the_new_shot(samples, tmp_path, mode):
    """A clip asked to start on a cut must show the new shot's first frame,
    not the last frame of the shot before (the classic off-by-one)."""
    fps = samples.fps
    cuts = [f for f in samples.cut_frames if f % round(10 * fps)][:2]  # not on a keyframe: the hard case
    moments = [Moment(start=f / fps, end=f / fps + 1.5, id=f"cut{f}", caption=f"cut at frame {f}") for f in cuts]
    report = export([timeline(samples.video, moments)], tmp_path, mode=mode, workers=2)
    assert report.ok, report.failed
    wanted = _source_frames(samples.video, [i for f in cuts for i in (f - 1, f, f + 1)], fps)
    for entry in report.written:
        cut = int(entry["moment_id"][3:])
        first = frames(tmp_path / entry["file"])[0][1]
        scores = {i: psnr(first, wanted[i]) for i in (cut - 1, cut, cut + 1)}
        assert max(scores, key=scores.get) == cut and scores[cut] > MIN_PSNR_DB, scores
        assert round(entry["start"] * fps) == cut
        assert decode_errors(tmp_path / entry["file"]) == ""


@pytest.mark.parametrize("rate", ["30", "30000/1001"])
def test_every_frame_written_into_a_timeline_comes_back_as_the_first_frame_of_its_clip(tmp_path, rate):
    """The drift bug: align writes a cut at frame 2551 of 30 fps footage as
    1:25.033; flooring 85.033 * 30 gave frame 2550, the shot before. Every
    frame a clip can start on (one starting in the last 0.1 s cannot) goes
    through the timeline file (times to the millisecond) and back."""
    from annotate.clips.plan import MIN_CLIP_SECONDS
    from annotate.timeline import document

    src = tmp_path / "src.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=size=96x64:rate={rate}:duration=1", "-c:v", "libx264",
                "-preset", "veryfast", "-pix_fmt", "yuv420p", str(src)])
    decoded = frames(src)
    times = [t for t, _ in decoded]
    duration = len(times) / float(Fraction(rate))
    starts = [(k, t) for k, t in enumerate(times) if t < duration - MIN_CLIP_SECONDS]
    moments = [Moment(start=t, end=t + MIN_CLIP_SECONDS, id=f"f{k}", caption=f"frame {k}") for k, t in starts]
    saved = document.save(timeline(src, moments), tmp_path / "t.timeline.yaml")
    report = export([saved], tmp_path / "clips", mode="exact", workers=2)
    assert report.ok, report.failed
    assert len(report.written) == len(starts) > 25
    for entry in report.written:
        k = int(entry["moment_id"][1:])
        first = frames(tmp_path / "clips" / entry["file"])[0][1]
        scores = {i: psnr(first, decoded[i][1]) for i in (k - 1, k, k + 1) if 0 <= i < len(decoded)}
        assert max(scores, key=scores.__getitem__) == k and scores[k] > MIN_PSNR_DB, (k, scores)
        assert entry["start"] == pytest.approx(times[k], abs=1e-6)


@pytest.mark.parametrize("mode", ["exact", "smart"])
def test_a_clip_of_variable_rate_footage_keeps_each_frames_own_time(tmp_path, mode):
    """A phone's uneven frame times: an exact clip's encoder counted in the average rate's 1/25 s, so a frame
    0.129 s into the clip came out at 0.12 s. Each frame of the clip is the source's at its own time."""
    src = make_uneven(tmp_path / "uneven.mp4")
    source = [t for t, _ in frames(src)]
    report = export([timeline(src, [Moment(start=1.7, end=3.6, id="a", caption="uneven")])], tmp_path / "clips",
                    mode=mode, workers=1)
    assert report.ok, report.failed
    (entry,) = report.written
    got = [t for t, _ in frames(tmp_path / "clips" / entry["file"])]
    first = source_index(source, entry["start"])
    assert len(got) == entry["frames"] > 10
    assert got == pytest.approx([t - source[first] for t in source[first:first + len(got)]], abs=1e-4)


def test_exact_clip_from_the_first_frame_of_a_real_avi_keeps_that_frame(tmp_path):
    """opencv-doc's Megamind.avi starts its video one frame in (frame 1 at
    0.042 s, audio at 0): an input seek to before its first keyframe made
    ffmpeg drop that frame, so a clip from the first frame held one frame
    less than asked ("holds 10 frames, expected 11")."""
    from tests.system import OPENCV_DOC, REAL_CLIP, require

    require(OPENCV_DOC)
    from annotate.clips.media import scan

    times = scan(REAL_CLIP).times
    decoded = frames(REAL_CLIP)[:12]
    moments = [Moment(start=times[0], end=times[11], id="first", caption="From the first frame"),
               Moment(start=0.0, end=times[11], id="zero", caption="From zero")]
    report = export([timeline(REAL_CLIP, moments)], tmp_path, mode="exact", workers=2)
    assert report.ok, report.failed
    assert len(report.written) == 2
    for entry in report.written:
        got = frames(tmp_path / entry["file"])
        assert len(got) == entry["frames"] == 11, entry
        assert got[0][0] == pytest.approx(0, abs=1e-6)
        assert entry["audio_duration"] == pytest.approx(entry["duration"], abs=AUDIO_LENGTH_TOLERANCE_SECONDS)
        for j, (_, f) in enumerate(got):
            scores = {i: psnr(f, decoded[i][1]) for i in (j - 1, j, j + 1) if 0 <= i < len(decoded)}
            assert max(scores, key=scores.__getitem__) == j and scores[j] > MIN_PSNR_DB, (j, scores)


def test_footage_facts_are_kept_per_file_version_and_read_back_without_a_scan(footage, tmp_path, monkeypatch):
    """A batch's workers and repeated runs read the frame table and hash from
    the cache; a rewritten file (same size, mtime set back) is a new version."""
    import os
    import shutil

    from annotate.cache import CACHE_ENV
    from annotate.clips import media

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    src = tmp_path / "src.mp4"
    shutil.copyfile(footage[0], src)
    media._facts.cache_clear()
    table, digest = media.footage_facts(src)
    assert table == media.scan(src) and digest == sha256(src)
    assert len(list((tmp_path / "cache" / media.FACTS_CACHE_FOLDER).glob("*.json"))) == 1

    def no_scan(path):
        raise AssertionError("scanned again")

    media._facts.cache_clear()  # as in a fresh worker process
    monkeypatch.setattr(media, "scan", no_scan)
    assert media.footage_facts(src) == (table, digest)
    monkeypatch.undo()
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    # Same size, same mtime, other content: still a new version (ctime moved).
    st = src.stat()
    data = bytearray(src.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the media data: still demuxes
    src.write_bytes(bytes(data))
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    media._facts.cache_clear()
    assert media.footage_facts(src)[1] == sha256(src) != digest


@given(packet_ticks, time_bases)
def test_packet_seconds_are_the_exact_fraction_rounded_once(ticks, time_base):
    from annotate.clips import media

    assert media.seconds(ticks, time_base) == float(ticks * time_base)


def _planes(frame) -> bytes:
    """A decoded frame's picture as raw YUV 4:2:0 bytes (no colour conversion to differ)."""
    return frame.to_ndarray(format="yuv420p").tobytes()


@pytest.fixture(scope="module")
def source_planes(footage):
    """Source frame time -> raw YUV bytes of that frame, from a full decode."""
    import av

    with av.open(str(footage[0])) as container:
        return {round(float(f.time), 6): _planes(f) for f in container.decode(video=0)}


def _cli_planes(path) -> list[bytes]:
    """Every frame of ``path`` as decoded by the ffmpeg command-line tool, raw YUV 4:2:0."""
    import av

    with av.open(str(path)) as container:
        s = container.streams.video[0]
        size = s.width * s.height * 3 // 2
    done = ffmpeg.capture(["-i", str(path), "-map", "0:v:0", "-fps_mode", "passthrough",
                           "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1"])
    assert done.returncode == 0, done.stderr
    return [done.stdout[i:i + size] for i in range(0, len(done.stdout), size)]


@pytest.mark.parametrize("moment_id", [m.id for m in MOMENTS])
def test_copied_frames_are_the_sources_bit_for_bit_in_both_decoders(made, footage, source_planes, moment_id):
    """Decoded by PyAV and by the ffmpeg tool, a clip gives the same pictures
    (the join decodes the same in both); from the first keyframe on, a copy
    or smart clip's frames are the source's, byte for byte."""
    import av

    mode, out, clips = made
    entry = clips[moment_id]
    clip = out / entry["file"]
    with av.open(str(clip)) as container:
        ours = [_planes(f) for f in container.decode(video=0)]
    assert _cli_planes(clip) == ours
    src_times = sorted(source_planes)
    first = source_index(src_times, entry["start"])
    keys = {round(k, 6) for k in footage[3]}
    copied = [k for k, t in enumerate(src_times[first:first + len(ours)]) if mode != "exact" and t >= min(
        (k for k in keys if k >= src_times[first] - 1e-6), default=math.inf)]
    if mode == "copy" or (mode == "smart" and moment_id != "no-key"):
        assert copied and copied[0] <= 48  # a keyframe within one GOP of the start
    for k in copied:
        assert ours[k] == source_planes[src_times[first + k]], f"frame {k} differs"


def test_frames_between_gives_the_full_decodes_frames_from_any_start(footage, source_planes):
    """Skipping non-reference frames before the start (the smart cut's head
    decode) changes nothing: every start in a GOP, bit for bit."""
    from annotate.clips.media import frames_between, scan

    table = scan(footage[0])
    times = sorted(source_planes)
    for first in range(96, 96 + 48):  # every frame of the third GOP
        start, stop = table.times[first], table.times[first + 5]
        got = [(round(float(f.time), 6), _planes(f)) for f in frames_between(table, start, stop)]
        assert [t for t, _ in got] == times[first:first + 5]
        assert all(planes == source_planes[t] for t, planes in got), first


def test_frames_between_a_truncated_file_says_what_is_missing(footage, tmp_path):
    """A download that stopped part-way (index first, so it still opens)
    against the whole file's frame table: one clear error naming what was
    decoded, or the keyframe that is not there."""
    import av

    from annotate.clips.media import frames_between, scan
    from annotate.errors import MediaError

    whole, cut = tmp_path / "whole.mp4", tmp_path / "cut.mp4"
    ffmpeg.run(["-i", str(footage[0]), "-c", "copy", "-movflags", "+faststart", str(whole)])
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 3 // 4])
    table = replace(scan(whole), path=str(cut))
    there = 0
    with av.open(str(cut)) as container, contextlib.suppress(av.error.InvalidDataError):
        for _ in container.decode(video=0):
            there += 1
    assert 100 < there < len(table.times) - 100
    # The last packet is cut short: the decoder refuses it, or it ends early.
    with pytest.raises(MediaError, match=r"cut\.mp4: (decoded [0-5] frame\(s\) from \d+\.\d+ s to \d+\.\d+ s, "
                                         r"expected 10|cannot decode from \d+\.\d+ s: .*Invalid data.*)$"):
        list(frames_between(table, table.times[there - 5], table.times[there + 5]))
    with pytest.raises(MediaError, match=r"cut\.mp4: no keyframe at 11\.211 s to start from$"):
        list(frames_between(table, table.times[-20], table.times[-10]))


@pytest.fixture(scope="module")
def b_frame_footage(samples, tmp_path_factory):
    """Eight seconds of the sample compilation (with its sound) encoded with
    runs of three B-frames that no frame refers to (no B-pyramid, no adaptive
    B-frame choice) and a keyframe every 50 frames: the head decode of a
    smart cut skips such runs before its start."""
    path = tmp_path_factory.mktemp("b-frames") / "src.mp4"
    ffmpeg.run(["-ss", "20", "-t", "8", "-i", str(samples.video), "-c:v", "libx264", "-preset", "veryfast",
                "-bf", "3", "-b_strategy", "0", "-x264-params", "b-pyramid=none", "-g", "50", "-keyint_min", "50",
                "-sc_threshold", "0", "-pix_fmt", "yuv420p", "-c:a", "copy", str(path)])
    return path


def test_a_start_after_a_run_of_non_reference_b_frames_gives_the_sources_frames(b_frame_footage, tmp_path):
    """Starts in the second GOP just after two or three B-frames that nothing
    refers to (the head decode never decodes them): the head decode gives
    the full decode's frames bit for bit, and a smart clip from there starts
    on the named frame, holds every later one in place (each re-encoded frame
    closest to its own source frame) and the source's own from the keyframe on."""
    import av

    from annotate.clips.media import frames_between, scan

    flags = reference_flags(b_frame_footage)
    with av.open(str(b_frame_footage)) as container:
        source = [(round(float(f.time), 6), f) for f in container.decode(video=0)]
    table = scan(b_frame_footage)
    assert [round(t, 6) for t in table.times] == [t for t, _ in source] == [round(t, 6) for t, _ in flags]
    starts = [k for k in range(50, 100) if not flags[k - 1][1] and not flags[k - 2][1]]
    assert sum(not flags[k - 3][1] for k in starts) >= 5  # runs of three, skipped whole
    for k in starts:
        got = list(frames_between(table, table.times[k], table.times[k + 6]))
        assert [round(float(f.time), 6) for f in got] == [t for t, _ in source[k:k + 6]]
        assert all(_planes(f) == _planes(source[k + n][1]) for n, f in enumerate(got)), k
    chosen = [k for k in starts if not flags[k - 3][1]][:2]
    moments = [Moment(start=table.times[k], end=table.times[k] + 3.0, id=f"f{k}", caption=f"frame {k}")
               for k in chosen]
    report = export([timeline(b_frame_footage, moments)], tmp_path, mode="smart", workers=2)
    assert report.ok, report.failed
    pictures = [f.to_ndarray(format="rgb24") for _, f in source]
    for entry in report.written:
        k = int(entry["moment_id"][1:])
        with av.open(str(tmp_path / entry["file"])) as container:
            clip = list(container.decode(video=0))
        key = next(i for i in range(k + 1, len(source)) if source[i][1].key_frame)
        assert len(clip) == entry["frames"] > key - k and entry["start"] == pytest.approx(table.times[k], abs=1e-6)
        for n, frame in enumerate(clip[:key - k]):
            rgb = frame.to_ndarray(format="rgb24")
            scores = {i: psnr(rgb, pictures[i]) for i in (k + n - 1, k + n, k + n + 1)}
            assert max(scores, key=scores.__getitem__) == k + n and scores[k + n] > MIN_PSNR_DB, (k, n, scores)
        assert all(_planes(f) == _planes(source[k + n][1]) for n, f in enumerate(clip) if n >= key - k), k
        assert decode_errors(tmp_path / entry["file"]) == ""


@pytest.mark.parametrize("suffix", ["ts", "mkv"])
def test_smart_clip_from_mpeg_ts_footage_finds_its_keyframe(footage, tmp_path, suffix):
    """MPEG-TS has no index: a seek to a keyframe's time lands just after it
    (it seeks by decode time), so the head and the copied tail seek again
    from further back; the clip still holds exactly the frames asked for.
    Matroska stores no decode times: after a seek the first packets have
    none, and the clip's are made up in order."""
    import av

    src = tmp_path / f"src.{suffix}"
    ffmpeg.run(["-i", str(footage[0]), "-c", "copy", str(src)])
    report = export([timeline(src, [Moment(start=2.47, end=4.2, id="ts", caption="From TS")])], tmp_path / "out",
                    mode="smart", workers=1)
    assert report.ok, report.failed
    entry = report.written[0]
    clip = tmp_path / "out" / entry["file"]
    with av.open(str(src)) as container:
        zero = container.start_time / 1e6  # the file's start, as the frame table counts
        source = [(float(f.time) - zero, f) for f in container.decode(video=0)]
    first = source_index([t for t, _ in source], entry["start"])
    with av.open(str(clip)) as container:
        got = list(container.decode(video=0))
    head = next(k for k in range(1, len(got)) if source[first + k][1].key_frame)
    assert len(got) == entry["frames"] and f"re-encoded {head} frame(s)" in entry["notes"][-1]
    for k, frame in enumerate(got):
        want = source[first + k][1]
        if k < head:
            assert psnr(frame.to_ndarray(format="rgb24"), want.to_ndarray(format="rgb24")) > MIN_PSNR_DB
        else:
            assert _planes(frame) == _planes(want), k
    assert decode_errors(clip) == ""


def test_smart_cut_reports_progress_frame_by_frame_through_its_head(footage, tmp_path):
    from annotate.clips.cut import smart
    from annotate.clips.media import scan
    from annotate.clips.plan import Span

    seen: list[float] = []
    result = smart(scan(footage[0]), Span(2.47, 4.2), tmp_path / "c.mp4", progress=seen.append)
    head = int(result.notes[0].split()[1])  # "re-encoded N frame(s) up to the keyframe ..."
    assert head > 10 and len(seen) == head
    assert seen == sorted(seen) and seen[0] == pytest.approx(1 / head) and seen[-1] == 1.0
    assert len(frames(tmp_path / "c.mp4")) == result.frames


def test_smart_cut_stops_within_a_frame_when_a_batch_is_interrupted(footage, tmp_path):
    """Ctrl-C in a threaded run calls ffmpeg.stop_all(): the head, encoded in
    this process rather than by an ffmpeg child, stops at its next frame and
    leaves neither the clip nor its work folder behind."""
    from annotate.clips.cut import smart
    from annotate.clips.media import scan
    from annotate.clips.plan import Span
    from annotate.errors import ToolError

    seen: list[float] = []

    def interrupt(fraction: float) -> None:
        seen.append(fraction)
        ffmpeg.stop_all()

    with pytest.raises(ToolError, match="stopped"):
        smart(scan(footage[0]), Span(2.47, 4.2), tmp_path / "c.mp4", progress=interrupt)
    assert len(seen) == 1 and list(tmp_path.iterdir()) == []


def test_smart_clip_audio_is_the_sources_packets_at_their_source_times(footage, tmp_path):
    """The smart cut copies the audio itself: every packet from the clip's
    first frame on, byte for byte, each at its source time minus the first
    frame's (the frame table's clock). The audio's late start is an MP4
    edit list in the movie's time scale (milliseconds): exact to half of one."""
    import av

    from annotate.clips.cut import smart
    from annotate.clips.media import scan
    from annotate.clips.plan import Span

    table = scan(footage[0])
    result = smart(table, Span(2.47, 4.2), tmp_path / "c.mp4")
    with av.open(str(tmp_path / "c.mp4")) as container:
        stream = container.streams.audio[0]
        got = [(float(p.pts * p.time_base), bytes(p)) for p in container.demux(stream) if p.size]
    with av.open(str(footage[0])) as container:
        stream = container.streams.audio[0]
        source = [(float(p.pts * p.time_base) - table.start_time - result.start, bytes(p))
                  for p in container.demux(stream) if p.size]
    source = [(t, data) for t, data in source if t >= 0]
    assert 0 <= got[0][0] < 1024 / 44100 and len(got) > 40
    assert [data for _, data in got] == [data for _, data in source[:len(got)]]
    assert all(abs(t - s) <= 0.0005 + 1 / 44100 for (t, _), (s, _) in zip(got, source))


@pytest.mark.parametrize("span", [(2.47, 4.2), (3.2032, 4.5)], ids=["head", "on-key"])
def test_every_modes_clip_has_the_picture_first_then_the_sound(footage, tmp_path, span):
    """A smart clip wrote the sound as stream 0 and the picture as stream 1, where copy and exact clips (and the
    ffmpeg command its manifest states, ``-map 0:v:0 -map 1:a:0``) put the picture first: a script taking stream
    0 as the picture got the sound."""
    import av

    from annotate.clips.cut import cut
    from annotate.clips.media import scan
    from annotate.clips.plan import Span

    table = scan(footage[0])
    for mode in ("exact", "copy", "smart"):
        cut(mode, table, Span(*span), tmp_path / f"{mode}.mp4")
        with av.open(str(tmp_path / f"{mode}.mp4")) as container:
            assert [stream.type for stream in container.streams] == ["video", "audio"], mode


@pytest.mark.parametrize("span", [(2.47, 4.2), (3.2032, 4.5)], ids=["head", "on-key"])
def test_smart_clip_of_footage_without_sound_has_only_its_video(footage, tmp_path, span):
    from annotate.clips.cut import smart
    from annotate.clips.media import measure, scan
    from annotate.clips.plan import Span

    src = tmp_path / "silent.mp4"
    ffmpeg.run(["-i", str(footage[0]), "-map", "0:v", "-c", "copy", str(src)])
    result = smart(scan(src), Span(*span), tmp_path / "c.mp4")
    got = measure(tmp_path / "c.mp4")
    assert got.audio_duration is None and got.first_pts == 0 and got.frames == result.frames
    assert len(frames(tmp_path / "c.mp4")) == result.frames and decode_errors(tmp_path / "c.mp4") == ""


@pytest.mark.parametrize("mode", ["exact", "copy", "smart"])
def test_clips_and_posters_of_rotated_phone_footage_are_shown_upright(footage, tmp_path, mode):
    """A phone stores portrait video turned, with a display matrix saying how
    to show it: every mode's clip must be shown as the source is (ffmpeg's
    exact clip turns the pixels, copy and smart clips keep the matrix; a
    smart clip's re-encoded head used to lose it: sideways), and so must its
    poster, which PyAV decodes as stored."""
    from PIL import Image

    from annotate.probe import probe

    phone = rotated(footage[0], tmp_path / "phone.mp4")
    upright = probe(phone).display_size
    assert upright == (240, 320)
    # mid-gop has a re-encoded head in smart mode; on-key is copied whole
    report = export([timeline(phone, MOMENTS[:2])], tmp_path / "out", mode=mode, workers=1)
    assert report.ok, report.failed
    for entry in report.written:
        clip = tmp_path / "out" / entry["file"]
        assert probe(clip).display_size == upright, entry["moment_id"]
        with Image.open(tmp_path / "out" / entry["poster"]) as poster:
            assert poster.size == upright
            shown = np.asarray(poster.convert("RGB"))
        # The source frame at the poster's time, turned as a player turns it.
        index = source_index(footage[1], entry["poster_time"])
        turned = np.rot90(footage[2][index])
        assert psnr(shown, turned) > MIN_PSNR_DB - 5, entry["moment_id"]  # JPEG on top of the clip's encode


def test_exact_clip_of_footage_with_odd_sides_keeps_every_pixel_and_says_so(footage, tmp_path):
    """libx264 refuses 4:2:0 with an odd side: an exact clip of 321x241
    footage failed with a screenful of ffmpeg. It is padded by one black row
    and column, every source pixel in place, and the manifest says so."""
    odd = tmp_path / "odd.mp4"
    ffmpeg.run(["-i", str(footage[0]), "-vf", "scale=321:241", "-c:v", "libx264", "-preset", "ultrafast",
                "-qp", "0", "-pix_fmt", "yuv444p", "-c:a", "copy", str(odd)])
    report = export([timeline(odd, MOMENTS[:1])], tmp_path / "out", mode="exact", workers=1)
    assert report.ok, report.failed
    entry = report.written[0]
    assert any("padded 321x241" in note for note in entry["notes"])
    clip = frames(tmp_path / "out" / entry["file"])
    source = frames(odd)
    first = source_index([t for t, _ in source], entry["start"])
    assert len(clip) == entry["frames"] and clip[0][1].shape == (242, 322, 3)
    # 4:4:4 to 4:2:0 blurs testsrc2's sharp colour edges: compare brightness.
    assert psnr(clip[0][1][:241, :321].mean(axis=2), source[first][1].mean(axis=2)) > MIN_PSNR_DB
    luma = clip[0][1] @ np.array([0.299, 0.587, 0.114])  # the added row and column are black (chroma bleeds)
    assert np.median(luma[241:, :]) < 30 and np.median(luma[:, 321:]) < 30


def test_only_warns_of_the_unplaced_moments_it_selects(samples, tmp_path):
    # `clips --only m1` warned that every clock time and quote of the timeline had no clip.
    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.model import Footage, Timeline
    from annotate.timeline import save

    story = tmp_path / "story.yaml"
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(start=41.0, id="m1", caption="The truck stops"),
        Moment(start=None, clock="16:02:10", id="c1", caption="Lift-off"),
        Moment(start=None, said="Hold your fire", id="q1", caption="A guard yells"))), story)
    runner = CliRunner()
    picked = runner.invoke(main, ["clips", str(story), "-o", str(tmp_path / "one"), "--only", "m1", "--mode", "copy"])
    assert picked.exit_code == 0, picked.output
    assert "warning" not in picked.output and (tmp_path / "one" / "01-the-truck-stops.mp4").stat().st_size > 0
    # (a selection of unplaced moments alone is an error: tests/test_clock_place.py)
    asked = runner.invoke(main, ["clips", str(story), "-o", str(tmp_path / "two"), "--only", "m1,c1", "--mode", "copy"])
    warnings = [line for line in asked.output.splitlines() if line.startswith("annotate: warning:")]
    assert warnings == ["annotate: warning: story: moment c1: clock time 16:02:10 is not placed in the footage, so "
                        "it has no clip (annotate align places it)"], asked.output
    every = runner.invoke(main, ["clips", str(story), "-o", str(tmp_path / "all"), "--mode", "copy"])
    assert sum(line.startswith("annotate: warning:") for line in every.output.splitlines()) == 2, every.output


@pytest.mark.parametrize("mode", ["exact", "copy", "smart"])
def test_clips_of_a_file_of_several_tracks_cut_its_default_ones(tmp_path, mode):
    """A remux with another angle and a silent track first, the main ones marked default: the timeline records
    the default picture (320x180), but clips cut the first video and sound streams (640x360, silence)."""
    from tests.clips_support import two_angle_mkv

    path = two_angle_mkv(tmp_path / "multi.mkv")
    report = export([timeline(path, [Moment(start=2.4, end=3.4, id="m1", caption="blue")])], tmp_path / "c",
                    mode=mode, workers=1)
    assert report.ok, report.failed
    clip = tmp_path / "c" / report.written[0]["file"]
    with __import__("av").open(str(clip)) as c:
        assert len(c.streams.video) == 1 and len(c.streams.audio) == 1
        pictures = [f.to_ndarray(format="rgb24").astype(int) for f in c.decode(video=0)]
        c.seek(0)
        sound = np.concatenate([f.to_ndarray().ravel() for f in c.decode(audio=0)])
    assert all(p.shape[:2] == (180, 320) for p in pictures)
    last = pictures[-1].reshape(-1, 3).mean(axis=0)
    assert last[2] > 200 and last[:2].max() < 60, last  # the default angle's blue, not the other's green
    if mode != "copy":  # a copy starts on the keyframe before
        first = pictures[0].reshape(-1, 3).mean(axis=0)
        assert first[2] > 200 and first[:2].max() < 60, first
    assert float(np.sqrt((sound.astype(float) ** 2).mean())) > 0.05  # the tone, not the silent track


@pytest.mark.parametrize("mode", ["exact", "smart", "copy"])
def test_a_clip_across_the_timestamp_wrap_of_a_broadcast_capture(tmp_path, mode):
    """MPEG-TS timestamps are 33 bits of 90 kHz and wrap every 26.5 hours; a live capture starts anywhere in
    that cycle. A clip across the wrap failed: exact "holds 50 frames, expected 250" (ffmpeg's input seek lands
    wrong in such a file), smart "no keyframe at 0.023 s to start from" (a seek below 0, where libavformat counts
    the timestamps before the wrap, was clamped to 0, after the wrap). Each now holds the source's frames."""
    import av

    src = tmp_path / "wrap.ts"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=8", "-c:v", "libx264", "-preset", "ultrafast",
                "-g", "50", "-output_ts_offset", "95441", "-f", "mpegts", str(src)])  # the wrap at 2.7 s
    with av.open(str(src)) as container:
        stream = container.streams.video[0]
        zero = container.start_time / 1e6
        raw = [p.pts for p in container.demux(stream) if p.pts is not None]
        assert min(raw) < 0 <= max(raw)  # the case: libavformat counts those before the wrap below 0
    with av.open(str(src)) as container:
        source = [(float(f.time) - zero, f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]
    report = export([timeline(src, [Moment(start=1.5, end=5.5, id="w", caption="across")])], tmp_path / "out",
                    mode=mode, workers=1, pad=(0.0, 0.0))
    assert report.ok, report.failed
    entry = report.written[0]
    got = frames(tmp_path / "out" / entry["file"])
    first = source_index([t for t, _ in source], entry["start"])
    assert len(got) == entry["frames"] and len(got) >= 100
    for k, (_, picture) in enumerate(got):
        assert psnr(picture, source[first + k][1]) > MIN_PSNR_DB, k


# 2**33 ticks of 90 kHz: where an MPEG-TS timestamp wraps to 0.
TS_WRAP_SECONDS = 2**33 / 90_000


@pytest.fixture(scope="module", params=[None, 5.0], ids=["plain", "wrap-5s-in"])
def transport_stream(request, tmp_path_factory):
    """10 s of MPEG-TS as a broadcast capture is: B-frames (the keyframes' decode times before their own
    times and before the file's start), sound starting before the picture, a keyframe every 2 s; with its
    timestamps wrapping ``request.param`` seconds in, or none. Its frames decoded, with times from its start."""
    import av

    src = tmp_path_factory.mktemp("ts") / "capture.ts"
    offset = [] if request.param is None else ["-output_ts_offset", f"{TS_WRAP_SECONDS - request.param:.6f}"]
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=10", "-f", "lavfi", "-i", "sine=f=440:d=10",
                "-c:v", "libx264", "-preset", "medium", "-g", "50", "-bf", "2", "-pix_fmt", "yuv420p",
                "-c:a", "aac", *offset, "-f", "mpegts", str(src)])
    with av.open(str(src)) as container:
        zero = container.start_time / 1e6
        source = [(float(f.time) - zero, f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]
    return src, source


@pytest.mark.parametrize("mode", ["exact", "smart", "copy"])
def test_clips_of_an_mpeg_ts_capture_hold_its_frames_from_start_to_end(transport_stream, tmp_path, mode):
    """MPEG-TS has no index and its seeks land on any packet by decode time. A clip failed or held other
    frames: smart, of a capture whose timestamps wrap 5 s in, "no keyframe at 0.023 s" (the seek back for the
    first keyframe stopped at the file's start time, after that keyframe's decode time); exact, of a plain
    capture, started on the keyframe after the one asked (ffmpeg's input seek landed inside the GOP, whose
    frames before the next keyframe cannot be decoded) and, near the end, "holds 100 frames, expected 126".
    Each clip now holds the source's frames from the one asked to the end asked."""
    src, source = transport_stream
    times = [t for t, _ in source]
    spans = {"head": (1.0, 3.0), "middle": (4.3, 6.5), "end": (7.3, 10.0)}
    report = export([timeline(src, [Moment(start=a, end=b, id=k, caption=k) for k, (a, b) in spans.items()])],
                    tmp_path / "out", mode=mode, workers=1, pad=(0.0, 0.0))
    assert report.ok, report.failed
    for entry in report.written:
        got = frames(tmp_path / "out" / entry["file"])
        first = source_index(times, entry["start"])
        start, end = spans[entry["moment_id"]]
        if mode != "copy":  # (a copy starts on the keyframe before)
            assert first == source_index(times, start), entry
        stop = source_index([*times, times[-1] + 0.04], end)  # the frame boundary nearest the end asked
        assert len(got) == entry["frames"], entry
        # (copy and smart copy whole groups of reordered frames at the end: a frame or two more)
        assert stop <= first + len(got) <= stop + (0 if mode == "exact" else 2), (entry, stop)
        for k, (_, picture) in enumerate(got):
            assert psnr(picture, source[first + k][1]) > MIN_PSNR_DB, (entry["moment_id"], k)
