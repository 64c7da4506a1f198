"""Interchange and review on a large timeline (2,000 moments, one every 1.5 s
over 50 minutes): ``annotate export``/``import`` and ``annotate review``,
against the same OTIO/EDL written by opentimelineio directly (the price of
loading the YAML timeline and carrying our metadata)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.measure import Row, python
from bench.measure import run as measure

MOMENTS = 2_000
QUICK = True  # about a minute: `python -m bench --quick` runs it
SPACING_SECONDS = 1.5
FPS = 25

_BARE_OTIO = """
import opentimelineio as otio
RT, TR = otio.opentime.RationalTime, otio.opentime.TimeRange
tl = otio.schema.Timeline(name="bench")
track = otio.schema.Track(kind=otio.schema.TrackKind.Video)
rng = TR(RT(0, {fps}), RT({frames}, {fps}))
clip = otio.schema.Clip(name="footage.mp4", source_range=rng,
                        media_reference=otio.schema.ExternalReference("file:///footage.mp4", available_range=rng))
for i in range({n}):
    clip.markers.append(otio.schema.Marker(name=f"Moment {{i}}", marked_range=TR(RT(round(i * {step} * {fps}), {fps}),
                                                                               RT(0, {fps}))))
track.append(clip)
tl.tracks.append(track)
otio.adapters.write_to_file(tl, {out!r}{extra})
"""


def _timeline(path: Path) -> None:
    duration = int(MOMENTS * SPACING_SECONDS + 10)
    lines = ["schema_version: 1", "title: Bench",
             f"footage: {{path: footage.mp4, duration: {duration}, fps: {FPS}}}", "moments:"]
    for i in range(MOMENTS):
        lines.append(f"  - {{id: m{i + 1}, start: {i * SPACING_SECONDS:.3f}, caption: 'Moment {i} <b>&</b>',"
                     f" stated: 'at {i} seconds'}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _footage(path: Path) -> None:
    """A real video as long as the timeline (a flat 64x36 picture: seconds to
    encode), since ``review`` probes the footage it links."""
    from annotate import ffmpeg

    seconds = int(MOMENTS * SPACING_SECONDS + 10)
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=gray:s=64x36:r={FPS}:d={seconds}", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)])


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        story = t / "story.yaml"
        _timeline(story)
        frames = int((MOMENTS * SPACING_SECONDS + 10) * FPS)
        for ext, extra, adapter in (("otio", "", "otio_json"), ("edl", ", adapter_name='cmx_3600'", "cmx_3600")):
            ours = measure(["annotate", "export", str(story), "-o", str(t / f"out.{ext}")])
            bare = measure(python(_BARE_OTIO.format(fps=FPS, frames=frames, n=MOMENTS, step=SPACING_SECONDS,
                                                    out=str(t / f"bare.{ext}"), extra=extra)))
            rows.append(Row(f"export {MOMENTS} moments -> .{ext}", ours, f"opentimelineio {adapter} directly", bare,
                            "ours includes loading the YAML timeline (about 2.4 s of it at 2,000 moments)"))
        for ext in ("xml", "csv", "json", "chapters.txt"):
            ours = measure(["annotate", "export", str(story), "-o", str(t / f"out.{ext}")])
            rows.append(Row(f"export {MOMENTS} moments -> .{ext}", ours, "–", None))
        for ext in ("otio", "csv", "json"):
            ours = measure(["annotate", "import", str(t / f"out.{ext}"), "-o", str(t / f"back-{ext}.yaml")])
            rows.append(Row(f"import {MOMENTS} moments <- .{ext}", ours, "–", None))
        _footage(t / "footage.mp4")  # the page links and probes it; no pictures are made
        ours = measure(["annotate", "review", str(story), "-o", str(t / "review"), "--no-pictures"])
        size_mb = (t / "review" / "index.html").stat().st_size / 1e6
        rows.append(Row(f"review page, {MOMENTS} moments", ours, "–", None, f"index.html {size_mb:.1f} MB"))
    return rows
