"""Map times between two copies of the same footage (re-upload, broadcast
with a slate, rescaled, re-encoded, with a logo) from the shot changes they
share, fingerprinted with imagehash, fitted robustly, refined to the frame;
or, when the pictures share none (two angles of one event), from their sound
(:mod:`annotate.soundsync`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from annotate import ffmpeg, shots, soundsync
from annotate.errors import InputError, MediaError
from annotate.probe import has_picture, probe
from annotate.timecode import frame_of

# Scan this much of each copy at first; more only if too few changes show up.
SCAN_SECONDS = 90.0
MAX_SCAN_SECONDS = 300.0
MIN_CHANGES = 6
# How far the other copy may be shifted (a slate, an intro, a trimmed head).
MAX_OFFSET_SECONDS = 120.0
# imagehash.phash of the central crop: logos and bars live at the edges.
CENTRAL_CROP = 0.7
MAX_HASH_DISTANCE = 14  # of 64 bits
FRAMES_AFTER_CHANGE = 3  # fingerprint a settled frame, not the first one after a cut
REFINE_FRAMES = 3  # search +-this many frames when refining by correlation
END_ANCHOR_MIN_SECONDS = 300.0  # fit a rate only when the copies are this long
# Fewer matched changes than this are no proof: one cut of one matched says little (it scored full confidence).
MIN_MATCHES_TRUSTED = 3
# A shot-change match this confident is a copy: its sound is not consulted.
SHOTS_TRUSTED = 0.5
METHODS = ("auto", "shots", "sound")


@dataclass(frozen=True)
class Mark:
    """A shot change with the fingerprint of the picture just after it."""

    time: float
    kind: str
    fingerprint: object  # imagehash.ImageHash


@dataclass(frozen=True)
class Scan:
    """Shot changes and the per-frame difference curve over one span."""

    start: float
    fps: float
    marks: list[Mark]
    diffs: np.ndarray  # mean abs difference of frame i to i-1, frame i at start + i/fps when ``uniform``
    uniform: bool = True  # False for a variable-rate file's own frames: ``fps`` is their mean, no grid


@dataclass(frozen=True)
class SyncResult:
    """``other_time = reference_time * rate + offset``.

    ``method`` is what agreed: ``"shots"`` (``confidence`` is the share of
    reference changes that found their match, scaled down below
    MIN_MATCHES_TRUSTED matches; ``matches`` how many did) or
    ``"sound"`` (``confidence`` is the share of sound windows that agree,
    see :mod:`annotate.soundsync`; ``matches`` how many did)."""

    offset: float
    rate: float
    confidence: float  # 0..1
    matches: int
    method: str = "shots"

    def to_other(self, reference_time: float) -> float:
        return reference_time * self.rate + self.offset

    def inverse(self) -> SyncResult:
        """The map from ``other`` back into ``reference``, on the same evidence."""
        return SyncResult(-self.offset / self.rate, 1 / self.rate, self.confidence, self.matches, self.method)

    def as_dict(self) -> dict[str, float | int | str]:
        # (+ 0.0: a copy in step is "offset 0.0", not -0.0, which reads as the other copy being ahead)
        return {"method": self.method, "offset": round(self.offset, 4) + 0.0, "rate": round(self.rate, 6),
                "confidence": round(self.confidence, 3), "matches": self.matches}


def _fingerprint(frame: np.ndarray) -> object:
    import imagehash
    from PIL import Image

    h, w = frame.shape
    mh, mw = int(h * (1 - CENTRAL_CROP) / 2), int(w * (1 - CENTRAL_CROP) / 2)
    crop = np.ascontiguousarray(frame[mh: h - mh, mw: w - mw]).clip(0, 255).astype(np.uint8)
    return imagehash.phash(Image.fromarray(crop), hash_size=8)


def scan(path: str | os.PathLike[str], start: float, end: float, info: shots.VideoInfo,
         on_progress: Callable[[float], None] | None = None) -> Scan:
    """Detect changes in [start, end) of ``path`` and fingerprint each one;
    ``on_progress(fraction)`` follows the decode, a second of footage at a time.
    A variable-rate file's own frames are read, each at its own time (as
    align's detection reads them: ``shots.frame_clock``), not resampled to a
    constant rate, which moved a change to a time no frame of the file has."""
    clock = shots.frame_clock(path, info)
    det = shots.ContentDetector(clock.fps)
    every = max(1, round(clock.fps))
    span = max(end - start, 1.0 / clock.fps)
    first = clock.frame_at(start)
    seek = clock.seek_for(first)
    marks: list[Mark] = []
    diffs: list[float] = []
    pending: list[shots.ShotChange] = []

    def settle(flush: bool) -> None:
        for change in list(pending):
            at = change.frame + FRAMES_AFTER_CHANGE if change.end is None else frame_of(change.end, clock.fps) + 1
            stat = det.frame_stat(at)
            latest = det.latest
            if stat is None and not flush and latest is not None and latest.index < at:
                continue  # not decoded yet
            stat = stat or latest
            pending.remove(change)
            if stat is not None:
                marks.append(Mark(clock.time_of(change.frame + first), change.kind, _fingerprint(stat.frame)))

    for i, frame in enumerate(shots.analysis_frames(path, start=seek, end=end)):
        pending += det.push(i, frame)
        diffs.append(det.latest.diff if det.latest else 0.0)
        if pending:
            settle(False)
        if on_progress is not None and i % every == 0:
            on_progress(min(1.0, i / clock.fps / span))
    pending += det.flush()
    settle(True)
    marks.sort(key=lambda m: m.time)
    return Scan(clock.time_of(first), clock.fps, marks, np.asarray(diffs, np.float32), uniform=not info.variable_rate)


def _scan_enough(path: str | os.PathLike[str], start: float, info: shots.VideoInfo,
                 length: float = SCAN_SECONDS, on_progress: Callable[[float], None] | None = None) -> Scan:
    """Scan from ``start``, doubling the span until MIN_CHANGES show up
    (``on_progress`` follows the first span: most copies need no other)."""
    end = min(info.duration, start + length)
    result = scan(path, start, end, info, on_progress)
    while len(result.marks) < MIN_CHANGES and end < info.duration and end - start < MAX_SCAN_SECONDS:
        end = min(info.duration, start + 2 * (end - start))
        result = scan(path, start, end, info)
    return result


def match(ref: Scan, other: Scan, *, expected: float | None = None, tolerance: float = MAX_OFFSET_SECONDS
          ) -> tuple[float, list[tuple[Mark, Mark]]]:
    """The offset most pairs of look-alike changes agree on (a vote over
    pairwise offsets, one-frame bins), and those pairs."""
    frame = 1.0 / ref.fps
    candidates: list[tuple[float, Mark, Mark]] = []
    for a in ref.marks:
        for b in other.marks:
            off = b.time - a.time
            if expected is not None and abs(off - expected) > tolerance:
                continue
            if (a.fingerprint - b.fingerprint) <= MAX_HASH_DISTANCE:  # type: ignore[operator]
                candidates.append((off, a, b))
    if not candidates:
        return 0.0, []
    offsets = np.array([c[0] for c in candidates])
    best_support, best_off = -1, 0.0
    for off in offsets:
        support = int((np.abs(offsets - off) <= 1.5 * frame).sum())
        if support > best_support:
            best_support, best_off = support, float(off)
    inliers = [(a, b) for off, a, b in candidates if abs(off - best_off) <= 1.5 * frame]
    # One partner per reference change: the closest offset.
    seen: dict[float, tuple[Mark, Mark]] = {}
    for a, b in inliers:
        if a.time not in seen or abs(b.time - a.time - best_off) < abs(seen[a.time][1].time - a.time - best_off):
            seen[a.time] = (a, b)
    pairs = sorted(seen.values(), key=lambda p: p[0].time)
    return float(np.median([b.time - a.time for a, b in pairs])), pairs


def refine(ref: Scan, other: Scan, offset: float) -> float:
    """Shift ``offset`` by whole frames to where the two frame-difference
    curves correlate best (re-encoding moves no frame, but rounding of
    change times can)."""
    fps = ref.fps
    if abs(other.fps - fps) > 0.01 or not (ref.uniform and other.uniform):
        return offset  # different frame rates, or a variable one: indices do not correspond
    shift0 = round((offset - (other.start - ref.start)) * fps)  # other index = ref index + shift
    best, best_k = -np.inf, 0
    for k in range(-REFINE_FRAMES, REFINE_FRAMES + 1):
        s = shift0 + k
        lo = max(0, -s)
        hi = min(len(ref.diffs), len(other.diffs) - s)
        if hi - lo < 10:
            continue
        a, b = ref.diffs[lo:hi], other.diffs[lo + s: hi + s]
        a, b = a - a.mean(), b - b.mean()
        denom = float(np.sqrt((a * a).sum() * (b * b).sum())) or 1.0
        c = float((a * b).sum()) / denom
        if c > best:
            best, best_k = c, k
    return (shift0 + best_k) / fps + (other.start - ref.start)


def sync(
    reference: str | os.PathLike[str], other: str | os.PathLike[str], *,
    method: str = "auto", on_progress: Callable[[float], None] | None = None,
) -> SyncResult:
    """How times in ``reference`` map into ``other``: copies of one footage
    by their shot changes, angles of one event by their sound.

    ``method="auto"`` tries shot changes first (copies share them, and they
    place to the frame even when the sound was replaced); when the pictures
    share none, or too few (confidence under SHOTS_TRUSTED), the sound is
    correlated and the more confident of the two wins. ``"shots"`` or
    ``"sound"`` use one alone. MediaError when nothing is shared.
    ``on_progress(fraction)`` follows the work and reaches 1 with the result.
    """
    result = _sync(reference, other, method, on_progress)
    if on_progress is not None:
        on_progress(1.0)  # the share kept for a sound search that was not needed is done too
    return result


def _sync(reference: str | os.PathLike[str], other: str | os.PathLike[str], method: str,
          on_progress: Callable[[float], None] | None) -> SyncResult:
    """:func:`sync`'s choice between the shot changes and the sound."""
    if method not in METHODS:
        raise InputError(f"unknown sync method {method!r}; choose one of {', '.join(METHODS)}", subject="--method")
    pictures = []
    for path in (reference, other):
        ffmpeg.ensure_path(path)
        pictures.append(has_picture(path))
        if pictures[-1]:
            probe(path)  # truncated, a still, no picture: said here, not as ffmpeg's log after a sound attempt
    if method == "auto" and not all(pictures):
        method = "sound"  # a soundtrack alone has no shot changes to match
    share = 1.0 if method == "shots" else 0.6
    shot_result: SyncResult | None = None
    failure: MediaError | None = None
    if method != "sound":
        try:
            shot_result = sync_by_shots(reference, other,
                                        on_progress=(lambda f: on_progress(f * share)) if on_progress else None)
        except MediaError as exc:
            if method == "shots":
                raise
            failure = exc
        if shot_result is not None and (method == "shots" or shot_result.confidence >= SHOTS_TRUSTED):
            return shot_result
    start = 0.0 if method == "sound" else share
    try:
        found = soundsync.sync_by_sound(
            reference, other,
            on_progress=(lambda f: on_progress(start + f * (1 - start))) if on_progress else None)
    except MediaError as exc:
        if shot_result is not None:
            return shot_result
        raise MediaError("; ".join(str(e) for e in (failure, exc) if e is not None)) from exc
    if found is None:
        if shot_result is not None:
            return shot_result
        if failure is not None:
            raise MediaError(f"{failure}, nor any sound")
        raise MediaError(f"shares no sound with {reference}", subject=other)
    by_sound = SyncResult(found.offset, found.rate, found.confidence, found.agreeing, method="sound")
    if shot_result is not None and shot_result.confidence >= by_sound.confidence:
        return shot_result
    return by_sound


def sync_by_shots(
    reference: str | os.PathLike[str], other: str | os.PathLike[str], *,
    on_progress: Callable[[float], None] | None = None,
) -> SyncResult:
    """How times in ``reference`` map into ``other``, copies of one footage,
    from the shot changes they share.

    Scans the head of both copies (the other one longer by the largest slate
    expected), matches fingerprinted changes, and, for long copies, a second
    span near the end to measure the rate; cost follows the scanned spans,
    not the length of the files.
    """
    ref_info, other_info = shots.video_info(reference), shots.video_info(other)
    step = (lambda f: on_progress(f)) if on_progress else (lambda f: None)
    # Two scans of about the same length at the head, two more near the end of a long copy.
    scans = 4 if ref_info.duration >= END_ANCHOR_MIN_SECONDS else 2

    def scanning(k: int) -> Callable[[float], None]:
        """Progress through scan ``k`` (from 0) of ``scans``."""
        return lambda f: step((k + f) / scans)

    ref_head = _scan_enough(reference, 0.0, ref_info, on_progress=scanning(0))
    step(1 / scans)
    other_head = scan(other, 0.0, min(other_info.duration,
                                      ref_head.start + len(ref_head.diffs) / ref_head.fps + MAX_OFFSET_SECONDS),
                      other_info, scanning(1))
    step(2 / scans)
    offset, pairs = match(ref_head, other_head)
    if not pairs:
        raise MediaError(f"shares no recognisable shot change with {reference} in the first "
                         f"{len(ref_head.diffs) / ref_head.fps:.0f} s", subject=other)
    offset = refine(ref_head, other_head, offset)
    rate = 1.0
    total = len(ref_head.marks)
    matched = len(pairs)
    if ref_info.duration >= END_ANCHOR_MIN_SECONDS:
        # A second anchor near the end: the drift between the two gives the rate.
        t0 = max(0.0, ref_info.duration - SCAN_SECONDS - 5.0)
        ref_tail = scan(reference, t0, ref_info.duration, ref_info, scanning(2))
        step(3 / scans)
        o0 = max(0.0, t0 + offset - 10.0)
        other_tail = scan(other, o0, min(other_info.duration, o0 + SCAN_SECONDS + 25.0), other_info, scanning(3))
        tail_offset, tail_pairs = match(ref_tail, other_tail, expected=offset, tolerance=8.0)
        if len(tail_pairs) >= 2:
            tail_offset = refine(ref_tail, other_tail, tail_offset)
            t_head = float(np.mean([a.time for a, _ in pairs]))
            t_tail = float(np.mean([a.time for a, _ in tail_pairs]))
            if t_tail - t_head > 60:
                rate = 1.0 + (tail_offset - offset) / (t_tail - t_head)
                if abs(rate - 1.0) < 0.5 / (t_tail - t_head) / ref_info.fps:
                    rate = 1.0  # less than half a frame of drift: same speed
                offset = offset - (rate - 1.0) * t_head
        total += len(ref_tail.marks)
        matched += len(tail_pairs)
    step(1.0)
    return SyncResult(offset, rate, matched / max(1, total) * min(1.0, matched / MIN_MATCHES_TRUSTED), matched)
