"""YouTube chapter list (``.chapters.txt``): ``0:00 Title`` lines to paste
into a video description, following YouTube's rules: the first chapter at
0:00, at least 3 chapters, each at least 10 s long, in ascending order.
Moments that break a rule are merged or moved, and each change is reported
as an :class:`~annotate.interchange.common.ExportWarning`.
"""

from __future__ import annotations

import math
from typing import Any

from annotate.errors import OutputError
from annotate.escape import loses_characters, youtube_text
from annotate.interchange.common import CLEAN_LEFT_OUT, by_time, notify, texts_not_kept, title_of, title_source
from annotate.model import Timeline
from annotate.timecode import format_clock

EXTENSIONS = (".chapters.txt",)
MIN_CHAPTER_SECONDS = 10  # YouTube ignores all chapters if any is shorter
MIN_CHAPTERS = 3
INTRO_TITLE = "Intro"


def chapters(timeline: Timeline, *, intro: str | None = None) -> list[tuple[int, str]]:
    """(whole second, title) pairs that satisfy YouTube's rules."""
    entries = [(math.floor(m.effective_start), youtube_text(title_of(m)), m.id) for m in by_time(timeline)]
    out: list[tuple[int, str]] = []
    written_title = "" if entries and entries[0][0] < MIN_CHAPTER_SECONDS else intro or timeline.title
    texts_not_kept([m.id for m in by_time(timeline) if loses_characters(title_source(m))], "YouTube chapters",
                   CLEAN_LEFT_OUT, title=loses_characters(written_title))
    if entries and entries[0][0] < MIN_CHAPTER_SECONDS:
        if entries[0][0] > 0:
            notify(f"moment {entries[0][2]} at {format_clock(entries[0][0])} starts the first chapter at 0:00 "
                   f"(YouTube's first chapter must start at 0:00 and last {MIN_CHAPTER_SECONDS} s)")
        out.append((0, entries[0][1]))
        entries = entries[1:]
    else:
        out.append((0, youtube_text(intro or timeline.title or INTRO_TITLE)))
    for second, title, ident in entries:
        if second - out[-1][0] < MIN_CHAPTER_SECONDS:
            notify(f"moment {ident} at {format_clock(second)} merged into the chapter at "
                   f"{format_clock(out[-1][0])} (chapters must be {MIN_CHAPTER_SECONDS} s or longer)")
            out[-1] = (out[-1][0], f"{out[-1][1]} / {title}")
        else:
            out.append((second, title))
    duration = timeline.footage.duration if timeline.footage else None
    if duration is not None and len(out) > 1 and duration - out[-1][0] < MIN_CHAPTER_SECONDS:
        last = out.pop()
        notify(f"last chapter at {format_clock(last[0])} merged into the one before: only "
               f"{duration - last[0]:.1f} s of footage remain (chapters must be {MIN_CHAPTER_SECONDS} s or longer)")
        out[-1] = (out[-1][0], f"{out[-1][1]} / {last[1]}")
    if len(out) < MIN_CHAPTERS:
        raise OutputError(
            f"YouTube shows chapters only when there are at least {MIN_CHAPTERS} of {MIN_CHAPTER_SECONDS} s or "
            f"longer; these moments give {len(out)}", subject=timeline.origin or timeline.title or None)
    return out


def dumps(timeline: Timeline, *, intro: str | None = None, **opts: Any) -> str:
    return "".join(f"{format_clock(second)} {title}\n" for second, title in chapters(timeline, intro=intro))
