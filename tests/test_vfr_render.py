"""Freezes and slow ranges on variable-frame-rate footage (a screen recording or motion-triggered camera writes
no frame while nothing changes), checked by decoding the render: the frame numbers burnt into the footage, the
output's frame times, and where a beep in its sound lands."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from annotate import ffmpeg
from annotate.model import Footage, Moment, Timeline
from annotate.probe import probe
from annotate.render import Elements, Theme, render
from tests.test_render import CODE_BITS, FPS, H, W, _numbers, _shown_at

BEEP = 7.0  # footage time of a 0.2 s beep in the sound, else silence
SOUND = 18.0
LENGTH = 17.92  # the video: its last frame (17.88 s) lasts 0.04 s as x264 writes it; the sound is cut there


def _gap_footage(path: Path, *, audio: bool) -> Path:
    """150 frames numbered 0..149: 0..49 every 0.04 s, then one every 0.12 s from 6.0 s (frame 49, at 1.96 s,
    stays on screen for 4.04 s); 18 s long."""
    bits = f"255*mod(floor(N/pow(2\\,floor(X/{W // CODE_BITS})))\\,2)"
    args = ["-f", "lavfi", "-i", f"color=c=gray:s={W}x{H}:r={FPS}:d=6,format=yuv420p,"
            f"geq=lum='{bits}':cb=128:cr=128,setpts='if(lt(N,50),PTS,PTS*3)'"]
    if audio:
        args += ["-f", "lavfi", "-i", f"aevalsrc='if(between(t,{BEEP},{BEEP + 0.2}),sin(2*PI*1000*t),0)':d={SOUND}",
                 "-c:a", "aac"]
    ffmpeg.run([*args, "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast", str(path)])
    assert probe(path).duration == pytest.approx(LENGTH)
    return path


@pytest.fixture(scope="module")
def gap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _gap_footage(tmp_path_factory.mktemp("vfr") / "gap.mp4", audio=True)


def _render(footage: Path, out: Path, *moments: Moment) -> float:
    tl = Timeline(moments=moments, footage=Footage(path=str(footage)))
    report = render(tl, out, theme=Theme(freeze_seconds=1.0, slow_factor=2.0),
                    elements=Elements(title=False, credit=False, captions=False))
    return report.duration


def _beep_at(path: Path) -> float:
    """Output time where the beep starts."""
    with av.open(str(path)) as c:
        for frame in c.decode(audio=0):
            loud = np.flatnonzero(np.abs(frame.to_ndarray()[0]) > 0.3)
            if loud.size:
                return float(frame.time) + loud[0] / frame.sample_rate
    raise AssertionError("no beep")


def _lengths(path: Path) -> tuple[float, float | None]:
    """The file's length, and its sound's, in seconds."""
    with av.open(str(path)) as c:
        audio = None
        if c.streams.audio:
            a = c.streams.audio[0]
            audio = float(a.duration * a.time_base)
        return c.duration / av.time_base, audio


def test_a_slow_range_starting_in_a_gap_between_frames_keeps_the_picture_with_the_sound(
        gap: Path, tmp_path: Path) -> None:
    """Slowed 2x, the footage's 4..8 s (frame 49 held until 6.0 s, then frames every 0.12 s) is output 4..12 s:
    frame 49 until 8.0, frame 50 from 8.0, footage 7.0 s (frame 58, from 6.96 s) at 10.0 with the beep. The
    moving frames came at 4.0 and the held one after them, 4 s ahead of the sound."""
    out = tmp_path / "slow.mp4"
    length = _render(gap, out, Moment(4.0, end=8.0, id="s", tags=("slow",)))
    assert length == pytest.approx(LENGTH + 4.0)
    numbers = _numbers(out)
    expected = {1.0: 25, 3.9: 49, 7.9: 49, 8.05: 50, 9.9: 57, 10.05: 58, 12.1: 67, 21.9: 149}
    assert {t: _shown_at(numbers, t) for t in expected} == expected
    first: dict[int, float] = {}
    for t, n in numbers:
        first.setdefault(n, round(t, 2))
    assert sorted(first) == list(range(150))  # in order, none dropped
    assert [first[n] for n in (49, 50, 51, 67)] == [1.96, 8.0, 8.24, 12.04]
    assert _beep_at(out) == pytest.approx(10.0, abs=0.05)  # atempo spreads its onset
    whole, sound = _lengths(out)
    assert whole == pytest.approx(length, abs=1 / FPS) and sound == pytest.approx(length, abs=0.05)


def test_a_freeze_in_a_gap_holds_the_frame_on_screen_and_the_sound_waits(gap: Path, tmp_path: Path) -> None:
    out = tmp_path / "freeze.mp4"
    length = _render(gap, out, Moment(3.0, id="f", tags=("freeze",)))
    assert length == pytest.approx(LENGTH + 1.0)
    numbers = _numbers(out)
    assert {t: _shown_at(numbers, t) for t in (1.0, 6.9, 7.05, 8.05)} == {1.0: 25, 6.9: 49, 7.05: 50, 8.05: 58}
    assert _beep_at(out) == pytest.approx(BEEP + 1.0, abs=0.03)
    whole, sound = _lengths(out)
    assert whole == pytest.approx(length, abs=1 / FPS) and sound == pytest.approx(length, abs=0.05)


def test_without_sound_the_reported_length_is_the_files(tmp_path: Path) -> None:
    """A freeze at 1 s and the slow range over the gap: 17.92 + 1 + 4 = 22.92 s (23.8 s was reported for a 17.64 s
    file: the gap and its slow-down were gone)."""
    footage = _gap_footage(tmp_path / "mute.mp4", audio=False)
    out = tmp_path / "mute-out.mp4"
    length = _render(footage, out, Moment(1.0, id="f", tags=("freeze",)),
                     Moment(4.0, end=8.0, id="s", tags=("slow",)))
    assert length == pytest.approx(LENGTH + 5.0)
    whole, _ = _lengths(out)
    assert whole == pytest.approx(length, abs=1 / FPS)
    numbers = _numbers(out)
    assert {t: _shown_at(numbers, t) for t in (0.9, 1.5, 2.05, 8.9, 9.05)} == {0.9: 22, 1.5: 25, 2.05: 26,
                                                                               8.9: 49, 9.05: 50}


def test_the_sound_after_several_slow_ranges_keeps_its_place(gap: Path, tmp_path: Path) -> None:
    """Not only on variable-frame-rate footage: atempo's output ran ~60 ms short of each slowed piece, so the
    sound after several slow ranges came that much earlier per range. Slowed 2x, 0.5..1.5, 2.5..3.5 and 4..6
    add 4 s: the beep at 7 s plays at 11 s, as footage 7.0 s (frame 58) shows, and the sound is the file's
    length."""
    out = tmp_path / "slows.mp4"
    length = _render(gap, out, Moment(0.5, end=1.5, id="a", tags=("slow",)),
                     Moment(2.5, end=3.5, id="b", tags=("slow",)), Moment(4.0, end=6.0, id="c", tags=("slow",)))
    assert length == pytest.approx(LENGTH + 4.0)
    assert _shown_at(_numbers(out), 11.0) == 58
    assert _beep_at(out) == pytest.approx(BEEP + 4.0, abs=0.03)
    whole, sound = _lengths(out)
    assert whole == pytest.approx(length, abs=1 / FPS) and sound == pytest.approx(length, abs=0.03)


def test_a_freeze_or_slow_range_after_the_sound_ends_renders(tmp_path: Path) -> None:
    """Not only on variable-frame-rate footage: sound that stops before the picture (a phone clip's last
    moments, a camera's sound cut short) left two or more of the sound's pieces empty, and ffmpeg failed
    ("Invalid data found when processing input"). Past the sound's end the render is silent, in step."""
    footage = tmp_path / "short-sound.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=d=6:r={FPS}:s=160x120", "-f", "lavfi", "-i", "sine=f=440:d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(footage)])
    out = tmp_path / "out.mp4"
    length = _render(footage, out, Moment(3.0, end=4.0, id="s", tags=("slow",)), Moment(5.0, id="f", tags=("freeze",)))
    assert length == pytest.approx(8.0)
    whole, sound = _lengths(out)
    assert whole == pytest.approx(length, abs=1 / FPS) and sound == pytest.approx(length, abs=0.03)


def test_the_filters_rate_is_the_probed_guessed_rate_read_in_one_opening(gap: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The render's filters run at ffmpeg's guessed rate (25 here; the average is about 8.4 fps): the probe records
    it, and the render reads it there instead of opening the file a second time."""
    from fractions import Fraction

    from annotate.render import runner

    info = probe(gap)
    assert info.guessed_rate == Fraction(FPS) and info.fps < 9

    def no_second_opening(*args: object, **kwargs: object) -> None:
        raise AssertionError("the footage was opened again for its rate")

    monkeypatch.setattr(runner.ffmpeg, "open_video", no_second_opening)
    assert runner.probe_input(gap).rate == f"{FPS}/1"


def _phone_footage(path: Path, source: str) -> list[float]:
    """A phone's 4 s of ``source`` (a lavfi picture source up to its options: "testsrc2="): frames 0.04 s apart
    for 1 s, then 0.07 s apart with each third 11 ms late, in a 1/90000 time base; each frame's time as decoded."""
    ffmpeg.run(["-f", "lavfi", "-i", f"{source}s={W}x{H}:r=25:d=4", "-vf",
                "settb=1/90000,setpts='if(lt(N,25),N*0.04,1+(N-25)*0.07+0.011*mod(N,3))/TB'", "-fps_mode", "vfr",
                "-enc_time_base", "1/90000", "-video_track_timescale", "90000", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)])
    with av.open(str(path)) as c:
        return [float(f.time) for f in c.decode(video=0)]


def test_a_caption_on_variable_rate_footage_shows_from_the_frame_its_time_names(tmp_path: Path) -> None:
    """A phone's frames 0.07 s apart (each third 11 ms late): a caption from 0.02 s after frame 30 names frame 30
    (the nearest start, as align and the clips read a time) but libass shows an event from the first frame at or
    after its start: it appeared a frame late, on frame 31. Its start is now that frame's, so frame 30 shows it,
    and the frame its end names is the first without it."""
    src = tmp_path / "phone.mp4"
    times = _phone_footage(src, "color=c=black:")
    start, end = times[30] + 0.02, times[45] + 0.025
    out = tmp_path / "captioned.mp4"
    tl = Timeline(moments=(Moment(round(start, 3), end=round(end, 3), id="c", caption="CAPTION"),),
                  footage=Footage(path=str(src)))
    render(tl, out, elements=Elements(title=False, credit=False, timecode=False, position_bar=False))
    with av.open(str(out)) as c:
        shown = [(float(f.time), float(f.to_ndarray(format="gray").max()) > 128) for f in c.decode(video=0)]
    assert [t for t, _ in shown] == pytest.approx(times, abs=1e-4)  # the footage's own frames at their own times
    assert [k for k, (_, lit) in enumerate(shown) if lit] == list(range(30, 45))


def test_a_render_of_variable_rate_footage_keeps_each_frames_own_time(tmp_path: Path) -> None:
    """The encoder counted in the average rate's 1/25 s: a phone's frame at 1.011 s came out at 1.0 s, one at
    1.092 s at 1.08. Every frame of the render (bar, timecode, title drawn over it) is the footage's at its own
    time."""
    src = tmp_path / "phone.mp4"
    times = _phone_footage(src, "testsrc2=")
    assert times[25] == pytest.approx(1.011, abs=1e-4)
    out = tmp_path / "rendered.mp4"
    render(Timeline(moments=(Moment(1.5, id="m", caption="here"),), footage=Footage(path=str(src)), title="T"), out)
    with av.open(str(out)) as c:
        got = [float(f.time) for f in c.decode(video=0)]
    assert got == pytest.approx(times, abs=1e-4)
