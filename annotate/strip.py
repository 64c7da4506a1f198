"""A picture to trust an alignment by: thumbnails along time, the change
curve with detected shot changes, stated vs aligned moments, and for each
moment the frames either side of where it was snapped."""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from PIL import Image, ImageDraw

from annotate import ffmpeg, shots
from annotate.atomic import atomic_path
from annotate.errors import MediaWarning, OutputError
from annotate.escape import line_text
from annotate.fonts import FontWarning, PilFonts, pil_plan, prefix_within
from annotate.model import Moment, Timeline
from annotate.probe import picture_stream, shown_picture
from annotate.timecode import FALLBACK_FPS, format_clock, format_clock_exact

STRIP_WIDTH_PX = 1600
THUMBS = 10
CURVE_HEIGHT_PX = 170
TILE_WIDTH_PX = 192
TILE_HEIGHT_PX = 108
SAID_LINES_PX = 30  # a quote's words and its evidence under its frames
MARGIN_PX = 16
BACKGROUND = (250, 250, 247)
INK = (30, 30, 30)
MUTED = (120, 120, 120)
CURVE = (70, 90, 110)
CUT = (205, 40, 40)
GRADUAL = (245, 200, 120)
STATED = (140, 140, 140)
ALIGNED = (25, 110, 220)
NONE = (200, 120, 0)
FONT_FAMILY = "DejaVu Sans"
LABEL_ROW_PX = 14  # a moment's id on the curve: rows of them under its top
LABEL_ROWS = 8
LABEL_GAP_PX = 4
RANGE_BAND_PX = 5  # a range moment's extent, along the curve panel's foot

if TYPE_CHECKING:
    import av


def _fonts(texts: Sequence[str], *sizes: int) -> list[PilFonts]:
    """Fonts of ``sizes`` for ``texts`` (the strip's title, file name, moment ids, quotes and evidence), each
    script in a font that has it, as the overlay's (one family drew CJK, Devanagari or Thai as boxes); what no
    installed font has is said, with the package to install."""
    plan = pil_plan(texts, FONT_FAMILY)
    for message in plan.warnings:
        warnings.warn(f"strip: {message}", FontWarning, stacklevel=3)
    return [PilFonts.of(plan, size) for size in sizes]


# Decoding on to a still this far ahead costs less than a seek, which decodes from the keyframe before it (up to
# 10 s with x264's defaults) in a new process.
NEAR_SECONDS = 10.0
# Of the strip's progress: one decode for the change curve, then the stills, then the PNG's encoding (measured on
# the samples: 1.8 s, 1.1 s and 0.4 s).
CURVE_SHARE = 0.55
STILLS_SHARE = 0.35
_T = TypeVar("_T")


def grab_each(path: str | os.PathLike[str], times: Sequence[float], width: int, height: int,
              fps: float = FALLBACK_FPS) -> Iterator[tuple[int, Image.Image | None]]:
    """The RGB frame shown at each of ``times`` (footage time: the first frame is at 0, as the timeline and the
    review page count; the first frame at or after half a frame before it, as ffmpeg's ``-ss`` finds it), turned
    upright, fitted and padded, from one open decoder in time order: it decodes on to a near still and seeks to a
    far one, where a process and a seek each (a review's hundreds of stills) cost up to a keyframe interval decoded
    apiece. Yields (index into ``times``, picture), the picture None where no frame is shown, as each is made."""
    import av

    with ffmpeg.open_video(path) as container:
        stream = picture_stream(container)
        stream.thread_type = "AUTO"
        tb = float(stream.time_base or 1e-6)
        origin = _first_frame_time(container, stream)
        frames: Iterator[av.VideoFrame] | None = None
        current: av.VideoFrame | None = None  # the frame of the time before: the first at or after its target
        for index in sorted(range(len(times)), key=lambda i: times[i]):
            target = origin + max(0.0, times[index] - 0.5 / fps) - 1e-6  # a frame stamped at it is that frame
            try:
                if current is None or current.time is None or current.time < target:
                    if frames is None or current is None or current.time is None or \
                            target - current.time > NEAR_SECONDS:
                        frames = _sought(container, stream, target, tb)
                    current = next((f for f in frames if f.time is not None and f.time >= target), None)
            except av.error.FFmpegError:  # type: ignore[attr-defined]
                current = None
            if current is None:
                frames = None
                yield index, None
            else:
                yield index, _fitted(shown_picture(current, stream.sample_aspect_ratio), width, height)


def _first_frame_time(container: av.container.InputContainer, stream: av.VideoStream) -> float:
    """The first frame's timestamp: footage time 0 (``probe.MediaInfo.start``), later than the container's start
    where the sound starts first (a pre-roll, AAC's priming)."""
    import av

    try:
        first = next(iter(container.decode(stream)), None)
    except av.error.FFmpegError:  # type: ignore[attr-defined]
        first = None
    if first is not None and first.time is not None:
        return float(first.time)
    return container.start_time / 1e6 if container.start_time is not None else 0.0


def _sought(container: av.container.InputContainer, stream: av.VideoStream, target: float,
            tb: float) -> Iterator[av.VideoFrame]:
    """The frames from the keyframe before ``target`` on; from the file's start where that seek misses (an MPEG-TS
    file seeks by bytes: it can land past ``target`` or at its end)."""
    container.seek(max(0, int(target / tb)), stream=stream, backward=True, any_frame=False)
    frames = container.decode(stream)
    first = next(frames, None)
    if first is None or first.time is None or first.time > target:
        container.seek(0)  # the container's start (a seek to the stream's own start found nothing either)
        frames = container.decode(stream)
        first = next(frames, None)
    return iter(()) if first is None else itertools.chain([first], frames)


def _placeholder(width: int, height: int) -> Image.Image:
    """Gray where no frame is shown, so a strip still draws."""
    return Image.new("RGB", (width, height), (60, 60, 60))


def _fitted(picture: np.ndarray, width: int, height: int) -> Image.Image:
    """``picture`` scaled to fit ``width`` x ``height`` and padded with black (ffmpeg's
    ``force_original_aspect_ratio=decrease`` then ``pad``)."""
    image = Image.fromarray(np.ascontiguousarray(picture))
    scale = min(width / image.width, height / image.height)
    size = (max(1, min(width, round(image.width * scale))), max(1, min(height, round(image.height * scale))))
    box = Image.new("RGB", (width, height), (0, 0, 0))
    box.paste(image.resize(size, Image.Resampling.BICUBIC), ((width - size[0]) // 2, (height - size[1]) // 2))
    return box


def change_curve(
    path: str | os.PathLike[str], columns: int, info: shots.VideoInfo,
    on_progress: Callable[[float], None] | None = None,
) -> tuple[np.ndarray, list[shots.ShotChange]]:
    """The largest frame difference per pixel column (bounded memory however
    long the video) and the detected changes, from one decode of the file's
    own frames (a variable-rate file's each in the column of its time)."""
    clock, duration = shots.frame_clock(path, info), info.duration or 1.0
    curve = np.zeros(columns, np.float32)
    det = shots.ContentDetector(clock.fps)
    changes: list[shots.ShotChange] = []
    per_column = max(1e-9, duration / columns)
    step = max(1, int(clock.fps * 10))
    first = clock.time_of(0)
    for i, frame in enumerate(shots.analysis_frames(path)):
        changes += det.push(i, frame)
        elapsed = clock.time_of(i) - first
        col = min(columns - 1, int(elapsed / per_column))
        curve[col] = max(curve[col], det.latest.diff if det.latest else 0.0)
        if on_progress is not None and i % step == 0 and duration:
            on_progress(min(1.0, elapsed / duration))
    changes += det.flush()
    return curve, [shots.place(c, 0, clock) for c in changes]


def header(footage_path: str | os.PathLike[str], info: shots.VideoInfo, changes: list[shots.ShotChange]) -> str:
    """The strip's header line: file, length, size as shown (a phone's
    portrait video is stored turned; PAL 16:9, stored 720x576, is shown
    1024x576, as its frames here are drawn), rate and the changes found."""
    shown_width, shown_height = info.square_size
    return (f"{Path(footage_path).name}  ·  {format_clock(info.duration or 1.0)}  ·  {shown_width}x{shown_height} "
            f"@ {info.fps:g} fps  ·  {sum(c.kind == 'cut' for c in changes)} cuts, "
            f"{sum(c.kind != 'cut' for c in changes)} gradual")


# Moments whose frames one page of the strip shows: 40 rows of 3, about 1600 x 7000 px (11 Mpixel). One picture of
# 5,000 moments was 1600 x 277,116 px (2.8 GB to draw), which Pillow itself refuses to open.
STRIP_PAGE_MOMENTS = 120
HEADER_PX = 44


def strip(
    timeline: Timeline,
    footage_path: str | os.PathLike[str],
    out_png: str | os.PathLike[str],
    *,
    width: int = STRIP_WIDTH_PX,
    on_progress: Callable[[float], None] | None = None,
    force: bool = False,
    all_pages: bool = True,
    on_page: Callable[[Path], None] | None = None,
) -> Path:
    """Draw the strip for ``timeline`` over ``footage_path`` into ``out_png`` (atomically, each numbered page
    noted as annotate's in the folder's record: a later, shorter strip removes those it no longer has);
    clock times not placed yet are left out. The frames of more than
    :data:`STRIP_PAGE_MOMENTS` moments go on numbered pages beside it
    (``strip-02.png`` ..., said in a warning), each drawn and written before
    the next, or with ``all_pages`` false are left out (a review page has its
    own stills). An existing file that is no PNG is refused unless ``force``
    (annotate.overwrite), and so is a numbered page's name holding a file
    annotate did not write there (annotate.owned). ``on_page`` is told each
    page once it is written. Returns ``out_png``."""
    from annotate import owned
    from annotate.clips.sheet import page_path, remove_stale_pages
    from annotate.timeline import check_footage

    if Path(out_png).suffix.lower() != ".png":
        raise OutputError("the strip is a PNG picture: name the output .png", subject=out_png)
    timeline = timeline.placed()
    info = shots.video_info(footage_path)
    check_footage(timeline, footage_path)
    moments = _within(list(timeline.moments), info.duration, Path(footage_path).name)
    chunks = [moments[i:i + STRIP_PAGE_MOMENTS] for i in range(0, len(moments), STRIP_PAGE_MOMENTS)] or [[]]
    target = Path(out_png)
    if len(chunks) > 1:
        if all_pages:
            warnings.warn(f"strip: {len(moments)} moments: their frames are in {len(chunks)} pages of "
                          f"{STRIP_PAGE_MOMENTS}, {target.name} to {page_path(target, len(chunks)).name}",
                          MediaWarning, stacklevel=2)
        else:
            warnings.warn(f"strip: the frames of the first {STRIP_PAGE_MOMENTS} of {len(moments)} moments only "
                          "(`annotate strip` draws them all, in pages)", MediaWarning, stacklevel=2)
            chunks = chunks[:1]
    _check_pages(target, len(chunks), force)
    duration = info.duration or 1.0
    plot_w = width - 2 * MARGIN_PX
    report = _reporter(on_progress)
    curve, changes = change_curve(footage_path, plot_w, info, lambda f: report(CURVE_SHARE * f))
    grab = _counted(report, CURVE_SHARE, STILLS_SHARE, THUMBS + 2 * sum(map(len, chunks)))  # thumbnails, tiles

    thumb_w = plot_w // THUMBS
    thumb_h = round(thumb_w * 9 / 16)
    y_thumbs = HEADER_PX
    y_curve = y_thumbs + thumb_h + 28
    title = timeline.title or Path(footage_path).name
    summary = header(footage_path, info, changes)
    texts = [title, summary, *(f"{m.id} {m.clock or ''} {m.said or ''} "
                              f"{m.alignment.note if m.alignment else ''}" for m in moments)]
    fonts = _fonts(texts, 20, 14, 12)
    big, small, tiny = fonts
    img, d = _page(chunks[0], width, y_curve + CURVE_HEIGHT_PX + 48)

    def x_of(t: float) -> int:
        return MARGIN_PX + round(min(max(t, 0.0), duration) / duration * (plot_w - 1))

    big.draw(d, (MARGIN_PX, 10), title[:120], fill=INK)
    small.draw(d, (width - MARGIN_PX, 14), summary, fill=MUTED, anchor="ra")

    # Thumbnails along time, each labelled with its time.
    along = [(k + 0.5) * duration / THUMBS for k in range(THUMBS)]
    for k, picture in _each_reported(grab_each(footage_path, along, thumb_w - 4, thumb_h, info.fps), grab):
        img.paste(picture or _placeholder(thumb_w - 4, thumb_h), (MARGIN_PX + k * thumb_w + 2, y_thumbs))
        tiny.draw(d, (MARGIN_PX + k * thumb_w + 4, y_thumbs + thumb_h + 4), format_clock(along[k]), fill=MUTED)

    # The change curve (log-scaled so small motion and big cuts both show).
    top, bottom = y_curve, y_curve + CURVE_HEIGHT_PX
    d.rectangle([MARGIN_PX, top, MARGIN_PX + plot_w - 1, bottom], fill=(255, 255, 255), outline=(210, 210, 210))
    for c in changes:
        if c.start is not None and c.end is not None:
            d.rectangle([x_of(c.start), top + 1, max(x_of(c.end), x_of(c.start) + 2), bottom - 1], fill=GRADUAL)
    scaled = np.log1p(curve) / max(1e-6, float(np.log1p(max(curve.max(), 1.0))))
    points = [(MARGIN_PX + i, bottom - 2 - float(v) * (CURVE_HEIGHT_PX - 30)) for i, v in enumerate(scaled)]
    if len(points) > 1:
        d.line(points, fill=CURVE, width=1)
    for c in changes:
        if c.kind == "cut":
            x = x_of(c.time)
            d.line([(x, top + 1), (x, top + 12)], fill=CUT, width=2)
    # Time axis.
    tick = _tick_seconds(duration)
    t = 0.0
    while t <= duration:
        x = x_of(t)
        d.line([(x, bottom), (x, bottom + 4)], fill=MUTED)
        tiny.draw(d, (x, bottom + 6), format_clock(t), fill=MUTED, anchor="ma")
        t += tick
    _draw_moments(d, moments, x_of, top, bottom, tiny)
    _legend(d, MARGIN_PX, bottom + 24, tiny)

    for page, chunk in enumerate(chunks, 1):
        if page > 1:
            img, d = _page(chunk, width, HEADER_PX)
            big.draw(d, (MARGIN_PX, 10), f"{title[:100]} · page {page} of {len(chunks)}", fill=INK)
            small.draw(d, (width - MARGIN_PX, 14), f"moments {chunk[0].id or '?'} to {chunk[-1].id or '?'}",
                       fill=MUTED, anchor="ra")
        _draw_tiles(img, d, chunk, img.height - _tiles_height(chunk, width) - MARGIN_PX, footage_path, info.fps,
                    fonts, grab)
        # A numbered page is noted in the folder's record as annotate's (annotate.owned), so a later, shorter
        # strip may remove it. The first page, the name the user gave, is only ever replaced: it leaves no record
        # (a review's one page is drawn in a working folder whose every file is moved into the review's).
        with owned.owned_path(target.parent, page_path(target, page).name) if page > 1 \
                else atomic_path(target) as tmp:
            # zlib's default level: "optimize" took 1.6 s of a 5 s strip (the bar still) for 2.5 % less.
            img.save(tmp, format="PNG")
        if on_page is not None:
            on_page(page_path(target, page))
    remove_stale_pages(target, len(chunks))
    report(1.0)
    return target


def _check_pages(target: Path, count: int, force: bool) -> None:
    """Refuse, before anything is drawn, pages that would replace what is not a PNG (annotate.overwrite) and
    numbered pages (names annotate made up) holding a file it did not write there, a user's story-02.png
    (annotate.owned, as clips refuse a user's contact-sheet-02.png); unless ``force``."""
    from annotate import overwrite, owned
    from annotate.clips.sheet import page_path

    for page in range(1, count + 1):
        overwrite.check(page_path(target, page), "png", force=force)
    if count > 1:
        owned.refuse_foreign(target.parent, [page_path(target, page).name for page in range(2, count + 1)],
                             hint="name another output, or move {them} away (--force replaces {them})", force=force)


def _tile_rows(count: int, width: int) -> tuple[int, int]:
    """Moments a row and rows of the tiles of ``count`` moments."""
    per_row = max(1, (width - 2 * MARGIN_PX) // (2 * TILE_WIDTH_PX + MARGIN_PX))
    return per_row, -(-count // per_row)


def _tile_block_px(moments: Sequence[Moment]) -> int:
    return TILE_HEIGHT_PX + 58 + (SAID_LINES_PX if any(m.said for m in moments) else 0)


def _tiles_height(moments: Sequence[Moment], width: int) -> int:
    return _tile_rows(len(moments), width)[1] * _tile_block_px(moments)


def _page(moments: Sequence[Moment], width: int, above: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """A blank page: ``above`` pixels, then the tiles of ``moments``."""
    img = Image.new("RGB", (width, above + _tiles_height(moments, width) + MARGIN_PX), BACKGROUND)
    return img, ImageDraw.Draw(img)


def _draw_tiles(img: Image.Image, d: ImageDraw.ImageDraw, moments: Sequence[Moment], y_tiles: int,
                footage_path: str | os.PathLike[str], fps: float, fonts: Sequence[PilFonts],
                grab: Callable[[], None]) -> None:
    """Per moment: its ids and alignment, and the frame before and the frame at the aligned start (from one
    decoder in time order, for this page's moments only: memory bounded by a page)."""
    _, small, tiny = fonts
    per_row, _ = _tile_rows(len(moments), img.width)
    block = _tile_block_px(moments)
    frame = 1.0 / fps
    tiles = dict(_each_reported(grab_each(footage_path, [t for m in moments for t in (m.effective_start - frame,
                                                                                      m.effective_start)],
                                          TILE_WIDTH_PX - 2, TILE_HEIGHT_PX, fps), grab))
    for n, m in enumerate(moments):
        row, col = divmod(n, per_row)
        x0 = MARGIN_PX + col * (2 * TILE_WIDTH_PX + MARGIN_PX)
        y0 = y_tiles + row * block
        a = m.alignment
        kind = a.kind if a else "not aligned"
        # A clock moment shows the clock reading the article gave beside the footage time it was placed at;
        # a quote with no time, that it was found by its words.
        stated = f"clock {m.clock}" if m.clock else "said" if m.start is None else format_clock(m.start, places=2)
        head = f"{m.id or '?'}  {stated} → {format_clock(m.effective_start, places=2)}"
        small.draw(d, (x0, y0), head, fill=INK)
        tiny.draw(d, (x0, y0 + 18), f"{kind}" + (f" (score {a.score:g})" if a and a.kind != "none" else ""),
                  fill=NONE if kind in ("none", "not aligned") else ALIGNED)
        _said_lines(d, m, x0, y0 + 36 + TILE_HEIGHT_PX + 18, tiny)
        for j in range(2):
            img.paste(tiles[2 * n + j] or _placeholder(TILE_WIDTH_PX - 2, TILE_HEIGHT_PX),
                      (x0 + j * TILE_WIDTH_PX, y0 + 36))
        tiny.draw(d, (x0 + 2, y0 + 36 + TILE_HEIGHT_PX + 2), "frame before", fill=MUTED)
        tiny.draw(d, (x0 + TILE_WIDTH_PX + 2, y0 + 36 + TILE_HEIGHT_PX + 2), "aligned start", fill=MUTED)


def _reporter(on_progress: Callable[[float], None] | None) -> Callable[[float], None]:
    return on_progress if on_progress is not None else lambda _f: None


def _counted(report: Callable[[float], None], start: float, share: float, count: int) -> Callable[[], None]:
    """A call for each of ``count`` steps of a ``share`` of the work from ``start``, reported as it is made."""
    done = itertools.count(1)
    return lambda: report(start + share * min(1.0, next(done) / max(1, count)))


def _each_reported(items: Iterable[_T], on_each: Callable[[], None]) -> Iterator[_T]:
    """``items``, calling ``on_each`` as each comes (the stills: a second or two in all, the bar moving)."""
    for item in items:
        on_each()
        yield item


def _draw_moments(d: ImageDraw.ImageDraw, moments: Sequence[Moment], x_of: Callable[[float], int], top: int,
                  bottom: int, tiny: PilFonts) -> None:
    """Each moment on the curve panel: stated (gray) and aligned (blue; orange when nothing was found); a
    range's extent as a band along the panel's foot, ending in a line (a start line alone read as a point);
    ids in rows, so two moments on one time are both read."""
    rows = label_rows([(x_of(m.effective_start) + 3.0, tiny.getlength(m.id or "?")) for m in moments],
                      LABEL_ROWS)
    for m, row in zip(moments, rows):
        xs, xa = x_of(m.effective_start if m.start is None else m.start), x_of(m.effective_start)
        for y in range(top, bottom, 6):
            d.line([(xs, y), (xs, y + 3)], fill=STATED)
        color = NONE if m.alignment is None or m.alignment.kind == "none" else ALIGNED
        d.line([(xa, top), (xa, bottom)], fill=color, width=2)
        if m.effective_end is not None and m.effective_end > m.effective_start:
            xe = x_of(m.effective_end)
            d.rectangle([xa, bottom - RANGE_BAND_PX - 1, max(xe, xa + 1), bottom - 2], fill=color)
            d.line([(xe, bottom - CURVE_HEIGHT_PX // 3), (xe, bottom)], fill=color, width=1)
        if xa != xs:
            d.line([(xs, top + 20), (xa, top + 20)], fill=color, width=1)
        tiny.draw(d, (xa + 3, top + 22 + row * LABEL_ROW_PX), m.id or "?", fill=color)


def label_rows(spans: Sequence[tuple[float, float]], rows: int) -> list[int]:
    """A row for each label (its left x and width): the first row where it overlaps no label placed before
    it, left to right (two moments on one time printed one id over the other, "c1" over "m4" read "cı14");
    when every row is taken, the row whose last label ends first."""
    ends = [float("-inf")] * rows
    placed = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: spans[i][0]):
        x, width = spans[i]
        free = next((r for r in range(rows) if ends[r] + LABEL_GAP_PX <= x), None)
        row = free if free is not None else min(range(rows), key=lambda r: ends[r])
        ends[row] = x + width
        placed[i] = row
    return placed


def _within(moments: list[Moment], duration: float | None, footage_name: str) -> list[Moment]:
    """The moments that start inside the footage; each one at or after its end is said and left out (drawn, it
    sat clipped at the strip's right edge over grey tiles, as if the footage showed it)."""
    if not duration:
        return moments
    kept = []
    for m in moments:
        if m.effective_start >= duration:
            warnings.warn(f"moment {m.id}: at {format_clock_exact(m.effective_start)}, at or after the end of "
                          f"{footage_name} ({format_clock_exact(duration)}); left out of the strip",
                          MediaWarning, stacklevel=3)
        else:
            kept.append(m)
    return kept


def _said_lines(d: ImageDraw.ImageDraw, m: Moment, x: int, y: int, font: PilFonts) -> None:
    """A quote's words and the evidence for where it was placed (cue text or recognised words)."""
    if not m.said:
        return
    font.draw(d, (x, y), _fit(d, f"“{m.said}”", 2 * TILE_WIDTH_PX, font), fill=INK)
    if m.alignment and m.alignment.kind in ("subtitle", "speech"):
        font.draw(d, (x, y + 14), _fit(d, m.alignment.note, 2 * TILE_WIDTH_PX, font), fill=MUTED)


def _fit(d: ImageDraw.ImageDraw, text: str, width: int, font: PilFonts) -> str:
    """``text`` on one line (control characters dropped), cut with "…" to ``width`` pixels."""
    line = line_text(text)
    if d.textlength(line, font=font) <= width:  # type: ignore[arg-type]  # (PilFonts has ImageFont's getlength)
        return line
    return prefix_within(d, line, width, font) + "…"


def _tick_seconds(duration: float) -> float:
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if duration / step <= 16:
            return float(step)
    return 7200.0


def _legend(d: ImageDraw.ImageDraw, x: int, y: int, font: PilFonts) -> None:
    items = [(CURVE, "frame change"), (CUT, "detected cut"), (GRADUAL, "dissolve / fade"),
             (STATED, "stated time"), (ALIGNED, "aligned start"), (NONE, "no evidence: stated kept")]
    for color, label in items:
        d.rectangle([x, y + 3, x + 14, y + 11], fill=color)
        font.draw(d, (x + 18, y), label, fill=INK)
        x += 28 + int(font.getlength(label))
