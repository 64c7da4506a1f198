"""Explainer overlays, checked by decoding the rendered frames."""

from __future__ import annotations

import math
import os
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pysubs2
import pytest
from click.testing import CliRunner
from PIL import Image

from annotate import ffmpeg
from annotate import fonts as fontlib
from annotate.cli import main
from annotate.errors import InputError, MediaError, OutputError
from annotate.model import Footage, Moment, Source, Timeline
from annotate.render import Elements, Theme, load_theme, overlay, render
from annotate.render.document import Frame, build, line_chars
from annotate.render.theme import ThemeWarning
from annotate.timeline import save
from tests import system

W, H, FPS, SECONDS = 640, 360, 25, 6.0
BACKGROUND = (42, 77, 105)
HOSTILE = ("He said: \"it's 100% {\\an8}\\N {\\pos(10,10)} %{pts} %{eif\\:1\\:d}\" ; a,b [x] 'q' \\ done\n"
           "second line")


def _make(path: Path, *, size: str = f"{W}x{H}", seconds: float = SECONDS, audio: bool = True,
          video: bool = True) -> Path:
    args: list[str] = []
    if video:
        args += ["-f", "lavfi", "-i", f"color=c=0x{bytes(BACKGROUND).hex()}:s={size}:r={FPS}:d={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=f=440:d={seconds}"]
    if video:
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv444p" if "x" in size and
                 any(int(s) % 2 for s in size.split("x")) else "yuv420p"]
    if audio:
        args += ["-c:a", "aac"]
    ffmpeg.run([*args, str(path)])
    return path


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make(tmp_path_factory.mktemp("render") / "flat.mp4")


def _timeline(footage: Path, **moments_kw: object) -> Timeline:
    moments = (
        Moment(1.0, end=2.4, caption="Soldiers cross the line", id="m1", highlight=(0.25, 0.2, 0.5, 0.4)),
        Moment(3.6, end=5.0, caption="The jeep stalls at the ditch", id="m2", approximate=True),
    )
    return Timeline(moments=moments, title="The defection, frame by frame",
                    sources=(Source(credit="Footage: United Nations Command via AP"),),
                    footage=Footage(path=str(footage)))


def _frames(path: Path, times: list[float]) -> dict[float, np.ndarray]:
    """RGB frames nearest to each time (decoding the whole short file)."""
    out: dict[float, np.ndarray] = {}
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            t = float(frame.pts * frame.time_base)
            for want in times:
                if want not in out and abs(t - want) < 0.6 / FPS:
                    out[want] = frame.to_ndarray(format="rgb24").astype(int)
    assert set(out) == set(times), f"frames missing for {set(times) - set(out)}"
    return out


def _changed(img: np.ndarray, rows: slice, cols: slice, background=BACKGROUND, tol: int = 24) -> float:
    """Fraction of pixels in the region that are not the background colour."""
    region = img[rows, cols]
    return float((np.abs(region - np.array(background)).max(axis=2) > tol).mean())


CAPTION_ROWS = slice(int(H * 0.62), int(H * 0.94))
CAPTION_COLS = slice(int(W * 0.1), int(W * 0.9))
TOP_ROWS = slice(0, int(H * 0.4))


@pytest.fixture(scope="module")
def rendered(media: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("out") / "explainer.mp4"
    report = render(_timeline(media), out)
    return out, report


def test_captions_appear_during_cues_and_not_between(rendered) -> None:
    system.require(system.DEJAVU)  # rendered text needs a font
    out, report = rendered
    f = _frames(out, [0.4, 1.5, 3.0, 4.2, 5.6])
    assert _changed(f[1.5], CAPTION_ROWS, CAPTION_COLS) > 0.03  # boxed caption during m1
    assert _changed(f[4.2], CAPTION_ROWS, CAPTION_COLS) > 0.03  # during m2
    for quiet in (0.4, 3.0, 5.6):
        assert _changed(f[quiet], CAPTION_ROWS, CAPTION_COLS) < 0.005, quiet
    # Different captions, different pixels.
    assert np.abs(f[1.5][CAPTION_ROWS, CAPTION_COLS] - f[4.2][CAPTION_ROWS, CAPTION_COLS]).mean() > 3
    assert report.captions == 2


def test_position_bar_grows_and_markers_sit_at_moments(rendered) -> None:
    out, _ = rendered
    theme = Theme()
    accent = np.array([int(theme.accent_colour[i : i + 2], 16) for i in (1, 3, 5)])
    f = _frames(out, [1.0, 3.0, 5.0])
    bar_row = H - 2
    filled = {t: int((np.abs(img[bar_row] - accent).max(axis=1) < 40).sum()) for t, img in f.items()}
    for t, n in filled.items():
        assert abs(n - W * t / SECONDS) < W * 0.03, (t, n)  # width follows time
    # Markers: bright columns just above the bar (on its dark backing strip; an approximate one at 55 %),
    # at W*t/D for t = 1.0 and 3.6.
    marker_row = H - max(2, round(theme.position_bar_height * H)) - 3
    bright = np.where(f[5.0][marker_row].min(axis=1) > 120)[0]
    for t in (1.0, 3.6):
        assert np.any(np.abs(bright - W * t / SECONDS) <= 2), (t, bright)
    assert len(bright) <= 8  # only the markers, nothing else on that row


def test_timecode_changes_each_second(rendered) -> None:
    system.require(system.DEJAVU)  # rendered text needs a font
    out, _ = rendered
    f = _frames(out, [1.2, 1.8, 2.2])
    rows, cols = slice(0, int(H * 0.15)), slice(int(W * 0.7), W)
    assert _changed(f[1.2], rows, cols) > 0.03
    assert np.abs(f[1.2][rows, cols] - f[1.8][rows, cols]).max() < 30  # same second, same digits
    changed = np.abs(f[1.8][rows, cols] - f[2.2][rows, cols]).max(axis=2) > 40
    assert changed.sum() > 15  # 00:00:01 -> 00:00:02: the last digit's pixels (12 px font)


def test_highlight_box_only_over_its_span(rendered) -> None:
    out, _ = rendered
    theme = Theme()
    colour = np.array([int(theme.highlight_colour[i : i + 2], 16) for i in (1, 3, 5)])
    f = _frames(out, [1.5, 3.0])
    row = int(0.6 * H) - 2  # bottom edge of the box (the title may cover the top one at 360p)
    cols = slice(int(0.3 * W), int(0.7 * W))
    during = (np.abs(f[1.5][row, cols] - colour).max(axis=1) < 40).mean()
    after = (np.abs(f[3.0][row, cols] - colour).max(axis=1) < 40).mean()
    assert during > 0.9 and after < 0.05


def test_duration_and_audio_match_the_footage(rendered, media: Path) -> None:
    out, report = rendered
    with av.open(str(out)) as c, av.open(str(media)) as src:
        assert abs(c.duration / 1e6 - src.duration / 1e6) <= 1 / FPS + 0.03
        assert len(c.streams.audio) == 1 and len(c.streams.video) == 1
        v = c.streams.video[0]
        assert (v.codec_context.width, v.codec_context.height) == (W, H)
        a, sa = c.streams.audio[0], src.streams.audio[0]
        assert abs(float(a.duration * a.time_base) - float(sa.duration * sa.time_base)) < 0.05
    assert abs(report.duration - SECONDS) < 0.05


def test_hostile_caption_renders_in_place_without_overrides(media: Path, tmp_path: Path) -> None:
    system.require(system.DEJAVU)  # rendered text needs a font
    long_tail = " ".join(["word"] * 2000)  # ~10,000 characters
    tl = Timeline(moments=(Moment(1.0, end=3.0, caption=HOSTILE + " " + long_tail, id="h"),),
                  footage=Footage(path=str(media)))
    out = tmp_path / "hostile.mp4"
    elements = Elements(timecode=False, title=False, credit=False, position_bar=False)
    report = render(tl, out, elements=elements)
    f = _frames(out, [1.5, 4.0])
    assert _changed(f[1.5], CAPTION_ROWS, CAPTION_COLS) > 0.03
    # `{\an8}` / `{\pos}` stayed text: nothing was moved to the top of the frame.
    assert _changed(f[1.5], TOP_ROWS, slice(0, W)) < 0.002
    # Far too long for its 2 s: never cut, its cues run on to the footage's end, and the report says so.
    assert _changed(f[4.0], CAPTION_ROWS, CAPTION_COLS) > 0.03
    assert any("moment h" in w and "run" in w for w in report.warnings)
    assert any("moment h" in w and "after the footage ends" in w for w in report.warnings)
    assert report.captions >= 1


def test_hostile_text_is_escaped_in_the_ass_document() -> None:
    tl = Timeline(moments=(Moment(1.0, caption=HOSTILE, id="h"),), title="{\\an5}Title\\N")
    doc = build(tl, Frame(W, H, SECONDS, FPS), theme=Theme(caption_time_label=False))
    texts = [e.text for e in doc if e.name in ("caption", "title")]
    for text in texts:
        visible = text.replace("{\\fad(300,300)}", "")
        # Every brace left is escaped: no override block can open.
        assert "{" not in visible.replace("\\{", "") and "}" not in visible.replace("\\}", "")
    assert any("\\{\\\u2060an8\\}" in t for t in texts)


TEN_HOURS = 36_000.0


@pytest.mark.parametrize(("elements", "moment", "message"), [
    (Elements(), None, r"^footage: runs to 10:00:05\.00, past 9:59:59\.99, the latest time .*--no-timecode"),
    (Elements(timecode=False), None, r"^footage: runs to 10:00:05\.00, past 9:59:59\.99, .*--no-credit"),
    (Elements(timecode=False, credit=False), Moment(TEN_HOURS - 1, caption="late", id="m9"),
     r"^moment m9: runs to 10:00:0\d\.\d\d, past 9:59:59\.99"),
])
def test_an_overlay_past_ten_hours_is_refused_not_clamped(elements, moment, message) -> None:
    # pysubs2 writes any later ASS time as 9:59:59.99 (with only a RuntimeWarning).
    moments = (Moment(1.0, caption="early", id="m1"),) + ((moment,) if moment else ())
    tl = Timeline(moments=moments, sources=(Source(credit="Footage: somebody"),))
    with pytest.raises(OutputError, match=message):
        build(tl, Frame(W, H, TEN_HOURS + 5, FPS))


def test_an_overlay_of_long_footage_within_ten_hours_keeps_its_times() -> None:
    tl = Timeline(moments=(Moment(TEN_HOURS - 60, caption="late", id="m1"),), sources=(Source(credit="c"),))
    doc = build(tl, Frame(W, H, TEN_HOURS + 5, FPS), elements=Elements(timecode=False, credit=False))
    back = pysubs2.SSAFile.from_string(doc.to_string("ass"))
    assert [(e.name, e.start) for e in back if e.name == "caption"] == [("caption", (TEN_HOURS - 60) * 1000)]


def _caption_region(png_or_frame: np.ndarray) -> np.ndarray:
    return png_or_frame[CAPTION_ROWS, CAPTION_COLS]


def _preview(media: Path, tmp_path: Path, caption: str, name: str, **theme_kw: object) -> np.ndarray:
    tl = Timeline(moments=(Moment(1.0, end=3.0, caption=caption, id="c"),), footage=Footage(path=str(media)))
    out = tmp_path / f"{name}.png"
    render(tl, out, preview_at=1.5, theme=Theme(caption_time_label=False, **theme_kw),
           elements=Elements(timecode=False, title=False, credit=False, position_bar=False))
    with av.open(str(out)) as c:
        return next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)


@pytest.mark.parametrize("first,second,fonts_package", [
    ("日本語の字幕", "中文字幕測試", system.CJK_FONT),  # CJK
    ("مرحبا بالعالم", "شكرا جزيلا لكم", system.DEJAVU),  # Arabic
    ("שלום עולם", "תודה רבה לכם", system.DEJAVU),  # Hebrew
    ("😀 😎 😂", "😡 😱 😴", system.DEJAVU),  # emoji
])
def test_other_scripts_render_as_glyphs_not_tofu(media: Path, tmp_path: Path, first: str, second: str,
                                                 fonts_package: system.SystemPackage) -> None:
    """Tofu boxes look the same whatever the characters: two different texts
    of similar length must give clearly different pixels."""
    system.require(fonts_package)
    plan = fontlib.plan([first, second], family="DejaVu Sans", mono="DejaVu Sans Mono")
    assert not plan.warnings, plan.warnings
    a = _preview(media, tmp_path, first, "a")
    b = _preview(media, tmp_path, second, "b")
    assert _changed(a, CAPTION_ROWS, CAPTION_COLS) > 0.015
    ink_a = np.abs(_caption_region(a) - np.array(BACKGROUND)).max(axis=2) > 150
    ink_b = np.abs(_caption_region(b) - np.array(BACKGROUND)).max(axis=2) > 150
    assert ink_a.sum() > 50 and ink_b.sum() > 50
    assert (ink_a ^ ink_b).sum() > 0.3 * max(ink_a.sum(), ink_b.sum())


@pytest.fixture
def no_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A machine with no font at all, as a bare one: fontconfig (ours, and libass's inside ffmpeg) reads an
    empty configuration."""
    conf = tmp_path / "empty-fonts.conf"
    conf.write_text(f"<?xml version='1.0'?>\n<fontconfig><cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>\n",
                    encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    looked_up = (fontlib.match_family, fontlib.file_family, fontlib._file_covers, fontlib.covering, fontlib.font_file)
    for cache in looked_up:
        cache.cache_clear()
    yield
    for cache in looked_up:
        cache.cache_clear()


def test_with_no_font_installed_text_is_drawn_in_pillows_own_font(media: Path, tmp_path: Path, no_fonts) -> None:
    """On a machine with Python alone libass found no font: the explainer had no caption, title, timecode or
    credit, not even their boxes, and the warning promised a substitute. Pillow's own Aileron (ASCII) is it."""
    plan = fontlib.plan(["SOLDIERS CROSS THE LINE"], family="DejaVu Sans", mono="DejaVu Sans Mono")
    assert plan.main is not None and plan.main.family == fontlib.BUILT_IN_FAMILY
    assert any(f"Pillow's built-in {fontlib.BUILT_IN_FAMILY}" in w and "fonts-dejavu-core" in w for w in plan.warnings)
    frame = _preview(media, tmp_path, "SOLDIERS CROSS THE LINE", "bare")
    ink = np.abs(_caption_region(frame) - np.array(BACKGROUND)).max(axis=2) > 150
    assert ink.sum() > 200


def test_cjk_uses_a_cjk_font_per_run() -> None:
    system.require(system.CJK_FONT)
    plan = fontlib.plan(["see 日本語 here"], family="DejaVu Sans", mono="DejaVu Sans Mono")
    doc = build(Timeline(moments=(Moment(1.0, caption="see 日本語 here", id="c"),)),
                Frame(W, H, SECONDS, FPS), fonts=plan, theme=Theme(caption_time_label=False))
    text = next(e.text for e in doc if e.name == "caption")
    family = plan.fallbacks["日"].family
    assert "CJK" in family or "Han" in family or "Gothic" in family or "Mincho" in family
    assert text.startswith("see {\\fn" + family + "}日本語") and text.endswith("{\\fnDejaVu Sans}here")


def test_missing_fonts_are_named_with_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    system.require(system.DEJAVU)  # fontconfig answers the look-ups
    plan = fontlib.plan(["plain"], family="No Such Family 123", mono="DejaVu Sans Mono")
    assert any("No Such Family 123" in w and "fonts-dejavu-core" in w for w in plan.warnings)
    fontlib.covering.cache_clear()
    fontlib._file_covers.cache_clear()
    monkeypatch.setattr(fontlib, "covering", lambda chars, lang=None: None)
    plan = fontlib.plan(["日本語"], family="DejaVu Sans", mono="DejaVu Sans Mono")
    assert any("CJK" in w and "fonts-noto-cjk" in w for w in plan.warnings), plan.warnings


def test_theme_font_file_names_its_own_family(tmp_path: Path) -> None:
    system.require(system.DEJAVU)
    serif = fontlib.match_family("DejaVu Serif")
    assert serif is not None, "fonts-dejavu-core ships DejaVu Serif"
    theme_file = tmp_path / "theme.yaml"
    theme_file.write_text(f"font_file: {serif.file}\n")
    theme = load_theme(theme_file)
    plan = fontlib.plan(["x"], family=theme.font, mono=theme.mono_font, font_file=theme.font_file)
    assert plan.main == fontlib.FontChoice("DejaVu Serif", serif.file)
    doc = build(Timeline(moments=(Moment(1.0, caption="x", id="c"),)), Frame(W, H, SECONDS, FPS), fonts=plan)
    assert doc.styles["Caption"].fontname == "DejaVu Serif"


def test_a_theme_font_file_that_is_no_font_is_said_not_silently_replaced(tmp_path: Path) -> None:
    system.require(system.DEJAVU)  # fontconfig answers the look-ups
    fake = tmp_path / "font.ttf"
    fake.write_bytes(bytes(range(256)) * 16)
    plan = fontlib.plan(["x"], family="DejaVu Sans", mono="DejaVu Sans Mono", font_file=str(fake))
    assert any(f"font file {fake} holds no font family" in w and "'DejaVu Sans'" in w for w in plan.warnings)
    serif = fontlib.match_family("DejaVu Serif")
    assert serif is not None
    assert fontlib.plan(["x"], family="DejaVu Sans", mono="DejaVu Sans Mono", font_file=serif.file).warnings == ()


def test_preview_writes_one_frame(media: Path, tmp_path: Path) -> None:
    system.require(system.DEJAVU)  # rendered text needs a font
    out = tmp_path / "frame.png"
    render(_timeline(media), out, preview_at=1.5)
    with av.open(str(out)) as c:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in c.decode(video=0)]
    assert len(frames) == 1 and frames[0].shape == (H, W, 3)
    assert _changed(frames[0], CAPTION_ROWS, CAPTION_COLS) > 0.03
    with pytest.raises(InputError):
        render(_timeline(media), tmp_path / "late.png", preview_at=99)


def test_freeze_adds_a_held_frame_and_keeps_audio_in_step(media: Path, tmp_path: Path) -> None:
    tl = Timeline(moments=(Moment(2.0, caption="Hold here", id="f", tags=("freeze",)),),
                  footage=Footage(path=str(media)))
    out = tmp_path / "freeze.mp4"
    report = render(tl, out, theme=Theme(freeze_seconds=1.0),
                    elements=Elements(title=False, credit=False))
    assert abs(report.duration - (SECONDS + 1.0)) < 1e-6
    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert abs(float(v.duration * v.time_base) - (SECONDS + 1.0)) <= 2 / FPS
        assert abs(float(a.duration * a.time_base) - (SECONDS + 1.0)) < 0.1
    f = _frames(out, [2.2, 2.8])
    # Footage time stands still during the freeze: bar and timecode identical.
    assert np.abs(f[2.2] - f[2.8]).max() < 12


def test_slow_down_stretches_video_and_audio_together(media: Path, tmp_path: Path) -> None:
    tl = Timeline(moments=(Moment(1.0, end=2.0, caption="Slowly", id="s", tags=("slow",)),),
                  footage=Footage(path=str(media)))
    out = tmp_path / "slow.mp4"
    report = render(tl, out, theme=Theme(slow_factor=3.0), elements=Elements(title=False))
    assert abs(report.duration - (SECONDS + 2.0)) < 1e-6  # 1 s played 3x slower adds 2 s
    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert abs(float(v.duration * v.time_base) - (SECONDS + 2.0)) <= 2 / FPS
        assert abs(float(a.duration * a.time_base) - (SECONDS + 2.0)) < 0.1


CODE_BITS, CODE_ROW = 8, H // 2  # the frame number burnt in as 8 black/white blocks across the middle row


def _numbered(path: Path, rate: str = str(FPS), seconds: float = SECONDS) -> Path:
    """Footage at ``rate`` whose every frame shows its number (bit b: the b-th 80 px block white)."""
    bits = f"255*mod(floor(N/pow(2\\,floor(X/{W // CODE_BITS})))\\,2)"
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=gray:s={W}x{H}:r={rate}:d={seconds},format=yuv420p,"
                f"geq=lum='{bits}':cb=128:cr=128", "-f", "lavfi", "-i", f"sine=f=440:d={seconds}",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(path)])
    return path


@pytest.fixture(scope="module")
def numbered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _numbered(tmp_path_factory.mktemp("numbered") / "numbered.mp4")


def _numbers(path: Path) -> list[tuple[float, int]]:
    """Each decoded frame's time in ``path`` and the footage frame number it shows."""
    block = W // CODE_BITS
    out = []
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            row = frame.to_ndarray(format="gray")[CODE_ROW]
            out.append((float(frame.pts * frame.time_base),
                        sum(1 << b for b in range(CODE_BITS) if row[b * block + block // 2] > 128)))
    return out


def _shown_at(numbers: list[tuple[float, int]], t: float) -> int:
    return next(n for at, n in reversed(numbers) if at <= t + 1e-6)


@pytest.mark.parametrize(("moments", "length", "expected"), [
    # A freeze inside each slow range: 1..3 and 4.5..6 play 2x slower, the frames at 2 s (50) and 5 s (125)
    # are held 1 s each: 6 + 2 + 1.5 + 2 = 11.5 s. The freeze at 2 s held the frame at 3 s, the one at 5 s
    # was dropped, and 13.5 s was reported for 11.5 s written.
    ((Moment(1.0, end=3.0, id="a", tags=("slow",)), Moment(2.0, id="b", tags=("freeze",)),
      Moment(4.5, end=6.0, id="c", tags=("slow",)), Moment(5.0, id="d", tags=("freeze",))),
     11.5, {0.5: 12, 2.0: 37, 3.5: 50, 4.0: 50, 5.0: 62, 6.5: 87, 8.0: 119, 8.8: 125, 9.5: 125, 10.5: 137}),
    # Overlapping slow ranges are one range 1..4: 6 + 3 = 9 s (12 s was reported, 11 s written).
    ((Moment(1.0, end=3.0, id="a", tags=("slow",)), Moment(2.0, end=4.0, id="b", tags=("slow",))),
     9.0, {0.5: 12, 2.0: 37, 4.0: 62, 6.5: 93, 8.0: 125}),
])
def test_freezes_inside_and_overlapping_slow_ranges_play_the_frames_the_length_says(
        numbered: Path, tmp_path: Path, moments: tuple[Moment, ...], length: float,
        expected: dict[float, int]) -> None:
    out = tmp_path / "retimed.mp4"
    tl = Timeline(moments=moments, footage=Footage(path=str(numbered)))
    report = render(tl, out, theme=Theme(freeze_seconds=1.0, slow_factor=2.0),
                    elements=Elements(title=False, credit=False, captions=False))
    assert report.duration == pytest.approx(length)
    with av.open(str(out)) as c:
        assert abs(c.duration / av.time_base - length) <= 1 / FPS
    numbers = _numbers(out)
    assert abs(numbers[-1][0] - (length - 1.5 / FPS)) <= 0.51 / FPS  # the last frame: one frame, or two slowed
    shown = [n for _, n in numbers]
    assert shown == sorted(shown) and set(shown) == set(range(round(SECONDS * FPS)))  # in order, none dropped
    assert {t: _shown_at(numbers, t) for t in expected} == pytest.approx(expected, abs=1)


@pytest.mark.parametrize(("rate", "factor"), [("29.97", 2.5), ("30000/1001", 2.5), ("29.97", 1.5), ("25", 2.5)])
def test_a_slow_range_shows_its_frames_in_an_even_cadence(tmp_path: Path, rate: str, factor: float) -> None:
    """29.97 fps (2997/100) footage slowed 2.5x showed its frames for 3, 2, 3, 2 ... output frames, then 2, 2, 3, 3:
    each time was rounded twice (setpts to the footage's ticks, concat to microseconds) and the ties fell
    either way. Now the n-th frame of a slow range starts on one output frame of a steady cadence:
    floor(n * factor + c) for one c, read back from the frame numbers burnt into the footage."""
    seconds, start, end = 4.0, 1.0, 3.0
    fps = float(Fraction(rate))
    footage = _numbered(tmp_path / "numbered.mp4", rate, seconds)
    out = tmp_path / "slow.mp4"
    tl = Timeline(moments=(Moment(start, end=end, id="s", tags=("slow",)),), footage=Footage(path=str(footage)))
    render(tl, out, theme=Theme(slow_factor=factor), elements=Elements(title=False, credit=False, captions=False))
    first: dict[int, float] = {}
    for t, n in _numbers(out):
        first.setdefault(n, t)
    assert sorted(first) == [n for _, n in _numbers(footage)]  # every frame, in order
    slowed = range(math.ceil(start * fps), math.ceil(end * fps))  # the footage frames inside the range
    shown = [(first[n] - first[slowed[0]]) * fps for n in slowed]  # output frames after the range's first
    assert all(abs(at - round(at)) < 0.01 for at in shown)  # on the output's frame grid
    offsets = [round(at) - k * factor for k, at in enumerate(shown)]
    assert max(offsets) - min(offsets) < 1, [round(b - a) for a, b in zip(shown, shown[1:], strict=False)]


def test_interrupt_kills_ffmpeg_and_leaves_no_partial_file(media: Path, tmp_path: Path) -> None:
    """Ctrl-C arrives as KeyboardInterrupt while we read ffmpeg's progress."""
    seen: list[float] = []

    def interrupt(fraction: float) -> None:
        seen.append(fraction)
        raise KeyboardInterrupt

    out = tmp_path / "stopped.mp4"
    with pytest.raises(KeyboardInterrupt):
        render(_timeline(media), out, on_progress=interrupt)
    assert seen and not out.exists()
    assert list(tmp_path.iterdir()) == []  # not even the folder's lock file


def test_footage_without_audio_renders_silent(tmp_path: Path) -> None:
    src = _make(tmp_path / "silent.mp4", seconds=1.0, audio=False)
    out = tmp_path / "out.mp4"
    render(Timeline(moments=(Moment(0.2, caption="x", id="a"),), footage=Footage(path=str(src))), out)
    with av.open(str(out)) as c:
        assert len(c.streams.video) == 1 and len(c.streams.audio) == 0


@pytest.mark.parametrize("size,expected", [("181x321", (182, 322)), ("1x64", None)])
def test_odd_and_tiny_sizes(tmp_path: Path, size: str, expected: tuple[int, int] | None) -> None:
    src = _make(tmp_path / "odd.mp4", size=size, seconds=0.5, audio=False)
    out = tmp_path / "out.mp4"
    tl = Timeline(moments=(Moment(0.1, caption="odd", id="a"),), footage=Footage(path=str(src)))
    if expected is None:
        with pytest.raises(MediaError, match="too small"):
            render(tl, out)
        assert not out.exists()
        return
    render(tl, out)
    with av.open(str(out)) as c:
        ctx = c.streams.video[0].codec_context
        assert (ctx.width, ctx.height) == expected


def test_rotated_phone_footage_is_drawn_upright(media: Path, tmp_path: Path) -> None:
    """A display-matrix rotation (phones) makes ffmpeg turn the picture: the
    overlay must be laid out for the upright, portrait size."""
    rotated = tmp_path / "phone.mp4"
    ffmpeg.run(["-display_rotation:v:0", "90", "-i", str(media), "-c", "copy", str(rotated)])
    out = tmp_path / "phone.png"
    render(_timeline(rotated), out, preview_at=1.5)
    img = next(av.open(str(out)).decode(video=0)).to_ndarray(format="rgb24").astype(int)
    assert img.shape == (W, H, 3)  # portrait
    theme = Theme()
    accent = np.array([int(theme.accent_colour[i : i + 2], 16) for i in (1, 3, 5)])
    filled = int((np.abs(img[W - 2] - accent).max(axis=1) < 40).sum())
    assert abs(filled - H * 1.5 / SECONDS) < H * 0.04  # the bar spans the portrait width


def test_4k_preview_scales_the_overlay(tmp_path: Path) -> None:
    system.require(system.DEJAVU)  # rendered text needs a font
    src = _make(tmp_path / "uhd.mp4", size="3840x2160", seconds=0.2, audio=False)
    out = tmp_path / "uhd.png"
    tl = Timeline(moments=(Moment(0.0, end=0.2, caption="Four K", id="a"),), footage=Footage(path=str(src)))
    render(tl, out, preview_at=0.08, elements=Elements(timecode=False, title=False, credit=False))
    img = next(av.open(str(out)).decode(video=0)).to_ndarray(format="rgb24").astype(int)
    assert img.shape == (2160, 3840, 3)
    diff = np.abs(img - np.array(BACKGROUND)).max(axis=2) > 24
    rows = np.nonzero(diff[: int(2160 * 0.97)].any(axis=1))[0]  # the caption box, above the bar
    assert 2160 * 0.06 < rows.max() - rows.min() < 2160 * 0.2  # box height scales with the frame


def test_no_video_stream_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    src = _make(tmp_path / "audio.m4a", audio=True, video=False, seconds=1.0)
    out = tmp_path / "out.mp4"
    kept = b"\x00\x00\x00\x18ftypisom keep me"  # an earlier MP4 (a file that is none is refused: test_attack9)
    out.write_bytes(kept)
    with pytest.raises(MediaError, match="no video stream"):
        render(Timeline(footage=Footage(path=str(src))), out)
    assert out.read_bytes() == kept
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_hostile_folder_names_reach_ffmpeg_intact(media: Path, tmp_path: Path) -> None:
    folder = tmp_path / "it's [a]:b,c;d"
    folder.mkdir()
    src = folder / "clip, 'one'.mp4"
    os.link(media, src)
    out = folder / "frame [1].png"
    render(_timeline(src), out, preview_at=1.5)
    assert out.stat().st_size > 0


def test_graph_survives_hostile_paths_for_the_ass_file_and_fonts(media: Path, tmp_path: Path) -> None:
    """The .ass path and fontsdir are the only paths inside the filter graph."""
    system.require(system.DEJAVU)  # rendered text needs a font
    from annotate.render import probe_input
    from annotate.render.graph import Overlay, preview_args

    folder = tmp_path / "a'b:c,d;e[f]g\\h %{x} "
    folder.mkdir()
    doc = build(Timeline(moments=(Moment(1.0, end=3.0, caption="Path test", id="p"),)),
                Frame(W, H, SECONDS, FPS), elements=Elements(timecode=False, title=False, credit=False))
    ass = folder / "o'v:e,r.ass"
    doc.save(str(ass), encoding="utf-8", format_="ass")
    out = tmp_path / "p.png"
    ffmpeg.run(preview_args(probe_input(media), Overlay(position_bar=False, ass_path=str(ass), fonts_dir=str(folder)),
                            Theme(), 1.5, out))
    img = next(av.open(str(out)).decode(video=0)).to_ndarray(format="rgb24").astype(int)
    assert _changed(img, CAPTION_ROWS, CAPTION_COLS) > 0.015


def test_theme_yaml_is_checked(tmp_path: Path) -> None:
    good = tmp_path / "t.yaml"
    good.write_text("accent_colour: '#FF0000'\ncaption_size: 0.05\ntitle_seconds: 3\n")
    theme = load_theme(good)
    assert theme.accent_colour == "#FF0000" and theme.title_seconds == 3.0
    for text, match in [("accent: '#FF0000'\n", "unknown theme setting"),
                        ("accent_colour: red\n", "colour"),
                        ("caption_size: 7\n", "caption_size: must be <= 1, not 7"),
                        ("font: 'Evil,Font}'\n", "font family"),
                        ("!!python/object:os.system {}\n", "YAML")]:
        bad = tmp_path / "bad.yaml"
        bad.write_text(text)
        with pytest.raises(InputError, match=match):
            load_theme(bad)


def test_old_theme_setting_names_are_read_with_a_warning(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text("bar_height: 0.02\nbar_track_opacity: 0.5\n")
    with pytest.warns(ThemeWarning) as said:
        theme = load_theme(old)
    assert (theme.position_bar_height, theme.position_bar_track_opacity) == (0.02, 0.5)
    assert [str(w.message) for w in said] == [
        f"{old}: theme setting 'bar_height' is now called 'position_bar_height'; please rename it",
        f"{old}: theme setting 'bar_track_opacity' is now called 'position_bar_track_opacity'; please rename it"]
    both = tmp_path / "both.yaml"
    both.write_text("bar_height: 0.02\nposition_bar_height: 0.03\n")
    with pytest.raises(InputError, match="'bar_height' is the old name of 'position_bar_height'"):
        load_theme(both)


def test_cli_no_position_bar_and_an_old_theme_file(media: Path, tmp_path: Path) -> None:
    """``--no-position-bar`` leaves the bar out; an old theme setting name
    still works and the CLI says so in one ``annotate: warning:`` line."""
    system.require(system.DEJAVU)  # without fonts the render warns about them too
    story, theme = tmp_path / "story.yaml", tmp_path / "theme.yaml"
    save(_timeline(media), story)
    theme.write_text("bar_height: 0.02\n")
    accent = np.array([int(Theme().accent_colour[i : i + 2], 16) for i in (1, 3, 5)])
    filled = {}
    for switch in ([], ["--no-position-bar"]):
        out = tmp_path / f"frame{len(switch)}.png"
        result = CliRunner().invoke(main, ["render", str(story), "--preview", "0:01.5", "-o", str(out),
                                           "--theme", str(theme), *switch])
        assert result.exit_code == 0, result.output
        warnings_shown = [ln for ln in result.stderr.splitlines() if ln.startswith("annotate: warning:")]
        assert warnings_shown == [f"annotate: warning: {theme}: theme setting 'bar_height' is now called "
                                  "'position_bar_height'; please rename it"]
        img = np.asarray(Image.open(out).convert("RGB")).astype(int)
        filled[bool(switch)] = int((np.abs(img[H - 2] - accent).max(axis=1) < 40).sum())
    assert abs(filled[False] - W * 1.5 / SECONDS) < W * 0.03 and filled[True] == 0


def test_moviepy_overlay_draws_the_same_elements(media: Path) -> None:
    from moviepy import VideoFileClip

    with VideoFileClip(str(media)) as clip:
        composed = overlay(_timeline(media), clip)
        at_cue, between = composed.get_frame(1.5).astype(int), composed.get_frame(3.0).astype(int)
        assert composed.duration == pytest.approx(clip.duration)
        assert composed.audio is not None
    assert _changed(at_cue, CAPTION_ROWS, CAPTION_COLS) > 0.03
    assert _changed(between, CAPTION_ROWS, CAPTION_COLS) < 0.005
    accent = np.array([0xF5, 0xB7, 0x00])
    filled = int((np.abs(at_cue[H - 2] - accent).max(axis=1) < 40).sum())
    assert abs(filled - W * 1.5 / SECONDS) < W * 0.03


def test_cli_preview_and_errors(media: Path, tmp_path: Path) -> None:
    story = tmp_path / "story.yaml"
    save(_timeline(media), story)
    out = tmp_path / "frame.png"
    result = CliRunner().invoke(main, ["render", str(story), "--preview", "0:01.5", "-o", str(out),
                                       "--no-timecode"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr and not result.stdout
    # The CLI is the library's render: the same picture, with the switch applied.
    system.require(system.DEJAVU)  # rendered text needs a font
    render(_timeline(media), tmp_path / "lib.png", preview_at=1.5, elements=Elements(timecode=False))
    render(_timeline(media), tmp_path / "timecode.png", preview_at=1.5)
    got, same, timed = (_frames(path, [0.0])[0.0] for path in (out, tmp_path / "lib.png", tmp_path / "timecode.png"))
    assert got.shape == (H, W, 3) and np.array_equal(got, same)
    assert _changed(got, CAPTION_ROWS, CAPTION_COLS) > 0.03  # the caption is drawn
    corner = (slice(0, int(H * 0.15)), slice(int(W * 0.7), W))
    assert np.abs(got[corner] - timed[corner]).max() > 40  # and --no-timecode left the clock out
    result = CliRunner().invoke(main, ["render", str(story), "--footage", str(tmp_path / "nope.mp4"),
                                       "-o", str(tmp_path / "x.mp4")])
    assert result.exit_code == 2 and "footage not found" in result.output
    assert not (tmp_path / "x.mp4").exists()


def test_caption_over_sample_footage_changes_only_its_region(samples, tmp_path: Path) -> None:
    """On real-looking footage: the preview equals the plain decoded frame
    except in the caption box, which is dark (the box) with bright text."""
    system.require(system.DEJAVU)  # rendered text needs a font
    from annotate.render import probe_input

    info = probe_input(samples.video)
    at = round(info.duration * 0.4, 2)
    tl = Timeline(moments=(Moment(at - 0.5, end=at + 1.5, caption="The truck turns left at the gate", id="s"),),
                  footage=Footage(path=str(samples.video)))
    ours = tmp_path / "ours.png"
    render(tl, ours, preview_at=at, elements=Elements(timecode=False, title=False, credit=False, position_bar=False))
    plain = tmp_path / "plain.png"
    ffmpeg.run(["-ss", f"{at:.6f}", "-copyts", "-i", str(samples.video), "-frames:v", "1", "-update", "1",
                str(plain)])
    a, b = (next(av.open(str(p)).decode(video=0)).to_ndarray(format="rgb24").astype(int) for p in (ours, plain))
    h, w = info.out_height, info.out_width
    assert a.shape == b.shape == (h, w, 3)
    diff = np.abs(a - b).max(axis=2) > 30
    assert diff[: int(h * 0.55)].mean() < 0.002  # nothing drawn above the caption area
    region = diff[int(h * 0.7) : int(h * 0.95), int(w * 0.1) : int(w * 0.9)]
    assert region.mean() > 0.05
    ys, xs = np.nonzero(diff)
    assert abs((xs.min() + xs.max()) / 2 - w / 2) < w * 0.05  # centred


def test_credit_corner_is_a_theme_choice_and_a_bad_one_is_refused():
    import pytest as _pytest

    from annotate.errors import InputError
    from annotate.render.theme import Theme

    assert Theme().credit_corner == "top-right"  # clear of the clock CCTV burns in top-left
    with _pytest.raises(InputError, match="credit_corner"):
        Theme(credit_corner="middle")


def test_cli_renders_each_video_of_several_into_its_own_file(media: Path, tmp_path: Path) -> None:
    from annotate.probe import probe

    small = _make(tmp_path / "small.mp4", size="320x180", seconds=3.0)
    story = tmp_path / "story.yaml"
    two = Timeline(moments=(Moment(1.0, end=2.0, caption="Wide", id="m1"),
                            Moment(0.5, end=1.5, caption="Close", id="m2", footage="close")),
                   videos=(Footage(path=str(media), id="wide"), Footage(path=str(small), id="close")))
    save(two, story)
    result = CliRunner().invoke(main, ["render", str(story), "-o", str(tmp_path / "out.mp4"), "--no-title"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "out.mp4").exists()
    for name, size, seconds in (("out.wide.mp4", (W, H), SECONDS), ("out.close.mp4", (320, 180), 3.0)):
        info = probe(tmp_path / name)
        assert (info.width, info.height) == size and abs(info.duration - seconds) < 0.1, name
    one = CliRunner().invoke(main, ["render", str(story), "-o", str(tmp_path / "c.mp4"), "--video", "close",
                                    "--no-title"])
    assert one.exit_code == 0, one.output
    assert (probe(tmp_path / "c.mp4").width, probe(tmp_path / "c.mp4").height) == (320, 180)
    preview = CliRunner().invoke(main, ["render", str(story), "--preview", "0:01", "-o", str(tmp_path / "f.png")])
    assert preview.exit_code == 2
    assert "render --footage/--preview needs one video; this timeline has 2: pass --video ID" in preview.output


def test_a_full_disk_while_writing_the_overlay_is_one_line_naming_the_output_and_leaves_nothing(
        samples, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # On a full disk the overlay's ASS file (in the working folder beside the output) failed first, and the
    # user got "annotate: error: No space left on device" with no file named.
    import errno

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    story = tmp_path / "story.yaml"
    save(_timeline(samples.video), story)
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep")
    monkeypatch.setattr(pysubs2.SSAFile, "save", full)
    result = CliRunner().invoke(main, ["render", str(story), "-o", str(out / "explainer.mp4")])
    assert result.exit_code == 2, result.output
    said = [line for line in result.output.splitlines() if not system.about_fonts(line)]  # (no fonts here)
    assert said == [f"annotate: error: {out}: cannot write: {os.strerror(errno.ENOSPC)}"]
    assert [p.name for p in out.iterdir()] == ["mine.txt"]  # only the user's file: no lock file left


def _frame_at(video: Path, at: float) -> np.ndarray:
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            if frame.time is not None and frame.time >= at - 1e-6:
                return frame.to_ndarray(format="rgb24")
    raise AssertionError(f"no frame at {at}")


def test_title_credit_and_timecode_keep_clear_of_the_footage_s_burnt_in_clock(samples, tmp_path):
    # The title card sat over the sample's CCTV clock (top-left) for its first 4 s: the explainer hid the
    # evidence it explains. Where `annotate align` or `annotate clock` has read the clock, the overlay's
    # corner texts now go below it (or above it at the bottom).
    system.require(system.RAPIDOCR)
    from annotate.clock.place import cached_clock_map

    clock = cached_clock_map(samples.video)
    at = 1.0
    x, y, w, h = clock.at(at).region  # top-left on the samples
    story = tmp_path / "story.yaml"
    save(Timeline(title="North Korean Soldiers Shoot at Defector on Border, Violating Armistice",
                  footage=Footage(path=str(samples.video)), sources=(Source(credit="Footage: United Nations "
                                                                                  "Command via AP"),),
                  moments=(Moment(147.0, id="m1", caption="the defector abandons the truck"),)), story)
    result = CliRunner().invoke(main, ["render", str(story), "--preview", f"{at}", "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 0, result.output
    shown = np.asarray(Image.open(tmp_path / "p.png").convert("RGB")).astype(float)
    source = _frame_at(samples.video, at).astype(float)
    clock_area = (slice(y, y + h), slice(x, x + w))
    assert np.abs(shown[clock_area] - source[clock_area]).mean() < 4  # the clock as the footage shows it
    below = (slice(y + h + 2, y + h + 60), slice(x, x + w))
    assert np.abs(shown[below] - source[below]).mean() > 20  # the title is drawn, under it


def test_a_caption_the_render_leaves_out_is_not_called_a_subtitle(samples, tmp_path):
    # render shared the subtitle writer's "…; no subtitle written" for a moment past the footage's end.
    story = tmp_path / "story.yaml"
    save(Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(41.0, id="m1", caption="In the footage"), Moment(400.0, id="m2", caption="After the end"),
        Moment(50.0, id="m3", caption=""))), story)
    result = CliRunner().invoke(main, ["render", str(story), "--preview", "42", "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "warning" in line and not system.about_fonts(line)] == [
        f"annotate: warning: {story}: moment m3: no caption, quote or sentence to show; left out",
        f"annotate: warning: {story}: moment m2: starts at 6:40, after the footage ends (4:30); left out"]


def test_a_preview_inside_the_last_frame_shows_that_frame(samples, tmp_path: Path) -> None:
    """``--preview`` at a time after the last frame's start but before the footage's end (269.99 s
    of the 270 s sample) was refused as "ffmpeg wrote nothing": ffmpeg's seek dropped that frame."""
    from annotate.probe import probe

    info = probe(samples.video)
    story = tmp_path / "story.yaml"
    save(_timeline(samples.video), story)
    last = info.duration - 1 / info.fps
    pictures = {}
    for at in (info.duration - 0.01, last, info.duration - 10):
        out = tmp_path / f"at-{at:.3f}.png"
        result = CliRunner().invoke(main, ["render", str(story), "--preview", f"{at:.3f}", "-o", str(out)])
        assert result.exit_code == 0, result.output
        pictures[at] = np.asarray(Image.open(out).convert("RGB")).astype(int)
        assert pictures[at].shape == (info.height, info.width, 3)
    assert np.array_equal(pictures[info.duration - 0.01], pictures[last])
    assert np.abs(pictures[last] - pictures[info.duration - 10]).mean() > 1  # a picture of the footage, not a blank


def test_a_rerun_keeps_finished_renders_and_redoes_what_changed(samples, tmp_path: Path) -> None:
    """A timeline of several videos renders one file each; stopped during the second, a rerun rendered
    the first all over again. Each render now stores what it was made of (a digest in its metadata), so
    a rerun keeps an output that is already that render and redoes only a missing or changed one."""
    from annotate.render.runner import stamp_of

    for name in ("a.mp4", "b.mp4"):
        ffmpeg.run(["-i", str(samples.video), "-t", "4", "-c", "copy", str(tmp_path / name)])
    story = tmp_path / "story.yaml"
    story.write_text("title: Two\nvideos:\n  - {id: A, path: a.mp4}\n  - {id: B, path: b.mp4}\nmoments:\n"
                     "  - {id: m1, start: 1, caption: One, footage: A}\n"
                     "  - {id: m2, start: 2, caption: Two, footage: B}\n", encoding="utf-8")
    out = tmp_path / "out.mp4"
    first = CliRunner().invoke(main, ["render", str(story), "-o", str(out)])
    assert first.exit_code == 0, first.output
    a, b = tmp_path / "out.A.mp4", tmp_path / "out.B.mp4"
    made = {path: (path.stat().st_ino, path.stat().st_mtime_ns, stamp_of(path)) for path in (a, b)}
    assert all(stamp for _, _, stamp in made.values()) and made[a][2] != made[b][2]
    b.unlink()  # as if stopped while rendering B
    again = CliRunner().invoke(main, ["render", str(story), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert f"kept {a}: an earlier run rendered it" in again.stderr and f"wrote {b} (" in again.stderr
    assert (a.stat().st_ino, a.stat().st_mtime_ns, stamp_of(a)) == made[a] and stamp_of(b) == made[b][2]
    # A changed caption on A is another render: redone, whole; B is kept.
    story.write_text(story.read_text(encoding="utf-8").replace("caption: One", "caption: Uno"), encoding="utf-8")
    third = CliRunner().invoke(main, ["render", str(story), "-o", str(out)])
    assert third.exit_code == 0, third.output
    assert f"wrote {a} (" in third.stderr and f"kept {b}:" in third.stderr
    assert stamp_of(a) not in (None, made[a][2])
    with av.open(str(a)) as container:
        assert sum(1 for _ in container.decode(video=0)) == 100  # 4 s at 25 fps, whole


def test_thousands_of_markers_and_highlights_render(tmp_path: Path) -> None:
    """A timeline imported from a film's SRT holds thousands of moments: one drawbox per marker and per
    highlight made a graph over Linux's 128 KiB limit for one argument, and render failed with
    "<ffmpeg binary>: Argument list too long". The graph now goes through a file when it is that long."""
    footage = _make(tmp_path / "f.mp4", size="320x240", seconds=2.0, audio=False)
    moments = tuple(Moment(round(i * 0.0006, 4), caption=f"c{i}", id=f"m{i}",
                           highlight=(0.1, 0.1, 0.3, 0.3) if i % 2 else None) for i in range(3000))
    out = tmp_path / "many.mp4"
    report = render(Timeline(moments=moments, footage=Footage(path=str(footage))), out,
                    elements=Elements(captions=False, title=False, credit=False, timecode=False))
    assert len(report.command) > 128 * 1024  # the graph, inline, would not have passed as one argument
    with av.open(str(out)) as container:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in container.decode(video=0)]
    assert len(frames) == 50
    theme = Theme()
    bar_h = max(2, round(theme.position_bar_height * 240))
    markers = frames[25][240 - max(bar_h + 2, round(theme.marker_height * 240)):240 - bar_h, 5:270]
    assert _changed(markers, slice(None), slice(None)) > 0.9  # every marker drawn: they cover 0..1.8 of 2 s
    assert _changed(frames[5], slice(24, 26), slice(40, 120)) > 0.9  # the highlights' top edge


@pytest.mark.parametrize("damage", ["trimmed", "overwritten"])
def test_a_rerun_renders_again_over_an_output_changed_since_it_was_written(media: Path, tmp_path: Path,
                                                                          damage: str) -> None:
    """The stamp in the metadata says what a file was made from, not that it is still that file: a user's
    trim (ffmpeg keeps the metadata) or bytes overwritten in the middle were "kept" as the finished render."""
    from annotate.render.runner import stamp_of

    timeline = _timeline(media)
    out = tmp_path / "out.mp4"
    first = render(timeline, out)
    stamp = stamp_of(out)
    with av.open(str(out)) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert stamp and frames == SECONDS * FPS
    assert render(timeline, out).reused  # untouched: kept
    if damage == "trimmed":
        cut = tmp_path / "cut.mp4"
        ffmpeg.run(["-i", str(out), "-t", "1", "-c", "copy", str(cut)])
        os.replace(cut, out)
        assert stamp_of(out) == stamp
    else:
        with open(out, "r+b") as handle:
            handle.seek(out.stat().st_size // 2)
            handle.write(bytes(4096))
    again = render(timeline, out)
    assert not again.reused and again.duration == first.duration
    with av.open(str(out)) as container:
        assert sum(1 for _ in container.decode(video=0)) == frames
    assert render(timeline, out).reused  # the new file is this render's: kept from now on


def test_every_output_of_one_render_is_kept_not_only_the_last_written(media: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The record of what a render wrote was one file per stamp: the same render written under a second name
    (bytes of its own: another muxer build, a copy re-wrapped) replaced the first's, which was then redone."""
    from annotate.cache import CACHE_ENV
    from annotate.render.runner import _remember, is_finished, stamp_of

    # A cache of its own: the records of an earlier run of this test (the same render, the same bytes) already
    # held the second file, and every run after the first failed.
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    first = tmp_path / "first.mp4"
    render(_timeline(media), first)
    stamp = stamp_of(first)
    assert stamp and is_finished(first, stamp)
    second = tmp_path / "second.mp4"
    # The same render, other bytes (of this run alone: the records live in the cache, across runs).
    second.write_bytes(first.read_bytes() + str(tmp_path).encode() + os.urandom(16))
    assert stamp_of(second) == stamp and not is_finished(second, stamp)
    _remember(second, stamp)
    assert is_finished(second, stamp) and is_finished(first, stamp)


@pytest.mark.parametrize(("font_file", "said"), [("/dev/zero", "is not a regular file (a pipe, device or socket)"),
                                                 ("missing.ttf", "no such file")])
def test_a_theme_font_file_that_is_no_file_says_what_it_is(tmp_path: Path, font_file: str, said: str) -> None:
    """``font_file: /dev/zero`` was "font file not found": it exists, and is a device."""
    theme_file = tmp_path / "t.yaml"
    theme_file.write_text(f"font_file: {tmp_path / font_file if font_file == 'missing.ttf' else font_file}\n")
    with pytest.raises(InputError) as err:
        load_theme(theme_file)
    assert f"t.yaml: theme font_file {font_file if font_file == '/dev/zero' else tmp_path / font_file}: {said}, " \
        "expected a font file" in str(err.value)


CJK_CAPTION = ("朝鮮人民軍の兵士が軍用トラックを運転して板門店の共同警備区域に到着し車を降りて韓国側へ走った"
               "兵士たちは発砲し負傷した兵士は韓国側に救出された後に病院へ搬送された")


def test_cjk_captions_stay_inside_the_safe_area_of_a_4_3_frame(tmp_path: Path) -> None:
    """Each CJK glyph is a full em: counted as one Latin character, 42 of them ran off both sides of 640x480."""
    system.require(system.CJK_FONT)
    footage = _make(tmp_path / "43.mp4", size="640x480", seconds=3.0, audio=False)
    tl = Timeline(moments=(Moment(0.5, end=2.9, caption=CJK_CAPTION, id="a"),), footage=Footage(path=str(footage)))
    out = tmp_path / "cjk.png"
    report = render(tl, out, preview_at=1.0, elements=Elements(timecode=False, title=False, credit=False,
                                                                position_bar=False))
    assert not [w for w in report.warnings if "columns wide" in w]
    with av.open(str(out)) as c:
        img = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)
    rows = slice(240, 480)
    assert _changed(img, rows, slice(100, 540)) > 0.05  # the caption is drawn
    margin = round(640 * Theme().safe_margin)
    assert _changed(img, rows, slice(0, margin - 2)) == 0 and _changed(img, rows, slice(640 - margin + 2, 640)) == 0


def test_a_caption_line_wider_than_the_frame_is_warned_about(tmp_path: Path) -> None:
    """A subtitle cue kept as it was read (tag ``cue``) reaches libass with its own line breaks."""
    footage = _make(tmp_path / "43.mp4", size="640x480", seconds=3.0, audio=False)
    tl = Timeline(moments=(Moment(0.5, end=2.9, caption=CJK_CAPTION[:30], id="a", tags=("cue",)),
                           Moment(1.0, end=2.9, caption="short", id="b", tags=("cue",))),
                  footage=Footage(path=str(footage)))
    report = render(tl, tmp_path / "wide.png", preview_at=1.0)
    assert [w for w in report.warnings if "columns wide" in w] == [
        f"moment a: caption line {CJK_CAPTION[:30]!r} is 67 columns wide, "
        "more than the 45 a 640x480 frame holds inside its safe margin; it runs off the picture's sides"]


def test_overlapping_captions_stay_in_the_frame_and_wait_as_the_subtitles_do(tmp_path: Path) -> None:
    """libass stacked eight two-line captions up the frame: the top ones were cut off or not drawn at all."""
    system.require(system.DEJAVU)
    from annotate import subtitles
    from annotate.errors import collected

    footage = _make(tmp_path / "small.mp4", size="320x240", seconds=8.0, audio=False)
    moments = tuple(Moment(1 + i / 100, end=3.0, id=f"o{i}", caption=f"overlapping caption number {i} with "
                           "some more words to wrap") for i in range(8))
    tl = Timeline(moments=moments, footage=Footage(path=str(footage)))
    out = tmp_path / "ov.mp4"
    report = render(tl, out, elements=Elements(timecode=False, title=False, credit=False, position_bar=False))
    said: list[str] = []
    with collected(said):
        subtitles.dumps(tl, "srt")
    waited = [w for w in report.warnings if "are stacked" in w]
    assert [w.split(":")[0] for w in waited] == [f"moment o{i}" for i in range(3, 8)]
    assert waited == [w for w in said if "are stacked" in w]  # the subtitle files move them alike
    top = slice(0, round(240 * Theme().safe_margin))
    frames = {t: _changed(img, slice(0, 240), slice(0, 320)) for t, img in _frames(out, [1.5, 3.5, 5.5]).items()}
    assert all(ink > 0.05 for ink in frames.values())  # captions shown at each time, the later ones after 3 s
    for img in _frames(out, [1.5, 2.5, 3.5, 4.5, 5.5]).values():
        assert _changed(img, top, slice(0, 320)) == 0  # nothing above the safe margin


def test_a_title_or_credit_cut_short_is_said_with_what_was_left_out(media: Path, tmp_path: Path) -> None:
    system.require(system.DEJAVU)
    words = " ".join(f"word{i}" for i in range(120))
    tl = Timeline(moments=(Moment(1.0, caption="c", id="c"),), title="TITLE " + words,
                  sources=(Source(credit="CREDIT " + words),), footage=Footage(path=str(media)))
    out = tmp_path / "long.png"
    report = render(tl, out, preview_at=0.5, elements=Elements(timecode=False, captions=False, position_bar=False))
    cut = [w for w in report.warnings if "left out" in w]
    assert [w.split(" is ")[0] for w in cut] == ["the title", "the credit"]
    assert cut[0] == ("the title is 855 characters, more than the 120 drawn; its last 736 are left out: "
                      "'17 word18 word19 word20 word21 word22 w…'")  # the title drawn ends "word16 word…"
    with av.open(str(out)) as c:
        img = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)
    assert _changed(img, TOP_ROWS, slice(0, W // 2)) > 0.05  # the title and credit are still drawn


def _number_of(img: np.ndarray) -> int:
    """The frame number burnt into a frame of :func:`_numbered` footage (RGB)."""
    block, row = W // CODE_BITS, img[CODE_ROW].mean(axis=1)
    return sum(1 << b for b in range(CODE_BITS) if row[b * block + block // 2] > 128)


@pytest.mark.parametrize("gop", ["25", "250"])
def test_a_preview_of_footage_whose_times_start_late_is_the_full_render_s_frame(numbered: Path, tmp_path: Path,
                                                                                 gop: str) -> None:
    """A broadcast capture's timestamps start at 11.4 s: the preview kept them (-copyts), so it showed another
    frame without the caption, timecode or bar timed from 0 (and with a long GOP, no frame at all). Footage
    time counts from the first frame; the capture's sound starts 23 ms before it, which the full render
    keeps (its picture starts one frame in): its frame at a footage time is at that time past its first."""
    system.require(system.DEJAVU)
    ts = tmp_path / "capture.ts"
    ffmpeg.run(["-i", str(numbered), "-c:v", "libx264", "-preset", "ultrafast", "-g", gop, "-c:a", "aac",
                "-output_ts_offset", "10", "-f", "mpegts", str(ts)])
    tl = Timeline(moments=(Moment(2.0, end=3.0, caption="AT TWO", id="a"),), footage=Footage(path=str(ts)))
    full = tmp_path / "full.mp4"
    render(tl, full, elements=Elements(position_bar=False))
    numbers = _numbers(full)
    for at in (0.0, 2.1, 4.53):
        out = tmp_path / f"p{at}.png"
        render(tl, out, preview_at=at, elements=Elements(position_bar=False))
        preview = np.asarray(Image.open(out).convert("RGB")).astype(int)
        first = numbers[0][0]
        shown_t = max(t for t, _ in numbers if t <= first + at + 1e-6)
        frame = _frames(full, [shown_t])[shown_t]
        assert _number_of(preview) == _shown_at(numbers, first + at)
        assert np.abs(preview - frame).mean() < 3  # the same frame, caption and timecode (x264's loss aside)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device that is always full)")
def test_a_full_disk_is_one_line_naming_the_output(media: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A render onto a full disk failed with one 2,600-character line, mostly the ffmpeg command, that never named
    the output. ffmpeg here writes to /dev/full, which refuses every write as a full disk does."""
    import contextlib

    from annotate.render import runner

    @contextlib.contextmanager
    def onto_a_full_disk(out: Path, *args: object, **kwargs: object):  # noqa: ANN202
        yield Path("/dev/full")

    monkeypatch.setattr(runner, "atomic_path", onto_a_full_disk)
    out = tmp_path / "r.mp4"
    save(_timeline(media), tmp_path / "t.yaml")
    result = CliRunner().invoke(main, ["render", str(tmp_path / "t.yaml"), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == f"annotate: error: {out}: cannot write: No space left on device"
    assert not out.exists()


def test_the_caption_time_label_and_the_corner_timecode_name_the_same_second() -> None:
    """A moment at 2.6 s: its label and the burnt-in timecode on its frames
    both say second 2 (the label rounded to the nearest said 0:03)."""
    tl = Timeline(moments=(Moment(2.6, caption="burst", id="m5"),))
    doc = build(tl, Frame(W, H, SECONDS, FPS))
    caption = next(e for e in doc if e.name == "caption")
    corner = next(e for e in doc if e.name == "timecode" and e.start <= caption.start < e.end)
    assert pysubs2.SSAEvent(text=caption.text).plaintext.split()[0] == "\u20680:02\u2069"  # (an isolate: see below)
    assert corner.text == "00:00:02"


@pytest.mark.parametrize(("start", "said", "corner_said"), [(3600.0, "01:00:02", "01:00:02"),
                                                            (3758.0, "01:02:40", "01:02:40"),
                                                            (0.0, "0:02", "00:00:02")])
def test_with_a_start_timecode_the_caption_time_label_names_the_second_the_corner_shows(start: float, said: str,
                                                                                      corner_said: str) -> None:
    """Footage whose timecode starts at 01:00:00:00: the corner burnt 01:00:02
    over a caption labelled 0:02 (footage time), two clocks an hour apart on
    one frame. The label counts as the burn does (from the footage's own
    timecode, unless the theme's ``timecode_from_zero``: then from 0:00)."""
    tl = Timeline(moments=(Moment(2.6, caption="burst", id="m5", approximate=True),))
    doc = build(tl, Frame(W, H, SECONDS, FPS, start=start))
    caption = next(e for e in doc if e.name == "caption")
    corner = next(e for e in doc if e.name == "timecode" and e.start <= caption.start < e.end)
    assert pysubs2.SSAEvent(text=caption.text).plaintext.split()[0] == f"\u2068\u2248{said}\u2069"
    assert corner.text == corner_said
    # (a narrow frame, its lines shorter than the theme's longest) the longer label leaves less room for the text
    assert line_chars(Frame(W // 2, H, SECONDS, FPS, start=start), Theme()) == \
        line_chars(Frame(W // 2, H, SECONDS, FPS), Theme()) - (4 if start else 0)


def test_right_to_left_captions_are_laid_out_by_their_text_and_the_label_is_isolated(tmp_path: Path) -> None:
    """libass lays out every line of an Encoding 1 style left to right (an
    Arabic sentence's full stop at its start); -1 takes each line's direction
    from its text. Written by subtitles and by the render, read back by pysubs2."""
    from annotate import subtitles

    tl = Timeline(moments=(Moment(1.0, caption='قال الجندي: "توقف!" عند 2:27.', id="ar"),),
                  footage=Footage(path="f.mp4", duration=SECONDS, fps=FPS, width=W, height=H))
    doc = build(tl, Frame(W, H, SECONDS, FPS))
    assert {s.encoding for s in doc.styles.values()} == {-1}
    caption = next(e for e in doc if e.name == "caption")
    assert "\u20680:01\u2069" in caption.text
    subtitles.write(tl, tmp_path / "s.ass")
    assert {s.encoding for s in pysubs2.load(str(tmp_path / "s.ass")).styles.values()} == {-1}


def _timecodes(doc: pysubs2.SSAFile) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.text) for e in doc if e.name == "timecode"]


@pytest.mark.parametrize(("given", "first", "second_at"), [("01:00:00:00", "01:00:00", 1000),
                                                           ("10:59:58:12", "10:59:58", 520)])
def test_the_burnt_in_timecode_counts_from_the_footages_own_timecode(media: Path, tmp_path: Path, given: str,
                                                                       first: str, second_at: int) -> None:
    """A camera file starting at 01:00:00:00 was burnt in from 00:00:00: an
    editor comparing the render with the source saw another hour. The
    probed start timecode is where the burn counts from, its seconds
    changing where the file's own timecode changes second (frame 13 of
    10:59:58:12 at 25 fps is 10:59:59:00, 0.52 s in)."""
    from annotate.render.runner import overlay_frame, probe_input

    coded = tmp_path / "tc.mp4"
    ffmpeg.run(["-i", str(media), "-c", "copy", "-timecode", given, str(coded)])
    frame = overlay_frame(probe_input(coded), Timeline(), Theme())
    events = _timecodes(build(Timeline(), frame))
    assert events[0] == (0, second_at, first)
    assert events[1][0] == second_at and events[1][2][:-1] == first[:-1]
    assert events[-1][1] == SECONDS * 1000
    zero = overlay_frame(probe_input(coded), Timeline(), Theme(timecode_from_zero=True))
    assert _timecodes(build(Timeline(), zero))[0] == (0, 1000, "00:00:00")
    assert _timecodes(build(Timeline(), overlay_frame(probe_input(media), Timeline(), Theme())))[0] == \
        (0, 1000, "00:00:00")


def test_the_rendered_corner_shows_the_footages_hour(media: Path, tmp_path: Path) -> None:
    """The same frame rendered from a copy carrying 01:00:00:00: the corner
    differs from the render counted from zero, which is the plain file's."""
    system.require(system.DEJAVU)
    coded = tmp_path / "tc.mp4"
    ffmpeg.run(["-i", str(media), "-c", "copy", "-timecode", "01:00:00:00", str(coded)])
    only = Elements(captions=False, title=False, credit=False, position_bar=False, highlight=False)
    pictures = {}
    for name, footage, theme in (("hour", coded, Theme()), ("zero", coded, Theme(timecode_from_zero=True)),
                                 ("plain", media, Theme())):
        out = tmp_path / f"{name}.png"
        render(Timeline(footage=Footage(path=str(footage))), out, preview_at=1.5, elements=only, theme=theme)
        pictures[name] = np.asarray(Image.open(out).convert("RGB")).astype(int)
    rows, cols = slice(0, int(H * 0.15)), slice(int(W * 0.7), W)
    assert np.abs(pictures["zero"][rows, cols] - pictures["plain"][rows, cols]).max() < 30
    assert (np.abs(pictures["hour"][rows, cols] - pictures["zero"][rows, cols]).max(axis=2) > 40).sum() > 15


def test_the_moviepy_overlay_counts_its_timecode_from_the_recorded_start_timecode(media: Path) -> None:
    """The moviepy overlay burnt its timecode from 00:00:00 too: it counts
    from the start timecode the timeline records for the footage (a moviepy
    clip carries none), unless the theme counts from zero."""
    from moviepy import VideoFileClip

    system.require(system.DEJAVU)
    corner = (slice(0, int(H * 0.15)), slice(int(W * 0.7), W))
    only = Elements(captions=False, title=False, credit=False, position_bar=False, highlight=False)
    hour = Timeline(footage=Footage(path=str(media), timecode="01:00:00:00"))
    with VideoFileClip(str(media)) as clip:
        got = {name: overlay(tl, clip, theme=theme, elements=only).get_frame(1.5).astype(int)[corner]
               for name, tl, theme in (("hour", hour, Theme()), ("zero", hour, Theme(timecode_from_zero=True)),
                                       ("plain", Timeline(footage=Footage(path=str(media))), Theme()))}
    assert np.array_equal(got["zero"], got["plain"])
    assert (np.abs(got["hour"] - got["zero"]).max(axis=2) > 40).sum() > 15


LONG_TITLE = "Defector’s dash across the Joint Security Area, November 13, 2017 — annotated"
LONG_CAPTION = ("the defector abandons the North Korean military truck he was driving and races for sanctuary in "
                "South Korea while soldiers fire")


@pytest.mark.parametrize("size", ["360x640", "480x480", "480x360", "640x360"])  # 9:16, 1:1, 4:3, 16:9
def test_the_title_covers_a_bounded_share_of_any_picture_shape(tmp_path: Path, size: str) -> None:
    """Text was sized by the frame's height: on 9:16 footage the title was nine lines over 60 % of the picture."""
    system.require(system.DEJAVU)
    w, h = map(int, size.split("x"))
    footage = _make(tmp_path / "f.mp4", size=size, seconds=2.0, audio=False)
    tl = Timeline(moments=(), title=LONG_TITLE, footage=Footage(path=str(footage)))
    out = tmp_path / "title.png"
    render(tl, out, preview_at=1.0, elements=Elements(captions=False, timecode=False, credit=False,
                                                      position_bar=False))
    with av.open(str(out)) as c:
        img = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)
    assert img.shape == (h, w, 3)
    drawn = np.abs(img - np.array(BACKGROUND)).max(axis=2) > 24
    rows, cols = np.nonzero(drawn)
    box = (rows.max() - rows.min()) * (cols.max() - cols.min()) / (w * h)
    assert 0.03 < box < 0.22, f"title box takes {box:.0%} of {size}"
    margin = round(min(w, h) * Theme().safe_margin * 0.5)
    assert cols.min() >= margin and cols.max() < w - margin and rows.min() >= margin  # inside the picture


@pytest.mark.parametrize("size", [(360, 640), (480, 480), (480, 360), (640, 360)])
def test_every_caption_word_is_in_the_overlay_of_any_picture_shape(size: tuple[int, int]) -> None:
    """On 9:16 a caption was cut into seven two-word cues and the two after the footage's end were dropped."""
    w, h = size
    tl = Timeline(moments=(Moment(2.0, caption=LONG_CAPTION, id="m1"),), footage=Footage(path="f.mp4"))
    doc = build(tl, Frame(w, h, 6.0, 30.0), elements=Elements(title=False, credit=False, timecode=False))
    assert (doc.info["PlayResX"], doc.info["PlayResY"]) == (str(w), str(h))
    events = [e for e in doc.events if e.name == "caption"]
    words = " ".join(e.plaintext.replace("\n", " ") for e in events).split()
    assert words[1:] == LONG_CAPTION.split()  # after the time label, every word in order
    assert len(events) <= 3
    assert all(e.end <= 6000 for e in events)


def test_opus_sound_is_encoded_to_aac_for_the_mp4_and_said_once(tmp_path: Path) -> None:
    """A YouTube WebM's Opus sound was copied into the MP4, which Apple's players and Premiere do not play."""
    webm = tmp_path / "yt.webm"
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c=0x{bytes(BACKGROUND).hex()}:s=320x180:r={FPS}:d=2",
                "-f", "lavfi", "-i", "sine=f=440:d=2", "-c:v", "libvpx-vp9", "-deadline", "realtime",
                "-cpu-used", "8", "-c:a", "libopus", str(webm)])
    tl = Timeline(moments=(Moment(0.5, end=1.5, caption="the jeep", id="a"),), footage=Footage(path=str(webm)))
    report = render(tl, tmp_path / "r.mp4")
    assert [w for w in report.warnings if "AAC" in w] == [
        f"{webm}: its opus sound is encoded to AAC for the MP4 (not every MP4 player plays opus there)"]
    with av.open(str(report.out)) as c:
        assert c.streams.audio[0].codec_context.name == "aac"
        sound = np.concatenate([f.to_ndarray().ravel() for f in c.decode(audio=0)])
    assert float(np.sqrt((sound ** 2).mean())) > 0.05  # the tone (amplitude 1/8), not silence


def test_aac_sound_is_copied_without_a_word(rendered) -> None:
    out, report = rendered
    assert not [w for w in report.warnings if "AAC" in w]
    assert "-c:a copy" in report.command


def test_a_file_of_several_tracks_renders_its_default_ones_and_says_which(tmp_path: Path) -> None:
    """A remux carrying another angle and a silent (or audio-description) track first, the main ones marked
    default: render took the first of each, the picture and sound no player shows, without a word."""
    from annotate.errors import MediaWarning

    multi = tmp_path / "multi.mkv"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=640x360:r=25:d=2", "-f", "lavfi", "-i", "color=red:s=320x180:r=25:d=2",
                "-f", "lavfi", "-i", "anullsrc=d=2:r=48000:cl=mono", "-f", "lavfi", "-i", "sine=f=440:d=2",
                "-map", "0:v", "-map", "1:v", "-map", "2:a", "-map", "3:a", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-disposition:v:0", "0", "-disposition:v:1", "default",
                "-disposition:a:0", "0", "-disposition:a:1", "default", str(multi)])
    out = tmp_path / "out.mp4"
    with pytest.warns(MediaWarning, match=r"multi.mkv has 2 video and 2 audio tracks; using the default ones, "
                                          r"video stream 1 \(320x180\) and audio stream 3; "
                                          r"not used: video stream 0 \(640x360\), audio stream 2"):
        render(Timeline(moments=(Moment(0.5, caption="one", id="m1"),), footage=Footage(path=str(multi))), out,
               elements=Elements(captions=False, title=False, credit=False, timecode=False))
    with av.open(str(out)) as container:
        picture = next(container.decode(video=0)).to_ndarray(format="rgb24").astype(int)
        container.seek(0)
        sound = np.concatenate([f.to_ndarray().ravel() for f in container.decode(audio=0)])
    assert picture.shape[:2] == (180, 320)
    assert picture[40:120, 40:280, 0].mean() > 200 and picture[40:120, 40:280, 1:].mean() < 60  # the red angle
    assert float(np.sqrt((sound ** 2).mean())) > 0.05  # the tone, not the silent track


def test_a_preview_of_anamorphic_footage_is_drawn_as_shown(tmp_path: Path) -> None:
    """A PNG has no pixel aspect a viewer honours: the preview of PAL 16:9 (720x576, pixels 64:45 wide) was the
    stored 5:4 frame, overlay text included, squeezed. It is now the picture a player shows, 1024x576."""
    footage = tmp_path / "ana.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=black:s=720x576:r=25:d=2", "-vf",
                "setsar=64/45,drawbox=x=260:y=188:w=200:h=200:color=white:t=fill", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(footage)])
    out = tmp_path / "pv.png"
    render(Timeline(moments=(Moment(0.5, caption="one", id="m1"),), footage=Footage(path=str(footage))), out,
           preview_at=1.0, elements=Elements(captions=False, title=False, credit=False, timecode=False))
    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape[:2] == (576, 1024)
    rows, cols = np.where(img[:400].min(axis=2) > 200)  # the white box, above the position bar
    assert cols.max() - cols.min() + 1 == pytest.approx((rows.max() - rows.min() + 1) * 64 / 45, abs=4)


def test_interlaced_footage_keeps_its_fields_or_is_deinterlaced_where_frames_are_held(tmp_path: Path) -> None:
    """1080i/576i footage was rendered as progressive frames holding both fields woven: a player, which
    deinterlaces the source, showed the render combed. The render is now encoded interlaced in the source's
    field order; with freezes or slow motion (frames held) it is deinterlaced, and says so; a preview is a
    deinterlaced picture."""
    from annotate.render.document import RenderWarning
    from annotate.render.runner import FREEZE_TAG

    footage = tmp_path / "int.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=720x576:r=50:d=2", "-vf", "interlace=scan=tff", "-c:v", "libx264",
                "-preset", "ultrafast", "-flags", "+ilme+ildct", "-x264opts", "tff=1", "-pix_fmt", "yuv420p",
                str(footage)])
    plain = Elements(captions=False, title=False, credit=False, timecode=False)
    out = tmp_path / "out.mp4"
    render(Timeline(moments=(Moment(0.5, caption="one", id="m1"),), footage=Footage(path=str(footage))), out,
           elements=plain)
    with av.open(str(out)) as container:
        frames = [f for _, f in zip(range(5), container.decode(video=0))]
        assert container.streams.video[0].codec_context.field_order == 2  # top field first, as the source
    assert all(f.interlaced_frame for f in frames)
    held = tmp_path / "held.mp4"
    with pytest.warns(RenderWarning, match=r"int.mp4 is interlaced: deinterlaced \(bwdif\)"):
        render(Timeline(moments=(Moment(0.5, caption="one", id="m1", tags=(FREEZE_TAG,)),),
                        footage=Footage(path=str(footage))), held, elements=plain)
    with av.open(str(held)) as container:
        assert not any(f.interlaced_frame for _, f in zip(range(5), container.decode(video=0)))

    def comb(img: np.ndarray) -> int:
        rows = img.astype(int).max(axis=2)
        across, along = np.abs(rows[0:-2] - rows[1:-1]), np.abs(rows[0:-2] - rows[2:])
        return int(((across > 60) & (along < 10)).sum())

    woven = frames[3].to_ndarray(format="rgb24")
    preview = tmp_path / "pv.png"
    render(Timeline(moments=(Moment(0.5, caption="one", id="m1"),), footage=Footage(path=str(footage))), preview,
           preview_at=1.0, elements=plain)
    assert comb(woven) > 300
    assert comb(np.asarray(Image.open(preview).convert("RGB"))[:500]) < comb(woven) / 10


def test_a_long_word_or_url_stays_inside_the_frame(tmp_path: Path) -> None:
    """Attack report 8 #25: lines are broken at a column count for an average glyph, and libass wraps a title
    only at spaces: a title of one long compound and a caption line of wide letters ran off the frame's sides,
    their ends lost. The title's word is broken to fit (after a URL's '/' where it can), a caption line too
    wide is narrowed."""
    footage = _make(tmp_path / "lw.mp4", size="640x360", seconds=3.0, audio=False)
    tl = Timeline(title="Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz",
                  moments=(Moment(0.5, end=2.9, caption="WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMW", id="a"),),
                  footage=Footage(path=str(footage)))
    out = tmp_path / "lw.png"
    render(tl, out, preview_at=1.0, elements=Elements(timecode=False, credit=False, position_bar=False),
           theme=Theme(caption_time_label=False))
    with av.open(str(out)) as c:
        img = next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)
    title_rows, caption_rows = slice(0, 150), slice(240, 360)
    assert _changed(img, title_rows, slice(20, 300)) > 0.05 and _changed(img, caption_rows, slice(100, 540)) > 0.05
    margin = round(640 * Theme().safe_margin)
    for rows in (title_rows, caption_rows):
        assert _changed(img, rows, slice(640 - margin + 2, 640)) == 0, rows
        assert _changed(img, rows, slice(0, margin - 2)) == 0, rows
    assert _changed(img, title_rows, slice(round(640 * 0.7), 640)) == 0  # clear of the timecode's column


def test_a_url_too_long_for_a_title_line_breaks_after_a_slash():
    from annotate.render.document import broken_words

    measure = len  # one pixel a character
    assert broken_words("see https://twitter.com/BorderCommand/status/12345", measure, 20) == (
        "see https://twitter.com/\nBorderCommand/\nstatus/12345")
    assert broken_words("Rindfleischetikettierung", measure, 10) == "Rindfleisc\nhetikettie\nrung"
    assert broken_words("short words stay", measure, 10) == "short words stay"


def _preview_png(tmp_path: Path, tl: Timeline, name: str, theme: Theme, elements: Elements) -> np.ndarray:
    out = tmp_path / name
    render(tl, out, preview_at=1.0, elements=elements, theme=theme)
    with av.open(str(out)) as c:
        return next(c.decode(video=0)).to_ndarray(format="rgb24").astype(int)


def test_a_credit_of_one_long_url_stays_inside_the_safe_area(tmp_path: Path) -> None:
    """Attack report 9 #1: only the title's long words were broken; a credit of a source's URL (typical for OSINT
    footage) spanned the whole width and ran off the frame's left side, its start lost. It is broken as the
    title is, inside the safe margins."""
    footage = _make(tmp_path / "cr.mp4", size="640x360", seconds=3.0, audio=False)
    url = "https://www.facebook.com/BorderCommandOfficialPageOfTheUnitedNationsCommand/videos/12345678901234567890"
    tl = Timeline(sources=(Source(credit=f"Footage: {url}"),), moments=(Moment(0.5, caption="x", id="a"),),
                  footage=Footage(path=str(footage)))
    img = _preview_png(tmp_path, tl, "cr.png", Theme(),
                       Elements(timecode=False, title=False, captions=False, position_bar=False))
    top = slice(0, 180)
    margin = round(640 * Theme().safe_margin)
    assert _changed(img, top, slice(320, 640 - margin)) > 0.02
    assert _changed(img, top, slice(0, margin - 2)) == 0
    assert _changed(img, top, slice(640 - margin + 2, 640)) == 0
    doc = build(tl, Frame(640, 360, 3.0, FPS), elements=Elements(timecode=False, title=False, captions=False))
    credit = next(e for e in doc.events if e.name == "credit")
    assert credit.plaintext.replace("\n", "") == f"Footage: {url}"  # broken into lines, not a character lost
    assert credit.plaintext.count("\n") >= 1


@pytest.mark.parametrize(("size", "safe", "title"), [
    ((1280, 720), 0.05, "Grenzübergangsstellenkontrolle"),
    ((320, 240), 0.3, "Soldiers open fire at the border"),
])
def test_a_title_word_that_fits_is_not_broken(size: tuple[int, int], safe: float, title: str) -> None:
    """Attack report 9 #2: the title's words were broken for a room short by the left safe margin and a box's
    padding (the Title style's right margin replaces the safe one): a word that fits whole was cut mid-word, and
    with ``safe_margin: 0.3`` every word of a plain title was chopped ('So / ldi / er s op')."""
    doc = build(Timeline(title=title), Frame(*size, 10.0, FPS), theme=Theme(safe_margin=safe))
    assert next(e for e in doc.events if e.name == "title").plaintext == title


def test_a_title_stays_inside_a_wide_safe_margin(tmp_path: Path) -> None:
    """A theme's safe_margin may be up to 0.39, wider than the 30 % the title leaves for the timecode's column:
    the title's right margin is the wider of the two, so its box stays inside the safe area."""
    footage = _make(tmp_path / "sm.mp4", size="640x360", seconds=3.0, audio=False)
    safe = 0.36
    tl = Timeline(title="Grenzübergangsstellenkontrolle at the border crossing", footage=Footage(path=str(footage)),
                  moments=(Moment(0.5, caption="x", id="a"),))
    img = _preview_png(tmp_path, tl, "sm.png", Theme(safe_margin=safe),
                       Elements(timecode=False, credit=False, captions=False, position_bar=False))
    top = slice(0, 200)
    margin = round(640 * safe)
    assert _changed(img, top, slice(margin, 640 - margin)) > 0.05
    assert _changed(img, top, slice(0, margin - 2)) == 0
    assert _changed(img, top, slice(640 - margin + 2, 640)) == 0


def _drawn(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where two renders of one frame differ: what one draws and the other does not."""
    return np.abs(a - b).max(axis=2) > 24


@pytest.mark.parametrize("corner", ["top-right", "top-left"])
@pytest.mark.parametrize("size", ["270:360", "640:360"])  # narrow (a crop of the sample) and as made
def test_a_long_credit_and_the_title_keep_apart_on_any_frame(samples, tmp_path: Path, corner: str, size: str) -> None:
    """A long credit top right was wrapped over the frame's width under the timecode and, on a narrow frame
    with a title of four lines or more, its box lay over the title's last lines; top left, the title went under
    the credit's first line only, so a credit of two lines lay over it. Rendered on the sample footage: the
    element that does not move drawn alone, then both, and no pixel drawn by both."""
    system.require(system.DEJAVU)
    footage = tmp_path / "narrow.mp4"
    ffmpeg.run(["-i", str(samples.video), "-t", "3", "-vf", f"crop={size}", "-an", "-c:v", "libx264", "-preset",
                "ultrafast", str(footage)])
    tl = Timeline(title=LONG_TITLE, footage=Footage(path=str(footage)), moments=(Moment(0.5, caption="x", id="a"),),
                  sources=(Source(credit="Footage: United Nations Command via AP and Reuters"),))
    theme = Theme(credit_corner=corner)
    only = {"captions": False, "position_bar": False}
    none = _preview_png(tmp_path, tl, "none.png", theme, Elements(title=False, credit=False, **only))
    both = _preview_png(tmp_path, tl, "both.png", theme, Elements(**only))
    fixed = "title" if corner == "top-right" else "credit"  # (the other is placed beside or under it)
    alone = _preview_png(tmp_path, tl, "alone.png", theme, Elements(**{fixed: True, **only,
                                                                       ("credit" if fixed == "title" else "title"):
                                                                       False}))
    first, second = _drawn(alone, none), _drawn(both, alone)
    assert first.mean() > 0.01 and second.mean() > 0.005, (first.mean(), second.mean())
    assert not (first & second).any(), f"{(first & second).sum()} pixels of the {fixed} drawn over"
