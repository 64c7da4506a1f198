"""WebVTT chapters (``.chapters.vtt``): one cue per moment spanning until
the next one, for ``<track kind="chapters">`` and players' chapter menus."""

from __future__ import annotations

from typing import Any

from annotate.escape import clean_text, loses_characters, vtt_text
from annotate.interchange.common import CLEAN_LEFT_OUT, by_time, notify, texts_not_kept, title_of, title_source
from annotate.model import Timeline
from annotate.timecode import format_vtt

EXTENSIONS = (".chapters.vtt",)
# Length of the last chapter when neither the footage nor the moment says.
LAST_CHAPTER_SECONDS = 10.0


def dumps(timeline: Timeline, **opts: Any) -> str:
    moments = by_time(timeline)
    texts_not_kept([m.id for m in moments if loses_characters(title_source(m)) or loses_characters(m.id)],
                   "WebVTT chapters", CLEAN_LEFT_OUT, "moment(s)' text")
    starts: list[tuple[float, str, str]] = []
    for m in moments:
        if starts and m.effective_start - starts[-1][0] < 0.001:
            notify(f"moment {m.id} starts with the one before it: merged into one chapter")
            starts[-1] = (starts[-1][0], f"{starts[-1][1]} / {title_of(m)}", starts[-1][2])
        else:
            starts.append((m.effective_start, title_of(m), m.id))
    duration = timeline.footage.duration if timeline.footage else None
    lines = ["WEBVTT", ""]
    for i, (start, title, ident) in enumerate(starts):
        if i + 1 < len(starts):
            end = starts[i + 1][0]
        else:
            last = moments[-1].effective_end
            end = duration if duration and duration > start else (
                last if last and last > start else start + LAST_CHAPTER_SECONDS)
        ident = clean_text(ident)  # a cue identifier is text of the file, as its cue's (said below)
        if ident and "-->" not in ident and ident.strip() == ident and "\n" not in ident:
            lines.append(ident)
        lines += [f"{format_vtt(start)} --> {format_vtt(end)}", vtt_text(title), ""]
    return "\n".join(lines)
