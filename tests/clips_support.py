"""Footage and frame comparisons for the clip tests: short synthetic videos
with a known GOP and B-frames, made once per session with annotate.ffmpeg."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from annotate import ffmpeg
from annotate.model import Footage, Moment, Timeline

FPS = "30000/1001"  # NTSC rate: frame times that do not print exactly, to catch rounding
GOP_FRAMES = 48
# Audio: a 20 ms tone burst at every whole second, so sync can be measured.
CLICKS = "0.8*sin(2*PI*880*t)*lt(mod(t\\,1)\\,0.02)"


def make_footage(path: Path, seconds: float = 12.0, *, size: str = "320x240", preset: str = "slow") -> Path:
    """testsrc2 (every frame differs: moving bar, frame counter) plus clicks.
    ``slow`` gives different SPS/PPS (refs, b-frames) from the veryfast
    encoder a smart cut uses, so the join is really tested."""
    if not path.exists():
        ffmpeg.run([
            "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={FPS}:duration={seconds}",
            "-f", "lavfi", "-i", f"aevalsrc={CLICKS}:s=44100:d={seconds}",
            "-c:v", "libx264", "-preset", preset, "-g", str(GOP_FRAMES), "-keyint_min", str(GOP_FRAMES),
            "-sc_threshold", "0", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path),
        ])
    return path


def rotated(source: Path, out: Path, degrees: int = 90) -> Path:
    """``source`` re-muxed (no re-encode) with a display matrix turning it
    ``degrees`` counter-clockwise, as a phone stores portrait video."""
    ffmpeg.run(["-display_rotation:v:0", str(degrees), "-i", str(source), "-c", "copy", str(out)])
    return out


def timeline(footage: Path, moments: list[Moment], *, title: str = "Test") -> Timeline:
    return Timeline(moments=tuple(moments), footage=Footage(path=str(footage)), title=title)


def frames(path: Path, *, ignore_editlist: bool = False) -> list[tuple[float, np.ndarray]]:
    """Every decoded frame as (time, RGB array)."""
    options = {"ignore_editlist": "1"} if ignore_editlist else {}
    with av.open(str(path), options=options) as container:
        return [(float(f.time), f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255.0**2 / mse)


def source_index(times: list[float], t: float) -> int:
    """Index of the source frame ``t`` names: the one starting nearest to it
    (on a tie the one on screen at ``t``)."""
    return min(range(len(times)), key=lambda i: (round(abs(times[i] - t), 9), i))


def first_click(path: Path) -> float | None:
    """Seconds from the clip's start to the first tone burst in its audio."""
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return None
        for frame in container.decode(audio=0):
            samples = np.abs(frame.to_ndarray()).max(axis=0)
            loud = np.nonzero(samples > 0.2)[0]
            if len(loud):
                return float(frame.time) + loud[0] / frame.sample_rate
    return None


def decode_errors(path: Path) -> str:
    """What ffmpeg's decoder complains about when reading the whole file."""
    import subprocess

    cmd = [ffmpeg.binary().path, "-hide_banner", "-nostdin", "-v", "error", "-i", str(path), "-f", "null", "-"]
    return subprocess.run(cmd, capture_output=True, text=True).stderr.strip()


def reference_flags(path: Path) -> list[tuple[float, bool]]:
    """Every H.264 frame of an MP4 (length-prefixed NAL units, 4-byte
    lengths as x264 writes them) in display order: its time and whether
    other frames may refer to it (a slice's ``nal_ref_idc`` is not 0), read
    from the packets' bytes, without decoding."""
    flags = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for packet in container.demux(stream):
            if packet.pts is None:
                continue
            data, i, ref = bytes(packet), 0, False
            while i + 4 < len(data):
                header = data[i + 4]
                ref = ref or (header & 0x1F in (1, 5) and header >> 5 != 0)  # coded slice, IDR slice
                i += 4 + int.from_bytes(data[i:i + 4], "big")
            flags.append((float(packet.pts * stream.time_base), ref))
    return sorted(flags)


def make_uneven(path: Path, seconds: float = 4.0) -> Path:
    """Variable-frame-rate footage as a phone writes it: 40 frames at 25 fps, then one every 0.07 s with each
    third 11 ms late, in a 1/90000 time base, a keyframe every 30 frames, with sound."""
    if not path.exists():
        ffmpeg.run([
            "-f", "lavfi", "-i", f"testsrc2=s=160x96:r=25:d={seconds}", "-f", "lavfi", "-i", f"sine=d={seconds}",
            "-vf", "settb=1/90000,setpts='if(lt(N,40),N*0.04,1.6+(N-40)*0.07+0.011*mod(N,3))/TB'",
            "-fps_mode", "vfr", "-enc_time_base", "1/90000", "-video_track_timescale", "90000",
            "-c:v", "libx264", "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "aac", str(path),
        ])
    return path


def two_angle_mkv(path: Path) -> Path:
    """A remux of two angles and two sound tracks, the second of each marked default (what a player shows):
    video 0 green 640x360 (not default), video 1 320x180 red for 2 s then blue (a cut at 2 s, default);
    audio 2 silent (not default), audio 3 a 440 Hz tone (default). 4 s, a keyframe each second."""
    if not path.exists():
        ffmpeg.run([
            "-f", "lavfi", "-i", "color=green:s=640x360:r=25:d=4",
            "-f", "lavfi", "-i", "color=red:s=320x180:r=25:d=2",
            "-f", "lavfi", "-i", "color=blue:s=320x180:r=25:d=2",
            "-f", "lavfi", "-i", "anullsrc=d=4:r=48000:cl=mono", "-f", "lavfi", "-i", "sine=f=440:d=4",
            "-filter_complex", "[1:v][2:v]concat=n=2:v=1:a=0[b]",
            "-map", "0:v", "-map", "[b]", "-map", "3:a", "-map", "4:a",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p", "-c:a", "aac",
            "-disposition:v:0", "0", "-disposition:v:1", "default",
            "-disposition:a:0", "0", "-disposition:a:1", "default", str(path),
        ])
    return path
