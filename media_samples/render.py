"""Paints the screenplay frame by frame with numpy and pipes it to one ffmpeg
(x264 + AAC); then re-releases it as a broadcaster would (slate, rescale,
logo, other quality) with a second ffmpeg."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from annotate import ffmpeg
from media_samples import audio, scenes
from media_samples import script as sc

# Sensor grain added by ffmpeg's noise filter (luma, chroma strength) with a
# fixed seed so the grain, too, is the same every run.
GRAIN_LUMA, GRAIN_CHROMA = 7, 3
COMPILATION_CRF = 25
BROADCAST_CRF = 29
X264_PRESET = "ultrafast"
GRAIN_BANK_FRAMES = 12
GRAIN_BIAS = 32
MUZZLE_RADIUS_PX = 7
# Top-left corner of the 12-hour clock (bottom right of the picture; the
# camera name is bottom left, the 24-hour clock top left).
CLOCK_12H_CORNER = (sc.WIDTH - 232, sc.HEIGHT - 28)

Progress = Callable[[float], None]


class Painter:
    """Holds the plates and sprites and paints any frame of the compilation."""

    def __init__(self) -> None:
        margin = scenes.PLATE_MARGIN_PX
        self.plates: list[np.ndarray] = []
        cache: dict[str, np.ndarray] = {}
        for shot in sc.SHOTS:
            if shot.scene not in cache:
                cache[shot.scene] = scenes.plate(shot.scene, sc.WIDTH, sc.HEIGHT, sc.SEED)
            base = cache[shot.scene]
            self.plates.append(scenes.reframe(base, zoom=shot.zoom, gain=shot.gain)
                               if shot.zoom != 1.0 or shot.gain else base)
        self.shakes = [sc.shake(i, s.frames, s.shake_px) for i, s in enumerate(sc.SHOTS)]
        self.sprites = {"vehicle": [scenes.vehicle_sprite()], "figure": scenes.figure_sprites(),
                        "soldier": scenes.figure_sprites((110, 100, 50))}
        self.margin = margin
        self.osd: dict[tuple[str, bool], tuple[np.ndarray, np.ndarray]] = {}
        self.muzzle = _disk(MUZZLE_RADIUS_PX, (255, 240, 170))
        self.gunshot_frames = {round(t * sc.FPS) for t in sc.GUNSHOTS}
        self.flashes = {f + k: (g, o) for f, n, g, o, _ in sc.FLASHES for k in range(n)}
        self.grain_banks: dict[float, list[np.ndarray]] = {}
        # Never the same grain twice in a row (a repeat would look like a frozen frame).
        steps = np.random.default_rng([sc.SEED, 4]).integers(1, GRAIN_BANK_FRAMES, sc.FRAMES)
        self.grain_pick = np.cumsum(steps) % GRAIN_BANK_FRAMES
        self._b = np.empty((sc.HEIGHT, sc.WIDTH, 3), np.uint8)
        self._bias = np.full((sc.HEIGHT, sc.WIDTH, 3), GRAIN_BIAS, np.uint8)

    def frame(self, f: int, out: np.ndarray) -> np.ndarray:
        a, b, weight, gain = sc.mixing(f)
        self._shot(a, f, out)
        if b >= 0:
            self._shot(b, f, self._b)
            cv2.addWeighted(out, 1.0 - weight, self._b, weight, 0.0, dst=out)
        if gain != 1.0:
            cv2.convertScaleAbs(out, dst=out, alpha=gain)
        if f in self.flashes:
            g, o = self.flashes[f]
            cv2.convertScaleAbs(out, dst=out, alpha=g, beta=o)
        return out

    def _shot(self, index: int, f: int, out: np.ndarray) -> None:
        shot = sc.SHOTS[index]
        i = f - shot.first
        sx, sy = self.shakes[index][i]
        ox = self.margin + shot.pan[0] + int(sx)
        oy = self.margin + shot.pan[1] + int(sy)
        np.copyto(out, self.plates[index][oy:oy + sc.HEIGHT, ox:ox + sc.WIDTH])
        for track in shot.tracks:
            rgb, mask = self.sprites[track.sprite][int(track.pose[i]) if track.sprite != "vehicle" else 0]
            x, y = track.xy[i]
            _paste(out, rgb, mask, int(x) - ox, int(y) - oy)
            if track.sprite == "soldier" and f in self.gunshot_frames and track.pose[i] == 0:
                _paste(out, *self.muzzle, int(x) - ox + 10, int(y) - oy + 2)
        if shot.extra_grain:
            # Infrared cameras are noisier than the rest: more grain on top.
            cv2.add(out, self._grain(shot.extra_grain)[self.grain_pick[f]], dst=out)
            cv2.subtract(out, self._bias, dst=out)
        stamp = shot.clock_text(i)
        if shot.clock_style == "24h":
            self._text(out, stamp, 10, 8)
        elif shot.clock_style == "12h":
            self._text(out, stamp, *CLOCK_12H_CORNER, dark=True)
        self._text(out, shot.camera, 10, sc.HEIGHT - 28)

    def _grain(self, strength: float) -> list[np.ndarray]:
        """A few frames of grain around GRAIN_BIAS (saturating uint8 adds
        cannot go negative), picked at random per frame."""
        if strength not in self.grain_banks:
            rng = np.random.default_rng([sc.SEED, 3, int(strength * 100)])
            # Independent per channel: cheap sensors at night show colour speckle.
            self.grain_banks[strength] = [
                np.clip(rng.normal(GRAIN_BIAS, strength, (sc.HEIGHT, sc.WIDTH, 3)), 0, 2 * GRAIN_BIAS)
                .astype(np.uint8)
                for _ in range(GRAIN_BANK_FRAMES)
            ]
        return self.grain_banks[strength]

    def _text(self, out: np.ndarray, text: str, x: int, y: int, dark: bool = False) -> None:
        if (text, dark) not in self.osd:
            self.osd[text, dark] = scenes.osd_text(text, dark=dark)
        _paste(out, *self.osd[text, dark], x, y)


def _disk(radius: int, color: tuple[int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1]
    mask = xx**2 + yy**2 <= radius**2
    rgb = np.zeros((*mask.shape, 3), np.uint8)
    rgb[:] = color
    return rgb, mask


def _paste(out: np.ndarray, rgb: np.ndarray, mask: np.ndarray, x: int, y: int) -> None:
    """Copy the masked sprite onto ``out`` at (x, y), clipped to the frame."""
    h, w = mask.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, out.shape[1]), min(y + h, out.shape[0])
    if x0 >= x1 or y0 >= y1:
        return
    np.copyto(out[y0:y1, x0:x1], rgb[y0 - y:y1 - y, x0 - x:x1 - x],
              where=mask[y0 - y:y1 - y, x0 - x:x1 - x, None])


def render(video: Path, broadcast: Path, work: Path, progress: Progress | None = None) -> None:
    """Encode the compilation to ``video`` and its broadcast re-release to
    ``broadcast`` in one ffmpeg run (two x264 encoders share the painted
    frames, which keeps both cores busy).

    The broadcast copy is what a news channel would air: a title card with a
    scrolling ticker first, rescaled, a corner logo, another CRF, the sound
    under a two-note sting. Its footage starts exactly SLATE_FRAMES in.
    """
    w, h = sc.BROADCAST_WIDTH, sc.BROADCAST_HEIGHT
    wav, slate_png, ticker_png, logo_png, sting = (
        work / n for n in ("audio.wav", "slate.png", "ticker.png", "logo.png", "sting.wav"))
    audio.write_wav(wav, audio.compilation())
    audio.write_wav(sting, audio.slate())
    scenes.slate_image(w, h, "BORDER FOOTAGE RELEASED", "Surveillance compilation - courtesy Border Command"
                       ).save(slate_png)
    scenes.ticker_image("BREAKING: COMMAND RELEASES CCTV OF BORDER CROSSING  +++  FULL FOOTAGE NEXT  +++"
                        ).save(ticker_png)
    scenes.logo_image().save(logo_png)
    painter = Painter()
    grain = (f"noise=c0s={GRAIN_LUMA}:c0f=t:c1s={GRAIN_CHROMA}:c1f=t:c2s={GRAIN_CHROMA}:c2f=t"
             f":all_seed={sc.SEED}")
    rate = str(sc.AUDIO_RATE_HZ)
    graph = ";".join([
        f"[0:v]format=yuv420p,{grain},setsar=1,split=2[comp][raw]",
        f"[raw]scale={w}:{h}:flags=bicubic,setsar=1,setpts=N/{sc.FPS}/TB[main]",
        # Slate frames counted, not timed: "-t 6.4" on a looped image lost its last frame.
        f"[2:v][3:v]overlay=x='W-mod(W/3+t*150\\,W+w)':y=H*3/4,trim=end_frame={sc.SLATE_FRAMES},"
        f"setpts=N/{sc.FPS}/TB,format=yuv420p,setsar=1[slate]",
        f"[1:a]aformat=sample_rates={rate}:channel_layouts=mono,asplit=2[compa][orig]",
        f"[5:a]aformat=sample_rates={rate}:channel_layouts=mono[sting]",
        "[slate][sting][main][orig]concat=n=2:v=1:a=1[cv][ca]",
        "[cv][4:v]overlay=x=W-w-18:y=14[bv]",
    ])
    # A fixed GOP and no scene-cut keyframes, as cheap recorders encode: keyframes
    # land inside shots, where their grain refresh can pass for a cut.
    x264 = ["-c:v", "libx264", "-preset", X264_PRESET, "-pix_fmt", "yuv420p", "-r", str(sc.FPS),
            "-g", str(sc.KEYFRAME_INTERVAL_FRAMES), "-sc_threshold", "0"]
    args: list[str | os.PathLike[str]] = [
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{sc.WIDTH}x{sc.HEIGHT}", "-r", str(sc.FPS),
        "-i", "pipe:0",
        "-i", wav,
        "-loop", "1", "-framerate", str(sc.FPS), "-i", slate_png,
        "-loop", "1", "-framerate", str(sc.FPS), "-i", ticker_png,
        "-i", logo_png,
        "-i", sting,
        "-filter_complex", graph,
        "-map", "[comp]", "-map", "[compa]", *x264, "-crf", str(COMPILATION_CRF),
        "-c:a", "aac", "-b:a", "96k", "-ar", rate, "-movflags", "+faststart",
        "-metadata", "title=Sample surveillance compilation (synthetic)", video,
        "-map", "[bv]", "-map", "[ca]", *x264, "-crf", str(BROADCAST_CRF),
        "-c:a", "aac", "-b:a", "128k", "-ar", rate, "-movflags", "+faststart",
        "-metadata", "title=N24 news: border footage (synthetic)", broadcast,
    ]
    buf = np.empty((sc.HEIGHT, sc.WIDTH, 3), np.uint8)
    with ffmpeg.feed_frames(args, what="encoding the sample footage") as sink:
        for f in range(sc.FRAMES):
            sink.write(painter.frame(f, buf).data)
            if progress and f % sc.FPS == 0:
                progress(f / sc.FRAMES)
    if progress:
        progress(1.0)


def subtitled(video: Path, cues: list[dict[str, Any]], srt: Path, out: Path) -> None:
    """A copy of ``video`` carrying ``cues`` as a mov_text stream, and the
    same cues as the SubRip file ``srt`` (its sidecar)."""
    from annotate.subtitles import srt as srt_format
    from annotate.subtitles.cues import Cue

    srt.write_text(srt_format.dumps([Cue(c["start"], c["end"], c["text"]) for c in cues]), encoding="utf-8")
    # No spoken lines (no synthesiser): a plain copy, as the ground truth says.
    track: list[str | os.PathLike[str]] = ["-i", srt] if cues else []
    subs = ["-map", "1:s", "-c:s", "mov_text", "-metadata:s:s:0", "language=eng"] if cues else []
    ffmpeg.run(["-i", video, *track, "-map", "0:v", "-map", "0:a", *subs,
                "-c:v", "copy", "-c:a", "copy", "-movflags", "+faststart", out],
               what="adding the subtitle stream to the sample")
