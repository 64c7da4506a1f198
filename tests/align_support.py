"""Results the shot, align, sync and strip tests share, computed once per
session (decoding the sample footage is the slow part), and ground-truth
helpers."""

from __future__ import annotations

import functools
from pathlib import Path

from annotate import align, shots, sync
from annotate.model import Moment, Timeline

# Its cuts, labelled by looking at every frame (contact sheet of the decoded
# frames, indices in decode order from 0): black opening frame, then a cut to
# the woman, to the man at 98, back to the woman at 154, to the man at 200.
REAL_CLIP_CUT_FRAMES = (1, 98, 154, 200)

# An article about two videos: the sample compilation ("the first video",
# m1 at its cut at 84 s) and a cut of it from 80 s, 40 s long ("the bodycam
# footage", m2 and m3 at its cuts at 16 s and 4 s).
TWO_VIDEO_ARTICLE = """Two videos of the crossing were released

Two videos were published on Wednesday. The first video, filmed from a rooftop, shows the plaza. At 1:24 the
picture changes to the parking lot.

The bodycam footage is shorter. About 15 seconds in, the view jumps to the door. At 0:04 the lot appears.
"""


@functools.lru_cache(maxsize=4)
def detected(video: str) -> tuple[shots.ShotChange, ...]:
    return tuple(shots.detect(video))


@functools.lru_cache(maxsize=2)
def synced(reference: str, other: str) -> sync.SyncResult:
    return sync.sync(reference, other)


def article_moments(truth: dict) -> list[Moment]:
    """The sample article's moments as the article states them (no window:
    alignment's own defaults for exact and hedged times apply)."""
    out = []
    for i, m in enumerate(truth["article"]["moments"], start=1):
        out.append(Moment(start=m["stated_start"], end=m.get("stated_end"), approximate=m["approximate"],
                          quote=m["quote"], id=f"m{i}"))
    return out


@functools.lru_cache(maxsize=4)
def _aligned(video: str, timed_on: str | None, moments: tuple[Moment, ...]) -> Timeline:
    return align.align(Timeline(moments=moments, title="sample article"), video, timed_on=timed_on)


def aligned(video: Path, truth: dict, timed_on: Path | None = None) -> Timeline:
    return _aligned(str(video), str(timed_on) if timed_on else None, tuple(article_moments(truth)))


def excerpt(source: Path, target: Path, start: float, seconds: float, width: int = 320) -> Path:
    """A short re-encoded excerpt (new first frame at ``start``), made once."""
    from annotate import ffmpeg

    if not target.exists():
        ffmpeg.run(["-ss", f"{start}", "-i", str(source), "-t", f"{seconds}", "-vf", f"scale={width}:-2",
                    "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(target)])
    return target
