"""Map times between two recordings of one event (other angles, other
microphones) by their sound: a phase-transform cross-correlation (GCC-PHAT)
of low-rate mono soundtracks over their whole length finds the offset, then
windows along the overlap, each correlated on its own, check it and measure
any drift of one recorder's clock against the other's.

Confidence has one meaning: the share of the overlap's sounding windows
whose own correlation peak stands out (``MIN_PEAK_RATIO`` times as high as
the best at any lag outside the agreement band) and lands within
``AGREE_SECONDS`` of the fitted offset and rate. The same event heard by two
microphones scores near 1; unrelated sound scores near 0, since a window's
peak then falls anywhere in its +-``SEARCH_SECONDS`` search (within the
agreement band with a chance of about ``AGREE_SECONDS / SEARCH_SECONDS``,
1 %); a steady tone (line-up tone, mains hum, a siren, an engine) matches
itself at every multiple of its period, so no window's peak stands out and
it scores 0: "cannot tell", not a confident multiple. Below
``MIN_CONFIDENCE`` no offset is given.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from annotate import ffmpeg

# 4 kHz keeps the band below 2 kHz (speech, shots, sirens, engines, room
# tone: what two microphones share even through a phone's filter) and makes
# a 30-minute track 7.2 M samples; the peak is interpolated below one sample.
SOUND_RATE_HZ = 4000
MIN_OVERLAP_SECONDS = 2.0  # less shared sound than this is never called a match
WINDOW_SECONDS = 6.0  # check windows: long enough to hold a few sound events
MIN_WINDOW_SECONDS = 0.5
MIN_WINDOWS = 6  # short overlaps are cut into this many shorter windows
MAX_WINDOWS = 32
# Each window searches this far either side of the whole-track offset: the
# room a recorder's clock drift may take (1 s over 30 min is 550 ppm, far
# more than real recorders drift).
SEARCH_SECONDS = 1.0
# A window agrees when its peak lies this close to the fitted line: GCC-PHAT
# peaks of one sound are sharp to a fraction of a millisecond, reverberation
# and filtering included; a quarter of a 25 fps frame.
AGREE_SECONDS = 0.01
# Calibrated on unrelated pairs (tests/test_soundsync.py): they score at most
# a few windows in a hundred, related angles above 0.8.
MIN_CONFIDENCE = 0.5
MIN_AGREEING = 3  # two windows can agree by chance; three in a short overlap rarely do
# A window votes only when its peak is this many times the best at another
# lag. Measured with the taper below on the samples: the compilation's
# windows against its two angles 2.6 and more, against its broadcast copy 11
# and more; disjoint stretches of its sound (tests/test_soundsync.py's
# unrelated pairs) 1.2-1.4 at the 95th percentile, 2.3 at most; a steady
# tone or mains hum 1.0-1.15.
MIN_PEAK_RATIO = 1.5
# Each window fades in and out over this long: cut off square, its two ends
# are clicks that the phase transform weighs like any sound, and on a steady
# tone the windows' ends matched each other (at the search's ends) instead.
TAPER_SECONDS = 0.25
SILENT_RMS = 1e-5  # a window this quiet in either track (digital silence) says nothing
# Pieces tried when the whole-track peak is not confirmed (drift): 20 s
# drift 2 ms at 100 ppm, a peak still sharp at 4 kHz.
CHUNK_SECONDS = 20.0
CHUNK_PLACES = (0.5, 0.15, 0.85)  # where in the reference, as a share of its length
MAX_DRIFT = 0.001  # a clock 0.1 % off is a broken recorder or a different speed: not a drift

Progress = Callable[[float], None]
# Of the progress of a sync by sound, the decode's share (30-minute pair: 4 s
# of 6.5 s); the matching has the rest, the whole-track stage most of it.
DECODE_SHARE = 0.6
WHOLE_TRACK_SHARE = 0.6


@dataclass(frozen=True)
class SoundSync:
    """``other_time = reference_time * rate + offset``, found from the sound.

    ``windows`` is how many check windows had sound in both tracks and
    ``agreeing`` how many of them agreed; ``confidence`` is their ratio (see
    the module's documentation); ``peak`` is the whole-track correlation
    peak in standard deviations of the correlation, for information only
    (unrelated pairs measured 5 to 6.5, the sample angles 40 and more): the
    decision rests on the windows."""

    offset: float
    rate: float
    confidence: float
    windows: int
    agreeing: int
    peak: float

    def to_other(self, reference_time: float) -> float:
        return reference_time * self.rate + self.offset


def _next_size(n: int) -> int:
    """The smallest 2^k or 3*2^k at least ``n``: sizes pocketfft does fast."""
    p = 1 << max(0, (n - 1).bit_length())
    return 3 * p // 4 if 3 * p // 4 >= n else p


def _gcc_phat(a: np.ndarray, b: np.ndarray, size: int, on_progress: Progress | None = None) -> np.ndarray:
    """Phase-transform cross-correlation: ``out[d]`` (modulo ``size``) is how
    well ``b[n + d]`` matches ``a[n]``, every frequency weighted alike, so a
    reverberant, filtered copy still gives one sharp peak at its delay.
    ``on_progress(fraction)`` after each of its transforms (whole tracks:
    a second or two)."""
    report = on_progress or (lambda _f: None)
    spec = np.fft.rfft(a, size)
    report(0.3)
    np.conjugate(spec, out=spec)
    spec *= np.fft.rfft(b, size)
    report(0.6)
    mag = np.abs(spec)
    # Bins with (next to) nothing in them stay near nothing, not unit weight.
    np.maximum(mag, max(1e-12 * float(mag.max()), 1e-30), out=mag)
    spec /= mag
    del mag
    report(0.7)
    out = np.fft.irfft(spec, size)
    report(1.0)
    return out


def _peak(values: np.ndarray) -> tuple[int, float]:
    """Index of the maximum and its sub-sample position (parabola through the
    peak and its neighbours)."""
    i = int(np.argmax(values))
    if 0 < i < len(values) - 1:
        y0, y1, y2 = (float(v) for v in values[i - 1: i + 2])
        denom = y0 - 2 * y1 + y2
        if denom < 0:
            return i, i + 0.5 * (y0 - y2) / denom
    return i, float(i)


def whole_lag(a: np.ndarray, b: np.ndarray, rate: int, on_progress: Progress | None = None) -> tuple[float, float]:
    """The lag (samples, ``b`` index minus ``a`` index) where the two whole
    tracks correlate best, with at least MIN_OVERLAP_SECONDS shared, and the
    peak's height in standard deviations of the correlation.
    ``on_progress(fraction)`` follows the correlation."""
    size = _next_size(len(a) + len(b))
    cc = _gcc_phat(a, b, size, (lambda f: on_progress(0.9 * f)) if on_progress else None)
    min_overlap = int(MIN_OVERLAP_SECONDS * rate)
    # Lags 0..n_pos-1 sit at the start of cc, -n_neg..-1 at its end; the
    # lags between share too little and are floored in place (no copy of a
    # correlation as long as both tracks).
    n_pos, n_neg = max(0, len(b) - min_overlap + 1), max(0, len(a) - min_overlap)
    if n_pos + n_neg == 0:
        return 0.0, 0.0
    valid = (cc[:n_pos], cc[size - n_neg:])
    count = n_pos + n_neg
    mean = sum(float(v.sum(dtype=np.float64)) for v in valid) / count
    power = sum(float(np.dot(v, v)) for v in valid) / count
    spread = float(np.sqrt(max(power - mean * mean, 0.0))) or 1.0
    cc[n_pos: size - n_neg] = min(float(v.min()) for v in valid if len(v))
    i = int(np.argmax(cc))
    at = float(i)
    y0, y1, y2 = (float(cc[(i + k) % size]) for k in (-1, 0, 1))
    if y0 - 2 * y1 + y2 < 0:
        at += 0.5 * (y0 - y2) / (y0 - 2 * y1 + y2)
    lag = at if i < n_pos else at - size
    if on_progress is not None:
        on_progress(1.0)
    return lag, y1 / spread


def _tapered(x: np.ndarray, rate: int) -> np.ndarray:
    """A copy of ``x`` faded in and out over TAPER_SECONDS (a quarter of it at most)."""
    n = min(len(x) // 4, int(TAPER_SECONDS * rate))
    out = x.copy()
    if n >= 1:
        ramp = (0.5 - 0.5 * np.cos(np.pi * (np.arange(n) + 0.5) / n)).astype(out.dtype)
        out[:n] *= ramp
        out[-n:] *= ramp[::-1]
    return out


def _stands_out(cc: np.ndarray, i: int, band: int) -> bool:
    """Whether ``cc``'s peak at ``i`` is MIN_PEAK_RATIO times the best outside ``i`` +- ``band``."""
    others = [float(part.max()) for part in (cc[: max(0, i - band)], cc[i + band + 1:]) if len(part)]
    return not others or float(cc[i]) >= MIN_PEAK_RATIO * max(max(others), 0.0)


def _window_lags(a: np.ndarray, b: np.ndarray, rate: int, lag: float,
                 skip: tuple[int, int] = (0, 0),
                 on_progress: Progress | None = None) -> tuple[np.ndarray, np.ndarray, int]:
    """Times (seconds in ``a``) of the check windows with sound in both
    tracks whose peak stands out, each one's own best lag (samples) within
    SEARCH_SECONDS of ``lag``, and how many windows had sound in both;
    windows overlapping ``a[skip[0]:skip[1]]`` are left out.
    ``on_progress(fraction)`` after each window."""
    g = int(round(lag))
    lo, hi = max(0, -g), min(len(a), len(b) - g)
    span = hi - lo
    width = int(min(WINDOW_SECONDS * rate, max(MIN_WINDOW_SECONDS * rate, span / MIN_WINDOWS)))
    count = int(min(MAX_WINDOWS, span // max(1, width)))
    search = int(SEARCH_SECONDS * rate)
    times: list[float] = []
    found: list[float] = []
    sounding = 0
    if count < 1 or width < 2:
        return np.zeros(0), np.zeros(0), 0
    for n, i0 in enumerate(np.linspace(lo, hi - width, count).astype(int)):
        if on_progress is not None and n:
            on_progress(n / count)
        if i0 < skip[1] and i0 + width > skip[0]:
            continue
        seg_a = a[i0: i0 + width]
        j0 = max(0, i0 + g - search)
        seg_b = b[j0: min(len(b), i0 + g + width + search)]
        if len(seg_b) < width or min(_rms(seg_a), _rms(seg_b)) < SILENT_RMS:
            continue
        sounding += 1
        cc = _gcc_phat(_tapered(seg_a, rate), _tapered(seg_b, rate),
                       _next_size(len(seg_a) + len(seg_b)))[: len(seg_b) - width + 1]
        i, k = _peak(cc)
        if _stands_out(cc, i, int(AGREE_SECONDS * rate)):
            times.append((i0 + width / 2) / rate)
            found.append(j0 + k - i0)
    return np.asarray(times), np.asarray(found), sounding


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0


def _fit(times: np.ndarray, lags: np.ndarray, whole: float) -> tuple[float, float, np.ndarray]:
    """The line lag = intercept + slope * time that most windows agree with
    (within AGREE_SECONDS): the whole-track lag held constant, or a robust
    drifting line (Theil-Sen: medians of pairwise slopes and intercepts);
    then refitted by least squares on the agreeing windows. Returns slope,
    intercept, agreeing windows."""
    def agree(slope: float, intercept: float) -> np.ndarray:
        return np.abs(lags - (intercept + slope * times)) <= AGREE_SECONDS

    slope, intercept = 0.0, whole
    if len(times) >= 3:
        i, j = np.triu_indices(len(times), 1)
        dt = times[j] - times[i]
        ok = dt > 0
        if ok.any():
            s = float(np.median((lags[j] - lags[i])[ok] / dt[ok]))
            c = float(np.median(lags - s * times))
            if abs(s) <= MAX_DRIFT and agree(s, c).sum() > agree(0.0, whole).sum():
                slope, intercept = s, c
    inliers = agree(slope, intercept)
    if inliers.sum() >= 3:
        s, c = (float(v) for v in np.polyfit(times[inliers], lags[inliers], 1))
        slope, intercept = (s, c) if abs(s) <= MAX_DRIFT else (slope, intercept)
    # Drift only when holding the offset constant would leave windows out.
    steady = float(np.median(lags[inliers])) if inliers.any() else whole
    if agree(0.0, steady).sum() >= agree(slope, intercept).sum():
        slope, intercept = 0.0, steady
    return slope, intercept, agree(slope, intercept)


def _chunk_lags(a: np.ndarray, b: np.ndarray, rate: int,
                on_progress: Callable[[int], Progress] | None = None) -> Iterator[tuple[float, tuple[int, int]]]:
    """Whole-track lags of a few CHUNK_SECONDS pieces of ``a`` against all of
    ``b``, each with the piece's span, found as they are asked for
    (``on_progress(k)`` follows piece k's, from 1): when one clock drifts,
    the whole-track peak smears over every lag the drift passes through, a
    short piece's peak stays sharp."""
    chunk = int(CHUNK_SECONDS * rate)
    if len(a) < 2 * chunk:
        return
    for k, where in enumerate(CHUNK_PLACES, start=1):
        i0 = int(where * (len(a) - chunk))
        lag, _ = whole_lag(a[i0: i0 + chunk], b, rate, on_progress(k) if on_progress else None)
        yield lag - i0, (i0, i0 + chunk)


def _check(a: np.ndarray, b: np.ndarray, rate: int, lag: float, peak: float,
           skip: tuple[int, int] = (0, 0), on_progress: Progress | None = None) -> SoundSync | None:
    # A piece's own windows would find its own peak again, related or not:
    # only the other windows may confirm it.
    times, lags, sounding = _window_lags(a, b, rate, lag, skip, on_progress)
    if sounding == 0:
        return None
    slope, intercept, inliers = _fit(times, lags / rate, lag / rate)
    agreeing = int(inliers.sum())
    return SoundSync(offset=intercept, rate=1.0 + slope, confidence=agreeing / sounding,
                     windows=sounding, agreeing=agreeing, peak=peak)


def measure(a: np.ndarray, b: np.ndarray, rate: int = SOUND_RATE_HZ,
            on_progress: Progress | None = None) -> SoundSync | None:
    """The best mapping of times in sound ``a`` into sound ``b`` (mono
    samples at ``rate`` Hz), whatever its confidence; None when the two
    cannot share MIN_OVERLAP_SECONDS or no window has sound in both.

    The whole-track peak is tried first; when the windows do not confirm
    it, the peaks of a few pieces (a drifting clock) are tried as well; when
    none is confirmed, the whole-track one is returned. ``on_progress``
    follows the stages (the whole track, WHOLE_TRACK_SHARE of the work as
    most pairs need no other, then each piece), each a correlation then its
    windows, half and half."""
    report = on_progress or (lambda _f: None)
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    if min(len(a), len(b)) < MIN_OVERLAP_SECONDS * rate:
        return None
    piece = (1.0 - WHOLE_TRACK_SHARE) / len(CHUNK_PLACES)

    def part(stage: int, second_half: bool) -> Progress:
        start, size = (0.0, WHOLE_TRACK_SHARE) if stage == 0 else (WHOLE_TRACK_SHARE + (stage - 1) * piece, piece)
        return lambda f: report(start + size * (0.5 * second_half + 0.5 * f))

    lag, peak = whole_lag(a, b, rate, part(0, False))
    whole = _check(a, b, rate, lag, peak, on_progress=part(0, True))
    if whole is not None and _shared(whole):
        return whole
    for k, (other, span) in enumerate(_chunk_lags(a, b, rate, lambda k: part(k, False)), start=1):
        part(k, True)(0.0)
        found = _check(a, b, rate, other, peak, span, on_progress=part(k, True))
        if found is not None and _shared(found):
            return found
    return whole


def _shared(found: SoundSync) -> bool:
    return found.confidence >= MIN_CONFIDENCE and found.agreeing >= MIN_AGREEING


def match(a: np.ndarray, b: np.ndarray, rate: int = SOUND_RATE_HZ,
          on_progress: Progress | None = None) -> SoundSync | None:
    """:func:`measure`, or None when the sound is not shared (confidence
    below MIN_CONFIDENCE)."""
    found = measure(a, b, rate, on_progress)
    return found if found is not None and _shared(found) else None


def read(paths: tuple[str | os.PathLike[str], ...], rate: int = SOUND_RATE_HZ,
         on_progress: Progress | None = None) -> list[np.ndarray]:
    """Decode the sound of several files at once (one ffmpeg each, in
    parallel); ``on_progress(fraction)`` follows the seconds decoded of all
    of them (their lengths as the files state them)."""
    from annotate.probe import sound_seconds

    lengths = [sound_seconds(p) if on_progress else None for p in paths]
    total = sum(n or 0.0 for n in lengths)
    decoded = [0.0] * len(paths)
    lock = threading.Lock()

    def decoding(k: int) -> Progress | None:
        if on_progress is None or not total:
            return None

        def seconds(done: float) -> None:
            with lock:
                decoded[k] = min(done, lengths[k] or 0.0)
                on_progress(min(1.0, sum(decoded) / total))
        return seconds

    with ThreadPoolExecutor(max_workers=min(2, len(paths))) as pool:
        return list(pool.map(lambda k: ffmpeg.decode_sound(paths[k], rate, on_seconds=decoding(k)),
                             range(len(paths))))


def sync_by_sound(
    reference: str | os.PathLike[str], other: str | os.PathLike[str], *,
    on_progress: Progress | None = None,
) -> SoundSync | None:
    """How times in ``reference`` map into ``other``, two recordings of one
    event, from their sound; None when they share none (MediaError when
    either has no sound)."""
    a, b = read((reference, other), on_progress=(lambda f: on_progress(DECODE_SHARE * f)) if on_progress else None)
    if on_progress:
        on_progress(DECODE_SHARE)
    found = match(a, b, on_progress=(lambda f: on_progress(DECODE_SHARE + (1 - DECODE_SHARE) * f))
                  if on_progress else None)
    if on_progress:
        on_progress(1.0)
    return found
