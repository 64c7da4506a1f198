"""SubRip (.srt) through pysrt: cues to text and back."""

from __future__ import annotations

import pysrt

from annotate.escape import clean_text, srt_text
from annotate.subtitles.cues import Cue

EXTENSIONS = (".srt",)


def _ms(seconds: float) -> int:
    return int(round(seconds * 1000))


def dumps(cues: list[Cue], **_options: object) -> str:
    items = pysrt.SubRipFile()
    for index, cue in enumerate(cues, start=1):
        items.append(pysrt.SubRipItem(
            index=index,
            start=pysrt.SubRipTime.from_ordinal(_ms(cue.start)),
            end=pysrt.SubRipTime.from_ordinal(_ms(cue.end)),
            text=srt_text(cue.text),
        ))
    return "".join(f"{item}\n" for item in items)


def loads(text: str) -> list[Cue]:
    """Cues of an SRT file; the text is what a viewer sees (escapes removed)."""
    return [
        Cue(item.start.ordinal / 1000, item.end.ordinal / 1000, clean_text(item.text))
        for item in pysrt.from_string(text.lstrip("\ufeff"), error_handling=pysrt.ERROR_PASS)
    ]
