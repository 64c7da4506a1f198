"""Still pictures the footage is made of: one background plate per camera view,
sprites for the things that move, and the burnt-in CCTV text, all drawn with
Pillow and numpy from fixed seeds so every run paints the same pixels."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from annotate.fonts import pil_font

# Plates are larger than the frame so that camera shake and re-framing can
# crop a window out of them without showing an edge.
PLATE_MARGIN_PX = 40
VEHICLE_WIDTH_PX = 96
FIGURE_SIZE_PX = (12, 24)
SPRITE_SIZES_PX = {"vehicle": (VEHICLE_WIDTH_PX, 46), "figure": FIGURE_SIZE_PX, "soldier": FIGURE_SIZE_PX}
MONO_FAMILY = "DejaVu Sans Mono"  # bold, for on-screen text and the ticker


def _rng(name: str, seed: int) -> np.random.Generator:
    return np.random.default_rng([seed, *name.encode()])


def _texture(rng: np.random.Generator, w: int, h: int, scale: int, amount: float) -> np.ndarray:
    """Low-frequency blotches (dirt, uneven light), as a signed float field."""
    small = rng.normal(0.0, 1.0, (h // scale + 2, w // scale + 2)).astype(np.float32)
    img = Image.fromarray(((small * 40) + 128).clip(0, 255).astype(np.uint8))
    big = np.asarray(img.resize((w + 2 * scale, h + 2 * scale), Image.Resampling.BICUBIC), dtype=np.float32)
    return (big[:h, :w] - 128.0) / 40.0 * amount


def _finish(img: Image.Image, rng: np.random.Generator, *, texture: float = 6.0, gray: bool = False,
            vignette: float = 0.25, blur: float = 0.6) -> np.ndarray:
    """Soften like a cheap lens, add dirt and vignetting, return HxWx3 uint8."""
    img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    arr += _texture(rng, w, h, 24, texture)[..., None]
    arr += _texture(rng, w, h, 6, texture * 0.5)[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    arr *= (1.0 - vignette * r2 / 2.0)[..., None]
    if gray:
        arr = arr.mean(axis=2, keepdims=True).repeat(3, axis=2)
    return np.ascontiguousarray(arr.clip(0, 255).astype(np.uint8))


def _sky(d: ImageDraw.ImageDraw, w: int, horizon: int, top: tuple[int, int, int],
         bottom: tuple[int, int, int]) -> None:
    for y in range(horizon):
        f = y / max(1, horizon - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * f) for a, b in zip(top, bottom)))


def _hut(d: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, color: tuple[int, int, int]) -> None:
    d.rectangle([x, y, x + w, y + h], fill=color)
    d.rectangle([x - 4, y - 6, x + w + 4, y], fill=(205, 205, 200))
    for i in range(1, 4):
        wx = x + i * w // 4 - 7
        d.rectangle([wx, y + h // 4, wx + 12, y + h // 2], fill=(40, 50, 60))


def _building(d: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, color: tuple[int, int, int],
              rows: int = 3, cols: int = 8) -> None:
    d.rectangle([x, y, x + w, y + h], fill=color)
    for r in range(rows):
        for c in range(cols):
            wx = x + 8 + c * (w - 16) // cols
            wy = y + 8 + r * (h - 16) // rows
            d.rectangle([wx, wy, wx + (w - 16) // cols - 8, wy + (h - 16) // rows - 10], fill=(52, 58, 66))


def _trees(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, y: int, n: int,
           color: tuple[int, int, int], size: int = 30) -> None:
    for _ in range(n):
        x = int(rng.uniform(-20, w + 20))
        s = int(rng.uniform(size * 0.6, size * 1.4))
        d.ellipse([x - s, y - 2 * s, x + s, y + s // 3], fill=tuple(int(c * rng.uniform(0.8, 1.1)) for c in color))


def _gate(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Plaza with the blue huts, the line across it, a hall behind."""
    _sky(d, w, 120, (150, 170, 190), (200, 205, 210))
    _building(d, 160, 40, 420, 100, (170, 165, 150))
    d.rectangle([0, 120, w, h], fill=(128, 126, 118))
    for i, x in enumerate((110, 280, 450)):
        _hut(d, x, 170, 120, 90, (60, 110, 185) if i != 1 else (150, 150, 150))
    d.rectangle([0, 300, w, 310], fill=(200, 198, 190))
    d.rectangle([0, 330, w, h], fill=(110, 112, 104))


def _road(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Elevated view of a road crossing the frame."""
    d.rectangle([0, 0, w, h], fill=(92, 104, 70))
    _trees(d, rng, w, 80, 18, (45, 60, 38), 28)
    d.polygon([(0, 210), (w, 170), (w, 250), (0, 300)], fill=(96, 94, 92))
    for x in range(0, w, 70):
        y = 255 - x * 40 // w
        d.line([(x, y), (x + 35, y - 2)], fill=(210, 205, 170), width=3)
    d.rectangle([560, 290, 610, 350], fill=(150, 140, 110))
    d.rectangle([555, 280, 615, 292], fill=(90, 70, 55))


def _night(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Infrared view of a tree line and a track."""
    d.rectangle([0, 0, w, h], fill=(48, 48, 48))
    d.rectangle([0, 150, w, h], fill=(92, 92, 92))
    _trees(d, rng, w, 160, 30, (28, 28, 28), 34)
    d.polygon([(300, 150), (380, 150), (560, h), (140, h)], fill=(118, 118, 118))
    d.line([(0, 200), (w, 190)], fill=(140, 140, 140), width=2)
    for x in range(0, w, 40):
        d.line([(x, 190 - x // 70), (x, 215 - x // 70)], fill=(135, 135, 135), width=2)


def _lot(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Parking lot in front of a wall."""
    d.rectangle([0, 0, w, 110], fill=(160, 150, 135))
    _building(d, -10, 0, w + 20, 110, (160, 150, 135), rows=2, cols=12)
    d.rectangle([0, 110, w, h], fill=(70, 72, 76))
    for i, x in enumerate(range(30, w, 80)):
        d.line([(x, 140), (x - 30, 300)], fill=(220, 220, 215), width=3)
        if i % 3 != 1:
            c = [(150, 30, 30), (200, 200, 205), (30, 40, 60), (120, 125, 130)][i % 4]
            d.rounded_rectangle([x - 10, 190, x + 50, 250], 8, fill=c)


def _door(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """A close view of a door and a sign."""
    d.rectangle([0, 0, w, h], fill=(180, 160, 120))
    d.rectangle([250, 60, 460, h], fill=(110, 60, 30))
    d.rectangle([270, 80, 440, 200], fill=(95, 50, 25))
    d.ellipse([420, 250, 436, 266], fill=(220, 200, 90))
    d.rectangle([80, 100, 200, 160], fill=(230, 230, 230))
    d.rectangle([88, 112, 192, 124], fill=(200, 30, 30))


def _bridge(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """A river with a bridge deck across."""
    _sky(d, w, 90, (170, 180, 185), (190, 195, 195))
    _trees(d, rng, w, 100, 20, (60, 75, 55), 24)
    d.rectangle([0, 100, w, h], fill=(70, 90, 100))
    d.polygon([(0, 220), (w, 200), (w, 250), (0, 275)], fill=(140, 135, 125))
    for x in range(0, w, 24):
        d.line([(x, 218 - x * 20 // w), (x, 200 - x * 20 // w)], fill=(60, 60, 60), width=2)
    for x in range(80, w, 180):
        d.rectangle([x, 250 - x * 20 // w, x + 20, h], fill=(110, 105, 95))


def _checkpoint(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Road to a barrier, booth, hills."""
    _sky(d, w, 110, (175, 185, 195), (205, 205, 200))
    d.polygon([(0, 110), (200, 70), (420, 100), (w, 60), (w, 130), (0, 130)], fill=(90, 100, 80))
    d.rectangle([0, 125, w, h], fill=(120, 125, 100))
    d.polygon([(250, 125), (450, 125), (w, 330), (0, 330)], fill=(100, 98, 95))
    d.rectangle([470, 150, 540, 235], fill=(190, 185, 170))
    d.rectangle([478, 160, 532, 190], fill=(60, 70, 80))
    for i in range(8):
        d.rectangle([300 + i * 22, 200, 322 + i * 22, 208], fill=(220, 40, 40) if i % 2 else (240, 240, 240))


def _line(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Close on the line itself, where the action is."""
    d.rectangle([0, 0, w, h], fill=(130, 128, 120))
    _hut(d, 20, 40, 180, 120, (60, 110, 185))
    _hut(d, 480, 30, 180, 120, (60, 110, 185))
    d.polygon([(0, 230), (w, 200), (w, 216), (0, 246)], fill=(210, 208, 200))
    d.rectangle([0, 300, w, h], fill=(100, 110, 80))
    _trees(d, rng, w, 310, 6, (50, 70, 40), 22)


def _south(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """Grass slope below a wall."""
    d.rectangle([0, 0, w, 120], fill=(150, 150, 145))
    for x in range(0, w, 32):
        d.line([(x, 0), (x, 120)], fill=(125, 125, 120), width=2)
    d.rectangle([0, 120, w, h], fill=(80, 110, 60))
    _trees(d, rng, w, 130, 8, (45, 70, 35), 26)


def _huts(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """The huts at dusk from the far side."""
    _sky(d, w, 140, (70, 60, 90), (200, 130, 90))
    d.rectangle([0, 140, w, h], fill=(85, 80, 78))
    for x in (60, 240, 420, 600):
        _hut(d, x, 160, 110, 80, (45, 80, 140))
    d.rectangle([0, 270, w, 278], fill=(160, 150, 140))


def _helipad(d: ImageDraw.ImageDraw, rng: np.random.Generator, w: int, h: int) -> None:
    """A landing pad with an H."""
    d.rectangle([0, 0, w, h], fill=(95, 110, 80))
    d.ellipse([180, 60, 520, 400], fill=(110, 110, 108))
    d.ellipse([200, 80, 500, 380], outline=(230, 230, 220), width=6)
    d.rectangle([300, 150, 320, 310], fill=(230, 230, 220))
    d.rectangle([380, 150, 400, 310], fill=(230, 230, 220))
    d.rectangle([300, 220, 400, 240], fill=(230, 230, 220))
    _trees(d, rng, w, 40, 14, (40, 60, 35), 26)


# Each camera view's background, painted onto a plate of w x h pixels.
_PAINTERS: dict[str, Callable[[ImageDraw.ImageDraw, np.random.Generator, int, int], None]] = {
    "gate": _gate,
    "road": _road,
    "night": _night,
    "lot": _lot,
    "door": _door,
    "bridge": _bridge,
    "checkpoint": _checkpoint,
    "line": _line,
    "south": _south,
    "huts": _huts,
    "helipad": _helipad,
}
# Infrared views: gray, with more sensor texture and a stronger vignette.
GRAY_SCENES = frozenset({"night"})


def plate(scene: str, width: int, height: int, seed: int) -> np.ndarray:
    """The background of one camera view, ``PLATE_MARGIN_PX`` larger on each side."""
    w, h = width + 2 * PLATE_MARGIN_PX, height + 2 * PLATE_MARGIN_PX
    if scene not in _PAINTERS:
        raise ValueError(f"unknown scene {scene!r}")
    rng = _rng(scene, seed)
    img = Image.new("RGB", (w, h), (120, 120, 120))
    _PAINTERS[scene](ImageDraw.Draw(img), rng, w, h)
    gray = scene in GRAY_SCENES
    return _finish(img, rng, gray=gray, texture=8.0 if gray else 6.0, vignette=0.45 if gray else 0.25)


def reframe(base: np.ndarray, *, zoom: float, gain: float) -> np.ndarray:
    """The same view through a re-aimed camera: zoomed about the centre, brighter
    or darker; what makes a cut between two near-identical shots hard to see."""
    h, w = base.shape[:2]
    img = Image.fromarray(base).resize((round(w * zoom), round(h * zoom)), Image.Resampling.BICUBIC)
    x0, y0 = (img.width - w) // 2, (img.height - h) // 2
    arr = np.asarray(img.crop((x0, y0, x0 + w, y0 + h)), dtype=np.float32) + gain
    return np.ascontiguousarray(arr.clip(0, 255).astype(np.uint8))


def vehicle_sprite() -> tuple[np.ndarray, np.ndarray]:
    """A military truck seen from the side, facing right: (rgb, alpha mask)."""
    img = Image.new("RGBA", SPRITE_SIZES_PX["vehicle"], (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 6, 62, 34], fill=(78, 88, 52, 255))
    d.rectangle([62, 14, 90, 34], fill=(70, 80, 48, 255))
    d.rectangle([72, 17, 86, 25], fill=(150, 170, 180, 255))
    for x in (14, 74):
        d.ellipse([x - 9, 26, x + 9, 44], fill=(22, 22, 22, 255))
        d.ellipse([x - 3, 32, x + 3, 38], fill=(100, 100, 100, 255))
    arr = np.asarray(img)
    return np.ascontiguousarray(arr[..., :3]), arr[..., 3] > 0


def figure_sprites(color: tuple[int, int, int] = (60, 70, 45)) -> list[tuple[np.ndarray, np.ndarray]]:
    """A small person: standing, then two running poses."""
    out = []
    for pose in ("stand", "run_a", "run_b"):
        img = Image.new("RGBA", FIGURE_SIZE_PX, (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        d.ellipse([3, 0, 8, 5], fill=(190, 160, 130, 255))
        d.rectangle([3, 6, 8, 15], fill=(*color, 255))
        if pose == "stand":
            d.line([(4, 15), (4, 23)], fill=(30, 30, 30, 255), width=2)
            d.line([(7, 15), (7, 23)], fill=(30, 30, 30, 255), width=2)
        else:
            a, b = ((1, 23), (10, 22)) if pose == "run_a" else ((4, 23), (7, 23))
            d.line([(5, 15), a], fill=(30, 30, 30, 255), width=2)
            d.line([(6, 15), b], fill=(30, 30, 30, 255), width=2)
        arr = np.asarray(img)
        out.append((np.ascontiguousarray(arr[..., :3]), arr[..., 3] > 0))
    return out


def logo_image(size: tuple[int, int] = (120, 44)) -> Image.Image:
    """The broadcaster's corner bug."""
    img = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], 8, fill=(180, 20, 30, 200))
    font = ui_font(22)
    d.text((size[0] // 2, size[1] // 2), "N24", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return img


def slate_image(width: int, height: int, title: str, subtitle: str) -> Image.Image:
    """The broadcaster's title card shown before the footage."""
    img = Image.new("RGB", (width, height), (12, 30, 60))
    d = ImageDraw.Draw(img)
    for y in range(height):
        d.line([(0, y), (width, y)], fill=(12, 30 + y * 30 // height, 60 + y * 50 // height))
    d.rectangle([0, height * 2 // 3, width, height * 2 // 3 + 6], fill=(200, 20, 30))
    d.text((width // 2, height // 3), title, font=ui_font(max(18, width // 24)), fill=(255, 255, 255), anchor="mm")
    d.text((width // 2, height // 3 + width // 16), subtitle, font=ui_font(max(12, width // 45)),
           fill=(200, 210, 230), anchor="mm")
    return img


def ticker_image(text: str, height: int = 36) -> Image.Image:
    """A strip of news-ticker text that the slate scrolls across."""
    font = ui_font(height * 2 // 3)
    width = int(font.getlength(text)) + 40
    img = Image.new("RGB", (width, height), (200, 20, 30))
    ImageDraw.Draw(img).text((20, height // 2), text, font=font, fill=(255, 255, 255), anchor="lm")
    return img


def ui_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return pil_font(size, MONO_FAMILY, style="bold")  # type: ignore[no-any-return]


def osd_text(text: str, size: int = 15, dark: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """CCTV on-screen text: white with a dark outline (or ``dark``: near
    black with a light outline), as (rgb, mask)."""
    font = ui_font(size)
    box = font.getbbox(text)
    img = Image.new("RGBA", (int(box[2]) + 6, int(box[3]) + 6), (0, 0, 0, 0))
    fill, stroke = ((20, 20, 20, 255), (225, 225, 225, 255)) if dark else ((235, 235, 235, 255), (10, 10, 10, 255))
    ImageDraw.Draw(img).text((3, 2), text, font=font, fill=fill, stroke_width=1, stroke_fill=stroke)
    arr = np.asarray(img)
    return np.ascontiguousarray(arr[..., :3]), arr[..., 3] > 96
