"""The clock map of long 720p footage (``annotate clock``) against a bare
ffmpeg decode of the same file (goal: <= 10 % of it), against reading every
frame with the same OCR, and its peak memory at two lengths (flat).

The footage is what a surveillance export looks like: four cameras one after
another (7.5 minutes each in the 30-minute file), each with a continuous
24-hour clock, grain on every frame, x264's default 10 s keyframe interval.
Ours and the bare decode run in turn, ROUNDS times (median ratio): on the
shared machine the load changes within minutes. Reading every frame is timed
on its first EVERY_FRAME_SAMPLE frames and scaled to the file's length (it
would take hours)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from annotate import cache, ffmpeg
from annotate.atomic import atomic_path
from bench.measure import Measurement, Row, python, run_timed
from bench.measure import run as measure
from media_samples.clocks import FPS, Part, make_clip

SIZE = (1280, 720)
FONT_SIZE_PX = 30
GOP_FRAMES = 250  # x264's default
CAMERAS = 4
LONG_MINUTES = 30  # the length; made once (about 20 min, 9 GB) and cached
SHORT_MINUTES = 3
# Interleaved rounds of ours and the bare decode (the bare decode of 30 min takes minutes when loaded).
ROUNDS = int(os.environ.get("BENCH_CLOCK_ROUNDS", "3"))
EVERY_FRAME_SAMPLE = 250
FIRST_CLOCK = 6 * 3600 + 0.37  # seconds after midnight on the first camera


def parts(minutes: int) -> list[Part]:
    """CAMERAS equal shots; each camera's clock starts 2 h 13 min after the previous one's."""
    length = minutes * 60 / CAMERAS
    return [Part(i * length, (i + 1) * length, FIRST_CLOCK + i * 7980.0, xy=(24, 20)) for i in range(CAMERAS)]


def footage(minutes: int) -> Path:
    path = cache.cache_dir("bench", "clock", create=True) / f"clock-{minutes}min-720p.mp4"
    if not path.exists():
        with atomic_path(path) as tmp:
            make_clip(Path(tmp), minutes * 60, parts(minutes), size=SIZE, font_size=FONT_SIZE_PX, gop=GOP_FRAMES)
    return path


EVERY_FRAME = (
    "import sys, time, av, numpy as np\n"
    "from annotate.clock.ocr import RapidEngine\n"
    "from annotate.clock.frames import crop\n"
    "engine = RapidEngine(); region = tuple(int(v) for v in sys.argv[2].split(','))\n"
    "with av.open(sys.argv[1]) as c:\n"
    "    for i, frame in enumerate(c.decode(c.streams.video[0])):\n"
    "        if i >= int(sys.argv[3]): break\n"
    "        engine.read(crop(frame.to_ndarray(format='gray'), region))\n"
)


def _map(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "annotate", "clock", str(path), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _accuracy(data: dict, minutes: int) -> str:
    truth = parts(minutes)
    right = 0
    for part in truth:
        right += any(abs(s["start"] - part.start) <= 1 / FPS and abs(s["end"] - part.end) <= 1 / FPS
                     for s in data["segments"])
    return f"{len(data['segments'])} segments found, {right}/{len(truth)} right to the frame"


def _median(ms: list[Measurement]) -> Measurement:
    return Measurement(statistics.median(m.seconds for m in ms), max(m.peak_mb for m in ms))


def _ratios(ours: list[Measurement], bare: list[Measurement]) -> str:
    """The median of the rounds' ratios and their range (each round's pair ran under one load)."""
    r = sorted(o.seconds / b.seconds for o, b in zip(ours, bare))
    spread = f" (rounds {r[0]:.3f}-{r[-1]:.3f})" if len(r) > 1 else ""
    return f"ours/bare = {statistics.median(r):.3f}{spread}, median of {len(r)} interleaved rounds (goal <= 0.10)"


def run() -> list[Row]:
    long, short = footage(LONG_MINUTES), footage(SHORT_MINUTES)
    bare_cmd = [ffmpeg.binary().path, "-hide_banner", "-nostdin", "-loglevel", "error",
                "-i", str(long), "-f", "null", "-"]
    ours_cmd = [sys.executable, "-m", "annotate", "clock", str(long), "--json"]
    # Wall and CPU time both: on a loaded machine wall time mostly measures the neighbours.
    walls: tuple[list[Measurement], list[Measurement]] = ([], [])
    cpus: tuple[list[Measurement], list[Measurement]] = ([], [])
    for _ in range(ROUNDS):
        for i, cmd in enumerate((ours_cmd, bare_cmd)):
            wall, cpu = run_timed(cmd)
            walls[i].append(wall)
            cpus[i].append(cpu)
    ours, bare = _median(walls[0]), _median(walls[1])
    ours_cpu, bare_cpu = _median(cpus[0]), _median(cpus[1])
    ours_short = measure([sys.executable, "-m", "annotate", "clock", str(short), "--json"])
    data = _map(long)
    frames = LONG_MINUTES * 60 * FPS
    region = ",".join(str(v) for v in data["segments"][0]["region"]) if data["segments"] else "0,0,400,80"
    sample = measure(python(EVERY_FRAME) + [str(long), region, str(EVERY_FRAME_SAMPLE)])
    every = Measurement(sample.seconds * frames / EVERY_FRAME_SAMPLE, sample.peak_mb)
    what = f"{LONG_MINUTES}-min 720p, {CAMERAS} cameras of {LONG_MINUTES / CAMERAS:g} min"
    return [
        Row(f"clock map, {what} (vs decode, wall)", ours, "ffmpeg -i F -f null -", bare,
            f"{_ratios(walls[0], walls[1])}; {data['frames_read']} of {frames} "
            f"frames read; {_accuracy(data, LONG_MINUTES)}"),
        Row(f"clock map, {what} (vs decode, CPU s)", ours_cpu, "ffmpeg -i F -f null -", bare_cpu,
            f"{_ratios(cpus[0], cpus[1])}; user+sys of the process tree"),
        Row(f"clock map, {LONG_MINUTES}-min 720p (vs OCR of every frame)", ours, "same OCR on every frame",
            every, f"every-frame time scaled from its first {EVERY_FRAME_SAMPLE} frames"),
        Row(f"clock map, {SHORT_MINUTES}-min vs {LONG_MINUTES}-min (memory)", ours_short,
            f"same, {LONG_MINUTES}-min", ours,
            f"peak MB {ours_short.peak_mb:.0f} ({SHORT_MINUTES} min) vs {ours.peak_mb:.0f} ({LONG_MINUTES} min)"),
    ]
