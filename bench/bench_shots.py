"""Shot detection, alignment and sync speed and accuracy against PySceneDetect
(``detect-content``, default settings, same file) and a bare ffmpeg decode,
on 10- and 30-minute 720p H.264 files cut from the sample footage, with peak
memory (it must not grow with the video).

PySceneDetect must be installed without its dependencies (it would pull
``opencv-python`` over ``opencv-python-headless``):
``pip install --no-deps scenedetect``."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from annotate import cache, ffmpeg
from annotate.atomic import atomic_path
from bench.measure import Measurement, Row, python, run_rounds_timed
from bench.measure import run as measure

FPS = 25
SIZE = "1280x720"
# Pieces of the sample compilation (seconds), each holding cuts, a dissolve,
# a fade, flashes or gunfire; files are these pieces in a seeded order, so no
# stretch repeats periodically (sync must not lock onto a loop).
PIECES = ((20.0, 70.0), (80.0, 130.0), (130.0, 180.0), (182.0, 232.0))
PIECE_SECONDS = 50.0
SLATE_SECONDS = 6.4  # the broadcast copy opens with a slate
PYSCENEDETECT = ("from scenedetect import detect, ContentDetector; import json, sys; "
                 "s = detect(sys.argv[1], ContentDetector()); "
                 "print(json.dumps([x[0].seconds for x in s[1:]]))")


def cache_dir() -> Path:
    return cache.cache_dir("bench", "shots", create=True)


def _piece(source: Path, index: int, *, broadcast: bool) -> Path:
    lo, hi = PIECES[index]
    name = f"piece{index}-{'bc' if broadcast else '720'}.mp4"
    path = cache_dir() / name
    if path.exists():
        return path
    if broadcast:
        vf = "scale=854:480,drawbox=x=iw-120:y=16:w=100:h=36:color=white@0.7:t=fill"
        codec = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "28"]
    else:
        vf = f"scale={SIZE.replace('x', ':')}"
        codec = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23"]
    with atomic_path(path) as tmp:
        ffmpeg.run(["-ss", f"{lo}", "-i", str(source), "-t", f"{hi - lo}", "-an", "-vf", vf, "-r", str(FPS),
                    *codec, "-pix_fmt", "yuv420p", "-fflags", "+bitexact", "-f", "mp4", str(tmp)])
    return path


def _slate() -> Path:
    path = cache_dir() / "slate-bc.mp4"
    if not path.exists():
        with atomic_path(path) as tmp:
            ffmpeg.run(["-f", "lavfi", "-i", f"color=c=navy:s=854x480:r={FPS}:d={SLATE_SECONDS}",
                        "-vf", "drawbox=x=200:y=200:w=454:h=80:color=white:t=fill",
                        "-c:v", "libx264", "-preset", "veryfast", "-crf", "28", "-pix_fmt", "yuv420p",
                        "-f", "mp4", str(tmp)])
    return path


def order(count: int) -> list[int]:
    """A seeded sequence of piece indices without immediate repeats."""
    rng = random.Random(7)
    out: list[int] = []
    while len(out) < count:
        k = rng.randrange(len(PIECES))
        if not out or k != out[-1]:
            out.append(k)
    return out


def footage(minutes: int, *, broadcast: bool = False) -> Path:
    """``minutes`` of 720p H.264 (or the broadcast copy: slate, 480p, logo),
    joined by stream copy from pieces encoded once. Cached."""
    path = cache_dir() / f"footage-{minutes}min-{'bc' if broadcast else '720'}.mp4"
    if path.exists():
        return path
    source = media_source()
    parts = [_piece(source, k, broadcast=broadcast) for k in order(int(minutes * 60 / PIECE_SECONDS))]
    if broadcast:
        parts.insert(0, _slate())
    listing = cache_dir() / f"list-{minutes}-{broadcast}.txt"
    listing.write_text("".join(f"file '{p}'\n" for p in parts))
    with atomic_path(path) as tmp:
        ffmpeg.run(["-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", "-f", "mp4", str(tmp)])
    return path


def _f1(found: list[float], truth: list[float], tolerance: float) -> tuple[float, float, float]:
    tp_truth = sum(any(abs(t - f) <= tolerance for f in found) for t in truth)
    tp_found = sum(any(abs(t - f) <= tolerance for t in truth) for f in found)
    recall = tp_truth / max(1, len(truth))
    precision = tp_found / max(1, len(found))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1


def _pyscenedetect_cuts(path: Path) -> list[float]:
    out = subprocess.run(python(PYSCENEDETECT) + [str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ours_changes(path: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "annotate", "shots", str(path), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _decode(path: Path) -> list[str]:
    return [ffmpeg.binary().path, "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(path),
            "-f", "null", "-"]


def _shots(path: Path) -> list[str]:
    return [sys.executable, "-m", "annotate", "shots", str(path), "--csv"]


REAL_CLIP = Path("/usr/share/doc/opencv-doc/examples/data/Megamind.avi")
# Hand-labelled (decode index + the file's one-frame start). The change from
# the black leader frame is left out: a detector with a minimum scene length
# cannot report it.
REAL_CUTS = tuple(f / 23.976 for f in (99, 155, 201))


def against_decode() -> list[Row]:
    """Ours against the physical limit, a plain decode of the same 10-minute
    720p file: median of three interleaved rounds, in wall time and in CPU
    time (on a shared machine CPU measures the work), with our cut F1 on
    the sample truth and the real clip. ``python -m bench.bench_shots decode``
    runs only these (without PySceneDetect)."""
    import media_samples

    samples = media_samples.generate()
    long10 = footage(10)
    (r_shots, cpu_shots), (r_bare, cpu_bare) = run_rounds_timed([_shots(long10), _decode(long10)])
    truth = [c["time"] for c in samples.truth["cuts"]]
    _, _, f1 = _f1([c["time"] for c in _ours_changes(samples.video) if c["kind"] == "cut"], truth,
                   1.0 / samples.fps + 1e-6)
    real = ""
    if REAL_CLIP.exists():
        found = [c["time"] for c in _ours_changes(REAL_CLIP) if c["kind"] == "cut" and c["time"] > 0.5]
        real = f", Megamind.avi {_f1(found, list(REAL_CUTS), 1 / 23.976 + 1e-6)[2]:.3f}"
    return [
        Row("annotate shots, 10-min 720p (vs decode, wall)", r_shots, "ffmpeg -i F -f null -", r_bare,
            f"ours/bare = {r_shots.seconds / r_bare.seconds:.2f} (goal <= 0.7), median of 3 interleaved; "
            f"cut F1 sample {f1:.3f}{real}"),
        Row("annotate shots, 10-min 720p (vs decode, CPU s)", cpu_shots, "ffmpeg -i F -f null -", cpu_bare,
            f"ours/bare = {cpu_shots.seconds / cpu_bare.seconds:.2f} (goal <= 0.7); user+sys of the tree, "
            "median of the same 3 rounds"),
    ]


# Where the time of `annotate shots` goes, step by step, and each variant
# measured for the step from a decoded 1280x720 frame to 64x36 gray: the
# decoder as analysis_frames configures it with no output (the floor for a
# detector that sees every frame), on frame threads and on one thread; the same
# decoding only reference frames (a floor for a coarse pass; the frames between
# are missing, so cuts are not frame-exact); ffmpeg with each filter chain
# tried (no output); in-process decoding (PyAV) with each scaler; both routes
# of analysis_frames (+ reading the frames in Python); the whole command
# (+ probing, the detector, the CLI); Python's start-up (importing
# annotate.shots) is measured apart, as it does not grow with the file. Only
# the chains and scalers that give the pictures of ``scale=...:flags=area``
# (swscale's area average, full-range gray) leave the detector's values, and
# so its cuts, exactly as they were.
FAST_DECODE = ("-skip_loop_filter", "all", "-flags2", "fast")
AREA_GRAY = "scale=64:36:flags=area,format=gray"
FILTER_CHAINS = {
    "scale area, then format=gray (as analysis_frames)": AREA_GRAY,
    "format=gray first, then scale area": "format=gray,scale=64:36:flags=area",
    "extractplanes=y, then scale area (limited-range values)": "extractplanes=y,scale=64:36:flags=area",
    "scale fast_bilinear (aliased; other values)": "scale=64:36:flags=fast_bilinear,format=gray",
    "scale bilinear (other values)": "scale=64:36:flags=bilinear,format=gray",
    "scale neighbor (aliased; other values)": "scale=64:36:flags=neighbor,format=gray",
    "two stages: neighbor to 320x180, then area (other values)":
        "scale=320:180:flags=neighbor,scale=64:36:flags=area,format=gray",
}
PIPE_ONLY = ("import sys; from annotate.shots import _pipe_frames; "
             "sum(1 for _ in _pipe_frames(sys.argv[1], None, None, 64, 36, None))")
FRAMES_ONLY = "import sys; from annotate.shots import analysis_frames; sum(1 for _ in analysis_frames(sys.argv[1]))"
# In-process decoding of every frame (each row imports av, cv2 and numpy: a
# fixed start-up cost the pipe rows do not pay in full): THREADS is PyAV's
# thread count (0: frame threads on every core), SCALE turns the frame ``f``
# into 64x36 gray.
IN_PROCESS = (
    "import sys, av, cv2, numpy as np; from av.video.reformatter import VideoReformatter; "
    "from annotate.shots import DECODER_OPTIONS; r = VideoReformatter(); "
    "c = av.open(sys.argv[1]); s = c.streams.video[0]; s.thread_type = 'AUTO'; "
    "s.codec_context.thread_count = THREADS; s.codec_context.options = dict(DECODER_OPTIONS); "
    "y = lambda f: np.frombuffer(f.planes[0], np.uint8).reshape(f.height, f.planes[0].line_size)[:, :f.width]; "
    "sum(1 for f in c.decode(s) if SCALE is not None)"
)
SWSCALE_AREA = "r.reformat(f, width=64, height=36, format='gray', interpolation='AREA').to_ndarray()"
IN_PROCESS_SCALERS = {
    "frame threads, swscale area": ("0", SWSCALE_AREA),
    "one thread, no scaling": ("1", "f"),
    "one thread, swscale area": ("1", SWSCALE_AREA),
    "one thread, Y plane, cv2.resize INTER_AREA (limited-range values)":
        ("1", "cv2.resize(y(f), (64, 36), interpolation=cv2.INTER_AREA)"),
    "one thread, Y plane every 2nd row, cv2.resize INTER_AREA (other values)":
        ("1", "cv2.resize(y(f)[::2], (64, 36), interpolation=cv2.INTER_AREA)"),
}


def levers(path: Path | None = None) -> list[Row]:
    """CPU seconds of each step and variant against a plain decode of
    ``path`` (default: one 50-s piece of the 720p footage), median of three
    interleaved rounds, with the wall time in the notes.
    ``python -m bench.bench_shots levers [FILE]`` runs only these."""
    path = path or _piece(media_source(), 0, broadcast=False)
    ff = [ffmpeg.binary().path, "-hide_banner", "-nostdin", "-loglevel", "error"]
    null = ["-f", "null", "-"]
    steps = {
        "decoder as configured, frame threads, no output (-skip_loop_filter all -flags2 fast)":
            [*ff, "-threads", "0", *FAST_DECODE, "-i", str(path), *null],
        "same, one thread (-threads 1)": [*ff, "-threads", "1", *FAST_DECODE, "-i", str(path), *null],
        "same, frame threads, reference frames only (+ -skip_frame noref; not frame-exact)":
            [*ff, "-threads", "0", *FAST_DECODE, "-skip_frame", "noref", "-i", str(path), *null],
        **{f"ffmpeg, frame threads, {name}": [*ff, "-threads", "0", *FAST_DECODE, "-i", str(path),
                                              "-vf", chain, "-fps_mode", "passthrough", *null]
           for name, chain in FILTER_CHAINS.items()},
        "ffmpeg, frame threads, scale area + -filter_threads 1":
            [*ff, "-threads", "0", *FAST_DECODE, "-i", str(path), "-vf", AREA_GRAY, "-filter_threads", "1",
             "-fps_mode", "passthrough", *null],
        "ffmpeg, one thread, scale area": [*ff, "-threads", "1", *FAST_DECODE, "-i", str(path), "-vf", AREA_GRAY,
                                           "-fps_mode", "passthrough", *null],
        **{f"in-process (PyAV), {name}": python(IN_PROCESS.replace("THREADS", threads).replace("SCALE", scale))
           + [str(path)] for name, (threads, scale) in IN_PROCESS_SCALERS.items()},
        "one ffmpeg pipe (+ rawvideo to Python; the route before segments)": python(PIPE_ONLY) + [str(path)],
        "analysis_frames (segments on one single-threaded PyAV decoder per core)": python(FRAMES_ONLY) + [str(path)],
        "annotate shots (+ probe, detector, CLI)": _shots(path),
        "of which Python start-up (import annotate.shots)": python("import annotate.shots"),
    }
    *timed, (wall_bare, bare) = run_rounds_timed([*steps.values(), _decode(path)])
    return [Row(f"{name}, {path.name} (CPU s)", cpu, "ffmpeg -i F -f null -", bare,
                f"{cpu.seconds / bare.seconds:.2f} of the plain decode; wall {wall.seconds:.2f} s against "
                f"{wall_bare.seconds:.2f} s; median of 3 interleaved")
            for name, (wall, cpu) in zip(steps, timed)]


def media_source() -> Path:
    import media_samples

    return media_samples.generate().video


def run() -> list[Row]:
    import media_samples

    samples = media_samples.generate()
    long30, long10 = footage(30), footage(10)
    copy10 = footage(10, broadcast=True)
    bare, shots30, shots10 = _decode(long30), _shots(long30), _shots(long10)
    scd30 = python(PYSCENEDETECT) + [str(long30)]
    align_one = python(
        "import sys; from annotate.align import align_moment; from annotate.model import Moment; "
        "m = align_moment(Moment(start=float(sys.argv[2]), approximate=True), sys.argv[1]); "
        "print(m.alignment)"
    ) + [str(long30), "905"]
    sync10 = [sys.executable, "-m", "annotate", "sync", str(long10), str(copy10), "--json"]

    t_bare = measure(bare)
    t_shots30 = measure(shots30)
    t_shots10 = measure(shots10)
    t_scd30 = measure(scd30)
    t_align = measure(align_one)
    t_sync = measure(sync10)
    sync_out = json.loads(subprocess.run(sync10, capture_output=True, text=True, check=True).stdout)

    # Accuracy on the sample ground truth (cuts, within one frame).
    frame = 1.0 / samples.fps
    truth = [c["time"] for c in samples.truth["cuts"]]
    ours = _ours_changes(samples.video)
    p1, r1, f1 = _f1([c["time"] for c in ours if c["kind"] == "cut"], truth, frame + 1e-6)
    theirs = _pyscenedetect_cuts(samples.video)
    p2, r2, f2 = _f1(theirs, truth, frame + 1e-6)
    t_ours_sample = measure([sys.executable, "-m", "annotate", "shots", str(samples.video), "--csv"])
    t_scd_sample = measure(python(PYSCENEDETECT) + [str(samples.video)])

    rows = [
        Row("align one moment, 30-min 720p (vs scanning the file)", t_align, "PySceneDetect detect-content",
            t_scd30, "goal >= 50x; ours decodes only the moment's window"),
        Row("annotate shots, 30-min 720p", t_shots30, "PySceneDetect detect-content", t_scd30, "goal >= 1.5x"),
        Row("annotate shots, 30-min 720p (vs decode)", t_shots30, "ffmpeg -i F -f null -", t_bare,
            f"ours/bare = {t_shots30.seconds / t_bare.seconds:.2f} (one run each)"),
        *against_decode(),
        Row("annotate shots, 10-min vs 30-min (memory)", t_shots10, "same, 30-min", t_shots30,
            f"peak MB {t_shots10.peak_mb:.0f} (10 min) vs {t_shots30.peak_mb:.0f} (30 min): flat"),
        Row("cut F1 on sample ground truth (+-1 frame)", t_ours_sample, "PySceneDetect detect-content",
            t_scd_sample, f"ours P {p1:.3f} R {r1:.3f} F1 {f1:.3f}; PySceneDetect P {p2:.3f} R {r2:.3f} F1 {f2:.3f}"),
        Row("sync two 10-min copies (slate, 480p, logo)", t_sync, "a tenth of their duration",
            Measurement(60.0, 0.0),
            f"offset {sync_out['offset']:+.3f} s (true {SLATE_SECONDS:+.3f}), rate {sync_out['rate']}, "
            f"confidence {sync_out['confidence']}"),
    ]
    real = REAL_CLIP
    if real.exists():
        real_truth = list(REAL_CUTS)
        ours_real = [c["time"] for c in _ours_changes(real) if c["kind"] == "cut" and c["time"] > 0.5]
        pr, rr, fr = _f1(ours_real, real_truth, 1 / 23.976 + 1e-6)
        theirs_real = [t for t in _pyscenedetect_cuts(real) if t > 0.5]
        ps, rs, fs = _f1(theirs_real, real_truth, 1 / 23.976 + 1e-6)
        rows.append(Row("cut F1 on a real film clip (opencv-doc Megamind.avi, hand-labelled)",
                        measure([sys.executable, "-m", "annotate", "shots", str(real), "--csv"]),
                        "PySceneDetect detect-content", measure(python(PYSCENEDETECT) + [str(real)]),
                        f"ours F1 {fr:.3f} (P {pr:.2f} R {rr:.2f}); PySceneDetect F1 {fs:.3f} (P {ps:.2f} R {rs:.2f})"))
    return rows


if __name__ == "__main__":
    from bench.measure import format_table

    if sys.argv[1:2] == ["levers"]:
        print(format_table(levers(Path(sys.argv[2]) if sys.argv[2:] else None)))
    else:
        print(format_table(against_decode() if sys.argv[1:] == ["decode"] else run()))
