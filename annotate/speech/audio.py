"""Finding a known phrase in a soundtrack with an offline recogniser
(PocketSphinx 5, whose wheel carries the en-us model: nothing is downloaded).

Free recognition of speech under noise gets most words wrong, but forced
alignment of words we already know is precise when the audio window holds the
phrase and little else. So the search has two passes:

1. **Coarse**: one streaming decode of the sound to 16 kHz mono finds stretches
   whose energy stands :data:`SPEECH_DB` over the local noise floor (speech,
   but also shots, engines...). Each stretch, padded, is a candidate; a stretch
   much longer than the phrase is cut into overlapping windows about the
   phrase's expected length (from its phone count).
2. **Verify**: the phrase's words are force-aligned to each candidate window
   and the alignment is scored (:func:`score_from_log_ratio`); the best window
   wins if its score reaches :data:`FOUND_FLOOR`, else the phrase is reported
   as not found rather than forced onto noise.

The score: with every senone of the model computed in each frame
(``compallsen``), PocketSphinx scores a state against the best-scoring state of
that frame, so an alignment's acoustic score over a word is the sum over its
frames of log(p(frame | aligned state) / p(frame | best state)), never above 0.
Its mean over the phrase's frames (silences left out) says how well the words
explain the sound compared with anything else the model knows: near 0 when the
sound is those words, far below when they are forced onto other words or
noise. ``score = 1 + mean / SCORE_LOG_SPAN`` clipped to 0..1.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from annotate import ffmpeg
from annotate.errors import AnnotateError, InputError

RATE_HZ = 16000
HOP_SECONDS = 0.01  # energy frames, also the recogniser's frame
BLOCK_SECONDS = 0.2  # the coarse pass reads the sound in blocks this long (a last partial block is dropped)
FLOOR_BLOCK_SECONDS = 5.0  # the noise floor is estimated per block...
FLOOR_SPAN_SECONDS = 15.0  # ...over the sound this long around it (the bed changes with the camera)
FLOOR_PERCENTILE = 10.0
SPEECH_DB = 6.0  # energy over the local floor that makes a frame a candidate
MERGE_GAP_SECONDS = 0.35  # pauses between words are shorter than this
MIN_STRETCH_SECONDS = 0.15
PAD_SECONDS = 0.3  # the aligner needs some silence around the words
SECONDS_PER_PHONE = 0.085  # expected phrase length; generous, so a slow speaker fits
SLIDE_SECONDS = 0.25  # step of the windows cut from a long stretch
# At least this share of a phrase's words must be in the dictionary for it to be
# searched: aligning the few known words of a foreign phrase finds them anywhere.
MIN_KNOWN_SHARE = 0.5
WINDOW_SLACK = 1.5  # a window holds the expected phrase length times this
# Score scale: the mean per-frame log ratio (PocketSphinx log units) is
# mapped by 1 + ratio / SCORE_LOG_SPAN; a ratio of -SCORE_LOG_SPAN or worse is 0.
SCORE_LOG_SPAN = 100.0
MIN_ALIGN_SECONDS = 0.1
# Calibrated on the sample set (seven synthesised lines at 10 dB SNR, each
# line aligned to every candidate window of the whole soundtrack: the other
# lines, the gunfire): the lines where they are spoken scored 0.418-0.580, the
# best of any line elsewhere 0.356 (``python -m bench.speech_accuracy``).
# The floor sits between the two.
FOUND_FLOOR = 0.39
INSTALL_LINE = "pip install 'pocketsphinx>=5,<6'"

_SILENCES = frozenset({"<sil>", "<s>", "</s>", "sil", "(NULL)", "[NOISE]"})


@dataclass(frozen=True)
class SpokenMatch:
    """Where a phrase was heard: ``start``/``end`` in footage seconds (first word's
    start, last word's end), ``score`` on the documented 0..1 scale, and the
    recognised words with their times (the evidence a person checks)."""

    start: float
    end: float
    score: float
    words: tuple[tuple[str, float, float], ...] = ()
    missing: tuple[str, ...] = ()  # words of the phrase the recogniser's dictionary lacks (not aligned)


def find_spoken(path: Path | str, phrase: str, window: tuple[float, float] | None = None, *,
                on_progress: Callable[[float], None] | None = None) -> SpokenMatch | None:
    """The place ``phrase`` is spoken in ``path``'s sound (inside ``window`` when
    given), or None when it is not found with confidence.

    ``window`` (footage seconds) bounds where the phrase may start; only that
    stretch of sound (plus the phrase's length) is decoded. Without it the
    whole soundtrack is searched and ``on_progress`` gets the fraction done.
    """
    p = ffmpeg.ensure_path(path)
    words = phrase_words(phrase)
    if not words:
        return None  # "", "!!!": no word to hear, and no reason to decode the whole soundtrack
    if not _probe(p)[1]:
        return None  # footage without sound: nothing can be heard in it
    recogniser = _recogniser()
    known, missing = recogniser.split_known(words)
    if not known or len(known) < MIN_KNOWN_SHARE * (len(known) + len(missing)):
        return None  # "Hände hoch, sofort": one English-looking word of three is no evidence of the phrase
    expected = max(0.4, recogniser.phone_count(known) * SECONDS_PER_PHONE)
    if window is not None:
        lo, hi = float(window[0]), float(window[1])
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi < lo:
            raise InputError(f"search window must be two finite times, start <= end, not {window!r}")
        lo, hi = max(0.0, lo - PAD_SECONDS), hi + expected * WINDOW_SLACK + PAD_SECONDS
    else:
        lo, hi = 0.0, math.inf
    progress = on_progress or (lambda _f: None)
    if window is not None:  # a short span: decoded once, scanned and aligned from memory
        sound = _Sound(lo, read_pcm(p, lo, hi))
        spans = [(sound, candidate_windows(stretches_in(sound.levels(), lo), expected))]
    else:  # the whole soundtrack: levels streamed, then each loud stretch decoded alone
        spans = []
        for a, b in speech_stretches(p, lo, hi, on_progress=lambda f: progress(0.5 * f)):
            windows = candidate_windows([(a, b)], expected)
            first, last = windows[0][0], max(w[1] for w in windows)
            spans.append((_Sound(first, read_pcm(p, first, last)), windows))
    total = sum(len(w) for _s, w in spans)
    best: SpokenMatch | None = None
    done = 0
    for sound, windows in spans:
        for a, b in windows:
            found = recogniser.align(sound.pcm(a, b), sound.start_of(a), known)
            if found is not None and window is not None and not window[0] - PAD_SECONDS <= found.start <= window[1]:
                found = None  # the words start outside the stated window
            if found is not None and (best is None or found.score > best.score):
                best = found
            done += 1
            progress(0.5 + 0.5 * done / total)
    progress(1.0)
    if best is None or best.score < FOUND_FLOOR:
        return None
    return SpokenMatch(best.start, best.end, best.score, best.words, tuple(missing))


@dataclass(frozen=True)
class _Sound:
    """16-bit mono samples at RATE_HZ of the footage from ``start`` seconds."""

    start: float
    samples: np.ndarray

    def start_of(self, t: float) -> float:
        """The footage time of the sample nearest ``t`` (windows begin on samples)."""
        return self.start + max(0, round((t - self.start) * RATE_HZ)) / RATE_HZ

    def pcm(self, a: float, b: float) -> np.ndarray:
        i = max(0, round((a - self.start) * RATE_HZ))
        return self.samples[i: max(i, round((b - self.start) * RATE_HZ))]

    def levels(self) -> np.ndarray:
        return _levels(self.samples, round(HOP_SECONDS * RATE_HZ))


def read_pcm(path: Path, a: float, b: float) -> np.ndarray:
    """16-bit samples of [a, b) of the footage's sound (:func:`annotate.ffmpeg.decode_sound`'s track), 16 kHz
    mono."""
    from annotate.align import AUDIO_RATE_HZ, read_audio  # decodes only that span

    assert AUDIO_RATE_HZ == RATE_HZ
    return (np.clip(read_audio(path, a, b), -1.0, 32767 / 32768) * 32768).astype("<i2")


def phrase_words(phrase: str) -> list[str]:
    """The phrase as the recogniser's dictionary spells words: lower case,
    typographic apostrophes straightened, other punctuation dropped."""
    text = phrase.lower().replace("\u2019", "'").replace("\u2018", "'")
    # Whole words, letters of any script: "hände" is one word the dictionary lacks, not "h" and "nde".
    return [w.strip("'_") for w in re.findall(r"[\w']+", text) if w.strip("'_")]


def score_from_log_ratio(mean_log_ratio: float) -> float:
    """The documented 0..1 score from the mean per-frame log ratio (<= 0)."""
    return round(min(1.0, max(0.0, 1.0 + mean_log_ratio / SCORE_LOG_SPAN)), 3)


def speech_stretches(path: Path, lo: float, hi: float, *,
                     on_progress: Callable[[float], None] | None = None) -> list[tuple[float, float]]:
    """Stretches of [lo, hi) whose sound stands out of the local noise floor,
    found in one streaming decode (memory: a few numbers per 10 ms)."""
    return stretches_in(frame_levels(path, lo, hi, on_progress=on_progress), lo)


def stretches_in(levels: np.ndarray, lo: float) -> list[tuple[float, float]]:
    """The loud stretches of frame ``levels`` (dB) that begin at ``lo`` seconds."""
    if len(levels) == 0:
        return []
    loud = levels > local_floor(levels) + SPEECH_DB
    return [(lo + a * HOP_SECONDS, lo + b * HOP_SECONDS) for a, b in _runs(loud)]


def frame_levels(path: Path, lo: float, hi: float, *,
                 on_progress: Callable[[float], None] | None = None) -> np.ndarray:
    """Energy (dB) of each 10 ms frame of [lo, hi) of the footage's sound (its default track of several,
    :func:`annotate.probe.sound_map`, as every reader of its sound takes it)."""
    from annotate.probe import sound_map

    args: list[str] = ["-ss", f"{lo:.6f}", "-i", ffmpeg.local(path)]
    if math.isfinite(hi):
        args += ["-t", f"{hi - lo:.6f}"]
    args += ["-map", sound_map(path), "-vn", "-ac", "1", "-ar", str(RATE_HZ), "-f", "s16le", "-"]
    total = _duration(path, lo, hi)
    hop = round(HOP_SECONDS * RATE_HZ)
    block = round(BLOCK_SECONDS * RATE_HZ)
    out: list[np.ndarray] = []
    done = 0
    with ffmpeg.pipe_frames(args, block * 2, subject=path) as pipe:
        for data in pipe:
            out.append(_levels(np.frombuffer(data, "<i2"), hop))
            done += 1
            if on_progress is not None and total:
                on_progress(min(1.0, done * BLOCK_SECONDS / total))
    return np.concatenate(out) if out else np.zeros(0)


def _levels(samples: np.ndarray, hop: int) -> np.ndarray:
    n = len(samples) // hop
    x = samples[: n * hop].astype(np.float32).reshape(n, hop) / 32768.0
    return 10 * np.log10((x * x).mean(axis=1) + 1e-10)


def _duration(path: Path, lo: float, hi: float) -> float | None:
    if math.isfinite(hi):
        return hi - lo
    d = _probe(path)[0]
    return None if d is None else max(0.0, d - lo)


def _probe(path: Path) -> tuple[float | None, bool]:
    """(duration, has sound) as far as the prober knows; a file it cannot
    read (an audio-only file, say) is left to the decoder to judge."""
    from annotate.probe import probe

    try:
        info = probe(path)
    except AnnotateError:
        return None, True
    return info.duration, info.has_audio


def local_floor(levels: np.ndarray) -> np.ndarray:
    """Per frame, the noise floor around it: a low percentile of the levels in
    FLOOR_SPAN_SECONDS about each FLOOR_BLOCK_SECONDS block."""
    per_block = round(FLOOR_BLOCK_SECONDS / HOP_SECONDS)
    reach = round((FLOOR_SPAN_SECONDS - FLOOR_BLOCK_SECONDS) / 2 / HOP_SECONDS)
    floors = np.empty(len(levels))
    for s in range(0, len(levels), per_block):
        around = levels[max(0, s - reach): s + per_block + reach]
        floors[s: s + per_block] = np.percentile(around, FLOOR_PERCENTILE)
    return floors


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Runs of True frames, gaps shorter than MERGE_GAP_SECONDS bridged and
    runs shorter than MIN_STRETCH_SECONDS dropped, as [start, end) frames."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    runs: list[tuple[int, int]] = []
    for a, b in zip(edges[::2], edges[1::2]):
        if runs and (a - runs[-1][1]) * HOP_SECONDS < MERGE_GAP_SECONDS:
            runs[-1] = (runs[-1][0], int(b))
        else:
            runs.append((int(a), int(b)))
    return [(a, b) for a, b in runs if (b - a) * HOP_SECONDS >= MIN_STRETCH_SECONDS]


def candidate_windows(stretches: Sequence[tuple[float, float]], expected: float) -> list[tuple[float, float]]:
    """Windows to align the phrase to: each stretch padded, or, when a stretch
    is much longer than the phrase, overlapping windows along it."""
    length = expected * WINDOW_SLACK + 2 * PAD_SECONDS
    out: list[tuple[float, float]] = []
    for a, b in stretches:
        a, b = max(0.0, a - PAD_SECONDS), b + PAD_SECONDS
        if b - a <= length + SLIDE_SECONDS:
            out.append((a, b))
            continue
        starts = np.arange(a, b - length + SLIDE_SECONDS, SLIDE_SECONDS)
        out.extend((float(s), float(min(b, s + length))) for s in starts)
    return out


class Recogniser:
    """One PocketSphinx decoder (loading the model takes a fraction of a
    second) used by one thread at a time."""

    def __init__(self) -> None:
        try:
            import pocketsphinx
        except ImportError as exc:
            raise AnnotateError(f"finding speech in the sound needs PocketSphinx: {INSTALL_LINE}") from exc
        self.decoder: Any = pocketsphinx.Decoder(lm=None, loglevel="FATAL", compallsen=True, cmn="batch",
                                                  bestpath=False)
        self.lock = threading.Lock()

    def split_known(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        known = [w for w in words if self.decoder.lookup_word(w)]
        return known, [w for w in words if w not in known]

    def phone_count(self, words: Sequence[str]) -> int:
        return sum(len(self.decoder.lookup_word(w).split()) for w in words)

    def align(self, pcm: np.ndarray, a: float, words: Sequence[str]) -> SpokenMatch | None:
        """The words force-aligned to ``pcm`` (16-bit samples from footage time
        ``a``) and scored, or None when the aligner cannot fit them at all."""
        if len(pcm) < MIN_ALIGN_SECONDS * RATE_HZ:
            return None
        with self.lock:
            entries = self._align(" ".join(words), pcm.tobytes())
        if entries is None:
            return None
        spoken = [(name, a + start * HOP_SECONDS, a + (start + frames) * HOP_SECONDS, score, frames)
                  for name, start, frames, score in entries if name not in _SILENCES]
        frames = sum(e[4] for e in spoken)
        if not spoken or frames == 0:
            return None
        mean = sum(e[3] for e in spoken) / frames
        return SpokenMatch(round(spoken[0][1], 3), round(spoken[-1][2], 3), score_from_log_ratio(mean),
                           tuple((re.sub(r"\(\d+\)$", "", n), round(s, 3), round(e, 3))
                                 for n, s, e, _sc, _f in spoken))

    def _align(self, text: str, pcm: bytes) -> list[tuple[str, int, int, int]] | None:
        d = self.decoder
        try:
            d.set_align_text(text)
            # The front end carries state from one utterance into the next, so
            # a score hung on what the decoder heard before (an align re-run
            # scored a quote 0.414, an uninterrupted run 0.413): every pass
            # starts from the state of a fresh decoder.
            d.reinit_feat()
            d.start_utt()
            d.process_raw(pcm, full_utt=True)
            d.end_utt()
            if d.hyp() is None:
                return None  # the words cannot be fitted to this sound at all
            # (bestpath=False above: the lattice pass lost the grammar's final
            # state on about half of the windows that held the words.)
            d.set_alignment()  # second pass: state-level alignment, with scores
            d.reinit_feat()
            d.start_utt()
            d.process_raw(pcm, full_utt=True)
            d.end_utt()
            return [(w.name, w.start, w.duration, w.score) for w in d.get_alignment()]
        except RuntimeError:
            return None


@functools.lru_cache(maxsize=1)
def _recogniser() -> Recogniser:
    return Recogniser()
