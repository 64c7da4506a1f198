"""Snap each moment to where its scene really begins in the footage: a shot
change, else a sharp sound (a shot, a bang), else a motion onset or stop,
searching only the moment's tolerance window (seek, never scan the file).
Clock moments go through the footage's clock (:mod:`annotate.clock.place`),
quotes through its text tracks and sound (:mod:`annotate.speech.place`)."""

from __future__ import annotations

import functools
import math
import os
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

from annotate import ffmpeg, shots
from annotate.clock.model import ClockMap
from annotate.errors import InputError, MediaError, MediaWarning, ToolError
from annotate.model import Alignment, Alternative, Moment, Timeline
from annotate.moments.window import window as tolerance_window
from annotate.sync import SyncResult

CONTEXT_SECONDS = 1.0  # decoded before/after the window so detectors see both sides
# Motion analysis frame: fine enough that a one-pixel step of a vehicle at
# 640x360 still changes pixels, coarse enough that averaging tames grain.
MOTION_WIDTH = 320
MOTION_HEIGHT = 180
MOTION_CELL_PX = 20  # 16x9 grid of cells
MOTION_MIN_LEVELS = 10.0  # a pixel changed if it moved this many gray levels (or 4 noise sigmas)
MOTION_LEVELS = (10, 12, 14, 16, 20, 24, 28, 32, 40, 48)  # thresholds counted, gray levels
MOTION_ACTIVE_FRACTION = 0.35  # a region is "moving" over a span if it moved in this share of frames
MOTION_PEAK_SHARE = 0.35  # a cell moves when its change reaches this share of its peak
MOTION_MIN_SCORE = 5.0  # motion energy over the cells' floor below which an event is noise
MOTION_RING_NOISE = 0.15  # share of quiet-side frames a neighbour cell may flicker in
MOTION_STILL_SECONDS = 0.8  # stillness needed after a stop / before an onset
MOTION_SPAN_SECONDS = 0.8  # sustained motion needed before a stop / after an onset
# Audio: short-time energy on AUDIO_HOP_SECONDS hops; an onset is a rise of
# AUDIO_ONSET_DB over the bed just before it; a burst starts after AUDIO_QUIET_SECONDS.
AUDIO_RATE_HZ = 16000
# How much each kind of evidence counts when several compete in one window.
KIND_WEIGHT = {"cut": 1.0, "dissolve": 1.0, "fade": 1.0, "audio": 0.8, "motion": 0.6}
AUDIO_HOP_SECONDS = 0.005
AUDIO_ONSET_DB = 15.0
AUDIO_QUIET_SECONDS = 1.0
# What align's progress counts, in estimated seconds of work, so that a step
# done before the first moment moves the bar and its ETA means something
# (measured on the samples and the 30-minute clock bench, loaded machine):
# a moment's window about a second; reading a footage clock not read before
# about 2 s a minute of footage; syncing the copy the times refer to (two
# heads of 90 s, tails of long copies, or the sound) some 8 s.
MOMENT_WORK = 1.2
CLOCK_WORK_FIXED = 1.0
CLOCK_WORK_PER_MINUTE = 2.0
SYNC_WORK = 8.0


@dataclass(frozen=True)
class Evidence:
    """A candidate start found in a window: where, what, how strong."""

    time: float
    kind: str  # cut | dissolve | fade | audio | motion
    score: float
    note: str = ""


def search_window(moment: Moment, duration: float | None = None) -> tuple[float, float]:
    """The closed range of seconds alignment may move ``moment`` within: its
    own ``window``, else the extractor's rule (:mod:`annotate.moments.window`)
    applied to its start, so a hand-written "roughly 2:27" searches the same
    span as an extracted one."""
    if moment.window is not None:
        lo, hi = moment.window
    else:
        # The granularity of the statement: "2:27" names a second, "2:27.5" a tenth.
        start = _stated(moment)
        whole = start - math.floor(start) < 1e-6
        lo, hi = tolerance_window(start, 1.0 if whole else 0.1, moment.approximate)
    lo = max(0.0, lo)
    if duration:
        hi = min(hi, duration)
    return lo, hi


def report_rows(timeline: Timeline) -> list[dict[str, object]]:
    """Each moment as ``annotate align --json`` lists it: ``footage`` is the id of
    its video ("" when the timeline lists none); ``kind`` is ``position``,
    ``clock`` or ``said`` (a quote: ``said`` holds its words); ``start`` is where it is in
    the footage, None for a clock time or quote not placed; ``evidence`` is the
    alignment's kind (``subtitle``, ``speech`` for a quote) and ``score`` its score."""
    return [
        {"id": m.id, "footage": timeline.video_id(m),
         "kind": "clock" if m.clock else "said" if m.said else "position",
         "clock": m.clock or None, "said": m.said or None,
         "stated_start": None if m.clock else m.start, "start": m.effective_start if m.placed else None,
         "evidence": m.alignment.kind if m.alignment else "none",
         "score": m.alignment.score if m.alignment else 0.0,
         "note": m.alignment.note if m.alignment else "",
         "alternatives": [{"footage": a.footage, "start": a.start} for a in m.alternatives]}
        for m in timeline.moments
    ]


def _stated(moment: Moment) -> float:
    if moment.start is None:
        raise InputError("has no stated start to search around (a clock time is placed by its clock)",
                         subject=f"moment {moment.id or '?'}")
    return moment.start


def align(
    timeline: Timeline,
    footage_path: str | os.PathLike[str],
    *,
    timed_on: str | os.PathLike[str] | None = None,
    on_moment: Callable[[Moment], None] | None = None,
    clock_map: ClockMap | None = None,
    on_progress: Callable[[float], None] | None = None,
    known: Callable[[Moment], Moment | None] | None = None,
    info: shots.VideoInfo | None = None,
) -> Timeline:
    """A new timeline whose moments carry an Alignment against ``footage_path``.

    ``on_progress(fraction)`` follows the work: the sync of ``timed_on``,
    the reading of the footage's clock (when not read before), then the
    moments, and within a quote with no time the search of the whole
    soundtrack; each step's share is its estimated cost (MOMENT_WORK...).

    With ``timed_on`` (the copy the article's times refer to), stated times are
    first mapped into ``footage_path`` with :func:`annotate.sync.sync`.
    Clock moments are placed through the clock burnt into ``footage_path``
    (:mod:`annotate.clock.place`; ``clock_map`` if given, else read once and cached).
    ``known(moment)`` gives a moment already placed (an interrupted run's,
    :mod:`annotate.alignjournal`), which is not searched again; each placed
    moment is handed to ``on_moment``. ``info`` is :func:`annotate.shots.video_info`
    of ``footage_path`` when the caller has it (a probe is some 50 ms).
    """
    offset, rate, note = 0.0, 1.0, ""
    info = info or shots.video_info(footage_path)
    before = {m.id: found for m in timeline.moments if known is not None and (found := known(m)) is not None}
    todo = timeline.with_moments(tuple(m for m in timeline.moments if m.id not in before))
    count = len(todo.moments)
    synced = SYNC_WORK if timed_on is not None and count else 0.0
    clocked = CLOCK_WORK_FIXED + CLOCK_WORK_PER_MINUTE * info.duration / 60 \
        if _clock_to_read(todo, footage_path, clock_map) else 0.0
    total = synced + clocked + MOMENT_WORK * count or 1.0
    report = on_progress or (lambda _f: None)
    if timed_on is not None and count:
        from annotate.sync import sync

        result = sync(timed_on, footage_path, on_progress=functools.partial(_share, report, 0.0, synced / total))
        offset, rate = result.offset, result.rate
        note = f"times mapped from {os.path.basename(str(timed_on))} (offset {offset:+.3f} s, rate {rate:.5f})"
    place_clock = _clock_placer(todo, footage_path, clock_map,
                                functools.partial(_share, report, synced / total, clocked / total))
    place_quote = _quote_placer(todo, footage_path, info, offset, rate)
    out = []
    placed = 0

    def done(moments: float) -> None:
        report(min(1.0, (synced + clocked + MOMENT_WORK * moments) / total))

    for moment in timeline.moments:
        if moment.id in before:
            out.append(before[moment.id])
            if on_moment is not None:
                on_moment(before[moment.id])
            continue
        i = placed
        placed += 1
        if moment.clock or moment.said:
            aligned = place_clock(moment) if moment.clock else place_quote(moment, functools.partial(_part, done, i))
            out.append(aligned)
            done(i + 1)
            if on_moment is not None:
                on_moment(aligned)
            continue
        aligned = align_moment(moment, footage_path, offset=offset, rate=rate, info=info)
        if note and aligned.alignment is not None:
            a = aligned.alignment
            aligned = aligned.with_alignment(Alignment(a.start, a.kind, a.score, f"{a.note}; {note}", a.offset))
        out.append(aligned)
        done(i + 1)
        if on_moment is not None:
            on_moment(aligned)
    return _aligned_on(timeline.with_moments(out), footage_path)


def _part(done: Callable[[float], None], index: int, fraction: float) -> None:
    """Progress ``fraction`` of the way through moment ``index``."""
    done(index + fraction)


def _share(on_progress: Callable[[float], None], start: float, size: float, fraction: float) -> None:
    """Progress ``fraction`` of the way through a part of the work from ``start`` of ``size``."""
    on_progress(start + size * fraction)


def _aligned_on(timeline: Timeline, path: str | os.PathLike[str]) -> Timeline:
    """``timeline`` (of one video) recording ``path`` as its footage, when
    it recorded another file or another version of it: the aligned times are
    that file's (with ``--timed-on`` even shifted by the copies' offset), and
    every output cuts and draws the recorded file at them. A MediaWarning
    says so. A bare record of the same file gets what was probed of it. A
    timeline recording no footage is left as it is."""
    from annotate.digest import versioned_sha256
    from annotate.probe import probe, to_footage

    recorded = timeline.footage
    if recorded is None or not recorded.path:
        return timeline
    same = _records(timeline, path)
    digest = versioned_sha256(path)
    if same and recorded.sha256 and recorded.sha256.lower() == digest:
        return timeline
    fresh = replace(to_footage(probe(path), digest), path=os.path.abspath(path), id=recorded.id)
    if same and not recorded.sha256:
        # A bare 'footage: FILE' (no sha256): align read the file anyway, so the
        # timeline records what it probed, as 'timeline --footage' does; what
        # the user wrote (the path as written, a rate given by hand) stays.
        given = {f.name: v for f in fields(recorded) if (v := getattr(recorded, f.name)) not in (None, "")}
        return timeline.with_footage(replace(fresh, **given))
    why = ": its content changed since" if same else ""
    warnings.warn(f"the timeline now records {_version(Path(path).name, digest, fresh.duration)} as its footage, "
                  f"the file its moments were aligned on, in place of the recorded "
                  f"{_version(Path(recorded.path).name, recorded.sha256, recorded.duration)}{why}",
                  MediaWarning, stacklevel=3)
    return timeline.with_footage(fresh)


def _records(timeline: Timeline, path: str | os.PathLike[str]) -> bool:
    """Whether ``timeline`` (of one video) records the file ``path`` as its footage."""
    from annotate.timeline import footage_path

    try:
        return footage_path(timeline).resolve() == Path(path).resolve()
    except InputError:  # the recorded file is gone
        return False


def recording(timeline: Timeline, paths: Mapping[str, str | os.PathLike[str]]) -> Timeline:
    """``timeline`` with the footage paths aligning it on ``paths`` (video ids to files) records: another file
    than a video's recorded one by its absolute path (:func:`_aligned_on`; a recorded file whose content
    changed is told only by its hash, and keeps the path that leads to it). What a command checks before the
    work, so a path no timeline file can hold is refused before minutes of aligning, not after."""
    videos = tuple(replace(video, path=os.path.abspath(paths[video.id]))
                   if video.path and video.id in paths and not _records(timeline.for_video(video.id), paths[video.id])
                   else video for video in timeline.videos)
    return replace(timeline, videos=videos)


def _version(name: str, digest: str | None, duration: float | None) -> str:
    """A footage file as a warning names it: what tells its versions apart
    (a file replaced under the same name is only told by these)."""
    known = [f"sha256 {digest.lower()[:12]}"] if digest else []
    known += [f"{duration:.2f} s"] if duration is not None else []
    return f"{name} ({', '.join(known)})" if known else name


def align_videos(
    timeline: Timeline,
    paths: Mapping[str, str | os.PathLike[str]],
    *,
    timed_on: Mapping[str, str | os.PathLike[str]] | None = None,
    on_moment: Callable[[Moment], None] | None = None,
    on_progress: Callable[[float], None] | None = None,
    known: Callable[[Moment], Moment | None] | None = None,
    infos: Mapping[str, shots.VideoInfo] | None = None,
) -> Timeline:
    """Each moment aligned (as :func:`align` does) on its own video:
    ``paths`` maps video ids to files (and ``timed_on`` to the copies their
    times refer to; ``infos`` to what :func:`annotate.shots.video_info` found
    of them, if known); the moments of a video not in ``paths`` are kept as
    they are. ``on_progress(fraction)`` follows them all."""
    out = list(timeline.moments)
    total = sum(1 for m in timeline.moments if timeline.video_id(m) in paths)
    before = 0
    for video in timeline.videos:
        where = [i for i, m in enumerate(timeline.moments) if timeline.video_id(m) == video.id]
        if not where or video.id not in paths:
            continue
        share = None if on_progress is None else \
            functools.partial(_share, on_progress, before / total, len(where) / total)
        aligned = align(timeline.for_video(video.id), paths[video.id], timed_on=(timed_on or {}).get(video.id),
                        on_moment=on_moment, on_progress=share, known=known, info=(infos or {}).get(video.id))
        before += len(where)
        for i, moment in zip(where, aligned.moments, strict=True):
            out[i] = replace(moment, footage=timeline.moments[i].footage)
        if aligned.footage is not None and aligned.footage != video:
            timeline = timeline.with_footage(aligned.footage)  # aligned on another file (see _aligned_on)
    return timeline.with_moments(out)


def with_alternatives(
    timeline: Timeline,
    paths: Mapping[str, str | os.PathLike[str]],
    *,
    sync_with: Callable[[str | os.PathLike[str], str | os.PathLike[str]], SyncResult] | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> Timeline:
    """Each placed moment with ``alternatives``: its instant on every other
    video of ``paths`` (ids to files) that ``sync_with`` (default
    :func:`annotate.sync.sync`) maps its own video onto; an instant before
    the other video's start or after its end is left out. Each pair of
    videos is synced once (the reverse is the inverse map); a pair that does
    not sync (MediaError) gives no alternatives and a MediaWarning.
    ``on_progress(fraction)`` follows the syncs (seconds each), pair by pair."""
    from annotate.sync import sync

    report = on_progress or (lambda _f: None)
    maps: dict[tuple[str, str], SyncResult | None] = {}
    pairs = len({frozenset((own, other)) for m in timeline.moments if m.placed
                 if (own := timeline.video_id(m)) in paths for other in paths if other != own})

    synced = [0]  # pairs synced so far

    def syncer(reference: str | os.PathLike[str], other: str | os.PathLike[str]) -> SyncResult:
        start = synced[0] / pairs
        synced[0] += 1
        try:
            if sync_with is not None:
                return sync_with(reference, other)
            return sync(reference, other, on_progress=functools.partial(_share, report, start, 1 / pairs))
        finally:
            report(min(1.0, synced[0] / pairs))

    def mapping(own: str, other: str) -> SyncResult | None:
        if (own, other) not in maps:
            reverse = maps.get((other, own))
            if reverse is not None:
                maps[own, other] = reverse.inverse()
            elif (other, own) in maps:
                maps[own, other] = None
            else:
                try:
                    maps[own, other] = syncer(paths[own], paths[other])
                except MediaError as exc:
                    maps[own, other] = None
                    warnings.warn(f"videos {own} and {other} not synced: {exc.message}", MediaWarning, stacklevel=4)
        return maps[own, other]

    durations = {v.id: v.duration for v in timeline.videos}
    out = []
    for moment in timeline.moments:
        own = timeline.video_id(moment)
        if not moment.placed or own not in paths:
            out.append(moment)
            continue
        found = []
        for other in (v.id for v in timeline.videos if v.id != own and v.id in paths):
            result = mapping(own, other)
            instant = result.to_other(moment.effective_start) if result is not None else -1.0
            if 0 <= instant <= (durations[other] or math.inf):
                found.append(Alternative(other, round(instant, 3)))
        out.append(replace(moment, alternatives=tuple(found)))
    return timeline.with_moments(out)


def _clock_to_read(timeline: Timeline, footage_path: str | os.PathLike[str], clock_map: ClockMap | None) -> bool:
    """Whether placing ``timeline``'s clock moments needs the footage's clock read (no map given or cached)."""
    from annotate.clock.place import known_clock_map
    from annotate.digest import versioned_sha256

    return clock_map is None and any(m.clock for m in timeline.moments) \
        and known_clock_map(footage_path, versioned_sha256(footage_path)) is None


def _clock_placer(timeline: Timeline, footage_path: str | os.PathLike[str], clock_map: ClockMap | None,
                  on_progress: Callable[[float], None] | None = None) -> Callable[[Moment], Moment]:
    """How clock moments are placed: through ``clock_map``, read (and cached) only when the
    timeline has a clock moment, ``on_progress`` following the reading; without an OCR
    engine they stay unplaced, saying why."""
    from annotate.clock.place import cached_clock_map, place, unplaced

    if clock_map is None and any(m.clock for m in timeline.moments):
        try:
            clock_map = cached_clock_map(footage_path, on_progress=on_progress)
        except ToolError as exc:
            reason = f"clock not read: {exc.message}"
            return lambda m: unplaced(m, reason)
    found = clock_map
    return lambda m: place(m, found) if found is not None else m


def _quote_placer(timeline: Timeline, footage_path: str | os.PathLike[str], info: shots.VideoInfo,
                  offset: float, rate: float) -> Callable[[Moment, Callable[[float], None] | None], Moment]:
    """How quote moments are placed (:mod:`annotate.speech.place`): the footage's
    text tracks are read once, and only when the timeline has a quote."""
    from annotate.speech.place import place_said
    from annotate.speech.tracks import Track, read_tracks

    tracks: list[Track] = []
    if any(m.said for m in timeline.moments):
        tracks = read_tracks(footage_path)

    def place(moment: Moment, on_progress: Callable[[float], None] | None = None) -> Moment:
        stated = window = None
        if moment.start is not None:
            # The stated time and its window in this footage's seconds (mapped when timed on another copy).
            stated = moment.start * rate + offset
            lo, hi = search_window(moment)
            window = (max(0.0, lo * rate + offset), hi * rate + offset)
            if info.duration:
                window = (min(window[0], info.duration), min(window[1], info.duration))
        # Words not found: a timed quote is still a moment at a stated time, snapped like any other.
        return place_said(moment, footage_path, tracks, stated=stated, window=window, has_audio=info.has_audio,
                          otherwise=lambda m: align_moment(m, footage_path, offset=offset, rate=rate, info=info),
                          on_progress=on_progress)

    return place


def align_moment(
    moment: Moment,
    footage_path: str | os.PathLike[str],
    *,
    offset: float = 0.0,
    rate: float = 1.0,
    info: shots.VideoInfo | None = None,
) -> Moment:
    """``moment`` with an Alignment: the best evidence in its window, or the
    stated time (mapped by ``offset``/``rate``) with kind ``none`` and why."""
    info = info or shots.video_info(footage_path)
    mapped = _stated(moment) * rate + offset
    lo, hi = search_window(moment)
    lo, hi = lo * rate + offset, hi * rate + offset
    if info.duration and lo >= info.duration:
        return moment.with_alignment(Alignment(
            max(0.0, mapped), "none", 0.0,
            f"window {lo:.2f}-{hi:.2f} s is beyond the end of the footage ({info.duration:.2f} s): kept stated time",
            offset,
        ))
    lo, hi = max(0.0, lo), min(hi, info.duration) if info.duration else hi
    found = find_evidence(footage_path, lo, hi, stated=mapped, info=info,
                          approximate=moment.approximate or moment.window is not None and hi - lo > 1.5)
    if found is None:
        return moment.with_alignment(Alignment(
            max(0.0, mapped), "none", 0.0,
            f"no cut, sound or motion onset stood out in {lo:.2f}-{hi:.2f} s: kept stated time", offset,
        ))
    return moment.with_alignment(Alignment(
        round(found.time, 4), found.kind, round(found.score, 3),
        f"{found.note} in window {lo:.2f}-{hi:.2f} s", offset,
    ))


def find_evidence(
    footage_path: str | os.PathLike[str], lo: float, hi: float, *, stated: float,
    info: shots.VideoInfo, approximate: bool = True,
) -> Evidence | None:
    """The most likely scene start in [lo, hi].

    Every candidate is weighed by its kind (a shot change is the least
    ambiguous evidence; a sharp sound starting a burst is a point in time
    that narration names, "soldiers fire"; motion starts and stops are the
    most common and so the weakest) times, for a hedged time, a Gaussian
    prior around the stated time (sigma a quarter of the window): a wide
    window must not hand the moment to a far cut when a likely event sits
    at the stated time. An exact time's window is flat: any frame of the
    stated second is as likely.
    """
    half_frame = 0.5 / info.fps
    video = _window_analysis(footage_path, lo, hi, info)
    candidates = [
        Evidence(c.time, c.kind, c.score, f"{c.kind} (score {c.score:.1f})")
        for c in video.changes if lo - half_frame <= c.time <= hi + half_frame
    ]
    candidates += [e for e in video.motion if lo - half_frame <= e.time <= hi + half_frame]
    if info.has_audio:
        candidates += [e for e in audio_onsets(footage_path, lo, hi) if lo - half_frame <= e.time <= hi + half_frame]
    if not candidates:
        return None
    sigma = max(1.0, (hi - lo) / 4.0)

    def weight(e: Evidence) -> float:
        kind = KIND_WEIGHT.get(e.kind, 0.5)
        if e.kind == "audio" and "burst start" not in e.note:
            kind *= 0.5  # a later shot of a volley is not where the scene starts
        prior = math.exp(-0.5 * ((e.time - stated) / sigma) ** 2) if approximate else 1.0
        return kind * prior

    return max(candidates, key=lambda e: (weight(e), e.score, -abs(e.time - stated)))


@dataclass(frozen=True)
class _WindowAnalysis:
    changes: list[shots.ShotChange]
    motion: list[Evidence]


def _window_analysis(
    path: str | os.PathLike[str], lo: float, hi: float, info: shots.VideoInfo
) -> _WindowAnalysis:
    """Decode [lo - context, hi + context] once at motion resolution; run the
    shot detector on an area-reduced copy and the motion search on it."""
    import cv2

    # A variable-rate file's own frames at their own times, as shots.detect reads them: resampled to a constant
    # rate, a cut was placed on the resampled grid (4.04 s for a frame at 4.05 s) and each frame of a slow
    # stretch came several times.
    clock = shots.frame_clock(path, info)
    fps = clock.fps
    first = clock.frame_at(max(0.0, lo - CONTEXT_SECONDS))
    last = clock.frame_at(hi + CONTEXT_SECONDS)
    frames = shots.analysis_frames(
        path, start=clock.seek_for(first), end=(clock.time_of(last) + clock.time_of(last + 1)) / 2,
        width=MOTION_WIDTH, height=MOTION_HEIGHT,
    )
    det = shots.ContentDetector(fps)
    changes: list[shots.ShotChange] = []
    motion = MotionCounter()
    for i, frame in enumerate(frames):
        small = cv2.resize(frame, (shots.ANALYSIS_WIDTH, shots.ANALYSIS_HEIGHT), interpolation=cv2.INTER_AREA)
        changes += det.push(i, small)
        motion.push(frame)
    changes += det.flush()
    changes = [shots.place(c, first, clock) for c in changes]
    events = motion_events(motion, fps, first_frame=first, changes=[c.frame - first for c in changes],
                           first_time=info.first_time, clock=clock)
    return _WindowAnalysis(changes, events)


def motion_events(
    frames: Iterable[np.ndarray] | MotionCounter, fps: float, *, first_frame: int = 0,
    changes: list[int] | None = None, first_time: float = 0.0, clock: shots.FrameClock | None = None,
) -> list[Evidence]:
    """Frames where a region starts or stops moving (timed by ``clock``, else at ``fps`` from ``first_time``).

    The frame is a grid of cells; a cell moves in a frame when enough of its
    pixels changed beyond the noise. A stop is the last frame a region moved
    after sustained motion and before sustained stillness; an onset the
    mirror image. The stop of a decelerating vehicle is its last one-pixel
    step, so the decision is per frame, not smoothed.
    """
    if isinstance(frames, MotionCounter):
        counter = frames
    else:
        counter = MotionCounter()
        for frame in frames:
            counter.push(frame)
    ch, cw = counter.rows, counter.cols
    counts = counter.counts()
    if counts is None:
        return []
    # Shot changes and the frames around them are not motion; each shot
    # between them gets its own noise statistics.
    n = len(counts)
    blocked = np.zeros(n, bool)
    for c in changes or []:
        blocked[max(0, c - 2): c + 2] = True
    moving = np.zeros(counts.shape, bool)
    floor = np.zeros(counts.shape, np.float32)  # each frame's cells' floor, from its shot
    edges = [0, *sorted(max(0, min(n, c)) for c in changes or []), n]
    for a, b in zip(edges, edges[1:]):
        seg = counts[a:b][~blocked[a:b]]
        if len(seg) < 3:
            continue
        # A cell moves when its changed-pixel count clears its own noise
        # floor. Compression flicker on sharp edges also clears a low floor
        # now and then: in a cell an object crossed, "moving" must be a fair
        # share of its peak.
        seg_floor = np.median(seg, axis=0)
        peak = np.percentile(seg, 99, axis=0)
        moving[a:b] = counts[a:b] > np.maximum(seg_floor + 3.0, MOTION_PEAK_SHARE * peak)
        floor[a:b] = seg_floor
    moving[blocked] = False
    still_n = max(3, round(MOTION_STILL_SECONDS * fps))
    span_n = max(3, round(MOTION_SPAN_SECONDS * fps))
    events: list[Evidence] = []
    for kind in ("stop", "onset"):
        for k in range(span_n, n - still_n) if kind == "stop" else range(still_n, n - span_n):
            if blocked[max(0, k - span_n): k + span_n].any():
                continue
            if kind == "stop":
                before, after = moving[k - span_n: k], moving[k + 1: k + 1 + still_n]
                active = before.mean(axis=0) >= MOTION_ACTIVE_FRACTION
                quiet = after
            else:
                before, after = moving[k - still_n: k], moving[k + 1: k + 1 + span_n]
                active = after.mean(axis=0) >= MOTION_ACTIVE_FRACTION
                quiet = before
            cells = active & moving[k]
            if not cells.any():
                continue
            # The moving object: active cells connected to those moving at k;
            # all of it still on the quiet side, and the ring of cells around
            # it mostly still (else it only crossed into a neighbour; a
            # sporadic flicker of compression noise there is allowed).
            region = _grow(cells, active, ch, cw)
            if quiet[:, region].any():
                continue
            ring = _grow(region, np.zeros_like(active), ch, cw, steps=1) & ~region
            if ring.any() and float(quiet[:, ring].mean(axis=0).max()) > MOTION_RING_NOISE:
                continue
            energy = float(counts[k - span_n: k, cells].mean() if kind == "stop"
                           else counts[k + 1: k + 1 + span_n, cells].mean())
            frame_index = first_frame + k + 1  # diff k shows frame k+1: the last step or the first
            what = "stops" if kind == "stop" else "starts"
            score = round(float(energy / (1.0 + floor[k, cells].mean())), 3)
            if score >= MOTION_MIN_SCORE:
                at = clock.time_of(frame_index) if clock is not None else first_time + frame_index / fps
                events.append(Evidence(at, "motion", score,
                                       f"something {what} moving ({int(cells.sum())} cells)"))
    return events


class MotionCounter:
    """Per frame and grid cell, how many pixels changed since the previous
    frame, at several thresholds (the right one is chosen once the grain of
    the whole window is known). Keeps counts only, not frames."""

    def __init__(self) -> None:
        self.prev: np.ndarray | None = None
        self.rows = self.cols = 0
        self.per_level: list[np.ndarray] = []
        self.medians: list[float] = []

    def push(self, frame: np.ndarray) -> None:
        cur = frame.astype(np.int16)
        if self.prev is not None:
            h, w = cur.shape
            self.rows, self.cols = h // MOTION_CELL_PX, w // MOTION_CELL_PX
            diff = np.abs(cur - self.prev)[: self.rows * MOTION_CELL_PX, : self.cols * MOTION_CELL_PX]
            self.medians.append(float(np.median(diff)))
            cells = diff.reshape(self.rows, MOTION_CELL_PX, self.cols, MOTION_CELL_PX).transpose(0, 2, 1, 3)
            cells = cells.reshape(self.rows * self.cols, -1)
            self.per_level.append(np.stack([(cells > lv).sum(axis=1) for lv in MOTION_LEVELS]).astype(np.uint16))
        self.prev = cur

    def counts(self) -> np.ndarray | None:
        """(frames-1, cells) changed-pixel counts at 4 noise sigmas (at least
        MOTION_MIN_LEVELS); row k compares frame k+1 with frame k."""
        if len(self.per_level) < 2:
            return None
        sigma = float(np.median(self.medians)) / 0.6745  # grain level, robust to moving objects
        want = max(MOTION_MIN_LEVELS, 4.0 * sigma)
        pick = next((i for i, lv in enumerate(MOTION_LEVELS) if lv >= want), len(MOTION_LEVELS) - 1)
        return np.stack([c[pick] for c in self.per_level]).astype(np.float32)


def _grow(seed: np.ndarray, allowed: np.ndarray, rows: int, cols: int, steps: int = 10_000) -> np.ndarray:
    """``seed`` grown by ``steps`` 8-neighbourhood steps (default: until it
    stops) into ``allowed`` cells; with nothing allowed, one step dilates."""
    grid, ok = seed.reshape(rows, cols).copy(), allowed.reshape(rows, cols)
    if steps == 1 and not ok.any():
        ok = np.ones_like(ok)
    for _ in range(steps):
        out = grid.copy()
        out[1:, :] |= grid[:-1, :]
        out[:-1, :] |= grid[1:, :]
        out[:, 1:] |= grid[:, :-1]
        out[:, :-1] |= grid[:, 1:]
        out[1:, 1:] |= grid[:-1, :-1]
        out[:-1, :-1] |= grid[1:, 1:]
        out[1:, :-1] |= grid[:-1, 1:]
        out[:-1, 1:] |= grid[1:, :-1]
        out &= ok | grid
        if (out == grid).all():
            break
        grid = out
    return grid.reshape(-1)


def read_audio(path: str | os.PathLike[str], start: float, end: float) -> np.ndarray:
    """Mono float samples of [start, end) at AUDIO_RATE_HZ, decoding only that
    span; none when there is no sound."""
    try:
        return np.asarray(ffmpeg.decode_sound(path, AUDIO_RATE_HZ, start=max(0.0, start),
                                              duration=end - max(0.0, start)), np.float32)
    except MediaError:
        return np.zeros(0, np.float32)


def audio_onsets(path: str | os.PathLike[str], lo: float, hi: float) -> list[Evidence]:
    """Impulsive sounds in [lo, hi]: short-time energy jumping AUDIO_ONSET_DB
    over the bed just before it. An onset after AUDIO_QUIET_SECONDS without
    another is marked as a burst start (the first shot of a volley)."""
    start = max(0.0, lo - AUDIO_QUIET_SECONDS - 0.5)
    samples = read_audio(path, start, hi + 0.2)
    hop = max(1, round(AUDIO_HOP_SECONDS * AUDIO_RATE_HZ))
    n = len(samples) // hop
    if n < 10:
        return []
    energy = (samples[: n * hop].reshape(n, hop) ** 2).mean(axis=1) + 1e-10
    db = 10 * np.log10(energy)
    bed_hops = max(4, round(0.25 / AUDIO_HOP_SECONDS))
    out: list[Evidence] = []
    last_onset = -math.inf
    k = bed_hops
    while k < n:
        bed = float(np.median(db[k - bed_hops: k]))
        if db[k] - bed >= AUDIO_ONSET_DB:
            # Onset: the first hop of the rise; refine to the sample where the
            # envelope crosses a quarter of the hop's peak amplitude.
            seg = np.abs(samples[(k - 1) * hop: (k + 1) * hop])
            thr = 0.25 * float(seg.max()) if len(seg) else 0.0
            idx = int(np.argmax(seg >= thr)) if thr > 0 else hop
            t = start + ((k - 1) * hop + idx) / AUDIO_RATE_HZ
            burst = t - last_onset >= AUDIO_QUIET_SECONDS
            out.append(Evidence(t, "audio", round(float(db[k] - bed), 1),
                                f"sound onset +{db[k] - bed:.0f} dB" + (" (burst start)" if burst else "")))
            last_onset = t
            k += max(1, round(0.1 / AUDIO_HOP_SECONDS))  # one onset per 100 ms
            continue
        k += 1
    return out
