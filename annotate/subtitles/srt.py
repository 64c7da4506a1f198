"""SubRip (.srt): cues to text (through pysrt) and back (our own reader, so
that every cue it cannot read is reported with its line instead of skipped,
as pysrt's lenient mode does without a word).

Reading follows what pysrt and srt accept: cues separated by blank lines, an
optional number, a timing line (``,`` or ``.`` before the milliseconds),
text. Markup is read as ffmpeg's SubRip decoder reads it (and libass draws
what it passes on): ``<br>`` and ``\\N`` are line breaks, ``<b> <i> <u>
<font>`` and ``{\\...}`` override blocks are removed, since a viewer never
sees them. A place on screen (``{\\an8}``), which a moment cannot hold, is
named in a warning."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pysrt

from annotate.escape import SRT_POSITION, clean_text, srt_text, unsrt_markup
from annotate.subtitles.cues import Cue
from annotate.subtitles.problems import MALFORMED, NOT_KEPT, Report, ignore, shown
from annotate.timecode import millis, seconds_of

EXTENSIONS = (".srt",)
# What becomes of a NUL in cue text: pysrt, srt and pysubs2 keep it, and it shows as nothing.
NUL = "dropped (pysrt, srt and pysubs2 keep it; it shows as nothing)"
_STAMP = r"(\d+):(\d+):(\d+)(?:[,.:](\d+))?"
_TIMING = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?:\s.*)?$")
# The form SubRip itself writes; others are read (as pysrt does) but reported.
_COMMAS = re.compile(r"^\s*\d{2,}:\d{2}:\d{2},\d{3} --> \d{2,}:\d{2}:\d{2},\d{3}(?:\s.*)?$")
_INDEX = re.compile(r"^\s*\d+\s*$")
# The places {\an1} to {\an9} put a cue (the numeric keypad's layout; 2, the default, is bottom centre).
SCREEN_PLACES = {1: "bottom left", 2: "bottom centre", 3: "bottom right", 4: "middle left", 5: "middle centre",
                 6: "middle right", 7: "top left", 8: "top centre", 9: "top right"}


def dumps(cues: list[Cue], **_options: object) -> str:
    items = pysrt.SubRipFile()
    for index, cue in enumerate(cues, start=1):
        items.append(pysrt.SubRipItem(
            index=index,
            start=pysrt.SubRipTime.from_ordinal(millis(cue.start)),
            end=pysrt.SubRipTime.from_ordinal(millis(cue.end)),
            text=srt_text(cue.text),
        ))
    return "".join(f"{item}\n" for item in items)


def can_carry(moment_id: str) -> bool:
    """SubRip numbers its cues: no moment id survives."""
    return False


@dataclass
class _Open:
    start: float
    end: float
    line: int
    text: list[str] = field(default_factory=list)


def loads(text: str, report: Report | None = None) -> list[Cue]:
    """Cues of an SRT file with the text a viewer sees; ``report(line, reason)``
    hears of every line that is not part of a readable cue."""
    say: Report = report or ignore
    cues: list[Cue] = []
    current: _Open | None = None
    stray: list[tuple[int, str]] = []  # lines of a block before its timing line
    skipping = False

    def close() -> None:
        nonlocal current
        if current is not None:
            raw = "\n".join(current.text)
            _say_place(raw, len(cues) + 1, current.line, say)
            body = clean_text(unsrt_markup(raw))
            cues.append(Cue(current.start, current.end, body, line=current.line))
            current = None

    def drop_stray() -> None:
        lines = [ln for _n, ln in stray if not _INDEX.match(ln)]
        if stray and (lines or len(stray) > 1):
            say(stray[0][0], f"{len(stray)} line(s) with no timing line left out ({shown(stray[0][1])})")
        elif stray:
            say(stray[0][0], f"cue number {stray[0][1].strip()} has no timing line; skipped")
        stray.clear()

    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        timing = _TIMING.match(line)
        if timing:
            if current is not None:
                # A timing line inside a cue: the blank line before it is missing.
                index = current.text.pop() if current.text and _INDEX.match(current.text[-1]) else None
                say(number, "no blank line before this cue" + ("" if index else " (nor a cue number)"), MALFORMED)
                close()
            if len(stray) > 1 or (stray and not _INDEX.match(stray[0][1])):
                drop_stray()
            stray.clear()
            skipping = False
            g = timing.groups()
            if not _COMMAS.match(line):
                say(number, f"timing not in SubRip's form (00:00:00,000 --> 00:00:00,000): {shown(line)}; "
                            "read anyway", MALFORMED)
            current = _Open(seconds_of(*g[:4]), seconds_of(*g[4:]), number)
        elif not line.strip():
            close()
            drop_stray()
            skipping = False
        elif current is not None:
            current.text.append(line)
        elif "-->" in line:
            say(number, f"not a timing line (00:00:00,000 --> 00:00:00,000): {shown(line)}; cue skipped")
            stray.clear()
            skipping = True
        elif not skipping:
            stray.append((number, line))
    close()
    drop_stray()
    return cues


def _say_place(raw: str, cue: int, line: int, say: Report) -> None:
    """Name the place on screen ffmpeg would give cue number ``cue`` (its
    first ``{\\an}``), which a moment cannot hold; bottom centre, the
    default, loses nothing."""
    placed = SRT_POSITION.search(raw)
    if placed and placed.group(1) != "2":
        say(line, f"cue {cue}: its place on screen, {placed.group(0)} ({SCREEN_PLACES[int(placed.group(1))]}), "
                  "is not kept (a moment holds none); it will show at the bottom", NOT_KEPT)
