"""Explainer overlays: captions, timecode, position bar with moment markers,
highlight boxes, title and credit drawn onto the footage in one ffmpeg pass
(or onto a moviepy clip with :func:`overlay`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotate.render.runner import RenderReport, RenderWarning, probe_input, render
from annotate.render.theme import Elements, Theme, load_theme, theme_from_mapping

if TYPE_CHECKING:
    from annotate.model import Timeline

__all__ = ["Elements", "RenderReport", "RenderWarning", "Theme", "load_theme", "overlay", "probe_input", "render",
           "theme_from_mapping"]


def overlay(timeline: Timeline, clip: Any, **options: Any) -> Any:
    """The same elements over a moviepy clip (imports moviepy only when used)."""
    from annotate.render.compose import overlay as _overlay

    return _overlay(timeline, clip, **options)
