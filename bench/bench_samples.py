"""Sample-set generation: ``annotate samples --force`` against its floor, one
ffmpeg encoding the same two outputs (640x360 CRF 25 and 854x480 CRF 29,
x264 ultrafast, same grain, 4:30) from a flat lavfi source: what is left
over is the cost of painting the frames in Python and piping them."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from annotate import ffmpeg
from bench.measure import Measurement, Row
from bench.measure import run as measure
from media_samples import render
from media_samples import script as sc

REPEATS = 2  # alternate ours and the floor; the best of each counts (shared machine)


def _floor_command(out: Path) -> list[str]:
    grain = (f"noise=c0s={render.GRAIN_LUMA}:c0f=t:c1s={render.GRAIN_CHROMA}:c1f=t:"
             f"c2s={render.GRAIN_CHROMA}:c2f=t:all_seed=1")
    x264 = ["-c:v", "libx264", "-preset", render.X264_PRESET, "-pix_fmt", "yuv420p", "-g",
            str(sc.KEYFRAME_INTERVAL_FRAMES), "-sc_threshold", "0"]
    return ffmpeg.command([
        "-f", "lavfi", "-i", f"color=c=0x808070:s={sc.WIDTH}x{sc.HEIGHT}:r={sc.FPS}:d={sc.DURATION_SECONDS}",
        "-f", "lavfi", "-i", f"anoisesrc=a=0.01:d={sc.DURATION_SECONDS}:r={sc.AUDIO_RATE_HZ}",
        "-filter_complex", f"[0:v]format=yuv420p,{grain},split=2[a][b];"
                           f"[b]scale={sc.BROADCAST_WIDTH}:{sc.BROADCAST_HEIGHT}:flags=bicubic[c]",
        "-map", "[a]", "-map", "1:a", *x264, "-crf", str(render.COMPILATION_CRF), "-c:a", "aac",
        str(out / "floor-a.mp4"),
        "-map", "[c]", "-map", "1:a", *x264, "-crf", str(render.BROADCAST_CRF), "-c:a", "aac",
        str(out / "floor-b.mp4"),
    ])


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="bench-samples-"))
    try:
        ours_cmd = [sys.executable, "-m", "annotate", "samples", "-o", str(work / "ours"), "--force"]
        ours: list[Measurement] = []
        floor: list[Measurement] = []
        for _ in range(REPEATS):
            ours.append(measure(ours_cmd))
            floor.append(measure(_floor_command(work)))
        best = min(ours, key=lambda m: m.seconds)
        return [Row(
            "generate sample set (4:30 compilation + broadcast copy)", best,
            "ffmpeg, same encodes of a flat source (floor)", min(floor, key=lambda m: m.seconds),
            notes="a flat source is cheaper to encode than painted scenes: ratio < 1 is expected",
        )]
    finally:
        shutil.rmtree(work, ignore_errors=True)
