"""The overlay's position bar and moment markers, checked on frames of a real render."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from annotate import ffmpeg
from annotate.model import Footage, Moment, Timeline
from annotate.render import Elements, Theme, render

W, H, FPS, SECONDS = 640, 360, 25, 6.0
MARKERS = (1.0, 3.6)


@pytest.mark.parametrize("picture", ["f0f0f0", "101010"])
def test_the_bar_and_its_markers_stand_out_from_a_bright_or_dark_picture(tmp_path: Path, picture: str) -> None:
    """Over snow, sky or a white wall the unplayed track (white at 28 %) and the white markers were drawn
    straight on the picture: invisible. A dark strip under the bar and markers keeps both readable."""
    footage = tmp_path / "flat.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=0x{picture}:s={W}x{H}:r={FPS}:d={SECONDS}",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(footage)])
    moments = tuple(Moment(t, end=t + 0.5, caption=f"m{i}", id=f"m{i}") for i, t in enumerate(MARKERS))
    out = tmp_path / "bar.mp4"
    render(Timeline(moments=moments, footage=Footage(path=str(footage))), out,
           elements=Elements(captions=False, timecode=False, title=False, credit=False))
    with av.open(str(out)) as container:
        frame = next(f for f in container.decode(video=0) if f.time is not None and f.time >= 3.0)
    img = frame.to_ndarray(format="rgb24").astype(int)
    level = int(picture[:2], 16)
    theme = Theme()
    bar_h = max(2, round(theme.position_bar_height * H))
    # The unplayed track (right of the elapsed half) is not the picture.
    track = img[H - bar_h + 1: H - 1, int(W * 0.7): W - 8]
    assert abs(track.mean() - level) > 40, track.mean()
    # Each marker, just above the bar, stands out from the pixels beside it on its row.
    row = img[H - bar_h - 3]
    for t in MARKERS:
        x = round(W * t / SECONDS)
        marker = row[x - 1: x + 2].mean()
        beside = np.concatenate([row[x - 14: x - 6], row[x + 6: x + 14]]).mean()
        assert marker - beside > 60, (t, marker, beside)


def test_thousands_of_markers_are_drawn_once_not_on_every_frame(tmp_path: Path) -> None:
    """One drawbox per marker, each run on every frame, made a render's time grow with frames x moments
    (5,000 moments on 3 h: over an hour). The markers are static: drawn once into one strip overlaid on
    every frame, so the filters each frame passes through do not grow with the moments."""
    from annotate.render.graph import Input, Overlay, video_filters

    w, h = 320, 180
    footage = tmp_path / "flat.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=0x404040:s={w}x{h}:r={FPS}:d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(footage)])
    times = [round(2.0 * i / 5000, 5) for i in range(5000)]
    src = Input(path=str(footage), width=w, height=h, fps=FPS, duration=2.0, has_audio=False)
    graph = video_filters(src, Overlay(markers=tuple((t, False) for t in times)), Theme())
    per_frame = [chain for chain in graph.split(";") if not chain.startswith("color=")]
    assert sum(chain.count("drawbox") for chain in per_frame) <= 2  # the backing strip and the track
    assert graph.count("drawbox") <= w + 2  # at most one box a pixel column, drawn once
    moments = tuple(Moment(t, caption=f"m{i}", id=f"m{i}") for i, t in enumerate(times))
    out = tmp_path / "many.mp4"
    render(Timeline(moments=moments, footage=Footage(path=str(footage))), out,
           elements=Elements(captions=False, timecode=False, title=False, credit=False))
    with av.open(str(out)) as container:
        frame = next(f for f in container.decode(video=0) if f.time is not None and f.time >= 0.2)
    img = frame.to_ndarray(format="rgb24").astype(int)
    theme = Theme()
    bar_h = max(2, round(theme.position_bar_height * h))
    row = img[h - bar_h - 1]  # the markers' lowest row above the bar
    assert (row.min(axis=1) > 180).mean() > 0.95  # every column marked: white markers all along the bar
    assert abs(img[h // 2].mean() - 0x40) < 8  # the picture itself untouched
