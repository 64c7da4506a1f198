"""Second angles of two of the compilation's scenes: a bystander's phone
(other picture: the view mirrored, hand-held, 30 fps) with its own
microphone (band-limited, reverberant, its own noise and mains hum, stereo
at 44.1 kHz), each starting at a known offset, one of them before the
compilation begins."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from annotate import ffmpeg
from media_samples import audio
from media_samples import script as sc

ANGLE_FPS = 30  # a phone, not a CCTV recorder: frames do not line up with the compilation's
# What render's progress counts, in seconds of angle (measured here): the painter and the scene's sound take
# as long as 20 s of an angle; an angle's sound about as long as encoding its frames.
SETUP_WORK = 20.0
ANGLE_AUDIO_RATE_HZ = 44100
ANGLE_CRF = 30
# The phone's microphone: a telephone-like band, a room, its own noise.
MIC_BAND_HZ = (250.0, 3400.0)
REVERB_SECONDS = 0.6  # length of the room's impulse response
REVERB_DECAY_SECONDS = 0.09  # amplitude time constant of its tail (RT60 about 0.6 s)
REVERB_TAIL_GAIN = 0.06  # the tail's sample amplitude against the direct sound (about as loud, summed)
EARLY_REFLECTIONS = ((0.0041, 0.55), (0.0117, -0.4), (0.0233, 0.3))  # (delay s, gain)
MIC_GAIN = 0.8
NOISE_TO_BED = 1.0  # the phone's own noise is as loud as the room tone it shares (0 dB)
MAINS_HZ = 60.0  # another country's mains: not the compilation's 50 Hz hum
SHAKE_PX = 4.0


@dataclass(frozen=True)
class Angle:
    """One second angle: it films the scene of ``camera``'s shot from
    ``start`` (compilation seconds of its first frame, negative when it
    starts first) for ``duration`` seconds."""

    name: str
    camera: str
    start: float
    duration: float
    note: str

    @property
    def shot(self) -> int:
        """Index into ``script.SHOTS`` of the shot it films."""
        return next(i for i, s in enumerate(sc.SHOTS) if s.camera == self.camera)

    @property
    def offset(self) -> float:
        """Seconds to add to a compilation time to find it in this angle."""
        return -self.start

    @property
    def file(self) -> str:
        return f"{self.name}.mp4"


ANGLES = (
    Angle("angle_line", "CAM 08", 149.213, 36.0,
          "a phone at the line during the gunfire, starting 1.2 s into CAM 08"),
    Angle("angle_gate", "CAM 01", -3.517, 20.0,
          "a phone on the plaza, recording 3.517 s before the compilation starts"),
)
FILES = {a.name: a.file for a in ANGLES}


def truth() -> dict[str, Any]:
    """Ground truth of the angles, keyed by name."""
    return {a.name: {"file": a.file, "camera": sc.SHOTS[a.shot].camera, "scene": sc.SHOTS[a.shot].scene,
                     "start": a.start, "offset": a.offset, "duration": a.duration, "fps": ANGLE_FPS,
                     "audio_rate": ANGLE_AUDIO_RATE_HZ, "channels": 2, "note": a.note}
            for a in ANGLES}


def _filter(x: np.ndarray, rate: int, band: tuple[float, float]) -> np.ndarray:
    """Band-pass with soft (raised-cosine, half an octave) edges, in the frequency domain."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / rate)
    lo, hi = band
    gain = np.clip(np.log2(np.maximum(f, 1e-9) / (lo / 1.414)) / 0.5, 0, 1) * np.clip(
        np.log2(hi * 1.414 / np.maximum(f, 1e-9)) / 0.5, 0, 1)
    return np.fft.irfft(spec * (0.5 - 0.5 * np.cos(np.pi * gain)), len(x)).astype(np.float32)


def _room(rng: np.random.Generator, rate: int) -> np.ndarray:
    """An impulse response: the direct sound at 0, a few early reflections,
    then a decaying noise tail."""
    n = int(REVERB_SECONDS * rate)
    t = np.arange(n) / rate
    ir = rng.normal(0, REVERB_TAIL_GAIN, n) * np.exp(-t / REVERB_DECAY_SECONDS)
    ir[: int(0.03 * rate)] *= np.linspace(0, 1, int(0.03 * rate))  # the tail builds up
    ir[0] = 1.0
    for delay, gain in EARLY_REFLECTIONS:
        ir[int(delay * rate)] += gain
    return ir.astype(np.float32)


def _convolve(x: np.ndarray, ir: np.ndarray) -> np.ndarray:
    size = len(x) + len(ir) - 1
    return np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(ir, size), size)[: len(x)].astype(np.float32)


def scene_sound(angle: Angle, comp: np.ndarray, rate: int = sc.AUDIO_RATE_HZ) -> np.ndarray:
    """What is there to hear at the scene during the angle: the compilation's
    sound ``comp`` over its span; before the compilation starts, more of the
    same shot's room tone and hum."""
    n = round(angle.duration * rate)
    s0 = round(angle.start * rate)
    out = np.zeros(n, np.float32)
    lo, hi = max(0, s0), min(len(comp), s0 + n)
    out[lo - s0: hi - s0] = comp[lo:hi]
    if s0 < 0:
        rng = np.random.default_rng([sc.SEED, 11, angle.shot])
        k = min(n, -s0)
        t = (np.arange(k, dtype=np.float32) + s0) / rate
        out[:k] = (audio._smooth(rng.normal(0, 1, k).astype(np.float32), 6) * 2.0 * sc.SHOTS[angle.shot].bed_level
                   + audio.HUM_LEVEL * np.sin(2 * np.pi * audio.HUM_HZ * t))
    return out


def microphone(scene: np.ndarray, rate: int, rng: np.random.Generator) -> np.ndarray:
    """``scene`` (mono) as the phone's microphone hears it: through a room
    and a telephone-like band."""
    return MIC_GAIN * _filter(_convolve(scene, _room(rng, rate)), rate, MIC_BAND_HZ)


def hiss(n: int, level: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """The phone's own noise over most of the band, ``level`` RMS."""
    noise = _filter(rng.normal(0, 1, n).astype(np.float32), rate, (80.0, 6000.0))
    return noise * np.float32(level / max(float(noise.std()), 1e-9))


def phone_sound(angle: Angle, comp: np.ndarray, rate: int = sc.AUDIO_RATE_HZ) -> np.ndarray:
    """The angle's soundtrack, (samples, 2) float32: the scene (``comp``, the
    compilation's sound) through the phone's microphone, plus its own noise
    (independent per channel, as loud as the room tone it shares) and hum."""
    rng = np.random.default_rng([sc.SEED, 12, angle.shot])
    heard = microphone(scene_sound(angle, comp, rate), rate, rng)
    n = len(heard)
    bed = 2.0 * sc.SHOTS[angle.shot].bed_level * NOISE_TO_BED
    t = np.arange(n, dtype=np.float32) / rate
    hum = 0.5 * audio.HUM_LEVEL * np.sin(2 * np.pi * MAINS_HZ * t + 1.0)
    channels = [heard + hiss(n, bed, rate, rng) + hum for _ in range(2)]
    return np.stack(channels, axis=1).astype(np.float32)


def _frames(angle: Angle, painter: Any) -> Any:
    """The angle's pictures: the shot's view mirrored, its people and vehicles
    where they are at that compilation instant, a hand-held wobble."""
    from media_samples import scenes
    from media_samples.render import _paste

    shot = sc.SHOTS[angle.shot]
    view = painter.plates[angle.shot][:, ::-1].copy()
    pw = view.shape[1]
    m = scenes.PLATE_MARGIN_PX
    wobble = sc.shake(angle.shot + 50, round(angle.duration * ANGLE_FPS), SHAKE_PX)
    out = np.empty((sc.HEIGHT, sc.WIDTH, 3), np.uint8)
    for i in range(len(wobble)):
        f = round((angle.start + i / ANGLE_FPS) * sc.FPS)  # the compilation frame of that instant
        k = int(np.clip(f - shot.first, 0, shot.frames - 1))
        ox, oy = m + int(wobble[i][0]), m + int(wobble[i][1])
        np.copyto(out, view[oy: oy + sc.HEIGHT, ox: ox + sc.WIDTH])
        for track in shot.tracks:
            rgb, mask = painter.sprites[track.sprite][int(track.pose[k]) if track.sprite != "vehicle" else 0]
            x, y = track.xy[k]
            _paste(out, rgb[:, ::-1], mask[:, ::-1], pw - int(x) - mask.shape[1] - ox, int(y) - oy)
        yield out


def render(directory: Path, work: Path, progress: Callable[[float], None] | None = None) -> None:
    """Write every angle into ``directory`` (scratch files in ``work``);
    ``progress(fraction)`` follows the work: the painter and the scene's
    sound, then each angle's sound and its frames, a second at a time."""
    from media_samples.render import Painter

    report = progress or (lambda _fraction: None)
    total = SETUP_WORK + 2 * sum(angle.duration for angle in ANGLES)  # (an angle's sound as long as its frames)
    painter = Painter()
    comp = audio.compilation()
    done = SETUP_WORK
    report(done / total)
    for angle in ANGLES:
        wav = work / f"{angle.name}.wav"
        audio.write_wav(wav, phone_sound(angle, comp))
        done += angle.duration
        report(done / total)
        args: list[str | os.PathLike[str]] = [
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{sc.WIDTH}x{sc.HEIGHT}", "-r", str(ANGLE_FPS),
            "-i", "pipe:0", "-i", wav,
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", str(ANGLE_CRF), "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "96k", "-ar", str(ANGLE_AUDIO_RATE_HZ), "-ac", "2", "-shortest",
            "-movflags", "+faststart", "-metadata", f"title=Second angle: {angle.note} (synthetic)",
            directory / angle.file,
        ]
        with ffmpeg.feed_frames(args, what=f"encoding the sample angle {angle.name}") as sink:
            for i, frame in enumerate(_frames(angle, painter), 1):
                sink.write(frame.data)
                if i % ANGLE_FPS == 0:
                    report(min(done + i / ANGLE_FPS, total) / total)
        done += angle.duration
    report(1.0)
