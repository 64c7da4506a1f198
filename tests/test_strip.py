"""The alignment strip: a real PNG of the expected size, not blank, with the
aligned moments drawn where they were snapped."""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from annotate import ffmpeg, strip
from annotate.cli import main
from annotate.errors import MediaWarning
from annotate.model import Footage, Moment, Timeline
from tests.align_support import aligned, excerpt


def test_strip_png_has_thumbnails_curve_and_moment_markers(samples, tmp_path):
    timeline = aligned(samples.video, samples.truth)
    out = strip.strip(timeline, samples.video, tmp_path / "strip.png")
    img = np.asarray(Image.open(out).convert("RGB")).astype(int)
    h, w, _ = img.shape
    assert w == strip.STRIP_WIDTH_PX and h > 500
    assert img.std() > 20, "blank picture"
    # Thumbnails carry footage, not background.
    thumbs = img[60:120, strip.MARGIN_PX: w - strip.MARGIN_PX]
    assert np.abs(thumbs - np.array(strip.BACKGROUND)).mean() > 30
    # Each aligned moment is a blue line in the curve panel at its time.
    duration = 270.0 if samples.truth["video"]["duration"] == 270 else samples.truth["video"]["duration"]
    plot_w = w - 2 * strip.MARGIN_PX
    blue = np.all(np.abs(img - np.array(strip.ALIGNED)) < 12, axis=2)
    for m in timeline.moments:
        x = strip.MARGIN_PX + round(m.effective_start / duration * (plot_w - 1))
        column = blue[:, max(0, x - 1): x + 2]
        assert column.sum() > 50, f"no marker for {m.id} at x={x}"


def test_no_partial_file_left_and_existing_output_replaced(samples, tmp_path):
    target = tmp_path / "strip.png"
    Image.new("RGB", (10, 10)).save(target)  # an earlier strip (a file that is no PNG is refused: test_attack9)
    timeline = aligned(samples.video, samples.truth)
    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    strip.strip(timeline.with_moments((Moment(start=3.0, caption="inside the excerpt", id="m1"),)), short, target,
                width=800)
    assert Image.open(target).size[0] == 800
    assert [p.name for p in tmp_path.iterdir()] == ["strip.png"]


def test_cli_strip(samples, tmp_path):
    from annotate import timeline as tl

    timeline = aligned(samples.video, samples.truth)
    path = tmp_path / "story.yaml"
    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    tl.save(timeline.__class__(moments=timeline.moments[:2], footage=Footage(path=str(short))), path)
    result = CliRunner().invoke(main, ["strip", str(path), "-o", str(tmp_path / "s.png")])
    assert result.exit_code == 0, result.output
    assert Image.open(tmp_path / "s.png").size[0] == strip.STRIP_WIDTH_PX


def test_a_quote_is_drawn_with_its_evidence_under_its_frames(samples, tmp_path):
    from annotate.model import Alignment

    clip = excerpt(samples.video, tmp_path / "clip.mp4", 0.0, 6.0)
    plain = Moment(id="m1", start=2.0, caption="A car stops", alignment=Alignment(2.0, "cut", 2.0))
    quote = Moment(id="q1", start=None, said="Hands where I can see them!", caption="A deputy yells",
                   alignment=Alignment(3.0, "subtitle", 1.0, 'subtitle clip.srt, cue 2 at 0:03.00: "Hands"'))

    def drawn(*moments: Moment) -> np.ndarray:
        out = strip.strip(Timeline(moments=moments), clip, tmp_path / "strip.png")
        return np.asarray(Image.open(out).convert("RGB")).astype(int)

    without, with_quote = drawn(plain), drawn(plain, quote)
    assert with_quote.shape[0] == without.shape[0] + strip.SAID_LINES_PX
    # Under the second moment's frames: ink where the quote and its evidence are written.
    x0 = strip.MARGIN_PX + 2 * strip.TILE_WIDTH_PX + strip.MARGIN_PX
    top = with_quote.shape[0] - strip.MARGIN_PX - strip.SAID_LINES_PX - 4
    lines = with_quote[top:, x0: x0 + 2 * strip.TILE_WIDTH_PX]
    assert (np.abs(lines - np.array(strip.BACKGROUND)).sum(axis=2) > 200).sum() > 300


def test_strip_of_rotated_phone_footage_states_the_size_shown(samples, tmp_path):
    """The header gives the size a player shows (portrait for a phone's
    video stored landscape), not the stored one."""
    from annotate import shots
    from tests.clips_support import rotated

    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    phone = rotated(short, tmp_path / "phone.mp4")
    stored = shots.video_info(short)
    info = shots.video_info(phone)
    assert info.display_size == (stored.height, stored.width)
    assert f"  {stored.height}x{stored.width} @ " in strip.header(phone, info, [])
    assert f"  {stored.width}x{stored.height} @ " in strip.header(short, stored, [])


def test_strip_of_anamorphic_footage_states_the_size_shown(tmp_path):
    """PAL 16:9 is stored 720x576 at a pixel aspect of 64:45 and shown
    1024x576: the header said 720x576 (a 5:4 picture) though its frames, the
    posters and the contact sheet are drawn at 16:9. It now gives the size a
    player shows, turned as well for a phone's portrait video."""
    from annotate import shots
    from tests.clips_support import rotated

    pal = tmp_path / "pal.mp4"
    ffmpeg.run(("-f", "lavfi", "-i", "testsrc2=s=720x576:r=25:d=2", "-vf", "setsar=64/45", "-c:v", "libx264",
                "-preset", "ultrafast", str(pal)))
    info = shots.video_info(pal)
    assert (info.width, info.height) == (720, 576)
    assert "  1024x576 @ 25 fps" in strip.header(pal, info, [])
    turned = rotated(pal, tmp_path / "turned.mp4")
    assert "  576x1024 @ 25 fps" in strip.header(turned, shots.video_info(turned), [])


def test_an_output_not_named_png_is_refused_before_any_work(samples, tmp_path):
    # `-o strip.jpg` used to get PNG bytes under a .jpg name (and `-o strip.mp4` too).
    from annotate import timeline as tl

    path = tmp_path / "story.yaml"
    timeline = aligned(samples.video, samples.truth)
    tl.save(timeline.__class__(moments=timeline.moments, footage=Footage(path=str(samples.video))), path)
    for name in ("s.jpg", "s.mp4", "s"):
        result = CliRunner().invoke(main, ["strip", str(path), "-o", str(tmp_path / name)])
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1 and "annotate: error:" in result.output
        assert "name the output .png" in result.output
        assert not (tmp_path / name).exists()


def test_a_moment_past_the_footages_end_is_said_and_left_out(samples, tmp_path):
    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    inside, past = Moment(start=3.0, caption="inside", id="m1"), Moment(start=540.0, caption="past", id="m2")
    with pytest.warns(MediaWarning, match=r"moment m2: at 9:00.*, at or after the end of .* left out of the strip"):
        out = strip.strip(Timeline(moments=(inside, past)), short, tmp_path / "both.png", width=800)
    alone = strip.strip(Timeline(moments=(inside,)), short, tmp_path / "alone.png", width=800)
    # The same picture as the moment inside alone: no tile, no marker clipped at the right edge.
    assert np.array_equal(np.asarray(Image.open(out)), np.asarray(Image.open(alone)))


def test_variable_frame_rate_footage_shows_no_cut_that_is_not_there(tmp_path):
    """Resampled to its base rate, each frame of a slow stretch came three
    times and the curve's spike train was drawn as a cut (at 10.16 s, "frame
    254" of a file of 150); on the file's own frames there is none, and a
    real cut is at its frame's own time."""
    import av

    from annotate import ffmpeg, shots

    vfr, cut = tmp_path / "vfr.mp4", tmp_path / "cut.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc=d=6:r=25:s=160x120", "-vf", "setpts='if(lt(N,50),PTS,PTS*3)'",
                "-fps_mode", "vfr", str(vfr)])
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=4",
                "-f", "lavfi", "-i", "smptebars=s=160x120:r=25:d=4,setpts=PTS*3",
                "-filter_complex", "[0]settb=1/1000[a];[1]settb=1/1000[b];[a][b]concat=n=2:v=1,format=yuv420p",
                "-fps_mode", "vfr", str(cut)])
    info = shots.video_info(vfr)
    assert info.variable_rate
    curve, changes = strip.change_curve(vfr, 100, info)
    assert changes == [] and curve.max() > 0
    info = shots.video_info(cut)
    assert info.variable_rate
    with av.open(str(cut)) as container:
        times = [float(f.time) for f in container.decode(video=0)]
    curve, changes = strip.change_curve(cut, 160, info)
    assert [(c.kind, c.frame, c.time) for c in changes] == [("cut", 100, round(times[100], 6))]
    assert times[100] == pytest.approx(4.0, abs=0.001)
    # The cut's spike is drawn in the column of its time (4 s of 16).
    assert int(np.argmax(curve)) == int(times[100] / (info.duration / 160))


def _ffmpeg_still(path, time: float, width: int, height: int, fps: float) -> Image.Image:
    """The reference: ffmpeg's own seek (half a frame early: it starts at the first frame at or after the seek
    point), scale to fit and pad, in a process of its own."""
    args = ["-ss", f"{max(0.0, time - 0.5 / fps):.4f}", "-i", ffmpeg.local(path), "-frames:v", "1", "-an",
            "-vf", f"scale={width}:{height}:force_original_aspect_ratio=decrease,"
                   f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,format=rgb24", "-f", "rawvideo", "-"]
    out = ffmpeg.capture(args).stdout
    assert len(out) >= width * height * 3, f"ffmpeg gave no frame at {time}"
    return Image.frombuffer("RGB", (width, height), out[:width * height * 3], "raw", "RGB", 0, 1)


def test_grab_each_gives_ffmpegs_frames_from_one_decoder(samples):
    """A review's stills were a grab each (a process, a seek and up to a keyframe interval decoded apiece); from
    one decoder in time order (near ones decoded on to, far ones sought) they must be the very frames grab gives,
    in any order asked, and None past the end."""
    times = [147.0, 12.0, 12.04, 95.5, 41.02, 1e6]
    fps = samples.fps
    got = dict(strip.grab_each(samples.video, times, 320, 180, fps))
    assert sorted(got) == list(range(len(times))) and got[5] is None
    for index, at in enumerate(times[:-1]):
        image = got[index]
        assert image is not None and image.size == (320, 180)
        mine = np.asarray(image.convert("L"), dtype=float)

        def distance(t: float, mine: np.ndarray = mine) -> float:
            theirs = _ffmpeg_still(samples.video, t, 320, 180, fps).convert("L")
            return float(np.abs(np.asarray(theirs, dtype=float) - mine).mean())

        assert distance(at) < 3, at
        assert distance(at) < min(distance(at - 1 / fps), distance(at + 1 / fps)), at  # not a neighbour


def test_the_strips_tiles_are_the_moments_frames_from_one_decoder(samples, tmp_path, monkeypatch):
    """The strip grabbed its ten thumbnails and two tiles per moment one process and seek each (a review of 300
    moments spent minutes on 600 tiles); now from one decoder (one call of grab_each), each tile still the frame
    ffmpeg's own seek gives there."""
    real_grab_each = strip.grab_each
    calls: list[int] = []

    def counting(path, times, *args, **kwargs):  # noqa: ANN001, ANN202
        calls.append(len(times))
        return real_grab_each(path, times, *args, **kwargs)

    timeline = Timeline(footage=Footage(path=str(samples.video)), moments=(
        Moment(id="a", start=147.0, caption="A"), Moment(id="b", start=12.0, caption="B")))
    monkeypatch.setattr(strip, "grab_each", counting)
    out = strip.strip(timeline, samples.video, tmp_path / "strip.png")
    assert sum(calls) >= strip.THUMBS + 2 * len(timeline.moments) and len(calls) <= 2, calls
    monkeypatch.undo()
    img = np.asarray(Image.open(out).convert("L")).astype(float)
    plot_w = strip.STRIP_WIDTH_PX - 2 * strip.MARGIN_PX
    thumb_h = round(plot_w // strip.THUMBS * 9 / 16)
    y_tiles = 44 + thumb_h + 28 + strip.CURVE_HEIGHT_PX + 48 + 36
    per_row = max(1, plot_w // (2 * strip.TILE_WIDTH_PX + strip.MARGIN_PX))
    frame = 1 / samples.fps
    for n, m in enumerate(timeline.moments):
        x0 = strip.MARGIN_PX + n % per_row * (2 * strip.TILE_WIDTH_PX + strip.MARGIN_PX)
        for j, at in enumerate((m.effective_start - frame, m.effective_start)):
            tile = img[y_tiles: y_tiles + strip.TILE_HEIGHT_PX,
                       x0 + j * strip.TILE_WIDTH_PX: x0 + j * strip.TILE_WIDTH_PX + strip.TILE_WIDTH_PX - 2]
            want = _ffmpeg_still(samples.video, at, strip.TILE_WIDTH_PX - 2, strip.TILE_HEIGHT_PX, samples.fps)
            assert np.abs(np.asarray(want.convert("L"), dtype=float) - tile).mean() < 3, (m.id, at)


def test_grab_each_of_a_sound_file_is_one_clear_error(tmp_path):
    from annotate import ffmpeg
    from annotate.errors import MediaError

    sound = tmp_path / "sound.m4a"
    ffmpeg.run(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=d=1", str(sound)])
    with pytest.raises(MediaError, match="has no video stream"):
        list(strip.grab_each(sound, [0.5], 32, 18))


def test_grab_each_finds_frames_in_mpeg_ts_where_the_seek_misses(tmp_path):
    """An MPEG-TS recording (timestamps from 1.4 s, one keyframe) seeks by bytes: the seek to a still found no
    frame, and the still was missing. Now the frames are decoded from the start there: each still is the frame
    shown at its time (the file's start time plus the still's)."""
    import av

    from annotate import ffmpeg
    from annotate.clips.media import frame_image

    ts = tmp_path / "broadcast.ts"
    ffmpeg.run(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=d=8:r=25:s=320x240",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "250", "-f", "mpegts", str(ts)])
    with av.open(str(ts)) as container:
        start = container.start_time / 1e6
    times = [5.5, 0.5, 2.0]
    got = dict(strip.grab_each(ts, times, 160, 120, 25))
    for index, at in enumerate(times):
        image = got[index]
        assert image is not None, at
        mine = np.asarray(image.convert("L"), dtype=float)
        near = [float(np.abs(np.asarray(frame_image(ts, start + at + d).convert("L").resize((160, 120)),
                                        dtype=float) - mine).mean()) for d in (0.0, 0.04)]
        assert min(near) < 2, (at, near)


def test_a_long_quote_is_cut_to_its_tile_by_a_few_measures_not_one_per_character():
    """A quoted paragraph or a pasted transcript is normal text: cutting it a
    character at a time measured the whole line each time (80 s for 4,000
    words). Bisection measures it about twice over, and cuts it where the
    next character would no longer fit."""
    from PIL import ImageDraw

    real = ImageDraw.Draw(Image.new("RGB", (8, 8)))
    font, width = strip._fonts(["word"], 12)[0], 2 * strip.TILE_WIDTH_PX

    class Counting:
        measured = 0

        def textlength(self, text: str, font) -> float:
            Counting.measured += len(text)
            return real.textlength(text, font=font)

    said = "“" + "word " * 4000 + "”"
    line = strip._fit(Counting(), said, width, font)  # type: ignore[arg-type]
    assert line.endswith("…") and said.startswith(line[:-1]) and len(line) > 10
    assert real.textlength(line, font=font) <= width < real.textlength(said[:len(line)] + "…", font=font)
    assert Counting.measured < 3 * len(said), Counting.measured
    short = "“Hands where I can see them!”"
    assert strip._fit(Counting(), short, width, font) == short  # type: ignore[arg-type]


def test_strip_progress_follows_the_stills_and_the_picture_after_the_curve(samples, tmp_path):
    """The bar followed the change curve's decode only, then sat at 96 % (2-3 s
    on the samples, more with many moments) while the thumbnails and each
    moment's frames were grabbed and the PNG was encoded at its slowest."""
    timeline = aligned(samples.video, samples.truth)
    seen: list[float] = []
    out = strip.strip(timeline, samples.video, tmp_path / "strip.png", on_progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0, seen
    stills = strip.THUMBS + 2 * len(timeline.moments)
    assert len({f for f in seen if strip.CURVE_SHARE < f < 1.0}) >= stills - 1, seen  # each still as it comes
    img = Image.open(out)
    assert img.format == "PNG" and img.size[0] == strip.STRIP_WIDTH_PX
    assert np.asarray(img.convert("RGB")).std() > 20


def test_cjk_title_and_ids_are_drawn_in_a_font_that_has_them_and_what_none_has_is_said(samples, tmp_path):
    """With a CJK font installed the strip drew the title, moment ids and quotes of a Japanese or Korean story
    as rows of boxes (one family, DejaVu Sans), and said nothing. Each script is now drawn in a font that
    has it (the title's pixels are the CJK font's), and a script no font has is named with its package."""
    import warnings as warnings_module

    from annotate import fonts
    from annotate.fonts import FontWarning
    from tests import system

    system.require(system.CJK_FONT)
    system.require(system.DEJAVU)
    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    title = "朝鮮人民軍の兵士"
    moments = (Moment(start=3.0, caption="a", id="朝鮮"), Moment(start=6.0, caption="b", id="सैनिक"))
    with warnings_module.catch_warnings(record=True) as seen:
        warnings_module.simplefilter("always")
        out = strip.strip(Timeline(moments=moments, title=title), short, tmp_path / "cjk.png", width=800)
    got = np.asarray(Image.open(out).convert("RGB"))[:40, :300]
    reference = Image.new("RGB", (300, 40), strip.BACKGROUND)
    baseline = 10 + fonts.pil_font(20, "DejaVu Sans").getmetrics()[0]
    ImageDraw.Draw(reference).text((strip.MARGIN_PX, baseline), title, fill=strip.INK, anchor="ls",
                                   font=fonts.pil_font(20, file=fonts.covering(title).file))
    assert np.array_equal(got, np.asarray(reference))
    font_warnings = [str(w.message) for w in seen if issubclass(w.category, FontWarning)]
    if fonts.covering("सैनिक") is None:
        assert any("Devanagari" in w and "fonts-noto-core" in w for w in font_warnings), font_warnings
    assert not any("CJK" in w or "Japanese" in w for w in font_warnings), font_warnings


@given(st.lists(st.tuples(st.floats(0, 1500), st.floats(5, 60)), max_size=30))
def test_moment_labels_placed_in_rows_never_overlap_while_a_row_is_free(spans):
    rows = strip.label_rows(spans, strip.LABEL_ROWS)
    assert len(rows) == len(spans) and all(0 <= r < strip.LABEL_ROWS for r in rows)
    if len(spans) <= strip.LABEL_ROWS:  # (room for every label, even all on one time)
        for i, (x, w) in enumerate(spans):
            for j, (x2, w2) in enumerate(spans):
                if i < j and rows[i] == rows[j]:
                    assert x + w + strip.LABEL_GAP_PX <= x2 or x2 + w2 + strip.LABEL_GAP_PX <= x


def test_two_moments_on_one_time_have_both_labels_and_a_range_shows_its_extent(samples, tmp_path):
    """The demo's m4 and c1 at 2:28.00 were printed one over the other ("cı14"), and a range was drawn as its
    start line only: 0:05-0:12 looked like a point at 0:05."""
    from annotate.model import Alignment

    short = excerpt(samples.video, tmp_path.parent / "strip-excerpt.mp4", 140, 12)
    width = 800
    moments = (Moment(id="m4", start=3.0, caption="a", alignment=Alignment(3.0, "cut", 1.0)),
               Moment(id="c1", start=3.0, caption="b", alignment=Alignment(3.0, "cut", 1.0)),
               Moment(id="r1", start=5.0, end=9.0, caption="c", alignment=Alignment(5.0, "cut", 1.0)))
    img = np.asarray(Image.open(strip.strip(Timeline(moments=moments), short, tmp_path / "s.png",
                                            width=width)).convert("RGB")).astype(int)
    blue = np.all(np.abs(img - np.array(strip.ALIGNED)) < 12, axis=2)
    plot_w = width - 2 * strip.MARGIN_PX
    duration = 12.0

    def x_of(t: float) -> int:
        return strip.MARGIN_PX + round(t / duration * (plot_w - 1))

    # The two labels right of 3.0 s: ink in two separate bands of rows, one label each.
    labels = blue[:, x_of(3.0) + 3: x_of(3.0) + 22].any(axis=1)
    bands = np.flatnonzero(np.diff(labels.astype(int)) == 1)
    assert len(bands) >= 2, np.flatnonzero(labels)
    # The range: a band of its colour along the panel's foot from its start to its end, and no further.
    rows_with_band = [y for y in range(img.shape[0]) if blue[y, x_of(6.0): x_of(8.5)].all()]
    assert rows_with_band, "no band along the range"
    y = rows_with_band[0]
    assert blue[y, x_of(5.0) + 2: x_of(9.0) - 1].all() and not blue[y, x_of(9.0) + 3: x_of(10.5)].any()


def test_grab_each_counts_footage_time_from_the_first_frame(tmp_path):
    """Sound from 0, pictures from 0.5 s (a camera's pre-roll): footage time 0 is the first frame, as the timeline
    and the page count. grab_each counted from the container's start, so the strip's tiles were half a second early
    (the review shifted its times itself)."""
    import av

    from annotate import ffmpeg

    path = tmp_path / "late-picture.mp4"
    ffmpeg.run(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=d=4", "-itsoffset", "0.5",
                "-f", "lavfi", "-i", "testsrc2=d=3:r=25:s=160x120", "-map", "0:a", "-map", "1:v",
                "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac", str(path)])
    with av.open(str(path)) as container:
        decoded = [(float(f.time), np.asarray(f.to_image().convert("L"), dtype=float))
                   for f in container.decode(video=0)]
    assert decoded[0][0] == pytest.approx(0.5, abs=0.03)
    times = [0.0, 1.0, 2.0]
    got = dict(strip.grab_each(path, times, 160, 120, 25))
    for index, at in enumerate(times):
        mine = np.asarray(got[index].convert("L"), dtype=float)
        nearest = min(range(len(decoded)), key=lambda k: float(np.abs(decoded[k][1] - mine).mean()))
        assert nearest == round(at * 25), at


def test_a_long_storys_frames_go_on_pages_each_a_picture_a_viewer_opens(tmp_path):
    """5,000 moments were one PNG of 1600 x 277,116 px (2.8 GB to draw) that Pillow refuses to open: the
    frames of each 120 moments now go on a page of their own, drawn and written one after another."""
    footage = tmp_path / "rgb.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=red:s=160x90:r=25:d=4", "-f", "lavfi", "-i", "color=lime:s=160x90:r=25:d=4",
                "-f", "lavfi", "-i", "color=blue:s=160x90:r=25:d=4", "-filter_complex", "[0][1][2]concat=n=3:v=1",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(footage)])
    count = 2 * strip.STRIP_PAGE_MOMENTS + 10
    moments = tuple(Moment(round(0.1 + 11.8 * i / count, 3), caption=f"c{i}", id=f"m{i}") for i in range(count))
    timeline = Timeline(moments=moments, footage=Footage(path=str(footage)))
    with pytest.warns(MediaWarning, match=rf"{count} moments: their frames are in 3 pages of "
                                          rf"{strip.STRIP_PAGE_MOMENTS}, strip.png to strip-03.png"):
        out = strip.strip(timeline, footage, tmp_path / "strip.png")
    assert sorted(p.name for p in tmp_path.glob("strip*.png")) == ["strip-02.png", "strip-03.png", "strip.png"]
    pages = [np.asarray(Image.open(tmp_path / n).convert("RGB")).astype(int)
             for n in (out.name, "strip-02.png", "strip-03.png")]
    assert all(p.shape[0] * p.shape[1] < 16_000_000 for p in pages)
    assert pages[2].shape[0] < pages[1].shape[0]  # the last page holds the last 10 moments only
    # Page 2's eleventh moment (row 3, second column) shows its own frame: green at 6.3 s.
    index = strip.STRIP_PAGE_MOMENTS + 10
    assert 4.0 < moments[index].start < 8.0
    per_row = (strip.STRIP_WIDTH_PX - 2 * strip.MARGIN_PX) // (2 * strip.TILE_WIDTH_PX + strip.MARGIN_PX)
    row, col = divmod(10, per_row)
    x0 = strip.MARGIN_PX + col * (2 * strip.TILE_WIDTH_PX + strip.MARGIN_PX) + strip.TILE_WIDTH_PX
    y0 = strip.HEADER_PX + row * (strip.TILE_HEIGHT_PX + 58) + 36
    tile = pages[1][y0 + 10: y0 + strip.TILE_HEIGHT_PX - 10, x0 + 10: x0 + strip.TILE_WIDTH_PX - 12]
    assert tile[..., 1].mean() > 200 and tile[..., 0].mean() < 60 and tile[..., 2].mean() < 60
    # A review page's strip keeps the first page and says so.
    (tmp_path / "r").mkdir()
    with pytest.warns(MediaWarning, match=rf"first {strip.STRIP_PAGE_MOMENTS} of {count} moments only"):
        strip.strip(timeline, footage, tmp_path / "r" / "strip.png", all_pages=False)
    assert [p.name for p in (tmp_path / "r").iterdir()] == ["strip.png"]


def test_the_strip_of_a_file_of_several_tracks_shows_its_default_picture(tmp_path):
    """A remux with another angle first, the main one marked default: the strip showed the first video stream
    (a green 640x360 angle no player shows) where the timeline records the default one (red, then blue)."""
    from tests.clips_support import two_angle_mkv

    path = two_angle_mkv(tmp_path / "multi.mkv")
    got = dict(strip.grab_each(path, [1.0, 3.0], 160, 90, 25.0))
    colours = [np.asarray(got[i].convert("RGB"), dtype=float).reshape(-1, 3).mean(axis=0) for i in (0, 1)]
    assert colours[0][0] > 200 and colours[0][1:].max() < 60, colours[0]  # red
    assert colours[1][2] > 200 and colours[1][:2].max() < 60, colours[1]  # blue
    out = tmp_path / "s.png"
    strip.strip(Timeline(moments=(Moment(3.0, caption="blue", id="m1"),), footage=Footage(path=str(path))), path,
                out)
    picture = np.asarray(Image.open(out).convert("RGB"), dtype=int)
    blue = (picture[..., 2] > 200) & (picture[..., :2].max(axis=2) < 60)
    green = (picture[..., 1] > 100) & (picture[..., 0] < 60) & (picture[..., 2] < 60)
    assert blue.sum() > 500 and green.sum() < 50


def test_pages_left_from_a_longer_strip_are_removed_but_never_a_users_file(tmp_path, monkeypatch):
    """A strip of fewer pages than the last run's left the old run's later pages beside it (strip-03.png of
    moments no longer in the timeline): nothing recorded that annotate wrote them. Each numbered page is now
    noted in the folder's record (annotate.owned), and a later run removes those still as written, never a
    user's file of that name or a page the user changed since."""
    from annotate import owned

    monkeypatch.setattr(strip, "STRIP_PAGE_MOMENTS", 1)
    footage = tmp_path / "red.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=red:s=160x90:r=25:d=4", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", str(footage)])
    moments = tuple(Moment(0.5 + i, caption=f"c{i}", id=f"m{i}") for i in range(4))
    out = tmp_path / "strip.png"
    with pytest.warns(MediaWarning, match="4 pages"):
        strip.strip(Timeline(moments=moments, footage=Footage(path=str(footage))), footage, out)
    names = ["strip.png", "strip-02.png", "strip-03.png", "strip-04.png"]
    assert sorted(p.name for p in tmp_path.glob("strip*.png")) == sorted(names)
    recorded = (tmp_path / owned.RECORD).read_text().splitlines()
    assert all(any(f'"file": "{n}"' in line for line in recorded) for n in names[1:])  # the numbered pages
    marked = tmp_path / "strip-03.png"
    marked.write_bytes(marked.read_bytes() + b"marked up")  # the user's notes on page 3 since
    (tmp_path / "strip-05.png").write_bytes(b"a user's own picture")
    strip.strip(Timeline(moments=moments[:1], footage=Footage(path=str(footage))), footage, out)
    assert sorted(p.name for p in tmp_path.glob("strip*.png")) == ["strip-03.png", "strip-05.png", "strip.png"]
    assert marked.read_bytes().endswith(b"marked up")
    assert (tmp_path / "strip-05.png").read_bytes() == b"a user's own picture"


def test_a_page_name_holding_a_users_picture_is_refused_and_every_page_written_is_named(tmp_path, monkeypatch):
    """A strip of more than 120 moments wrote its second page over the user's own picture under that name
    (``s-02.png``, a PNG, so the kind check let it through) without a word, and said only ``wrote s.png``. A page
    name holding a file annotate did not write there is refused before anything is drawn (unless --force), as
    clips refuse a user's ``contact-sheet-02.png``; the final line names every page."""
    from annotate import owned
    from annotate import timeline as tl
    from annotate.errors import OutputError

    monkeypatch.setattr(strip, "STRIP_PAGE_MOMENTS", 1)
    footage = tmp_path / "red.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "color=red:s=160x90:r=25:d=3", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", str(footage)])
    timeline = Timeline(moments=tuple(Moment(0.5 + i, caption=f"c{i}", id=f"m{i}") for i in range(2)),
                        footage=Footage(path=str(footage)))
    mine = tmp_path / "s-02.png"
    Image.new("RGB", (40, 30), (0, 90, 200)).save(mine)
    before = mine.read_bytes()
    with pytest.warns(MediaWarning, match="2 pages"), \
            pytest.raises(OutputError, match=r"s-02\.png: annotate has no record of writing it; refusing to replace"):
        strip.strip(timeline, footage, tmp_path / "s.png")
    assert mine.read_bytes() == before and not (tmp_path / "s.png").exists()
    path = tmp_path / "t.yaml"
    tl.save(timeline, path)
    result = CliRunner().invoke(main, ["strip", str(path), "-o", str(tmp_path / "s.png")])
    assert result.exit_code == 2 and "s-02.png" in result.output and mine.read_bytes() == before
    result = CliRunner().invoke(main, ["strip", str(path), "-o", str(tmp_path / "s.png"), "--force"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"wrote {tmp_path / 's.png'}, {tmp_path / 's-02.png'}"
    assert Image.open(mine).size == (strip.STRIP_WIDTH_PX, Image.open(mine).size[1]) != (40, 30)
    # Now annotate's page, noted as written: the next run replaces it without --force.
    assert any('"file": "s-02.png"' in line for line in (tmp_path / owned.RECORD).read_text().splitlines())
    result = CliRunner().invoke(main, ["strip", str(path), "-o", str(tmp_path / "s.png")])
    assert result.exit_code == 0, result.output
