"""SubRip (``.srt``) for interchange, both ways through annotate.subtitles:
export is the subtitle writer's output, import reads each cue as a ranged
moment (a transcript or an editor's captions) to the millisecond."""

from __future__ import annotations

import re
from typing import Any

from annotate import subtitles
from annotate.errors import InputError
from annotate.exports.common import where
from annotate.model import Moment, Timeline
from annotate.subtitles import srt as srt_subtitles

EXTENSIONS = (".srt",)
_TIMING = re.compile(r"^\s*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*-->\s*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}(\s.*)?$")


def dumps(timeline: Timeline, **opts: Any) -> str:
    return subtitles.dumps(timeline, "srt", **opts)


def loads(text: str, *, origin: str | None = None) -> Timeline:
    # pysrt skips a cue with a broken timing line without a word: check first.
    for number, line in enumerate(text.splitlines(), start=1):
        if "-->" in line and not _TIMING.match(line):
            raise InputError(f"not a timing line (00:00:00,000 --> 00:00:00,000): {line.strip()!r}",
                             subject=where(origin, number))
    cues = srt_subtitles.loads(text)
    moments = tuple(Moment(id=f"m{i}", start=c.start, end=max(c.end, c.start), caption=c.text)
                    for i, c in enumerate(cues, start=1))
    return Timeline(moments=moments, origin=origin)
