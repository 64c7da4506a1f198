"""Spoken lines for the sample sound: synthesised with eSpeak NG (the library
and voice data of the ``espeakng-loader`` wheel, driven through ctypes, so no
system package is needed), with the time of every word.

A word's truth is where its sound is: eSpeak reports where each word begins in
its output; the start is moved on to the first 5 ms frame louder than
WORD_EDGE_DB under the line's peak, and the end is the last such frame before
the next word begins (a plosive's silent closure is not counted).
"""

from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

VOICE = b"en-us"
WORDS_PER_MINUTE = 160
WORD_EDGE_DB = 35.0
EDGE_FRAME_SECONDS = 0.005

# eSpeak NG's C interface (speak_lib.h): retrieval mode, synchronous calls.
_AUDIO_OUTPUT_RETRIEVAL = 1
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_RATE_PARAMETER = 1


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint), ("text_position", ctypes.c_int),
                ("length", ctypes.c_int), ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_void_p)]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


@dataclass(frozen=True)
class Spoken:
    """One synthesised line: mono float samples at ``rate`` and each word with
    its start and end (seconds from the first sample)."""

    samples: np.ndarray
    rate: int
    words: tuple[tuple[str, float, float], ...]


class Unavailable(Exception):
    """No speech synthesiser on this machine (the reason is the message)."""


@functools.lru_cache(maxsize=1)
def _engine() -> tuple[Any, int, str]:
    try:
        import espeakng_loader
    except ImportError as exc:
        raise Unavailable("espeakng-loader is not installed (pip install espeakng-loader)") from exc
    try:
        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_RETRIEVAL, 0, espeakng_loader.get_data_path().encode(), 0)
    except OSError as exc:
        raise Unavailable(f"the eSpeak NG library cannot be loaded: {exc}") from exc
    if rate <= 0 or lib.espeak_SetVoiceByName(VOICE) != 0:
        raise Unavailable("eSpeak NG did not start (data or voice missing)")
    lib.espeak_SetParameter(_RATE_PARAMETER, WORDS_PER_MINUTE, 0)
    lib.espeak_Info.restype = ctypes.c_char_p
    version = lib.espeak_Info(None).decode()
    return lib, rate, version


def engine_name() -> str:
    """Which synthesiser made the lines, for the ground truth; raises Unavailable."""
    return f"eSpeak NG {_engine()[2]} ({VOICE.decode()}, {WORDS_PER_MINUTE} wpm) via espeakng-loader"


@functools.lru_cache(maxsize=32)
def synthesise(text: str) -> Spoken:
    """``text`` spoken by eSpeak NG; raises Unavailable without a synthesiser."""
    lib, rate, _ = _engine()
    chunks: list[np.ndarray] = []
    starts: list[tuple[int, int, int]] = []  # (text position, length, sample)

    def collect(wav: Any, n: int, events: Any) -> int:
        if n > 0:
            chunks.append(np.ctypeslib.as_array(wav, (n,)).copy())
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            e = events[i]
            if e.type == _EVENT_WORD:
                starts.append((e.text_position, e.length, e.sample))
            i += 1
        return 0

    callback = _Callback(collect)
    lib.espeak_SetSynthCallback(callback)
    data = text.encode("utf-8")
    lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
    lib.espeak_Synchronize()
    samples = np.concatenate(chunks).astype(np.float32) / 32768.0 if chunks else np.zeros(0, np.float32)
    return Spoken(samples, rate, word_times(text, samples, rate, starts))


def word_times(text: str, samples: np.ndarray, rate: int,
               starts: list[tuple[int, int, int]]) -> tuple[tuple[str, float, float], ...]:
    """Each word's audible start and end from eSpeak's word events (1-based
    character positions and start samples)."""
    hop = max(1, round(EDGE_FRAME_SECONDS * rate))
    n = len(samples) // hop
    level = 20 * np.log10(np.abs(samples[: n * hop]).reshape(n, hop).max(axis=1) + 1e-9)
    loud = level > level.max() - WORD_EDGE_DB
    out = []
    for k, (pos, length, sample) in enumerate(starts):
        word = re.sub(r"[^\w']", "", text[pos - 1: pos - 1 + length])
        nxt = starts[k + 1][2] if k + 1 < len(starts) else len(samples)
        frames = np.flatnonzero(loud[sample // hop: nxt // hop]) + sample // hop
        if not word or not len(frames):
            continue
        out.append((word, round(float(frames[0] * hop / rate), 3), round(float((frames[-1] + 1) * hop / rate), 3)))
    return tuple(out)


def resample(samples: np.ndarray, rate: int, to_rate: int) -> np.ndarray:
    """Band-limited resampling through the spectrum (lines are seconds long)."""
    n = round(len(samples) * to_rate / rate)
    spectrum = np.fft.rfft(samples)
    size = n // 2 + 1
    padded = np.zeros(size, dtype=complex)
    keep = min(size, len(spectrum))
    padded[:keep] = spectrum[:keep]
    out = np.fft.irfft(padded, n) * (n / len(samples))
    return out.astype(np.float32)
