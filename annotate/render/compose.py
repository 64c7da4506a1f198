"""The explainer overlay for moviepy users who compose their own videos: the
same elements, theme and caption layout as the ffmpeg render, as clips."""

from __future__ import annotations

import functools
import math
import warnings
from typing import Any

import numpy as np

from annotate import fonts as fontlib
from annotate.escape import clean_text
from annotate.model import Timeline
from annotate.render.document import (
    BOX_PADDING_EM,
    MAX_CREDIT_CHARS,
    MAX_TITLE_CHARS,
    Frame,
    burnt_in_start,
    burnt_in_text,
    caption_cues,
    recorded_timecode,
    shorten,
    time_label,
)
from annotate.render.runner import RenderWarning, overlay_marks
from annotate.render.theme import Elements, Theme
from annotate.subtitles.ass import text_side
from annotate.timecode import FALLBACK_FPS, TIE_SECONDS


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def _font_for(text: str, plan: fontlib.FontPlan) -> str | None:
    """PIL draws a whole TextClip in one font file: take the fallback most of
    the text needs (Noto CJK also has Latin), else the main font."""
    files = [plan.fallbacks[c].file for c in text if c in plan.fallbacks]
    if files:
        return max(set(files), key=files.count)
    return plan.main.file if plan.main else None


def overlay(
    timeline: Timeline,
    clip: Any,
    *,
    theme: Theme | None = None,
    elements: Elements | None = None,
) -> Any:
    """``clip`` with captions, title, credit, timecode, position bar with
    markers and highlight boxes composited over it (moviepy 2 clips).

    Freeze and slow-down are left to the caller, who owns the edit."""
    from moviepy import ColorClip, CompositeVideoClip, ImageClip, TextClip

    theme = theme or Theme()
    elements = elements or Elements()
    timeline = timeline.placed()  # a clock time not placed yet has nowhere to be drawn
    W, H = clip.size
    D = float(clip.duration)
    fps = float(clip.fps or FALLBACK_FPS)
    # the burnt-in timecode's start, which the captions' time labels count from too
    frame = Frame(W, H, D, fps, start=burnt_in_start(recorded_timecode(timeline), fps, theme, "footage"))
    cues = caption_cues(timeline, frame, theme) if elements.captions else []
    title = shorten(timeline.title, MAX_TITLE_CHARS, "title") if elements.title and timeline.title.strip() else ""
    credit = shorten(timeline.credit or "", MAX_CREDIT_CHARS, "credit") if elements.credit else ""
    plan = fontlib.plan([c.text for c in cues] + [title, credit], family=theme.font, mono=theme.mono_font,
                        font_file=theme.font_file)
    for message in plan.warnings:
        warnings.warn(message, RenderWarning, stacklevel=2)
    box = (*_rgb(theme.box_colour), round(255 * theme.box_opacity))
    safe_x, safe_y = W * theme.safe_margin, H * theme.safe_margin
    layers: list[Any] = []

    def text_clip(text: str, size: float, *, font: str | None = None, align: str = "left") -> Any:
        px = max(8, round(size * text_side(W, H)))
        pad = round(px * BOX_PADDING_EM)
        return TextClip(font=font or _font_for(text, plan), text=text, font_size=px, color=theme.text_colour,
                        bg_color=box, margin=(pad, pad), text_align=align)

    bar_h = max(2, round(theme.position_bar_height * H))
    bar_clear = H * max(theme.position_bar_height, theme.marker_height) if elements.position_bar else 0.0
    moments = {m.id: m for m in timeline.moments}
    seen: set[str] = set()
    for cue in cues:
        text = clean_text(cue.text)
        moment = moments.get(cue.moment_id)
        if theme.caption_time_label and moment is not None and cue.moment_id not in seen:
            text = f"{time_label(moment, frame.start)}  {text}"
        seen.add(cue.moment_id)
        tc = text_clip(text, theme.caption_size, align="center")
        y = H - safe_y - bar_clear - tc.h
        layers.append(tc.with_start(cue.start).with_duration(cue.end - cue.start).with_position(("center", y)))
    top = safe_y
    if credit:
        cc = text_clip(credit, theme.credit_size).with_duration(D)
        layers.append(cc.with_position((safe_x, top)).with_opacity(0.9))
        top += cc.h + 0.012 * H
    if title:
        bold = fontlib.match_family(theme.font, "bold")
        tt = text_clip(title, theme.title_size, font=bold.file if bold and not plan.fallbacks else None)
        layers.append(tt.with_duration(min(D, theme.title_seconds)).with_position((safe_x, top)))
    if elements.timecode:
        layers.append(_timecode_clip(theme, plan, W, H, D, box, frame.start))
    markers, highlights, _ = overlay_marks(timeline, D, theme, elements)
    if elements.position_bar:
        track = ColorClip((W, bar_h), color=(255, 255, 255)).with_opacity(theme.position_bar_track_opacity)
        layers.append(track.with_duration(D).with_position((0, H - bar_h)))
        fill = ColorClip((W, bar_h), color=_rgb(theme.accent_colour)).with_duration(D)
        layers.append(fill.with_position(lambda t: (round(-W + W * t / D), H - bar_h)))
        mw, mh = max(2, round(W / 400)), max(bar_h + 2, round(theme.marker_height * H))
        for t, approximate in markers:
            x = min(W - mw, max(0, round(W * t / D - mw / 2)))
            mark = ColorClip((mw, mh), color=_rgb(theme.marker_colour)).with_duration(D)
            layers.append(mark.with_opacity(0.55 if approximate else 1.0).with_position((x, H - mh)))
    for hl in highlights:
        layers.append(ImageClip(_outline(round(hl.w * W), round(hl.h * H), max(2, round(theme.highlight_thickness * H)),
                                         _rgb(theme.highlight_colour)))
                      .with_start(hl.start).with_duration(max(0.0, hl.end - hl.start))
                      .with_position((round(hl.x * W), round(hl.y * H))))
    return CompositeVideoClip([clip, *layers], size=(W, H)).with_duration(D)


def _outline(w: int, h: int, thickness: int, rgb: tuple[int, int, int]) -> np.ndarray:
    img = np.zeros((max(1, h), max(1, w), 4), dtype=np.uint8)
    img[:thickness, :, :3] = img[-thickness:, :, :3] = img[:, :thickness, :3] = img[:, -thickness:, :3] = rgb
    img[:thickness, :, 3] = img[-thickness:, :, 3] = img[:, :thickness, 3] = img[:, -thickness:, 3] = 255
    return img


def _timecode_clip(theme: Theme, plan: fontlib.FontPlan, W: int, H: int, D: float, box: tuple[int, ...],
                   start: float = 0.0) -> Any:
    """One clip whose frame is the second's timecode, drawn once per second
    (a TextClip per second would make the composite walk thousands of clips),
    counted from ``start`` (:func:`burnt_in_start`), as the render's."""
    from moviepy import VideoClip
    from PIL import Image, ImageDraw

    px = max(8, round(theme.timecode_size * text_side(W, H)))
    pad = round(px * BOX_PADDING_EM)
    path = plan.mono.file if plan.mono else None
    font = fontlib.pil_font(px, file=path)
    left, top, right, bottom = font.getbbox("00:00:00")
    size = (int(right - left) + 2 * pad, int(bottom - top) + 2 * pad)

    @functools.lru_cache(maxsize=4)
    def image(second: int) -> np.ndarray:
        img = Image.new("RGBA", size, box)
        ImageDraw.Draw(img).text((pad - left, pad - top), burnt_in_text(second), font=font, fill=theme.text_colour)
        return np.asarray(img)

    def second(t: float) -> int:
        return math.floor(start + t + TIE_SECONDS)

    rgb = VideoClip(lambda t: image(second(t))[:, :, :3], duration=D)
    mask = VideoClip(lambda t: image(second(t))[:, :, 3] / 255.0, is_mask=True, duration=D)
    x = W - W * theme.safe_margin - size[0]
    return rgb.with_mask(mask).with_position((round(x), round(H * theme.safe_margin)))
