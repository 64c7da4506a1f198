"""The look of an explainer overlay: one small frozen theme, loadable from YAML."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from annotate.errors import InputError

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# A font family goes into an ASS style line and `\fn` tags: no commas, braces or backslashes.
_FAMILY = re.compile(r"^[\w .\-]{1,80}$", re.UNICODE)
MAX_THEME_BYTES = 100_000


@dataclass(frozen=True)
class Elements:
    """Which overlay elements to draw; each can be switched off alone."""

    captions: bool = True
    timecode: bool = True
    progress: bool = True
    title: bool = True
    credit: bool = True
    highlight: bool = True  # boxes at Moment.highlight
    retime: bool = True  # freeze / slow-down on moments tagged `freeze` / `slow`


# ASS alignment (numpad layout) of each corner.
CREDIT_CORNERS = {"top-left": 7, "top-right": 9, "bottom-left": 1, "bottom-right": 3}


@dataclass(frozen=True)
class Theme:
    """Sizes are fractions of the frame height (so a theme suits 360p and 4K
    alike), colours ``#RRGGBB`` with a separate opacity 0..1."""

    font: str = "DejaVu Sans"
    font_file: str | None = None  # a .ttf/.otf used instead of the fontconfig family
    mono_font: str = "DejaVu Sans Mono"
    text_colour: str = "#FFFFFF"
    accent_colour: str = "#F5B700"
    box_colour: str = "#101010"
    box_opacity: float = 0.72
    caption_size: float = 0.046
    caption_max_lines: int = 2  # broadcast guides: two lines (the wrapper breaks words at 3)
    caption_max_chars_per_line: int = 42
    caption_time_label: bool = True  # "2:27" in the accent colour before the caption
    caption_min_seconds: float = 2.0
    caption_max_seconds: float = 7.0
    reading_chars_per_second: float = 17.0
    title_size: float = 0.062
    title_seconds: float = 4.0
    credit_size: float = 0.028
    # Where the credit sits. Top-right, under the timecode, by default: CCTV and
    # bodycam footage usually burns its own clock into the top-left corner.
    credit_corner: str = "top-right"
    timecode_size: float = 0.034
    safe_margin: float = 0.05  # title-safe inset on each side (EBU R95: 90% of the frame)
    bar_height: float = 0.009
    bar_track_opacity: float = 0.28
    marker_colour: str = "#FFFFFF"
    marker_height: float = 0.024
    highlight_colour: str = "#F5B700"
    highlight_thickness: float = 0.006
    freeze_seconds: float = 2.0
    slow_factor: float = 2.0
    crf: int = 20
    preset: str = "veryfast"

    def __post_init__(self) -> None:
        if self.credit_corner not in CREDIT_CORNERS:
            raise InputError(f"must be one of {', '.join(CREDIT_CORNERS)}, not {self.credit_corner!r}",
                             subject="theme credit_corner")
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("colour") and not (isinstance(value, str) and _COLOUR.match(value)):
                raise InputError(f"must be a colour like '#F5B700', not {value!r}", subject=f"theme {f.name}")
        for name in ("font", "mono_font"):
            if not _FAMILY.match(getattr(self, name)):
                raise InputError("must be a plain font family name", subject=f"theme {name}")
        fractions = ("box_opacity", "caption_size", "title_size", "credit_size", "timecode_size",
                     "bar_height", "bar_track_opacity", "marker_height", "highlight_thickness")
        for name in fractions:
            if not 0 <= getattr(self, name) <= 1:
                raise InputError(f"must be between 0 and 1, not {getattr(self, name)!r}", subject=f"theme {name}")
        if not 0 <= self.safe_margin < 0.4:
            raise InputError("must be between 0 and 0.4", subject="theme safe_margin")
        if self.slow_factor < 1 or self.slow_factor > 8:
            raise InputError("must be between 1 and 8", subject="theme slow_factor")
        if not 0 <= self.crf <= 51:
            raise InputError("must be 0..51", subject="theme crf")
        if self.preset not in _PRESETS:
            raise InputError(f"must be one of {', '.join(_PRESETS)}", subject="theme preset")
        if self.caption_max_lines < 1 or self.caption_max_chars_per_line < 8:
            raise InputError("caption_max_lines >= 1 and caption_max_chars_per_line >= 8", subject="theme")
        if self.font_file is not None and not os.path.isfile(self.font_file):
            raise InputError("font file not found", subject=f"theme font_file {self.font_file}")


_PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow")


def theme_from_mapping(data: Any, *, origin: object = "theme") -> Theme:
    """A Theme from plain data (e.g. parsed YAML), rejecting unknown keys and wrong types."""
    if data is None:
        return Theme()
    if not isinstance(data, dict):
        raise InputError("must be a mapping of theme settings", subject=origin)
    known = {f.name: f for f in fields(Theme)}
    defaults = Theme()
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise InputError(f"unknown theme setting {key!r}; known: {', '.join(sorted(known))}", subject=origin)
        default = getattr(defaults, key)
        if key == "font_file":
            if value is not None and not isinstance(value, str):
                raise InputError("must be a path", subject=f"{origin}: {key}")
            if value and not os.path.isabs(value) and isinstance(origin, str) and os.path.isfile(origin):
                value = os.path.join(os.path.dirname(origin), value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise InputError(f"must be true or false, not {value!r}", subject=f"{origin}: {key}")
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise InputError(f"must be a whole number, not {value!r}", subject=f"{origin}: {key}")
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise InputError(f"must be a number, not {value!r}", subject=f"{origin}: {key}")
            value = float(value)
        elif isinstance(default, str) and not isinstance(value, str):
            raise InputError(f"must be text, not {value!r}", subject=f"{origin}: {key}")
        values[key] = value
    try:
        return replace(defaults, **values)
    except InputError as exc:
        raise InputError(exc.message, subject=f"{origin}: {exc.subject}") from None


def load_theme(path: str | os.PathLike[str]) -> Theme:
    """Read a theme YAML file (safe loader: plain data only, no tags)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    path = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_THEME_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read theme: {exc.strerror or exc}", subject=path) from exc
    if len(raw) > MAX_THEME_BYTES:
        raise InputError(f"theme file larger than {MAX_THEME_BYTES} bytes", subject=path)
    try:
        data = YAML(typ="safe", pure=True).load(raw.decode("utf-8"))
    except (YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid YAML: {' '.join(str(exc).split())[:200]}", subject=path) from exc
    return theme_from_mapping(data, origin=path)


def ass_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#RRGGBB`` + opacity -> ASS ``&HAABBGGRR`` (ASS alpha counts transparency)."""
    r, g, b = hex_colour[1:3], hex_colour[3:5], hex_colour[5:7]
    alpha = round((1 - opacity) * 255)
    return f"&H{alpha:02X}{b}{g}{r}".upper().replace("&H", "&H")


def ffmpeg_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#RRGGBB`` + opacity -> ffmpeg ``0xRRGGBB@0.72``."""
    return f"0x{hex_colour[1:].upper()}@{opacity:.3f}"
