"""Shot-change detection against the sample footage's ground truth and a
real film clip: cuts within one frame, gradual transitions, no flashes."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from annotate import ffmpeg, shots
from annotate.errors import AnnotateError, InputError, MediaError
from tests.align_support import REAL_CLIP_CUT_FRAMES, detected
from tests.system import OPENCV_DOC, REAL_CLIP, require

TOLERANCE_FRAMES = 1


def _cuts(samples):
    return [c for c in detected(str(samples.video)) if c.kind == "cut"]


def test_cut_precision_and_recall_within_one_frame(samples):
    found = [c.frame for c in _cuts(samples)]
    truth = samples.cut_frames
    hits = [f for f in truth if any(abs(f - g) <= TOLERANCE_FRAMES for g in found)]
    true_found = [g for g in found if any(abs(f - g) <= TOLERANCE_FRAMES for f in truth)]
    recall = len(hits) / len(truth)
    precision = len(true_found) / max(1, len(found))
    assert recall >= 0.98, f"missed cuts at frames {sorted(set(truth) - set(hits))}"
    assert precision >= 0.98, f"false cuts at frames {sorted(set(found) - set(true_found))}"


def test_times_are_the_frames_presentation_times(samples):
    by_frame = {c["frame"]: c["time"] for c in samples.truth["cuts"]}
    for c in _cuts(samples):
        if c.frame in by_frame:
            assert c.time == pytest.approx(by_frame[c.frame], abs=1e-3)


def test_cuts_less_than_a_second_apart_and_between_near_identical_shots_are_both_found(samples):
    found = {c.frame for c in _cuts(samples)}
    hard = [c for c in samples.truth["cuts"] if "insert" in c["note"] or "near-identical" in c["note"]]
    assert hard, "the sample footage should hold an insert and a near-identical cut"
    for cut in hard:
        assert any(abs(cut["frame"] - f) <= TOLERANCE_FRAMES for f in found), cut["note"]


def test_gradual_transitions_found_with_their_span(samples):
    gradual = [c for c in detected(str(samples.video)) if c.kind != "cut"]
    fps = samples.fps
    for t in samples.truth["transitions"]:
        match = [c for c in gradual if abs(c.frame - t["middle_frame"]) <= TOLERANCE_FRAMES]
        assert match, f"{t['kind']} at {t['start']}-{t['end']} s not found; got {gradual}"
        c = match[0]
        assert c.kind == t["kind"]
        assert c.start is not None and c.end is not None
        assert abs(c.start - t["start"]) <= 2 / fps and abs(c.end - t["end"]) <= 2 / fps, (c, t)
    assert len(gradual) == len(samples.truth["transitions"]), gradual


def test_flashes_and_keyframe_grain_refreshes_are_not_cuts(samples):
    changes = detected(str(samples.video))
    traps = samples.truth["flashes"] + samples.truth.get("false_cut_traps", [])
    assert traps
    for trap in traps:
        near = [c for c in changes if abs(c.frame - trap["frame"]) <= 3]
        assert not near, f"{trap.get('note', 'flash')} at frame {trap['frame']} reported as {near}"


def test_a_window_finds_the_same_changes_as_the_whole_file(samples):
    whole = [c for c in detected(str(samples.video)) if 90 <= c.time <= 130]
    part = shots.detect(samples.video, start=90, end=130)
    assert [(c.frame, c.kind) for c in part] == [(c.frame, c.kind) for c in whole]
    assert len(part) >= 3


def test_a_range_with_no_frames_is_refused_not_reported_as_no_changes(samples):
    """``shots --start`` past the end, or an ``--end`` not after ``--start``, printed "0 shot
    change(s)" with exit 0, as if that stretch had been read and held no cut."""
    from click.testing import CliRunner

    from annotate.cli import main

    duration = shots.video_info(samples.video).duration
    for start, end in ((duration + 30, duration + 130), (duration, None), (100, 50), (100, 100)):
        args = ["shots", str(samples.video), "--start", f"{start:g}"] + (["--end", f"{end:g}"] if end else [])
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith(f"annotate: error: {samples.video}: nothing to read from {start:g} s")
        assert result.stderr.count("\n") == 1 and not result.stdout
    # A range inside the video still reads: the cut in it, as the whole file has it.
    result = CliRunner().invoke(main, ["shots", str(samples.video), "--start", "140", "--end", "150", "--csv"])
    assert result.exit_code == 0, result.output
    frames = [int(row.split(",")[1]) for row in result.stdout.splitlines()[1:]]
    assert frames == [c.frame for c in detected(str(samples.video)) if 140 <= c.time < 150]
    assert frames


def test_real_film_clip_cuts_found_and_nothing_else():
    require(OPENCV_DOC)
    changes = shots.detect(REAL_CLIP)
    assert sorted(c.frame for c in changes if c.kind == "cut") == list(REAL_CLIP_CUT_FRAMES), changes
    # Head turns and lip movement in close-ups are not dissolves.
    assert [c for c in changes if c.kind != "cut"] == []


def test_not_a_video_is_a_clear_error(tmp_path):
    text = tmp_path / "notes.mp4"
    text.write_text("this is not a video\n")
    with pytest.raises(MediaError):
        shots.detect(text)
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        shots.detect(empty)
    with pytest.raises(InputError, match="no such file"):
        shots.detect(tmp_path / "missing.mp4")


def test_audio_only_is_a_clear_error(tmp_path):
    audio = tmp_path / "sound.m4a"
    ffmpeg.run(["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac", str(audio)])
    with pytest.raises(MediaError, match="no video stream"):
        shots.detect(audio)


def test_truncated_file_uses_what_decodes_or_says_why(samples, tmp_path):
    cut = tmp_path / "truncated.mp4"
    data = samples.broadcast.read_bytes()
    cut.write_bytes(data[: len(data) // 3])
    try:
        changes = shots.detect(cut)
    except AnnotateError as exc:
        assert str(cut) in str(exc)
    else:
        assert all(c.time >= 0 for c in changes)


def test_detector_interface_accepts_another_detector(samples):
    class EveryFiftiethFrame:
        def __init__(self, fps: float) -> None:
            self.fps = fps

        def push(self, index, frame):
            return [shots.ShotChange(index / self.fps, index, "cut", 1.0)] if index and index % 50 == 0 else []

        def flush(self):
            return []

    out = shots.detect(samples.broadcast, start=10, end=14.5, detector=EveryFiftiethFrame)
    # Its frames count from the one before the window's first (249: a cut on the first differs from it);
    # results are placed in the file.
    assert [c.frame for c in out] == [299, 349]
    assert [c.time for c in out] == [11.96, 13.96]


@pytest.fixture(scope="module")
def vfr_shots(tmp_path_factory):
    """25 fps for 4 s, 4 s at 10 fps, 3 s at 25 fps again (cuts at 4 s and 8 s),
    with the presentation time of each of its frames as decoded."""
    import av

    vfr = tmp_path_factory.mktemp("vfr") / "vfr.mp4"
    ffmpeg.run([
        "-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=4",
        "-f", "lavfi", "-i", "mandelbrot=s=320x180:r=10,trim=duration=4,setpts=PTS-STARTPTS",
        "-f", "lavfi", "-i", "smptebars=s=320x180:r=25:d=3",
        "-filter_complex", "[0]settb=1/1000[a];[1]settb=1/1000[b];[2]settb=1/1000[c];"
                           "[a][b][c]concat=n=3:v=1,format=yuv420p",
        "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "veryfast", str(vfr),
    ])
    with av.open(str(vfr)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    return vfr, times


def test_variable_frame_rate_times_are_presentation_times(vfr_shots):
    vfr, times = vfr_shots
    assert shots.video_info(vfr).variable_rate
    cuts = [c for c in shots.detect(vfr) if c.kind == "cut"]
    assert [c.time for c in cuts] == pytest.approx([4.0, 8.0], abs=0.04)
    # ``frame`` is the file's own frame (100 at 25 fps, then 40 at 10 fps), ``time`` its timestamp.
    assert [c.frame for c in cuts] == [100, 140]
    assert [c.time for c in cuts] == [round(times[c.frame], 6) for c in cuts]


def test_variable_frame_rate_windows_find_the_same_frames(vfr_shots):
    vfr, _ = vfr_shots
    whole = [(c.frame, c.kind, c.time) for c in shots.detect(vfr)]
    assert whole
    for start, end in ((3.0, None), (6.0, 10.0), (None, 6.0), (7.95, None)):
        part = [(c.frame, c.kind, c.time) for c in shots.detect(vfr, start=start, end=end)]
        assert part == [c for c in whole if (start or 0) <= c[2] < (end or 99)], (start, end)


def test_variable_frame_rate_repeats_no_frame_into_a_cut(tmp_path):
    """A phone-like file: 2 s at 25 fps, then one frame every 0.12 s, the same
    moving test picture throughout. Resampled to 25 fps, each later frame came
    three times and the difference curve's spike train read as a cut (at
    10.16 s, "frame 254" of a file of 150; another with --start 5, none in
    8-12 s). On the file's own frames there is none, as in its CFR copy."""
    pictures = ["-f", "lavfi", "-i", "testsrc=d=6:r=25:s=160x120"]
    vfr, cfr = tmp_path / "vfr.mp4", tmp_path / "cfr.mp4"
    ffmpeg.run([*pictures, "-vf", "setpts='if(lt(N,50),PTS,PTS*3)'", "-fps_mode", "vfr", str(vfr)])
    ffmpeg.run([*pictures, str(cfr)])
    info = shots.video_info(vfr)
    assert info.variable_rate and info.duration > 17
    assert shots.detect(cfr) == []
    assert shots.detect(vfr) == []
    assert shots.detect(vfr, start=5) == []
    assert shots.detect(vfr, start=8, end=12) == []


def test_a_window_of_a_file_whose_timestamps_start_late_finds_the_same_frames(samples, tmp_path):
    """MPEG-TS (broadcast captures) starts its clock at 1.4 s: a window must
    seek in the file's own time, as the whole-file pass reports it."""
    ts = tmp_path / "capture.ts"
    ffmpeg.run(["-ss", "85", "-i", str(samples.video), "-t", "50", "-map", "0:v", "-c", "copy", "-f", "mpegts",
                str(ts)])
    info = shots.video_info(ts)
    assert info.first_time > 1.0
    whole = [(c.frame, c.kind, c.time) for c in shots.detect(ts) if 10 <= c.time <= 40]
    part = [(c.frame, c.kind, c.time) for c in shots.detect(ts, start=10, end=40)]
    assert len(whole) >= 3
    assert part == whole


def test_a_window_decodes_the_same_pictures_as_the_whole_file(samples):
    """Windows decode in-process, whole files through ffmpeg: same decoder
    settings, same scaler, so the detector sees identical frames."""
    first, count = 590, 40  # mid-GOP (keyframes every 250 frames), across the cut at 600
    info = shots.video_info(samples.video)
    whole = list(itertools.islice(shots.analysis_frames(samples.video), first, first + count))
    part = list(itertools.islice(shots.analysis_frames(samples.video, start=info.seek_for(first)), count))
    assert len(part) == len(whole) == count
    assert all(np.array_equal(a, b) for a, b in zip(part, whole))
    assert len({a.tobytes() for a in part}) > 1  # moving pictures, not one frame repeated


@pytest.fixture(scope="module")
def copied_clips(samples, tmp_path_factory):
    """35 s of the sample footage copied without re-encoding, starting
    mid-GOP (an MP4 edit list hides the pre-roll) and into Matroska."""
    folder = tmp_path_factory.mktemp("segments")
    out = []
    for name in ("mid-gop.mp4", "copy.mkv"):
        path = folder / name
        ffmpeg.run(["-ss", "83", "-i", str(samples.video), "-t", "35", "-map", "0:v", "-c", "copy", str(path)])
        out.append(path)
    return out


def _segmenting(monkeypatch, seconds):
    monkeypatch.setattr(shots, "SEGMENT_SECONDS", seconds)
    monkeypatch.setattr(shots, "_segment_workers", lambda: 2)  # as on two cores, whatever this machine has


def test_segments_decode_the_same_frames_as_one_pipe(copied_clips, monkeypatch):
    """A whole file decodes in keyframe-aligned segments on parallel
    decoders: every frame once, in order, the same pictures as one ffmpeg
    pipe (so the detector's values, and its cuts, cannot change)."""
    _segmenting(monkeypatch, 3.0)
    for path in copied_clips:
        starts = shots._segment_starts(path)
        assert len(starts) >= 2, path  # the copy's keyframes every 10 s
        segmented = list(shots.analysis_frames(path))
        piped = list(shots._pipe_frames(path, None, None, shots.ANALYSIS_WIDTH, shots.ANALYSIS_HEIGHT, None))
        assert len(segmented) == len(piped) > 800
        assert all(np.array_equal(a, b) for a, b in zip(segmented, piped)), path


def test_a_segment_that_cannot_be_placed_sends_the_rest_to_the_pipe(copied_clips, monkeypatch):
    _segmenting(monkeypatch, 3.0)
    path = copied_clips[0]
    real, second = shots._decode_segment, shots._segment_starts(path)[0]

    def second_unplaceable(path, lo, hi, *args):
        if lo == second:
            raise shots._Unsegmentable
        return real(path, lo, hi, *args)

    monkeypatch.setattr(shots, "_decode_segment", second_unplaceable)
    mixed = list(shots.analysis_frames(path))
    piped = list(shots._pipe_frames(path, None, None, shots.ANALYSIS_WIDTH, shots.ANALYSIS_HEIGHT, None))
    assert len(mixed) == len(piped)
    assert all(np.array_equal(a, b) for a, b in zip(mixed, piped))


def test_stopping_early_stops_the_segment_decoders(copied_clips, monkeypatch):
    import threading

    _segmenting(monkeypatch, 3.0)
    frames = shots.analysis_frames(copied_clips[1])
    assert len(list(itertools.islice(frames, 5))) == 5
    frames.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("annotate-shots")]


def test_stop_all_stops_the_segment_decoders_as_it_stops_ffmpeg(copied_clips, monkeypatch):
    from annotate.errors import ToolError

    _segmenting(monkeypatch, 3.0)
    assert len(shots._segment_starts(copied_clips[0])) >= 3  # a segment not yet started when stop_all comes
    frames = shots.analysis_frames(copied_clips[0])
    next(frames)
    assert ffmpeg.stop_all() >= 1
    with pytest.raises(ToolError, match="stopped"):
        list(frames)


def test_a_short_file_or_one_core_is_not_segmented(copied_clips, monkeypatch):
    monkeypatch.setattr(shots, "_segment_workers", lambda: 2)
    assert shots._segment_starts(copied_clips[0]) == []  # 35 s: under two segments of SEGMENT_SECONDS
    _segmenting(monkeypatch, 3.0)
    monkeypatch.setattr(shots, "_segment_workers", lambda: 1)
    assert shots._segment_starts(copied_clips[0]) == []


@pytest.mark.parametrize("variable", [False, True])
def test_a_window_starting_at_a_cut_finds_it(tmp_path, variable):
    """``--start`` at a cut's frame (or within half a frame before it) made that frame the detector's first, with
    nothing before it to differ from: the cut in [start, end) was not reported (CFR and variable-rate alike)."""
    import av

    path = tmp_path / "cut.mp4"
    uneven = ["-fps_mode", "vfr", "-enc_time_base", "1/90000", "-video_track_timescale", "90000"]
    times = ",settb=1/90000,setpts='if(lt(N,40),N*0.04,1.6+(N-40)*0.07+0.011*mod(N,3))/TB'"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=3", "-f", "lavfi", "-i", "smptebars=s=320x180:r=25:d=3",
                "-filter_complex", "[0][1]concat=n=2:v=1,format=yuv420p" + (times if variable else ""),
                *(uneven if variable else []), "-c:v", "libx264", "-preset", "veryfast", str(path)])
    with av.open(str(path)) as container:
        cut = [float(f.time) for f in container.decode(video=0)][75]
    assert [c.frame for c in shots.detect(path)] == [75]
    for start in (cut - 0.01, cut):
        assert [(c.frame, c.time) for c in shots.detect(path, start=start)] == [(75, round(cut, 6))], start


def test_a_few_dropped_frames_still_make_a_file_variable_rate(tmp_path):
    """A phone drops frames now and then: 2 of 300 here, the average rate within 1 % of the base rate, so the
    file was taken for constant-rate and each frame after the drop placed at index / average rate: the cut at
    6.0 s was reported at 5.97 s. Its frames now keep their own times."""
    import av

    path = tmp_path / "dropped.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=30:d=6", "-f", "lavfi", "-i", "smptebars=s=160x120:r=30:d=4",
                "-filter_complex", "[0][1]concat=n=2:v=1,format=yuv420p,select='not(between(n,90,91))'",
                "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast", str(path)])
    with av.open(str(path)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    assert len(times) == 298 and times[178] == pytest.approx(6.0)
    assert shots.video_info(path).variable_rate
    assert [(c.frame, c.time) for c in shots.detect(path) if c.score > 20] == [(178, pytest.approx(6.0, abs=1e-6))]


@pytest.mark.parametrize("window", [(None, None), (1.0, 3.0)])
def test_shots_of_a_file_of_several_tracks_are_its_default_pictures(tmp_path, window):
    """A remux with another angle first (one green shot), the main one marked default (red, cut to blue at 2 s):
    shots read the first video stream, the angle no player shows, and found no cut."""
    from tests.clips_support import two_angle_mkv

    path = two_angle_mkv(tmp_path / "multi.mkv")
    info = shots.video_info(path)
    assert (info.width, info.height) == (320, 180)
    cuts = [c for c in shots.detect(path, start=window[0], end=window[1]) if c.kind == "cut"]
    assert [c.frame for c in cuts] == [50] and cuts[0].time == pytest.approx(2.0, abs=0.001)


def test_shots_of_a_recording_that_states_no_duration(tmp_path):
    """A browser's MediaRecorder recording (a WebM written to a pipe) states no duration: once the probe took it,
    shots still read its length as 0 s ("nothing to read from 0 s: the video ends at 0.000 s"). It is the probe's
    measured length, and the cut at 3 s is found."""
    done = ffmpeg.capture(["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=3", "-f", "lavfi", "-i",
                           "smptebars=s=320x180:r=25:d=2", "-filter_complex", "[0][1]concat=n=2:v=1,format=yuv420p",
                           "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-f", "webm", "pipe:1"])
    assert done.returncode == 0, done.stderr
    path = tmp_path / "recording.webm"
    path.write_bytes(done.stdout)
    assert shots.video_info(path).duration == pytest.approx(5.0, abs=0.001)
    cuts = [c for c in shots.detect(path) if c.kind == "cut"]
    assert [(c.frame, c.time) for c in cuts] == [(75, pytest.approx(3.0, abs=1e-6))]


def test_shots_csv_is_written_as_every_csv_of_annotate(tmp_path):
    """``annotate shots --csv`` wrote its own CSV: it is written by the one CSV writer now, and reads back as the
    changes detected. It goes to standard output, so without the byte order mark a file starts with (it made the
    first column ``\ufefftime`` to ``cut``, csvkit and pandas), as ``export -o - --format csv``."""
    import csv
    import io

    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.escape import CSV_BOM

    path = tmp_path / "cut.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=2", "-f", "lavfi", "-i", "smptebars=s=160x120:r=25:d=2",
                "-filter_complex", "[0][1]concat=n=2:v=1,format=yuv420p", "-c:v", "libx264", "-preset", "ultrafast",
                str(path)])
    result = CliRunner().invoke(main, ["shots", str(path), "--csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"time,frame,kind,score,start,end\n")
    assert CSV_BOM not in result.stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(int(r["frame"]), float(r["time"]), r["kind"]) for r in rows] == \
        [(c.frame, round(c.time, 4), c.kind) for c in shots.detect(path)] == [(50, 2.0, "cut")]


def test_shots_read_a_file_as_the_probe_does(tmp_path):
    """``VideoInfo`` had a frame-rate rule of its own and no pixel aspect: a fragmented MP4 at 25 fps was 25 fps
    to the probe (and every export) and 24.952 fps to shots, align and the strip; a PAL 16:9 file (720x576 at
    64:45) had no shape as shown. It is the probe's reading now."""
    from fractions import Fraction

    import av

    from annotate.probe import probe

    frag = tmp_path / "frag.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=12", "-f", "lavfi", "-i", "sine=f=440:d=12",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
                "-movflags", "frag_keyframe+empty_moov+default_base_moof", str(frag)])
    pal = tmp_path / "pal.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=720x576:r=25:d=1", "-vf", "setsar=64/45", "-c:v", "libx264",
                "-preset", "ultrafast", str(pal)])
    with av.open(str(frag)) as container:
        assert container.streams.video[0].average_rate != 25  # the case
    info = shots.video_info(frag)
    assert (info.fps, info.variable_rate) == (probe(frag).fps, False) == (25.0, False)
    assert shots.video_info(frag).frame_at(11.96) == 299  # the last frame, on the 25 fps grid
    info = shots.video_info(pal)
    assert info.sample_aspect == probe(pal).sample_aspect == Fraction(64, 45)
    assert info.square_size == probe(pal).square_size == (1024, 576)
