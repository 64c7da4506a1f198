"""Reads the clock map of a footage file by consistency, not by trusting each
frame: sparse keyframe samples are read, grouped into runs whose readings
advance at one steady rate (a lone misread is outvoted by its neighbours),
and each run's ends and seconds ticks are then found to the frame by binary
search between samples, so most frames are never read.

A run is kept as an interval of possible clock values at one anchor frame;
every consistent reading narrows it, and a tick seen (one frame reading s-1,
the next s) narrows it to one frame's length."""

from __future__ import annotations

import bisect
import functools
import math
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from annotate.clock import parse as clockparse
from annotate.clock.frames import FrameSource, crop
from annotate.clock.model import ClockMap, ClockSegment, Region
from annotate.clock.ocr import RapidEngine
from annotate.clocktext import SECONDS_PER_DAY
from annotate.errors import InputError, MediaWarning
from annotate.probe import probe

# Seconds of footage between sparse samples (keyframes at least this far apart).
SAMPLE_SECONDS = 10.0
# A frame with no clock is searched for new text at most this often (seconds of footage).
DETECT_SECONDS = 30.0
# Padding around a found text box, in pixels: digits vary in width as the clock runs.
REGION_PAD_PX = 6
# Rates a clock may run at (clock seconds per footage second); beyond them a
# change between samples is a different clock, not a fast one.
MAX_RATE = 4.0
# A dateless reading this close to the footage position is the position itself.
TIMECODE_MATCH_SECONDS = 1.5
# A measured rate this close to the assumed one is the assumed one.
RATE_TOLERANCE = 0.01
MAX_RATE_PASSES = 3
# Runs shorter than this many frames are misreads, not clocks.
MIN_RUN_FRAMES = 3
# A crop is compared, in blocks of this many pixels a side, with crops
# already read less than a second away (the same second may still show).
SAME_TEXT_BLOCK_PX = 2
# ... and counts as the same text when no block's mean luma differs by more
# than this share of the read crop's contrast. Measured on the samples and
# the benchmark's grainy 720p: frames showing one second differ by at most
# 32 levels (text with no box over a moving picture), a seconds tick by at
# least 89, at contrasts of 200 and more.
SAME_TEXT_CONTRAST = 1 / 3
# Threads that decode and read keyframe samples at once (PyAV's decoding and
# onnxruntime both release the GIL), and samples prepared ahead per thread.
SAMPLE_THREADS = min(2, os.cpu_count() or 1)
SAMPLES_AHEAD = 2

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Reading:
    region: Region
    value: float  # seconds since 1970 (naive); with no date, since midnight
    resolution: float  # seconds one step of the last field is
    dated: bool = True
    frame_field: bool = False


class Run:
    """A clock model under construction: at ``anchor`` frame the clock is in
    [lo, hi), and it advances ``rate`` clock seconds per footage second."""

    def __init__(self, anchor: int, reading: Reading, fps: float, rate: float = 1.0) -> None:
        self.anchor, self.fps, self.rate, self.region = anchor, fps, rate, reading.region
        self.dated, self.frame_field = reading.dated, reading.frame_field
        self.lo, self.hi = reading.value, reading.value + reading.resolution

    def _at(self, frame: int) -> float:
        return self.rate * (frame - self.anchor) / self.fps

    def value(self, frame: int, r: Reading) -> float:
        """``r``'s value; a clock with no date wraps at 24 h, so a dateless
        reading is taken on the day the model expects at ``frame``."""
        return r.value if self.dated or r.dated else _unwrap(r.value, self.clock_at(frame))

    def accepts(self, frame: int, r: Reading, slack: float = 0.0) -> bool:
        if r.region != self.region:
            return False
        d, value = self._at(frame), self.value(frame, r)
        return value < self.hi + d + slack and value + r.resolution > self.lo + d - slack

    def narrow(self, frame: int, r: Reading) -> None:
        d, value = self._at(frame), self.value(frame, r)
        lo, hi = max(self.lo, value - d), min(self.hi, value + r.resolution - d)
        if lo < hi:  # a rate known only roughly must not empty the interval
            self.lo, self.hi = lo, hi

    def clock_at(self, frame: int) -> float:
        return (self.lo + self.hi) / 2 + self._at(frame)


class ClockReader:
    def __init__(self, source: FrameSource, regions: list[Region], detect: bool,
                 engine: RapidEngine | None = None) -> None:
        self.src = source
        self.engine = engine or RapidEngine()
        self.detect = detect
        for r in regions:
            self._add_region(r)
        self.order = "dmy"
        self.order_guessed = False
        self._fields: dict[tuple[int, Region], clockparse.Fields | None] = {}
        # Per region: the frames read so far (sorted) and their crops' block means and contrast.
        self._seen: dict[Region, list[int]] = {}
        self._looks: dict[tuple[int, Region], tuple[np.ndarray, float]] = {}
        self.reads = 0
        # Text seen that shows a time of day to the minute only (no clock map reads it): its place and text.
        self.without_seconds: dict[tuple[int, int], str] = {}

    # -- reading single frames -------------------------------------------
    def _add_region(self, region: Region) -> Region:
        x, y, w, h = region
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.src.width, x + w), min(self.src.height, y + h)
        if x1 - x0 < 4 or y1 - y0 < 4:
            raise InputError(f"region {region} is outside the {self.src.width}x{self.src.height} picture")
        clipped = (x0, y0, x1 - x0, y1 - y0)
        if clipped not in self.src.regions:
            self.src.regions.append(clipped)
        return clipped

    def _ocr(self, frame: int, region: Region, image: np.ndarray | None = None,
             texts: dict[Region, str] | None = None) -> clockparse.Fields | None:
        """The fields of ``region`` in ``frame`` (of ``image`` if given);
        ``texts`` holds OCR results already read from ``image``'s regions."""
        key = (frame, region)
        if key not in self._fields:
            pixels = crop(image, region) if image is not None else self.src.crop(frame, region)
            look = _blocks(pixels)
            same = self._same_text(frame, region, look)
            if same is None:
                self.reads += 1
                text = texts.get(region) if texts is not None else None
                self._fields[key] = clockparse.parse(self.engine.read(pixels) if text is None else text)
            else:
                self._fields[key] = self._fields[(same, region)]
            seen = self._seen.setdefault(region, [])
            bisect.insort(seen, frame)
            self._looks[key] = (look, float(np.percentile(pixels, 99) - np.percentile(pixels, 1)))
        return self._fields[key]

    def _same_text(self, frame: int, region: Region, look: np.ndarray) -> int | None:
        """A frame less than a second away whose crop looks the same (its
        reading then stands for this one: OCR is most of the cost)."""
        seen = self._seen.get(region, [])
        i = bisect.bisect_left(seen, frame)
        near = sorted((f for f in seen[max(0, i - 1):i + 1] if abs(f - frame) < self.src.fps),
                      key=lambda f: abs(f - frame))
        for f in near:
            other, contrast = self._looks[(f, region)]
            if other.shape == look.shape and float(np.abs(other - look).max()) <= SAME_TEXT_CONTRAST * contrast:
                return f
        return None

    def _reading(self, region: Region, fields: clockparse.Fields | None) -> Reading | None:
        if fields is None:
            return None
        value = fields.seconds(self.order)
        if value is None:
            return None
        return Reading(region, value, fields.resolution, fields.date is not None, fields.frame_field)

    def read(self, frame: int, image: np.ndarray | None = None) -> Reading | None:
        for region in self.src.regions:
            r = self._reading(region, self._ocr(frame, region, image))
            if r is not None:
                return r
        return None

    def locate(self, frame: int, image: np.ndarray) -> bool:
        """Find clock text in a whole picture; adds its region. True if one was new."""
        new = False
        found = self.engine.find(image)
        # OCR may split one clock into a date box and a time box on one line: try neighbours joined.
        found.sort(key=lambda b: (b.box[1], b.box[0]))
        candidates = [(b.box, b.text) for b in found]
        for a, b in zip(found, found[1:]):
            if abs(a.box[1] - b.box[1]) < max(a.box[3], b.box[3]) / 2:
                x0, y0 = min(a.box[0], b.box[0]), min(a.box[1], b.box[1])
                x1 = max(a.box[0] + a.box[2], b.box[0] + b.box[2])
                y1 = max(a.box[1] + a.box[3], b.box[1] + b.box[3])
                candidates.append(((x0, y0, x1 - x0, y1 - y0), a.text + " " + b.text))
        for (x, y, w, h), text in candidates:
            if clockparse.parse(text) is None:
                if (shown := clockparse.time_without_seconds(text)) is not None:
                    self.without_seconds.setdefault((x, y), text.strip()[:40] or shown)
                continue
            if any(_overlap((x, y, w, h), r) > 0.5 for r in self.src.regions):
                continue
            pad = REGION_PAD_PX
            self._add_region((x - pad, y - pad, w + 2 * pad, h + 2 * pad))
            new = True
        return new

    # -- the sparse pass ---------------------------------------------------
    def sample_pass(self, step: float, progress: Progress | None) -> list[int]:
        """Read keyframes about ``step`` seconds apart; returns their frame numbers."""
        src = self.src
        chosen: list[int] = []
        for k in src.keyframes:
            if not chosen or src.time(k) - src.time(chosen[-1]) >= step - 1e-6:
                chosen.append(k)
        recent: deque[tuple[int, np.ndarray]] = deque(maxlen=max(1, int(DETECT_SECONDS / step)) + 1)
        last_detect = -math.inf
        for i, (k, image, texts) in enumerate(self._prepared(chosen)):
            got = any(self._ocr(k, r, image, texts) is not None for r in src.regions)
            if not got and self.detect and src.time(k) - last_detect >= DETECT_SECONDS - 1e-6:
                last_detect = src.time(k)
                if self.locate(k, image):
                    for f, old in recent:  # the new clock may have been there already
                        for r in src.regions:
                            self._ocr(f, r, old)
                    for r in src.regions:
                        self._ocr(k, r, image)
            recent.append((k, image))
            if progress is not None:
                progress(0.8 * (i + 1) / len(chosen))
        fields = [f for f in self._fields.values() if f is not None]
        self.order = clockparse.date_order(fields)
        self.order_guessed = clockparse.date_order_guessed(fields)
        return chosen

    def _prepared(self, keyframes: list[int]) -> Iterator[tuple[int, np.ndarray, dict[Region, str]]]:
        """(keyframe, its picture, OCR text of the regions known when it was
        taken) in order, decoded and read SAMPLE_THREADS at a time ahead of
        the caller. A region found later is read by the caller (``_ocr``)."""
        def prepare(k: int, regions: tuple[Region, ...]) -> tuple[int, np.ndarray, dict[Region, str]]:
            image = self.src.sample(k)
            return k, image, {r: self.engine.read(crop(image, r)) for r in regions}

        with ThreadPoolExecutor(max_workers=SAMPLE_THREADS) as pool:
            pending: deque[Future[tuple[int, np.ndarray, dict[Region, str]]]] = deque()
            try:
                for k in keyframes:
                    pending.append(pool.submit(prepare, k, tuple(self.src.regions)))
                    if len(pending) > SAMPLE_THREADS * SAMPLES_AHEAD:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:
                for f in pending:
                    f.cancel()

    def runs(self, samples: list[int]) -> list[tuple[Run, int, int]]:
        """Group samples into runs: (model, first sample frame, last sample frame)."""
        readings = [(k, self.read(k)) for k in samples]
        out: list[tuple[Run, int, int]] = []
        current: tuple[Run, int, int] | None = None
        i = 0
        while i < len(readings):
            k, r = readings[i]
            nxt = readings[i + 1] if i + 1 < len(readings) else (None, None)
            if current is not None:
                run, first, last = current
                if r is not None and run.accepts(k, r, slack=self._slack(run, k, last)):
                    run.narrow(k, r)
                    current = (run, first, k)
                    i += 1
                    continue
                k2, r2 = nxt
                if k2 is not None and r2 is not None and run.accepts(k2, r2, self._slack(run, k2, last)):
                    i += 1  # a lone misread (or unread) sample, outvoted by its neighbours
                    continue
                out.append(current)
                current = None
            if r is None:
                i += 1
                continue
            run = Run(k, r, self.src.fps)
            if nxt[0] is not None and nxt[1] is not None and not run.accepts(nxt[0], nxt[1]):
                # Not one second per second: a steady other rate if the next two samples agree on it.
                after = readings[i + 2] if i + 2 < len(readings) else (None, None)
                rate = _rate(k, r, nxt[0], nxt[1], self.src.fps)
                if after[0] is not None and after[1] is not None and rate is not None:
                    rate2 = _rate(nxt[0], nxt[1], after[0], after[1], self.src.fps)
                    span = (after[0] - nxt[0]) / self.src.fps
                    if rate2 is not None and abs(rate2 - rate) <= 2.0 / span:
                        run = Run(k, r, self.src.fps, rate=rate)
            current = (run, k, k)
            i += 1
        if current is not None:
            out.append(current)
        return out

    def _slack(self, run: Run, frame: int, last: int) -> float:
        """Tolerance for a rate measured only roughly so far."""
        return 0.0 if run.rate == 1.0 else 1.0 + 0.05 * run.rate * (frame - last) / self.src.fps

    # -- refining to the frame ----------------------------------------------
    def consistent(self, run: Run, frame: int) -> bool:
        r = self.read(frame)
        if r is None or not run.accepts(frame, r, self._slack(run, frame, run.anchor)):
            return False
        run.narrow(frame, r)
        return True

    def first_true(self, lo: int, hi: int, pred: Callable[[int], bool]) -> int | None:
        """Smallest f in [lo, hi] with pred(f), pred false then true; None if pred(hi) is false."""
        if lo > hi or not pred(hi):
            return None
        while lo < hi:
            mid = (lo + hi) // 2
            if pred(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def last_true(self, lo: int, hi: int, pred: Callable[[int], bool]) -> int:
        """Largest f in [lo, hi] with pred(f), pred(lo) true, pred true then false."""
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if pred(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo

    def end_of(self, run: Run, start: int, limit: int) -> int:
        """Last frame of ``run`` at or before ``limit``: binary search, then a
        check past the end so that one misread frame does not cut the run.
        The limit is read first: most runs reach it (the next sample shows
        another clock), and one read then replaces the search's reads."""
        if limit > start and self.consistent(run, limit):
            return limit
        while True:
            end = self.last_true(start, limit, lambda f: self.consistent(run, f))
            if end + 2 > limit or not self.consistent(run, end + 2):
                return end
            start = end + 2

    def _tick_after(self, run: Run, a: int, limit: int) -> tuple[int, float] | None:
        """The first frame after ``a`` (up to one tick period) showing a later second."""
        ra = self.read(a)
        if ra is None or run.rate <= 0:
            return None
        b = min(limit, a + math.ceil(self.src.fps / run.rate) + 1)
        before = run.value(a, ra)

        def later(f: int) -> bool:
            r = self.read(f)
            return r is not None and run.value(f, r) > before

        tick = self.first_true(a + 1, b, later)
        rt = self.read(tick) if tick is not None else None
        # Within a second of the model: the same clock, even if its rate is not yet known well.
        if tick is None or rt is None or not run.accepts(tick, rt, slack=1.0):
            return None
        return tick, run.value(tick, rt)

    def measure(self, run: Run, first: int, last: int, limit: int, origin: int | None = None) -> bool:
        """Pin the run's phase by a tick near each end, and measure its rate
        between them. True when the rate changed (the run may reach further).
        ``origin`` is the run's first frame, where a stopped clock is tested."""
        fps = self.src.fps
        origin = first if origin is None else origin
        probe = min(limit, origin + 2 * round(fps))
        ra, rb = self.read(origin), self.read(probe)
        if run.rate > 0 and ra is not None and rb is not None and rb.value == ra.value \
                and rb.region == ra.region and probe - origin >= 2 * fps - 1:
            run.rate, run.anchor, run.lo, run.hi = 0.0, origin, ra.value, ra.value + ra.resolution
            return True  # the clock stands still
        if run.rate <= 0:
            return False
        period = math.ceil(fps / run.rate) + 1
        ticks = [t for t in (self._tick_after(run, first, last), self._tick_after(run, max(first, last - period), last))
                 if t is not None]
        changed = False
        if len(ticks) == 2 and ticks[1][0] - ticks[0][0] >= fps and ticks[1][1] > ticks[0][1]:
            (f1, s1), (f2, s2) = ticks
            rate = (s2 - s1) * fps / (f2 - f1)
            error = rate * 2 / (f2 - f1)  # one frame's uncertainty at each tick
            if abs(rate - run.rate) > max(error, RATE_TOLERANCE):
                run.rate, run.anchor, run.lo, run.hi = rate, f1, s1, s1 + rate / fps
                changed = True
        for tick, value in ticks:
            # The tick frame shows `value`, the frame before it an earlier second.
            d = run._at(tick)
            lo, hi = max(run.lo, value - d), min(run.hi, value + run.rate / fps - d)
            if lo < hi:
                run.lo, run.hi = lo, hi
        return changed

    def grow(self, run: Run, start: int, limit: int, origin: int | None = None) -> int:
        """The last frame of ``run`` (which holds at ``start``; it began at
        ``origin``) up to ``limit``, re-measuring its rate as it extends."""
        end = self.end_of(run, start, limit)
        for _ in range(MAX_RATE_PASSES):
            if not self.measure(run, start, end, limit, origin):
                break
            new_end = self.end_of(run, end, limit)
            if new_end == end:
                break
            end = new_end
        return end

    def segment(self, run: Run, first: int, last: int) -> ClockSegment | None:
        if last - first + 1 < MIN_RUN_FRAMES:
            return None
        rate = run.rate
        clock = run.clock_at(first)
        if not run.dated:  # counted from the midnight before its first frame
            clock -= SECONDS_PER_DAY * math.floor(clock / SECONDS_PER_DAY)
        start = self.src.time(first)
        # A counter with no date that shows frames, or that reads the footage's
        # own position, is a timecode: no wall clock says so little.
        timecode = not run.dated and (run.frame_field or abs(clock - start) < TIMECODE_MATCH_SECONDS)
        return ClockSegment(start=start, end=self.src.end_time(last), first_frame=first,
                            last_frame=last, clock_seconds=clock, rate=rate,
                            region=run.region, fps=self.src.fps, kind="timecode" if timecode else "clock",
                            dated=run.dated)

    def explain(self, g0: int, g1: int, out: list[ClockSegment]) -> None:
        """Segments inside frames [g0, g1], which no sampled run covers (short shots)."""
        while g0 <= g1:
            r = self.read(g0)
            if r is None:
                nxt = self.first_true(g0 + 1, g1, lambda f: self.read(f) is not None)
                if nxt is None:
                    return
                g0 = nxt
                continue
            run = Run(g0, r, self.src.fps)
            end = self.grow(run, g0, g1)
            seg = self.segment(run, g0, end)
            if seg is not None:
                out.append(seg)
            g0 = end + 1

    def refine(self, samples: list[int], runs: list[tuple[Run, int, int]],
               progress: Progress | None) -> list[ClockSegment]:
        out: list[ClockSegment] = []
        prev_end = -1
        last_frame = self.src.count - 1
        for i, (run, first, last) in enumerate(runs):
            after = [k for k in samples if k > last]
            upper = after[0] - 1 if after else last_frame
            if i + 1 < len(runs):
                upper = min(upper, runs[i + 1][1] - 1)
            # The end first: its ticks pin the phase, which then tells where
            # the run begins (frames before it may show the same second).
            end = self.grow(run, last, upper, origin=first)
            before = [k for k in samples if prev_end < k < first]
            lower = max(prev_end + 1, before[-1] + 1 if before else 0)
            # Most often the run begins right where the last one ended: one read says so.
            found = lower if self.consistent(run, lower) else \
                self.first_true(lower + 1, first, functools.partial(self.consistent, run))
            start = first if found is None else found
            self.explain(prev_end + 1, start - 1, out)
            self.measure(run, start, end, end)
            seg = self.segment(run, start, end)
            if seg is not None:
                out.append(seg)
            prev_end = end
            if progress is not None:
                progress(0.8 + 0.2 * (i + 1) / len(runs))
        self.explain(prev_end + 1, last_frame, out)
        return out


def _blocks(pixels: np.ndarray) -> np.ndarray:
    """Mean luma of SAME_TEXT_BLOCK_PX-square blocks: grain averages out, strokes do not."""
    b = SAME_TEXT_BLOCK_PX
    h, w = (pixels.shape[0] // b) * b, (pixels.shape[1] // b) * b
    return pixels[:h, :w].reshape(h // b, b, w // b, b).mean(axis=(1, 3), dtype=np.float32)


def _check_region(region: Region, width: int, height: int, path: object) -> None:
    """Refuse a given region that is not inside the picture: one measured on
    another copy's bigger frame would read nothing, and "no clock found"
    would be taken to mean the footage has none."""
    x, y, w, h = region
    text = ",".join(str(v) for v in region)
    if x >= width or y >= height:
        raise InputError(f"region {text} is outside the {width}x{height} frame", subject=path)
    if x + w > width or y + h > height:
        raise InputError(f"region {text} reaches past the {width}x{height} frame (to {x + w},{y + h}):"
                         " measure it on this footage's own picture", subject=path)


def _unwrap(value: float, near: float) -> float:
    """A time of day moved by whole days to lie nearest ``near``."""
    return value + SECONDS_PER_DAY * round((near - value) / SECONDS_PER_DAY)


def _rate(f1: int, r1: Reading, f2: int, r2: Reading, fps: float) -> float | None:
    if r1.region != r2.region or f2 <= f1:
        return None
    v2 = r2.value if r1.dated or r2.dated else _unwrap(r2.value, r1.value)
    rate = (v2 - r1.value) * fps / (f2 - f1)
    return rate if 0 <= rate <= MAX_RATE else None


def _overlap(a: Region, b: Region) -> float:
    """Intersection over the smaller box's area."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / max(1, min(a[2] * a[3], b[2] * b[3]))


def read_clock(path: str | os.PathLike[str], region: Region | None = None, progress: Progress | None = None,
               *, sample_seconds: float = SAMPLE_SECONDS) -> ClockMap:
    """The clock map of ``path``: every continuous run of a burnt-in clock.

    ``region`` (x, y, w, h in pixels) says where the clock is and turns
    detection off; otherwise text is found in sampled frames by OCR.
    ``progress(fraction)`` is called as the work advances.
    """
    from annotate import ffmpeg

    p = ffmpeg.ensure_path(path)
    if sample_seconds <= 0:
        raise InputError(f"sample spacing must be positive, got {sample_seconds}")
    info = probe(p)  # truncated, a still or audio only: said as every footage reader says it
    src = FrameSource(p, info.rotation)
    try:
        if region is not None:
            _check_region(region, src.width, src.height, p)
        reader = ClockReader(src, [region] if region else [], detect=region is None)
        samples = reader.sample_pass(sample_seconds, progress)
        segments = reader.refine(samples, reader.runs(samples), progress)
        segments.sort(key=lambda s: s.first_frame)
        unread = ""
        if not segments and reader.without_seconds:
            (x, y), text = next(iter(reader.without_seconds.items()))
            unread = (f"a time of day without seconds was seen at ({x}, {y}) ({text!r}): not read; the clock reader "
                      "needs a clock that shows seconds")
            warnings.warn(f"{p}: {unread}", MediaWarning, stacklevel=2)
        return ClockMap(path=str(p), fps=src.fps, duration=src.table.duration, segments=tuple(segments),
                        engine=reader.engine.name, frames_read=reader.reads, date_guessed=reader.order_guessed,
                        unread=unread)
    finally:
        src.close()
