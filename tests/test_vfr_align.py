"""align on variable-frame-rate footage (phones write frames at uneven times): a moment snapped to a cut starts at
the cut's frame as the file times it, read back with PyAV."""

from __future__ import annotations

from pathlib import Path

import av
import pytest

from annotate import align, ffmpeg
from annotate.model import Moment, Timeline


@pytest.fixture(scope="module")
def uneven(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[float]]:
    """Three shots of 75 frames (cuts at frames 75 and 150): 40 frames at 25 fps, then one every 0.07 s, each
    third 11 ms late, in a 1/90000 time base as a phone's; with each frame's time as PyAV decodes it."""
    path = tmp_path_factory.mktemp("vfr-align") / "uneven.mp4"
    shots = [f"{src}=s=320x180:r=25:d=3" for src in ("testsrc2", "smptebars", "rgbtestsrc")]
    ffmpeg.run([*(arg for s in shots for arg in ("-f", "lavfi", "-i", s)),
                "-filter_complex", "[0][1][2]concat=n=3:v=1,format=yuv420p,settb=1/90000,"
                "setpts='if(lt(N,40),N*0.04,1.6+(N-40)*0.07+0.011*mod(N,3))/TB'",
                "-fps_mode", "vfr", "-enc_time_base", "1/90000", "-video_track_timescale", "90000",
                "-c:v", "libx264", "-preset", "veryfast", str(path)])
    with av.open(str(path)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    assert len(times) == 225 and [round(times[n], 3) for n in (75, 150)] == [4.05, 9.3]
    return path, times


def test_a_moment_snaps_to_the_cut_frame_s_own_time(uneven: tuple[Path, list[float]]) -> None:
    """Resampled to 25 fps, the cuts were placed at 4.04 and 9.32 s: times no frame of the file has."""
    path, times = uneven
    moments = (Moment(4.0, id="a", approximate=True), Moment(9.0, id="b", approximate=True))
    out = align.align(Timeline(moments=moments), path)
    got = [(m.alignment.kind, m.alignment.start) for m in out.moments if m.alignment is not None]
    assert got == [("cut", pytest.approx(times[75], abs=1e-4)), ("cut", pytest.approx(times[150], abs=1e-4))]
