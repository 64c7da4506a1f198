"""The look of an explainer overlay: one small frozen theme, loadable from YAML."""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, fields, replace
from typing import Any

from annotate.errors import AnnotateWarning, InputError
from annotate.textio import regular_file
from annotate.validate import number

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# A font family goes into an ASS style line and `\fn` tags: no commas, braces or backslashes.
_FAMILY = re.compile(r"^[\w .\-]{1,80}$", re.UNICODE)
MAX_THEME_BYTES = 100_000
# Theme settings renamed since a release: old name -> new. Old names are still
# read, with a warning, so users' theme files keep working.
RENAMED_SETTINGS = {"bar_height": "position_bar_height", "bar_track_opacity": "position_bar_track_opacity"}


class ThemeWarning(AnnotateWarning):
    """A theme file uses a setting under its old name."""


@dataclass(frozen=True)
class Elements:
    """Which overlay elements to draw; each can be switched off alone."""

    captions: bool = True
    timecode: bool = True
    position_bar: bool = True  # the bar along the bottom showing how far the footage has played, with moment markers
    title: bool = True
    credit: bool = True
    highlight: bool = True  # boxes at Moment.highlight
    retime: bool = True  # freeze / slow-down on moments tagged `freeze` / `slow`


# ASS alignment (numpad layout) of each corner.
CREDIT_CORNERS = {"top-left": 7, "top-right": 9, "bottom-left": 1, "bottom-right": 3}


@dataclass(frozen=True)
class Theme:
    """Text sizes are fractions of the picture's shorter side (``annotate.subtitles.ass.text_side``), the
    position bar's and markers' of its height (so a theme suits 360p and 4K, landscape and vertical alike),
    colours ``#RRGGBB`` with a separate opacity 0..1."""

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
    # The burnt-in timecode counts from the footage's own start timecode (a camera's 01:00:00:00), as an
    # editor's source monitor shows it; true counts from 00:00:00 at its first frame.
    timecode_from_zero: bool = False
    safe_margin: float = 0.05  # title-safe inset on each side (EBU R95: 90% of the frame)
    position_bar_height: float = 0.009
    position_bar_track_opacity: float = 0.28
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
        for f in fields(self):
            if isinstance(f.default, (int, float)) and not isinstance(f.default, bool):
                number(getattr(self, f.name), subject=f"theme {f.name}", whole=isinstance(f.default, int),
                       **_RANGES[f.name])
        if self.preset not in _PRESETS:
            raise InputError(f"must be one of {', '.join(_PRESETS)}", subject="theme preset")
        if self.font_file is not None:  # (a device or folder is no font either: said as what it is)
            regular_file(self.font_file, kind="font file",
                         error=lambda message: InputError(message, subject=f"theme font_file {self.font_file}"))


# The range of every numeric setting (annotate.validate checks type and
# finiteness too): sizes are fractions of the picture and must be above
# 0 (text sizes divide), times are seconds.
_SIZE = {"low": 0, "low_open": True, "high": 1}
_FRACTION = {"low": 0, "high": 1}
_RANGES: dict[str, dict[str, Any]] = {
    "box_opacity": _FRACTION, "position_bar_track_opacity": _FRACTION,
    "caption_size": _SIZE, "title_size": _SIZE, "credit_size": _SIZE, "timecode_size": _SIZE,
    "position_bar_height": _SIZE, "marker_height": _SIZE, "highlight_thickness": _SIZE,
    "safe_margin": {"low": 0, "high": 0.39},
    "caption_max_lines": {"low": 1, "high": 10},
    "caption_max_chars_per_line": {"low": 8, "high": 1000},
    "caption_min_seconds": {"low": 0, "high": 60},
    "caption_max_seconds": {"low": 0, "low_open": True, "high": 600},
    "reading_chars_per_second": {"low": 0, "low_open": True, "high": 100},
    "title_seconds": {"low": 0, "high": 3600},
    "freeze_seconds": {"low": 0, "high": 600},
    "slow_factor": {"low": 1, "high": 8},
    "crf": {"low": 0, "high": 51},
}

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
    for key, value in _renamed(data, origin).items():
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
        elif isinstance(default, (int, float)):
            value = number(value, subject=f"{origin}: {key}", whole=isinstance(default, int), **_RANGES[key])
            value = int(value) if isinstance(default, int) else value
        elif isinstance(default, str) and not isinstance(value, str):
            raise InputError(f"must be text, not {value!r}", subject=f"{origin}: {key}")
        values[key] = value
    try:
        return replace(defaults, **values)
    except InputError as exc:
        raise InputError(exc.message, subject=f"{origin}: {exc.subject}") from None


def _renamed(data: dict[Any, Any], origin: object) -> dict[Any, Any]:
    """``data`` with old setting names read as the new ones (a warning each);
    both names at once is ambiguous and refused."""
    out = dict(data)
    for old, new in RENAMED_SETTINGS.items():
        if old not in out:
            continue
        if new in out:
            raise InputError(f"{old!r} is the old name of {new!r}; give only {new!r}", subject=origin)
        warnings.warn(f"{origin}: theme setting {old!r} is now called {new!r}; please rename it",
                      ThemeWarning, stacklevel=3)
        out[new] = out.pop(old)
    return out


def load_theme(path: str | os.PathLike[str]) -> Theme:
    """Read a theme YAML file (the timeline's safe reader: plain data only)."""
    from annotate.textio import read_text_file
    from annotate.timeline.document import parse_yaml

    path = os.fspath(path)
    text = read_text_file(path, kind="theme file", max_bytes=MAX_THEME_BYTES)
    data = parse_yaml(text, path, error=lambda message: InputError(message, subject=path))
    return theme_from_mapping(data, origin=path)


def ass_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#RRGGBB`` + opacity -> ASS ``&HAABBGGRR`` (ASS alpha counts transparency)."""
    r, g, b = hex_colour[1:3], hex_colour[3:5], hex_colour[5:7]
    alpha = round((1 - opacity) * 255)
    return f"&H{alpha:02X}{b}{g}{r}".upper().replace("&H", "&H")


def ffmpeg_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#RRGGBB`` + opacity -> ffmpeg ``0xRRGGBB@0.72``."""
    return f"0x{hex_colour[1:].upper()}@{opacity:.3f}"
