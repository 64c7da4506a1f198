"""The sample footage says what its ground truth says: decoded frames change
at exactly the listed cut frames and nowhere else, transitions and flashes
are where listed, the broadcast copy is offset as recorded, and the gunshots
start at the listed onsets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

import media_samples
from annotate import ffmpeg
from annotate.probe import probe
from media_samples import truth as truth_module
from media_samples.audio import GUNSHOT_PEAK
from tests import system

SMALL_W, SMALL_H = 160, 90  # enough to see cuts; decodes quickly
AUDIO_RATE = 48000
AUDIO_CHUNK_BYTES = 9600
# Frame-difference levels (mean absolute gray difference, 0..255) at 160x90:
# measured cuts are 18+ (the near-identical pair) and 27+ otherwise; grain,
# shake and keyframe refreshes stay under 5.
CUT_MIN_DIFF = 12.0
NOT_CUT_MAX_DIFF = 8.0
ONSET_TOLERANCE_SECONDS = 0.004


def _gray(path, w: int = SMALL_W, h: int = SMALL_H, first: int | None = None, count: int | None = None,
          fps: float = 25.0) -> np.ndarray:
    """Gray frames (uint8) of the whole video, or ``count`` frames from frame ``first``."""
    seek = ["-ss", f"{(first - 0.5) / fps:.4f}"] if first else []  # half a frame early: lands on ``first``
    limit = ["-frames:v", str(count)] if count else []
    # passthrough: no frame duplicated or dropped to fill a constant rate after a seek
    args = [*seek, "-i", path, *limit, "-fps_mode", "passthrough",
            "-vf", f"scale={w}:{h}:flags=area,format=gray", "-f", "rawvideo", "pipe:1"]
    with ffmpeg.pipe_frames(args, w * h) as pipe:
        data = b"".join(pipe)
    return np.frombuffer(data, np.uint8).reshape(-1, h, w)


def _audio(path) -> np.ndarray:
    args = ["-i", path, "-vn", "-ac", "1", "-ar", str(AUDIO_RATE), "-f", "s16le", "pipe:1"]
    with ffmpeg.pipe_frames(args, AUDIO_CHUNK_BYTES) as pipe:
        data = b"".join(pipe)
    return np.frombuffer(data, "<i2").astype(np.float32) / 32768.0


def _diffs(frames: np.ndarray) -> np.ndarray:
    """d[f] = mean |frame f - frame f-1| (d[0] = 0), in chunks to spare memory."""
    d = np.zeros(len(frames))
    for a in range(1, len(frames), 500):
        chunk = frames[a - 1:a + 500].astype(np.int16)
        d[a:a + len(chunk) - 1] = np.abs(np.diff(chunk, axis=0)).mean(axis=(1, 2))
    return d


def _f(frame: np.ndarray) -> np.ndarray:
    return frame.astype(np.float32)


@pytest.fixture(scope="module")
def frames(samples) -> np.ndarray:
    return _gray(samples.video)


@pytest.fixture(scope="module")
def diffs(frames) -> np.ndarray:
    return _diffs(frames)


@pytest.fixture(scope="module")
def broadcast_frames(samples) -> np.ndarray:
    return _gray(samples.broadcast)


def test_probe_matches_ground_truth(samples) -> None:
    v, b = samples.truth["video"], samples.truth["broadcast"]
    info = probe(samples.video)
    assert (info.width, info.height, info.fps, info.frame_count) == (v["width"], v["height"], v["fps"],
                                                                     v["frames"])
    assert info.duration == pytest.approx(v["duration"], abs=0.001)
    assert v["duration"] >= 240
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    binfo = probe(samples.broadcast)
    assert (binfo.width, binfo.height, binfo.fps) == (b["width"], b["height"], b["fps"])
    assert binfo.frame_count == v["frames"] + b["offset_frames"]
    assert binfo.has_audio


def test_decoded_frame_count(frames, samples) -> None:
    assert len(frames) == samples.truth["video"]["frames"]


def test_cut_at_148_seconds(samples) -> None:
    assert {"time": 148.0, "frame": 3700} in [{"time": c["time"], "frame": c["frame"]}
                                              for c in samples.truth["cuts"]]


def test_cuts_at_exact_frames(diffs, samples) -> None:
    cuts = samples.cut_frames
    for c in cuts:
        around = [f for f in range(c - 12, c + 13) if f not in cuts]
        assert diffs[c] > CUT_MIN_DIFF, f"cut {c}: only {diffs[c]:.1f}"
        assert diffs[c] > 3 * max(diffs[around]), f"cut {c} not sharp: {diffs[c - 3:c + 4].round(1)}"


def test_cuts_close_together_and_near_identical_pair(samples, diffs) -> None:
    cuts = samples.cut_frames
    gaps = np.diff(cuts)
    assert gaps.min() < 0.6 * samples.fps  # two cuts closer than PySceneDetect's minimum scene
    similar = [c["frame"] for c in samples.truth["cuts"] if "near-identical" in c["note"]]
    assert similar, "the near-identical pair is missing"
    # Hard, yet still visible: the weakest of all cuts.
    assert diffs[similar[0]] == min(diffs[cuts])


def _expected_changes(truth: dict) -> set[int]:
    """Frames allowed to differ strongly from the one before."""
    allowed = set(c["frame"] for c in truth["cuts"])
    for t in truth["transitions"]:
        allowed |= set(range(t["start_frame"], t["end_frame"] + 1))
    for f in truth["flashes"]:
        allowed |= {f["frame"], f["frame"] + f["frames"]}
    return allowed


def test_no_cut_anywhere_else(diffs, samples) -> None:
    allowed = _expected_changes(samples.truth)
    others = np.array([d if f not in allowed else 0.0 for f, d in enumerate(diffs)])
    worst = int(others.argmax())
    assert others[worst] < NOT_CUT_MAX_DIFF, f"unlisted change at frame {worst}: {others[worst]:.1f}"


def test_false_cut_traps_are_keyframes_and_not_cuts(samples, diffs) -> None:
    from annotate.clips.media import scan

    traps = samples.truth["false_cut_traps"]
    assert traps
    keys = {round(t * samples.fps) for t in scan(samples.video).keyframes}
    interval = samples.truth["video"]["keyframe_interval_frames"]
    assert keys == set(range(0, samples.truth["video"]["frames"], interval))
    for trap in traps:
        assert trap["frame"] in keys
        assert diffs[trap["frame"]] < CUT_MIN_DIFF


def test_dissolve_mixes_linearly(frames, samples) -> None:
    t = next(t for t in samples.truth["transitions"] if t["kind"] == "dissolve")
    s, e = t["start_frame"], t["end_frame"]
    a, b = _f(frames[s - 1]), _f(frames[e])
    delta = (b - a).ravel()
    weights = [float(np.dot((_f(frames[f]) - a).ravel(), delta) / np.dot(delta, delta)) for f in range(s, e)]
    expected = [(i + 1) / (e - s + 1) for i in range(e - s)]
    assert weights == pytest.approx(expected, abs=0.08)
    assert weights[0] > 0.0 and weights[-1] < 1.0  # neither end is a pure frame


def test_fade_goes_to_black_and_back(frames, samples) -> None:
    t = next(t for t in samples.truth["transitions"] if t["kind"] == "fade")
    s, m, e = t["start_frame"], t["middle_frame"], t["end_frame"]
    mean = frames.mean(axis=(1, 2))
    assert mean[m - 1] < 5 and mean[m] < 5
    assert mean[s - 1] > 40 and mean[e] > 40
    assert np.all(np.diff(mean[s - 1:m]) < 0)  # darker every frame
    assert np.all(np.diff(mean[m:e + 1]) > 0)  # then lighter every frame


def test_flashes_are_not_cuts(frames, diffs, samples) -> None:
    mean = frames.mean(axis=(1, 2))
    for fl in samples.truth["flashes"]:
        f, n = fl["frame"], fl["frames"]
        assert mean[f:f + n].min() > mean[f - 1] + 40, "no flash"
        assert diffs[f] > CUT_MIN_DIFF and diffs[f + n] > CUT_MIN_DIFF
        # Same shot before and after: what a detector must not call a cut.
        assert np.abs(_f(frames[f + n]) - _f(frames[f - 1])).mean() < 5


def test_vehicle_stops_when_recorded(samples) -> None:
    """Full resolution, inside the event's box: the truck still moves into the
    stop frame and nothing moves there afterwards."""
    v = samples.truth["video"]
    w, h = v["width"], v["height"]
    for event in samples.events("vehicle_stops"):
        s = event["frame"]
        clip = _gray(samples.video, w, h, first=s - 20, count=40, fps=samples.fps)
        x, y, bw, bh = event["box"]
        region = clip[:, int(y * h) - 8:int((y + bh) * h) + 8, max(0, int(x * w) - 8):int((x + bw) * w) + 8]
        d = _diffs(region)  # d[k]: change from frame s-20+k-1 to s-20+k
        into_stop, after = d[20], d[21:].max()
        assert into_stop > 1.5 and d[5:15].mean() > 1.5, f"{event}: not moving before: {d[:21].round(1)}"
        assert after < 0.3 * into_stop, f"{event}: still moving after: {d[21:].round(1)}"


def test_broadcast_offset(samples, frames, broadcast_frames) -> None:
    off = samples.truth["broadcast"]["offset_frames"]
    assert off == round(samples.offset * samples.fps)
    assert len(broadcast_frames) == len(frames) + off
    bd = _diffs(broadcast_frames)
    cuts = samples.cut_frames
    for c in cuts:
        around = [f + off for f in range(c - 20, c + 21) if f not in cuts]
        assert bd[c + off] > 3 * bd[around].max(), f"cut {c} is not at {c + off} in the broadcast"
    # Frame by frame, the copy matches at lag 0 better than one frame either way.
    errors = {}
    for lag in (-1, 0, 1):
        errors[lag] = np.mean([np.abs(_f(frames[c + k]) - _f(broadcast_frames[c + off + lag + k])).mean()
                               for c in samples.cut_frames for k in range(-3, 3)])
    assert errors[0] < 0.5 * min(errors[-1], errors[1]), errors


def test_broadcast_slate_is_moving_and_not_footage(broadcast_frames, frames, samples) -> None:
    off = samples.truth["broadcast"]["offset_frames"]
    slate = broadcast_frames[:off]
    assert _diffs(slate)[1:].min() > 0.05  # the ticker moves on every frame
    assert np.abs(_f(slate[-1]) - _f(frames[0])).mean() > 20


def _onsets(samples_: np.ndarray, threshold: float = 0.2) -> list[float]:
    """Times where the signal first exceeds ``threshold`` after 50 ms below it."""
    loud = np.abs(samples_) > threshold
    idx = np.nonzero(loud)[0]
    quiet_before = np.diff(idx, prepend=-AUDIO_RATE) > 0.05 * AUDIO_RATE
    return [float(i / AUDIO_RATE) for i in idx[quiet_before]]


@pytest.mark.parametrize("copy", ["video", "broadcast"])
def test_gunshot_onsets(samples, copy: str) -> None:
    audio = _audio(getattr(samples, copy))
    shift = samples.offset if copy == "broadcast" else 0.0
    footage = audio[round(shift * AUDIO_RATE):]  # the broadcast's slate has its own sting
    expected = [e["time"] for e in samples.events("gunshot")]
    # The spoken lines are the only other sounds above the bed: set apart here
    # (they peak well under a shot, which is what audio alignment relies on).
    bed = footage.copy()
    for line in samples.truth["speech"]["lines"]:
        span = slice(round((line["start"] - 0.1) * AUDIO_RATE), round((line["end"] + 0.1) * AUDIO_RATE))
        assert np.abs(footage[span]).max() < 0.5 * GUNSHOT_PEAK, line["text"]
        bed[span] = 0.0
    found = _onsets(bed)
    assert len(found) == len(expected), (found, expected)
    assert found == pytest.approx(expected, abs=ONSET_TOLERANCE_SECONDS)
    # The bed is quiet: nothing else comes near a gunshot's level.
    assert np.abs(bed[: int((expected[0] - 1) * AUDIO_RATE)]).max() < 0.1


def _power_db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(x.astype(np.float64) ** 2)))


@pytest.mark.parametrize("copy", ["video", "broadcast"])
def test_spoken_lines_stand_10_db_over_the_bed_where_the_truth_puts_them(samples, copy: str) -> None:
    """Speech plus bed over the words against the bed just before the line:
    10 dB SNR gives 10*log10(1 + 10) = 10.4 dB (the bed is steady within a shot)."""
    speech = samples.truth["speech"]
    assert speech["available"] and speech["snr_db"] == 10.0
    footage = _audio(getattr(samples, copy))[round((samples.offset if copy == "broadcast" else 0) * AUDIO_RATE):]
    for line in speech["lines"]:
        words = footage[round(line["start"] * AUDIO_RATE): round(line["end"] * AUDIO_RATE)]
        before = footage[round((line["start"] - 1.2) * AUDIO_RATE): round((line["start"] - 0.2) * AUDIO_RATE)]
        assert _power_db(words) - _power_db(before) == pytest.approx(10.4, abs=1.5), line["text"]
        # Each word is where the truth says: louder than the bed, in order, no overlap.
        for w, nxt in zip(line["words"], line["words"][1:] + [None]):
            assert w["start"] < w["end"] <= (nxt["start"] if nxt else line["end"])
            sound = footage[round(w["start"] * AUDIO_RATE): round(w["end"] * AUDIO_RATE)]
            assert _power_db(sound) - _power_db(before) > 3.0, w
        assert " ".join(w["word"] for w in line["words"]) == " ".join(
            t.strip(".,!?") for t in line["text"].split())


def test_without_a_synthesiser_the_samples_say_so_and_have_no_speech(monkeypatch) -> None:
    from media_samples import audio as sample_audio
    from media_samples import speech

    def unavailable(*_args: object) -> None:
        raise speech.Unavailable("espeakng-loader is not installed")

    monkeypatch.setattr(speech, "synthesise", unavailable)
    monkeypatch.setattr(speech, "engine_name", unavailable)
    spoken = truth_module.spoken_lines()
    assert spoken["available"] is False and "espeakng-loader" in spoken["reason"] and spoken["lines"] == []
    assert truth_module.subtitle_cues(spoken["lines"]) == []
    bed = np.full(1000, 0.01, np.float32)
    sample_audio.add_speech(bed, AUDIO_RATE)
    assert (bed == 0.01).all()


def test_the_subtitled_copy_carries_the_spoken_lines(samples) -> None:
    import av

    from annotate.subtitles import srt

    subs = samples.truth["subtitles"]
    cues = srt.loads(samples.sidecar.read_text(encoding="utf-8"))
    assert [(c.start, c.end, c.text) for c in cues] == [(c["start"], c["end"], c["text"]) for c in subs["cues"]]
    with av.open(str(samples.subtitled)) as container:
        [stream] = container.streams.subtitles
        assert stream.codec_context.name == "mov_text"
        starts = [float(p.pts * p.time_base) for p in container.demux(stream) if p.size > 2]
    assert starts == pytest.approx([c["start"] for c in subs["cues"]], abs=0.002)
    assert probe(samples.subtitled).duration == pytest.approx(probe(samples.video).duration, abs=0.05)
    lines = samples.truth["speech"]["lines"]
    notes = [c["note"] for c in subs["cues"]]
    assert notes.count("split over two cues") == 2 and notes.count("reworded") == 1
    split = [c for c in subs["cues"] if c["note"] == "split over two cues"]
    assert " ".join(c["text"] for c in split) == lines[split[0]["line"]]["text"]
    reworded = next(c for c in subs["cues"] if c["note"] == "reworded")
    assert reworded["text"] != lines[reworded["line"]]["text"]
    for c in subs["cues"]:  # every cue starts on a spoken word of its line
        assert c["start"] in {w["start"] for w in lines[c["line"]]["words"]}


def test_article_speech_quotes(samples) -> None:
    text = samples.article.read_text(encoding="utf-8")
    lines = samples.truth["speech"]["lines"]
    quotes = samples.truth["article"]["speech"]
    assert any(q["stated_start"] is None for q in quotes) and any(q["stated_start"] for q in quotes)
    assert [q for q in quotes if q["line"] is None] and samples.truth["article"]["not_speech"]
    for q in quotes:
        assert q["quote"] in text
        if q["line"] is None:
            assert all(q["quote"].strip("!.") not in line["text"] for line in lines)
            continue
        line = lines[q["line"]]
        assert line["text"].startswith(q["quote"].rstrip("."))
        assert q["true_start"] == line["start"]
        if q["stated_start"] is not None:
            assert 0 <= q["true_start"] - q["stated_start"] <= 1.0
    for quote in samples.truth["article"]["not_speech"]:
        assert quote in text and all(quote not in line["text"].lower() for line in lines)


def test_ground_truth_is_deterministic(samples) -> None:
    fresh = truth_module.ground_truth(media_samples.GENERATOR_VERSION)
    assert json.loads(json.dumps(fresh)) == samples.truth
    assert truth_module.ground_truth(media_samples.GENERATOR_VERSION) == fresh


def test_frames_and_times_agree(samples) -> None:
    fps = samples.fps
    items = [*samples.truth["cuts"], *samples.truth["flashes"], *samples.truth["events"]]
    for item in items:
        assert item["frame"] == round(item["time"] * fps), item
    for t in samples.truth["transitions"]:
        assert (t["start_frame"], t["end_frame"]) == (round(t["start"] * fps), round(t["end"] * fps))


def test_article_moments(samples) -> None:
    text = samples.article.read_text(encoding="utf-8")
    assert text == media_samples.article_text()
    moments = samples.truth["article"]["moments"]
    assert {m["truth_kind"] for m in moments} == {"cut", "motion", "audio"}
    cut_times = {c["time"] for c in samples.truth["cuts"]}
    for m in moments:
        assert m["quote"] in text
        assert 0 <= m["true_start"] - m["stated_start"] <= 2.0, m
        if m["truth_kind"] == "cut":
            assert m["true_start"] in cut_times
    for d in samples.truth["article"]["not_moments"]:
        assert d["text"] in text, d


def test_cached_second_call_does_not_rewrite(samples) -> None:
    before = {p: os.stat(p).st_mtime_ns for p in (samples.video, samples.broadcast, samples.article,
                                                     samples.ground_truth)}
    again = media_samples.generate(samples.directory)
    assert not again.generated
    assert again == samples
    assert {p: os.stat(p).st_mtime_ns for p in before} == before


def test_incomplete_or_stale_sets_are_not_reused(tmp_path) -> None:
    for name in media_samples.FILES.values():
        (tmp_path / name).write_text("x")
    assert not media_samples._complete(tmp_path)  # no stamp: an interrupted run
    stamp = tmp_path / media_samples.STAMP_NAME
    stamp.write_text(json.dumps({"generator_version": "0-old"}))
    assert not media_samples._complete(tmp_path)
    stamp.write_text(json.dumps({"generator_version": media_samples.GENERATOR_VERSION,
                                 "source_digest": "0" * 16}))
    assert not media_samples._complete(tmp_path)  # made by other generator code
    stamp.write_text(json.dumps(media_samples._stamp()))
    assert media_samples._complete(tmp_path)
    (tmp_path / "broadcast.mp4").unlink()
    assert not media_samples._complete(tmp_path)


def test_default_dir_honours_cache_env(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(media_samples.CACHE_ENV, str(tmp_path))
    assert media_samples.default_dir() == tmp_path / "samples" / media_samples.GENERATOR_VERSION
    monkeypatch.delenv(media_samples.CACHE_ENV)
    assert media_samples.default_dir().parts[-3:] == ("annotate", "samples", media_samples.GENERATOR_VERSION)


def test_interrupt_leaves_no_partial_files(tmp_path) -> None:
    """Ctrl-C during rendering: ffmpeg is stopped, nothing half-written remains."""
    def stop(fraction: float) -> None:
        if fraction > 0.01:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        media_samples.generate(tmp_path, progress=stop)
    assert list(tmp_path.iterdir()) == []
    assert not media_samples._complete(tmp_path)


def test_the_bar_follows_the_second_angles_encoding(tmp_path, monkeypatch) -> None:
    """``annotate samples`` sat at 100 % for some 20 s: its bar reached the end with the compilation, then the
    phones' angles were painted and encoded. The real angles are encoded here (the compilation's encode, which
    the bar followed already, is left out) and the bar is followed through them; stopped after them."""
    from media_samples import angles, render

    seen: list[float] = []
    during: list[float] = []
    encode = angles.render

    def compilation(video, broadcast, work, progress=None) -> None:
        for f in (0.5, 1.0):
            progress(f)

    def followed(directory, work, progress=None) -> None:
        during.append(seen[-1])
        encode(directory, work, progress)
        during.extend(seen[seen.index(during[0]):])
        raise KeyboardInterrupt  # (what follows needs the compilation)

    monkeypatch.setattr(render, "render", compilation)
    monkeypatch.setattr(angles, "render", followed)
    with pytest.raises(KeyboardInterrupt):
        media_samples.generate(tmp_path, progress=seen.append)
    assert during[0] < 0.9, during  # the compilation done: not the end of the work
    assert len(set(during)) > 10 and during == sorted(during), during  # it moves while the angles encode
    assert during[-1] < 1.0, during  # 100 % only once the set is complete
    assert list(tmp_path.iterdir()) == []


def test_unusable_target_is_an_output_error(tmp_path) -> None:
    from annotate.errors import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create folder"):
        media_samples.generate(blocker / "samples")


def test_cli_reports_a_cached_set(samples) -> None:
    from click.testing import CliRunner

    from annotate.cli import main

    result = CliRunner().invoke(main, ["samples", "-o", str(samples.directory)])
    assert result.exit_code == 0, result.output
    assert f"samples cached (use --force to regenerate) in {samples.directory}" in result.output
    assert "compilation.mp4" in result.output and "offset +6.4 s" in result.output


def test_cli_unusable_folder_is_one_line_exit_2(tmp_path) -> None:
    from click.testing import CliRunner

    from annotate.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["samples", "-o", str(blocker / "out")])
    assert result.exit_code == 2
    assert "annotate: error:" in result.output and "cannot create folder" in result.output


def test_painter_is_deterministic_and_draws_the_truck_in_its_box(samples) -> None:
    """Two painters paint the same pixels; at a vehicle_stops event the box
    differs from the empty scene (the truck is drawn where the truth says)."""
    from media_samples import render
    from media_samples import script as sc

    a, b = render.Painter(), render.Painter()
    w, h = samples.truth["video"]["width"], samples.truth["video"]["height"]
    for event in samples.events("vehicle_stops"):
        f = event["frame"]
        fa, fb = np.empty((h, w, 3), np.uint8), np.empty((h, w, 3), np.uint8)
        a.frame(f, fa)
        b.frame(f, fb)
        assert np.array_equal(fa, fb)
        shot = next(s for s in sc.SHOTS if s.first <= f < s.last)
        empty = sc.Shot(shot.camera, shot.scene, shot.first, shot.last, shot.clock_start, shot.shake_px,
                        shot.zoom, shot.gain, shot.pan)
        index = sc.SHOTS.index(shot)
        original = sc.SHOTS
        try:
            sc.SHOTS = (*original[:index], empty, *original[index + 1:])
            bare = a.frame(f, np.empty((h, w, 3), np.uint8))
        finally:
            sc.SHOTS = original
        x, y, bw, bh = event["box"]
        box = (slice(round(y * h), round((y + bh) * h)), slice(round(x * w), round((x + bw) * w)))
        changed = np.any(fa != bare, axis=2)
        assert changed[box].mean() > 0.5  # the sprite fills most of its box
        assert changed.sum() == changed[box].sum()  # and nothing outside it changed


def test_burnt_in_clock_ticks_once_a_second(samples) -> None:
    """The CCTV clock is drawn (white on dark strokes) and changes exactly at
    the frames where its second turns over, and nowhere else."""
    system.require(system.DEJAVU)  # the clock's font: Pillow's own default draws other digits
    from media_samples import script as sc

    v = samples.truth["video"]
    shot = sc.SHOTS[0]  # static camera: only the clock and a slow sentry change
    n = 3 * sc.FPS
    clip = _gray(samples.video, v["width"], v["height"], count=n)
    clock = clip[:, 6:30, 8:240]  # the date-time line, top left
    assert clock.std() > 40  # text strokes, not bare background
    # Pixels that flip between stroke and background: a digit changing, not grain.
    flips = np.concatenate([[0], (np.abs(np.diff(clock.astype(np.int16), axis=0)) > 80).sum(axis=(1, 2))])
    seconds = [int(shot.clock_start + i / sc.FPS) for i in range(n)]
    ticks = [i for i in range(1, n) if seconds[i] != seconds[i - 1]]
    assert len(ticks) == 3
    quiet = [flips[i] for i in range(1, n) if i not in ticks]
    assert min(flips[i] for i in ticks) > 20 > max(quiet) * 4, (ticks, flips)


def test_second_angles_are_what_the_truth_says(samples) -> None:
    """Phone angles: 30 fps, stereo 44.1 kHz, the length and offset the truth
    gives, inside the shot they film (one starts before the compilation)."""
    angles = samples.truth["angles"]
    assert set(angles) == set(samples.angles) and min(a["start"] for a in angles.values()) < 0
    for name, path in samples.angles.items():
        t = angles[name]
        info = probe(path)
        assert info.fps == t["fps"] == 30 and info.audio_rate == t["audio_rate"] == 44100
        assert abs(info.duration - t["duration"]) <= 1 / t["fps"] + 1e-6
        assert t["offset"] == -t["start"]
        shot = next(s for s in samples.truth["shots"] if s["camera"] == t["camera"])
        assert shot["start"] <= max(0.0, t["start"]) and t["start"] + t["duration"] <= shot["end"], (name, shot)


def test_a_users_own_files_under_the_samples_names_are_refused_before_any_work(tmp_path, monkeypatch) -> None:
    """``samples -o DIR`` replaced the user's own ``article.txt`` and ``ground_truth.json`` there (after 55 s of
    work, with exit 0 and no word). Now one error line names them before anything is rendered, nothing in
    the folder changes, and ``--force`` (or the stamp of an earlier set made there) lets the set be made."""
    from click.testing import CliRunner

    from annotate.cli import main

    class Built(Exception):
        pass

    built: list[Path] = []

    def build(directory: Path, progress: object) -> None:  # the 55 s of work, reached or not
        built.append(directory)
        raise Built

    monkeypatch.setattr(media_samples, "_build", build)
    out = tmp_path / "us"
    out.mkdir()
    (out / "article.txt").write_text("my own article about the harbour\n", encoding="utf-8")
    (out / "ground_truth.json").write_text('{"mine": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["samples", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"annotate: error: {out}: holds files under names annotate writes that it did not write, or changed "
        "since: article.txt (annotate has no record of writing it), ground_truth.json (annotate has no record "
        "of writing it); refusing to replace them: name another folder for the samples, move them away, or "
        "pass --force\n")
    assert built == [] and sorted(p.name for p in out.iterdir()) == ["article.txt", "ground_truth.json"]
    assert (out / "article.txt").read_text(encoding="utf-8") == "my own article about the harbour\n"
    for how in ("force", "stamp"):
        if how == "stamp":  # a set an older generator made: its files are ours to regenerate
            (out / media_samples.STAMP_NAME).write_text(json.dumps({"generator_version": "0-old"}))
        with pytest.raises(Built):
            media_samples.generate(out, force=how == "force")
    assert built == [out, out]
