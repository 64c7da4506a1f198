"""Poster thumbnails of clips and one contact sheet of them all, with Pillow:
a quick visual check that every clip shows what its caption says."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotate.atomic import atomic_path
from annotate.clips.media import frame_image
from annotate.fonts import FontWarning, PilFonts, pil_plan, prefix_within
from annotate.owned import owned_path, remove_if_written

if TYPE_CHECKING:
    from PIL import Image

POSTER_WIDTH_PX = 480
TILE_WIDTH_PX = 320
SHEET_COLUMNS = 4
# Tiles on one page of the sheet: 12 rows of 4, about 1360 x 3400 px for 16:9 footage (5 Mpixel), which
# prints on a page or two and opens anywhere.
SHEET_PAGE_TILES = 48
CAPTION_LINES = 3
MARGIN_PX = 16
# Noto CJK covers Latin and CJK, DejaVu is the fallback.
FONT_FAMILIES = ("Noto Sans CJK SC", "DejaVu Sans")


@dataclass(frozen=True)
class Tile:
    poster: Path
    title: str  # "03 · m3 · 2:27.40"
    caption: str


def _fonts(texts: Sequence[str], bold: bool, *sizes: int) -> list[PilFonts]:
    """Fonts of ``sizes`` for ``texts``, each script in a font that has it, as the overlay's (captions in
    Hindi, Thai, emoji or Zalgo marks were boxes, without a word); what no installed font has is said in a
    FontWarning naming the package to install."""
    plan = pil_plan(texts, *FONT_FAMILIES, style="bold" if bold else "")
    for message in plan.warnings:
        warnings.warn(f"contact sheet: {message}", FontWarning, stacklevel=4)
    return [PilFonts.of(plan, size) for size in sizes]


def poster(clip: Path, out: Path, at: float = 0.0, image: Image.Image | None = None) -> Path:
    """A JPEG of the frame ``at`` seconds into ``clip``, written atomically;
    of ``image`` instead when the caller already holds that frame (a smart
    cut keeps the source's own frame as it re-encodes the head: decoding the
    written clip again would only give its copy)."""
    image = (frame_image(clip, at) if image is None else image).convert("RGB")
    if image.width > POSTER_WIDTH_PX:
        image = image.resize((POSTER_WIDTH_PX, round(image.height * POSTER_WIDTH_PX / image.width)))
    with atomic_path(out) as tmp:
        image.save(tmp, "JPEG", quality=88)
    return out


def _wrap(draw, text: str, font, width: int, lines: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Wrap by measured width (CJK has no spaces, so wrap by characters when
    needed): a line takes every character that still fits, then breaks at
    its last space if that is past its middle."""
    words = " ".join(text.split())
    out: list[str] = []
    current = ""
    i = 0
    while i < len(words):
        # How many more characters fit, found by bisection (a line only
        # widens as it grows): measuring every prefix took a quarter of a sheet.
        lo, hi = 0, len(words) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if draw.textlength(current + words[i:i + mid], font=font) <= width:
                lo = mid
            else:
                hi = mid - 1
        current += words[i:i + lo]
        i += lo
        if i == len(words):
            break
        ch = words[i]
        i += 1
        cut = current.rfind(" ")
        if cut > len(current) // 2:
            out.append(current[:cut])
            current = current[cut + 1:] + ch
        else:
            out.append(current)
            current = ch.lstrip()
        if len(out) == lines:
            break
    if len(out) < lines and current:
        out.append(current)
    if len(out) == lines and "".join(out).replace(" ", "") != words.replace(" ", ""):
        out[-1] = prefix_within(draw, out[-1], width, font).rstrip() + "…"
    return out


def page_path(first: Path, page: int) -> Path:
    """Page ``page`` (from 1) of the sheet whose first page is ``first``: ``contact-sheet.png``, then
    ``contact-sheet-02.png`` ..."""
    return first if page == 1 else first.with_name(f"{first.stem}-{page:02d}{first.suffix}")


def later_pages(first: Path) -> list[Path]:
    """The numbered pages beside ``first`` on disk (any number: those of an earlier, longer sheet too)."""
    pattern = re.compile(rf"{re.escape(first.stem)}-(\d{{2,}}){re.escape(first.suffix)}")
    try:
        names = [(int(m.group(1)), m.group(0)) for e in os.scandir(first.parent) if (m := pattern.fullmatch(e.name))]
    except OSError:
        return []
    return [first.parent / name for page, name in sorted(names) if page >= 2 and page_path(first, page).name == name]


def remove_stale_pages(first: Path, count: int) -> None:
    """Remove the pages after ``count`` beside ``first`` (an earlier, longer sheet's or strip's) that are still
    as annotate wrote them (annotate.owned): never a user's file of that name, nor a page changed since."""
    for stale in later_pages(first):
        if int(stale.stem.rsplit("-", 1)[1]) > count:
            remove_if_written(first.parent, stale.name)


def pages(first: Path) -> list[Path]:
    """Every page of the sheet on disk, in order."""
    return ([first] if first.exists() else []) + later_pages(first)


def contact_sheet(tiles: Sequence[Tile], out: Path, *, title: str = "") -> Path | None:
    """A grid of posters with number, moment id, time and caption under each, in pages of at most
    :data:`SHEET_PAGE_TILES` tiles (one image of 1,000 clips was 115 Mpixel, which image viewers shrink to a
    sliver and Pillow refuses to open): ``out``, then numbered pages beside it (:func:`page_path`). A page
    left from an earlier, longer sheet is removed while still as annotate wrote it. Returns ``out``."""
    tiles = [t for t in tiles if t.poster.exists()]
    count = -(-len(tiles) // SHEET_PAGE_TILES)
    columns = min(SHEET_COLUMNS, len(tiles))
    if tiles:
        title_font, head_font = _fonts([title, *(t.title for t in tiles)], True, 20, 15)
        [text_font] = _fonts([t.caption for t in tiles], False, 14)
        fonts = (title_font, head_font, text_font)
    for page in range(1, count + 1):
        heading = f"{title} · page {page} of {count}" if title and count > 1 else title
        _draw_page(tiles[(page - 1) * SHEET_PAGE_TILES:page * SHEET_PAGE_TILES], columns,
                   page_path(out, page), heading, fonts)
    remove_stale_pages(out, count)
    return out if tiles else None


def _draw_page(tiles: Sequence[Tile], columns: int, out: Path, title: str,
               fonts: tuple[PilFonts, PilFonts, PilFonts]) -> None:
    from PIL import Image, ImageDraw

    thumbs = []
    for t in tiles:
        with Image.open(t.poster) as im:
            im = im.convert("RGB")
            thumbs.append(im.resize((TILE_WIDTH_PX, round(im.height * TILE_WIDTH_PX / im.width))))
    thumb_h = max(im.height for im in thumbs)
    title_font, head_font, text_font = fonts
    line_h = 19
    tile_h = thumb_h + 8 + line_h + CAPTION_LINES * line_h + MARGIN_PX
    header = 44 if title else 0
    rows = -(-len(tiles) // columns)
    sheet = Image.new("RGB", (MARGIN_PX + columns * (TILE_WIDTH_PX + MARGIN_PX),
                              header + MARGIN_PX + rows * tile_h), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    if title:
        title_font.draw(draw, (MARGIN_PX, 12), title, fill=(240, 240, 240))
    for n, (tile, thumb) in enumerate(zip(tiles, thumbs)):
        x = MARGIN_PX + (n % columns) * (TILE_WIDTH_PX + MARGIN_PX)
        y = header + MARGIN_PX + (n // columns) * tile_h
        sheet.paste(thumb, (x, y + (thumb_h - thumb.height) // 2))
        draw.rectangle((x - 1, y - 1, x + TILE_WIDTH_PX, y + thumb_h), outline=(70, 70, 80))
        ty = y + thumb_h + 8
        head_font.draw(draw, (x, ty), tile.title, fill=(255, 205, 80))
        for i, line in enumerate(_wrap(draw, tile.caption, text_font, TILE_WIDTH_PX, CAPTION_LINES)):
            text_font.draw(draw, (x, ty + line_h * (i + 1)), line, fill=(225, 225, 225))
    with owned_path(out.parent, out.name) as tmp:  # (replaced on a rerun only while still as written)
        # zlib level 3 instead of 6: a third of the time (0.06 s against
        # 0.18 s for a 1360x620 sheet) for a file 9% larger; optimize=True
        # took a second per sheet for ~10% less.
        sheet.save(tmp, "PNG", compress_level=3)
