"""The compilation's sound: a quiet room-tone bed whose level changes with the
camera, gunshot bursts with sharp onsets at the screenplay's times, and
synthesised spoken lines mixed over the bed at a known signal-to-noise ratio."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from media_samples import script as sc
from media_samples import speech

GUNSHOT_PEAK = 0.7
GUNSHOT_ATTACK_SECONDS = 0.0005
GUNSHOT_DECAY_SECONDS = 0.035
GUNSHOT_LENGTH_SECONDS = 0.30
HUM_HZ = 50.0
HUM_LEVEL = 0.003
STING_HZ = (660.0, 880.0)


def _smooth(x: np.ndarray, taps: int) -> np.ndarray:
    """A cheap low-pass (moving average): wind and room tone are not white."""
    return np.convolve(x, np.ones(taps, dtype=np.float32) / taps, mode="same").astype(np.float32)


def gunshot(rng: np.random.Generator, rate: int) -> np.ndarray:
    n = int(GUNSHOT_LENGTH_SECONDS * rate)
    t = np.arange(n, dtype=np.float32) / rate
    crack = rng.normal(0, 1, n).astype(np.float32) * np.exp(-t / GUNSHOT_DECAY_SECONDS)
    thump = np.sin(2 * np.pi * 95 * t) * np.exp(-t / 0.08)
    attack = np.minimum(1.0, t / GUNSHOT_ATTACK_SECONDS)
    shot = (0.75 * crack + 0.5 * thump) * attack
    return (GUNSHOT_PEAK * shot / np.abs(shot).max()).astype(np.float32)


def compilation(rate: int = sc.AUDIO_RATE_HZ) -> np.ndarray:
    """Mono float32 samples for the whole compilation."""
    n = round(sc.DURATION_SECONDS * rate)
    rng = np.random.default_rng([sc.SEED, 1])
    level = np.empty(n, dtype=np.float32)
    for shot in sc.SHOTS:
        level[round(shot.first / sc.FPS * rate):] = shot.bed_level
    bed = _smooth(rng.normal(0, 1, n).astype(np.float32), 6) * 2.0 * level
    t = np.arange(n, dtype=np.float32) / rate
    bed += HUM_LEVEL * np.sin(2 * np.pi * HUM_HZ * t).astype(np.float32)
    for onset in sc.GUNSHOTS:
        burst = gunshot(rng, rate)
        s0 = round(onset * rate)
        end = min(n, s0 + len(burst))
        bed[s0:end] += burst[: end - s0]
    add_speech(bed, rate)
    return bed


def add_speech(bed: np.ndarray, rate: int) -> None:
    """Mix each spoken line into ``bed`` (in place) so that over its words the
    speech has SPEECH_SNR_DB more power than the sound under it. Without a
    synthesiser the sound has no speech (the ground truth says so)."""
    try:
        lines = [(t, speech.synthesise(text)) for t, text in sc.SPOKEN_LINES]
    except speech.Unavailable:
        return
    for t, line in lines:
        voice = speech.resample(line.samples, line.rate, rate)
        s0 = round(t * rate)
        a, b = round(line.words[0][1] * rate), round(line.words[-1][2] * rate)
        noise = float(np.mean(bed[s0 + a: s0 + b] ** 2))
        gain = np.sqrt(10 ** (sc.SPEECH_SNR_DB / 10) * noise / float(np.mean(voice[a:b] ** 2)))
        bed[s0: s0 + len(voice)] += (gain * voice).astype(np.float32)


def slate(rate: int = sc.AUDIO_RATE_HZ) -> np.ndarray:
    """The broadcaster's two-note sting under the title card, then silence."""
    n = sc.SLATE_FRAMES * rate // sc.FPS
    out = np.zeros(n, dtype=np.float32)
    for i, hz in enumerate(STING_HZ):
        s0, length = int((0.3 + 0.45 * i) * rate), int(0.4 * rate)
        t = np.arange(length, dtype=np.float32) / rate
        out[s0:s0 + length] += 0.25 * np.sin(2 * np.pi * hz * t) * np.minimum(1, (0.4 - t) * 40)
    return out


def write_wav(path: Path, samples: np.ndarray, rate: int = sc.AUDIO_RATE_HZ) -> None:
    """16-bit PCM of mono ``(n,)`` or interleaved ``(n, channels)`` samples."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1 if samples.ndim == 1 else samples.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
