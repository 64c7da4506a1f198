"""The screenplay of the sample compilation: which camera is on screen at which
frame, what moves where, when guns fire. Pure data and arithmetic; the ground
truth is derived from these same numbers, so it cannot drift from the pixels."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

FPS = 25
WIDTH, HEIGHT = 640, 360
FRAMES = 6750  # 4 min 30 s
DURATION_SECONDS = FRAMES / FPS
AUDIO_RATE_HZ = 48000
KEYFRAME_INTERVAL_FRAMES = 250  # x264's default GOP
SEED = 20171113

BROADCAST_WIDTH, BROADCAST_HEIGHT = 854, 480
SLATE_FRAMES = 160  # 6.4 s of news slate before the footage
BROADCAST_OFFSET_SECONDS = SLATE_FRAMES / FPS
# Burnt-in camera date; times of day differ per camera.
CLOCK_DATE = "2017-11-13"
# Clock styles burnt into the cameras' pictures: "24h" (top left, light on
# dark outline, y-m-d), "12h" (bottom right, dark on a light outline, m/d/y
# with AM/PM), or None: that camera shows no clock.
CLOCK_STYLES = ("24h", "12h")


@dataclass(frozen=True)
class Track:
    """One moving thing in a shot: integer plate positions (top-left) per frame
    of the shot, and the sprite pose per frame (0 stand, 1/2 running)."""

    sprite: str  # "vehicle", "figure", "soldier"
    xy: np.ndarray  # (n, 2) int
    pose: np.ndarray  # (n,) int

    def moving(self) -> np.ndarray:
        """Per frame: did the position change since the previous frame."""
        step = np.any(np.diff(self.xy, axis=0) != 0, axis=1)
        return np.concatenate([[False], step])


@dataclass(frozen=True)
class Shot:
    """One camera's clip: frames [first, last) of the compilation that show it
    (a dissolve makes two shots overlap)."""

    camera: str
    scene: str
    first: int
    last: int
    clock_start: float  # seconds after midnight on the camera's clock at ``first``
    shake_px: float = 0.0
    zoom: float = 1.0
    gain: float = 0.0
    pan: tuple[int, int] = (0, 0)
    extra_grain: float = 0.0
    bed_level: float = 0.010  # audio noise amplitude while this shot is on screen
    note: str = ""
    tracks: tuple[Track, ...] = field(default=(), compare=False)
    clock_style: str | None = "24h"  # one of CLOCK_STYLES, or None: no clock drawn

    @property
    def frames(self) -> int:
        return self.last - self.first

    def clock_seconds(self, i: int) -> float:
        """The camera's clock (seconds after midnight) on frame ``i`` of the shot."""
        return self.clock_start + i / FPS

    def clock_text(self, i: int) -> str:
        """What the burnt-in clock shows on frame ``i`` of the shot ("" for none)."""
        clock = self.clock_seconds(i)
        h, m, sec = int(clock // 3600) % 24, int(clock // 60) % 60, int(clock) % 60
        if self.clock_style == "24h":
            return f"{CLOCK_DATE} {h:02d}:{m:02d}:{sec:02d}"
        if self.clock_style == "12h":
            y, mo, d = CLOCK_DATE.split("-")
            return f"{mo}/{d}/{y} {(h + 11) % 12 + 1:02d}:{m:02d}:{sec:02d} {'PM' if h >= 12 else 'AM'}"
        return ""


def _sec(t: float) -> int:
    """The frame shown at compilation time ``t`` (seconds)."""
    return round(t * FPS)


def _path(n: int, points: list[tuple[float, float, float]]) -> np.ndarray:
    """Piecewise-linear (t, x, y) keyframes in seconds *within the shot*,
    rounded to whole pixels per frame; held constant outside the keys."""
    t = np.arange(n) / FPS
    ts, xs, ys = (np.array(c, dtype=np.float64) for c in zip(*points))
    return np.stack([np.round(np.interp(t, ts, xs)), np.round(np.interp(t, ts, ys))], axis=1).astype(int)


def _drive_then_stop(n: int, t_enter: float, x0: float, speed: float, t_brake: float, t_stop: float,
                     y_of_x) -> np.ndarray:
    """Constant speed, then constant deceleration to rest at ``t_stop``."""
    t = np.arange(n) / FPS
    decel = speed / (t_stop - t_brake)
    x_brake = x0 + speed * (t_brake - t_enter)
    tb = np.clip(t - t_brake, 0.0, t_stop - t_brake)
    x = np.where(t < t_brake, x0 + speed * (t - t_enter), x_brake + speed * tb - 0.5 * decel * tb**2)
    x = np.where(t < t_enter, x0, x)
    xr = np.round(x)
    return np.stack([xr, np.round(y_of_x(xr))], axis=1).astype(int)


def _run_poses(xy: np.ndarray) -> np.ndarray:
    """Stand while still, alternate running poses every 3 frames while moving."""
    moving = np.concatenate([[False], np.any(np.diff(xy, axis=0) != 0, axis=1)])
    phase = 1 + (np.arange(len(xy)) // 3) % 2
    return np.where(moving, phase, 0)


def _walker(n: int, points: list[tuple[float, float, float]], sprite: str = "figure") -> Track:
    xy = _path(n, points)
    return Track(sprite, xy, _run_poses(xy))


# Gunfire in the action shot, compilation seconds (on frame boundaries so a
# muzzle flash frame and an audio onset coincide exactly).
GUNSHOTS = (150.40, 150.72, 151.00, 151.36, 151.80, 152.24, 152.60, 153.04,
            158.60, 158.84, 159.12, 159.52, 159.92)
# Lines spoken in the sound: (compilation second where the line's audio
# begins, text), mixed SPEECH_SNR_DB over the bed under them. They stay clear
# of the article's stated windows (0:41, 2:01-2:43, 3:05-3:22, 3:51), where a
# spoken onset could compete with the event an article time points at.
SPEECH_SNR_DB = 10.0
SPOKEN_LINES = (
    (14.0, "Hands where I can see them!"),
    (27.0, "They went out the back door."),
    (66.0, "Stop the truck right there."),
    (92.0, "He is not stopping, call it in."),
    (108.0, "Nobody crosses that line tonight."),
    (208.0, "Get down and stay down!"),
    (250.0, "The helicopter is two minutes out."),
)
# Whole-frame flashes that are not cuts: (first frame, frame count, gain, offset).
FLASHES = ((_sec(71.2), 3, 1.6, 80.0, "headlights sweep the infrared camera"),
           (_sec(150.40), 2, 1.25, 45.0, "muzzle flash of the first shot fired"))
# Gradual transitions: (kind, first frame, frame count).
DISSOLVE = ("dissolve", _sec(58.0), 25)
FADE = ("fade", _sec(214.0), 50)  # 25 frames to black, 25 back


def _shots() -> list[Shot]:
    s: list[Shot] = []

    def n(a: float, b: float) -> int:
        return _sec(b) - _sec(a)

    # 0:00 CAM 01, the plaza, a sentry pacing.
    k = n(0, 24)
    s.append(Shot("CAM 01", "gate", _sec(0), _sec(24), 15 * 3600 + 2 * 60 + 11.4,
                  tracks=(_walker(k, [(0, 250, 250), (9, 330, 252), (12, 330, 252), (24, 250, 250)]),),
                  note="opening: plaza overview"))
    # 0:24 CAM 02, the road: the truck enters and comes to a stop near 0:41.
    k = n(24, 59)
    road_y = lambda x: 262 - 45 * (x + 48) / 720 - 40  # noqa: E731  (bottom of truck on the road)
    truck = _drive_then_stop(k, 30.0 - 24, -96, 48.0, 40.2 - 24, 41.6 - 24, road_y)
    s.append(Shot("CAM 02", "road", _sec(24), _sec(59), 15 * 3600 + 9 * 60 + 40.7,
                  tracks=(Track("vehicle", truck, np.zeros(k, int)),), note="the truck on the road"))
    # 0:58 dissolve into CAM 07, infrared, shaky; a headlight flash at 1:11.2.
    s.append(Shot("CAM 07", "night", _sec(58), _sec(84), 15 * 3600 + 11 * 60 + 2.9, shake_px=5.0,
                  extra_grain=9.0, bed_level=0.006, clock_style=None,
                  note="infrared tree line; heavy colour grain, so the encoder's keyframe refreshes "
                       "(60.0, 70.0, 80.0 s) look like cuts to HSV content detectors"))
    # 1:24 CAM 03, a parking lot.
    s.append(Shot("CAM 03", "lot", _sec(84), _sec(96), 15 * 3600 + 12 * 60 + 30.2, note="parking lot",
                  clock_style="12h"))
    # 1:36 a 12-frame insert of CAM 05, then CAM 04: two cuts 0.48 s apart.
    s.append(Shot("CAM 05", "door", _sec(96), _sec(96.48), 15 * 3600 + 12 * 60 + 51.0,
                  note="12-frame insert"))
    k = n(96.48, 112)
    s.append(Shot("CAM 04", "bridge", _sec(96.48), _sec(112), 15 * 3600 + 13 * 60 + 3.6, shake_px=3.0,
                  clock_style="12h",
                  tracks=(_walker(k, [(0, 420, 300), (15.52, 500, 298)]),), note="bridge, slight shake"))
    # 1:52 CAM 06 on the checkpoint; 2:06 the same camera re-aimed: a cut
    # between two near-identical views.
    s.append(Shot("CAM 06", "checkpoint", _sec(112), _sec(126), 15 * 3600 + 13 * 60 + 20.5,
                  note="checkpoint, wide"))
    k = n(126, 148)
    check_y = lambda x: 262 + 0 * x  # noqa: E731
    truck2 = _drive_then_stop(k, 130.0 - 126, -96, 70.0, 135.2 - 126, 136.4 - 126, check_y)
    # The camera's clock runs on through the re-aim: one clock segment, two shots.
    s.append(Shot("CAM 06", "checkpoint", _sec(126), _sec(148), 15 * 3600 + 13 * 60 + 34.5,
                  zoom=1.08, gain=12.0, pan=(14, 8),
                  tracks=(Track("vehicle", truck2, np.zeros(k, int)),),
                  note="same camera re-aimed (zoom 1.08, +12 brightness): near-identical shots"))
    # 2:28 CAM 08, the action: the figure runs at 2:29.2, gunfire from 2:30.4.
    k = n(148, 186)
    runner = _walker(k, [(0, 250, 250), (1.2, 250, 250), (8.0, 620, 228)])
    chaser = _walker(k, [(0, 40, 232), (4.0, 40, 232), (7.0, 250, 236), (8.4, 250, 236), (10.0, 180, 234)],
                     sprite="soldier")
    guards = tuple(Track("soldier", np.tile([[x, y]], (k, 1)), np.zeros(k, int))
                   for x, y in ((60, 212), (95, 226), (130, 208)))
    s.append(Shot("CAM 08", "line", _sec(148), _sec(186), 15 * 3600 + 14 * 60 + 21.2, shake_px=2.5,
                  bed_level=0.014, tracks=(runner, chaser, *guards),
                  note="the action: the run and the gunfire"))
    # 3:06 CAM 09, the approach; fades to black at 3:34 and back on CAM 10.
    k = n(186, 215)
    crawl = tuple(_walker(k, [(0, x, y), (29, x + 120, y - 10)], sprite="figure") for x, y in ((60, 300), (20, 320)))
    s.append(Shot("CAM 09", "south", _sec(186), _sec(215), 15 * 3600 + 15 * 60 + 48.3, tracks=crawl, clock_style="12h",
                  note="soldiers crawl up the slope"))
    s.append(Shot("CAM 10", "huts", _sec(215), _sec(232), 15 * 3600 + 40 * 60 + 5.8, bed_level=0.008, clock_style=None,
                  note="the huts at dusk"))
    k = n(232, 270)
    carry = tuple(_walker(k, [(0, x, 250), (20, x + 140, 230), (38, x + 140, 230)]) for x in (100, 116))
    s.append(Shot("CAM 11", "helipad", _sec(232), FRAMES, 15 * 3600 + 52 * 60 + 17.1, tracks=carry,
                  note="the helipad"))
    return s


SHOTS: tuple[Shot, ...] = tuple(_shots())


def check() -> None:
    """The screenplay's own invariants: shots tile the compilation, each cut or
    transition joins consecutive shots."""
    frames = 0
    for a, b in zip(SHOTS, SHOTS[1:]):
        if a.last > b.first and (a.last - b.first) != DISSOLVE[2]:
            raise AssertionError(f"{a.camera}->{b.camera} overlap {a.last - b.first}")
        frames += b.first - a.first
    if SHOTS[-1].last != FRAMES or SHOTS[0].first != 0:
        raise AssertionError("shots do not tile the compilation")
    for shot in SHOTS:
        for track in shot.tracks:
            assert len(track.xy) == shot.frames, (shot.camera, len(track.xy), shot.frames)


def mixing(frame: int) -> tuple[int, int, float, float]:
    """What frame ``frame`` shows: (shot a, shot b or -1, weight of b, gain).

    A dissolve of n frames mixes weight (i+1)/(n+1) of the incoming shot, so
    neither end frame is a pure copy. A fade scales to black over its first
    half and back over its second: the middle frame is black."""
    kind, d0, dn = DISSOLVE
    if d0 <= frame < d0 + dn:
        a = next(i for i, s in enumerate(SHOTS) if s.first <= frame < s.last and s.first < d0)
        return a, a + 1, (frame - d0 + 1) / (dn + 1), 1.0
    idx = next(i for i, s in enumerate(SHOTS) if s.first <= frame < s.last)
    _, f0, fn = FADE
    half = fn // 2
    if f0 <= frame < f0 + half:
        return idx, -1, 0.0, 1.0 - (frame - f0 + 1) / half
    if f0 + half <= frame < f0 + fn:
        return idx, -1, 0.0, (frame - f0 - half) / half
    return idx, -1, 0.0, 1.0


def shake(shot_index: int, n: int, amplitude: float) -> np.ndarray:
    """Smooth wobble of a pole-mounted camera in the wind, plus 1 px jitter."""
    if amplitude <= 0:
        return np.zeros((n, 2), int)
    rng = np.random.default_rng([SEED, shot_index, 7])
    t = np.arange(n) / FPS
    out = np.zeros((n, 2))
    for axis in range(2):
        for _ in range(3):
            f, p = rng.uniform(0.3, 2.5), rng.uniform(0, 2 * math.pi)
            out[:, axis] += np.sin(2 * math.pi * f * t + p) / 3
        out[:, axis] += rng.normal(0, 0.15, n)
    return np.round(out * amplitude).astype(int)
