"""Sync speed and accuracy: two 30-minute soundtracks of one event (a
camera's AAC 48 kHz stereo, a phone's AAC 44.1 kHz mono through the sample
angles' microphone: band-limited, reverberant, its own hiss) synced by
sound against the goal of 10 s and against decoding both (the floor); the
same with the phone's clock 40 ppm fast; an unrelated 30-minute pair, which
must get no offset; and two 10-minute copies of the footage, which must
still be synced by their shot changes. Peak memory of each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from annotate import cache, ffmpeg, soundsync
from annotate.atomic import atomic_path
from bench.measure import Measurement, Row, run_timed
from bench.measure import run as measure

MINUTES = 30
RATE_HZ = 16000  # the event is made at this rate; ffmpeg resamples to the files' rates
PHONE_START_SECONDS = 37.215  # the phone starts this far into the camera's recording
DRIFT = 4e-5  # the drifting phone's clock: 40 ppm fast
GOAL_SECONDS = 10.0
BLOCK_SECONDS = 60  # the event is made a minute at a time (bounded memory)


def cache_dir() -> Path:
    return cache.cache_dir("bench", "sync", create=True)


def _event_minute(k: int, seed: int, comp: np.ndarray) -> np.ndarray:
    """One minute of an event: its own room tone, a few gunshots, and a
    stretch of the sample compilation's sound at a seeded place (so nothing
    repeats: a repeat would give the correlation a second peak)."""
    from media_samples import audio

    rng = np.random.default_rng([seed, k])
    n = BLOCK_SECONDS * RATE_HZ
    out = audio._smooth(rng.normal(0, 1, n).astype(np.float32), 2) * np.float32(0.02)
    piece = int(rng.integers(0, len(comp) - n // 3))
    out[n // 3: n // 3 + n // 3] += comp[piece: piece + n // 3]
    for at in rng.integers(0, n - RATE_HZ, 3):
        shot = audio.gunshot(rng, RATE_HZ) * np.float32(rng.uniform(0.2, 0.8))
        out[at: at + len(shot)] += shot
    return out


def _event(seed: int, seconds: float) -> np.ndarray:
    import media_samples
    from media_samples import audio

    media_samples.generate()  # the sample set must exist (and be current)
    comp = audio.compilation(RATE_HZ)
    blocks = int(np.ceil(seconds / BLOCK_SECONDS))
    return np.concatenate([_event_minute(k, seed, comp) for k in range(blocks)])[: int(seconds * RATE_HZ)]


def _phone(scene: np.ndarray, seed: int, drift: float) -> np.ndarray:
    """The event through the phone's microphone, a minute at a time, from
    PHONE_START_SECONDS for MINUTES, its clock ``drift`` fast."""
    from media_samples import angles

    rng = np.random.default_rng([seed, 99])
    n = MINUTES * 60 * RATE_HZ
    if drift:
        t = (np.arange(n) / RATE_HZ) / (1 + drift) + PHONE_START_SECONDS
        scene = np.interp(t, np.arange(len(scene)) / RATE_HZ, scene).astype(np.float32)
    else:
        s0 = int(PHONE_START_SECONDS * RATE_HZ)
        scene = scene[s0: s0 + n]
    block = BLOCK_SECONDS * RATE_HZ
    heard = np.concatenate([angles.microphone(scene[i: i + block], RATE_HZ, rng) for i in range(0, n, block)])
    return heard + angles.hiss(n, 0.02, RATE_HZ, rng)


def _encode(samples: np.ndarray, path: Path, rate: int, channels: int) -> Path:
    from media_samples import audio

    wav = path.with_suffix(".wav")
    audio.write_wav(wav, samples, RATE_HZ)
    with atomic_path(path) as tmp:
        ffmpeg.run(["-i", str(wav), "-ac", str(channels), "-ar", str(rate), "-c:a", "aac", "-b:a", "96k",
                    "-f", "mp4", str(tmp)])
    wav.unlink()
    return path


def tracks() -> dict[str, Path]:
    """The camera, the phone, the drifting phone, an unrelated phone (cached)."""
    names = {k: cache_dir() / f"{k}-{MINUTES}min.m4a" for k in ("camera", "phone", "drifting", "unrelated")}
    if all(p.exists() for p in names.values()):
        return names
    scene = _event(1, MINUTES * 60 + PHONE_START_SECONDS + 5)
    _encode(scene[: MINUTES * 60 * RATE_HZ], names["camera"], 48000, 2)
    _encode(_phone(scene, 1, 0.0), names["phone"], 44100, 1)
    _encode(_phone(scene, 1, DRIFT), names["drifting"], 44100, 1)
    _encode(_phone(_event(2, MINUTES * 60 + PHONE_START_SECONDS + 5), 2, 0.0), names["unrelated"], 44100, 1)
    return names


def _sync(a: Path, b: Path) -> tuple[list[str], dict | str]:
    cmd = [sys.executable, "-m", "annotate", "sync", str(a), str(b), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode == 0:
        return cmd, json.loads(out.stdout)
    return cmd, out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"


def _decode_both(a: Path, b: Path) -> list[str]:
    """The floor: ffmpeg decoding both soundtracks to what sync reads, one after the other."""
    tail = ["-vn", "-ac", "1", "-ar", str(soundsync.SOUND_RATE_HZ), "-f", "f32le", "-y", "/dev/null"]
    head = [ffmpeg.binary().path, "-hide_banner", "-nostdin", "-loglevel", "error"]
    return ["sh", "-c", " ".join([*head, "-i", '"$1"', *tail, "&&", *head, "-i", '"$2"', *tail]), "sh", str(a),
            str(b)]


def _said(found: dict | str, expected: str) -> str:
    if isinstance(found, str):
        return f"no offset ({found}); expected {expected}"
    return (f"{found['method']}: offset {found['offset']:+.4f} s, rate {found['rate']}, confidence "
            f"{found['confidence']}; expected {expected}")


def run() -> list[Row]:
    from bench.bench_shots import SLATE_SECONDS, footage

    t = tracks()
    goal = Measurement(GOAL_SECONDS, 0.0)
    rows = []
    cmd, found = _sync(t["camera"], t["phone"])
    wall, cpu = run_timed(cmd)  # on a loaded machine the CPU time says more than the wall time
    rows.append(Row(f"sync two {MINUTES}-min soundtracks by sound (camera AAC 48k stereo, phone 44.1k mono)",
                    wall, "the goal", goal,
                    f"{_said(found, f'{-PHONE_START_SECONDS:+.4f}, rate 1')}; CPU {cpu.seconds:.1f} s"))
    rows.append(Row(f"the same (vs decoding both to {soundsync.SOUND_RATE_HZ} Hz mono)", measure(cmd),
                    "ffmpeg decode of both, the floor", measure(_decode_both(t["camera"], t["phone"]))))
    cmd, found = _sync(t["camera"], t["drifting"])
    rows.append(Row(f"sync two {MINUTES}-min soundtracks, the phone's clock {DRIFT * 1e6:.0f} ppm fast",
                    measure(cmd), "the goal", goal,
                    _said(found, f"{-PHONE_START_SECONDS * (1 + DRIFT):+.4f}, rate {1 + DRIFT:.6f}")))
    cmd, found = _sync(t["camera"], t["unrelated"])
    # It must fail (exit 2): time it through a shell that forgives that.
    rows.append(Row(f"sync two unrelated {MINUTES}-min soundtracks", measure(["sh", "-c", '"$@" || true', "sh", *cmd]),
                    "the goal", goal, _said(found, "no offset")))
    cmd, found = _sync(footage(10), footage(10, broadcast=True))
    rows.append(Row("sync two 10-min copies of the footage (slate, 480p, logo; same sound)", measure(cmd),
                    "the goal", goal, _said(found, f"shots, {SLATE_SECONDS:+.3f}")))
    return rows
