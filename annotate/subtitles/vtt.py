"""WebVTT (.vtt): cues to text and back.

Written and read here rather than through pysubs2, whose VTT reader turns cue
payloads into ASS markup (dropping any text in braces) and leaves entities
encoded: our round trip must give back exactly the visible text."""

from __future__ import annotations

import re

from annotate.escape import clean_text, unvtt_text, vtt_text
from annotate.subtitles.cues import Cue
from annotate.timecode import format_vtt

EXTENSIONS = (".vtt",)
_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$"
)
_TAG = re.compile(r"<[^>\n]*>")
_SAFE_ID = re.compile(r"^[\w.\-]{1,64}$")


def _seconds(stamp: str) -> float:
    parts = stamp.split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2])
    hours = int(parts[0]) if len(parts) == 3 else 0
    return hours * 3600 + minutes * 60 + seconds


def dumps(cues: list[Cue], **_options: object) -> str:
    """A WebVTT file. Cue identifiers are the moment ids when they are plain
    words (an id holding ``-->`` or spaces would break the cue), numbered per
    moment when a caption spans several cues."""
    out = ["WEBVTT", ""]
    seen: dict[str, int] = {}
    for cue in cues:
        if _SAFE_ID.match(cue.moment_id):
            seen[cue.moment_id] = seen.get(cue.moment_id, 0) + 1
            n = seen[cue.moment_id]
            out.append(cue.moment_id if n == 1 else f"{cue.moment_id}.{n}")
        out.append(f"{format_vtt(cue.start)} --> {format_vtt(cue.end)}")
        out.append(vtt_text(cue.text))
        out.append("")
    return "\n".join(out)


def loads(text: str) -> list[Cue]:
    """Cues of a WebVTT file (NOTE, STYLE and REGION blocks skipped); cue text
    with tags removed and entities decoded, as a viewer sees it."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        from annotate.errors import InputError

        raise InputError("not a WebVTT file: the first line must be 'WEBVTT'")
    cues: list[Cue] = []
    i = 1
    while i < len(lines):
        m = _TIMING.match(lines[i])
        if not m:
            i += 1
            continue
        i += 1
        payload = []
        while i < len(lines) and lines[i].strip():
            payload.append(lines[i])
            i += 1
        visible = unvtt_text(_TAG.sub("", "\n".join(payload)))
        cues.append(Cue(_seconds(m.group(1)), _seconds(m.group(2)), clean_text(visible)))
    return cues
