"""SubRip (.srt): cues to text (through pysrt) and back (our own reader, so
that every cue it cannot read is reported with its line instead of skipped,
as pysrt's lenient mode does without a word).

Reading follows what pysrt and srt accept: cues separated by blank lines, an
optional number, a timing line (``,`` or ``.`` before the milliseconds),
text. Markup is read as ffmpeg's SubRip decoder reads it (and libass draws
what it passes on): ``<br>`` and ``\\N`` are line breaks, ``<b> <i> <u>
<font>`` and ``{\\...}`` override blocks are removed, since a viewer never
sees them. A place on screen, which a moment cannot hold, is named in a
warning: ``{\\an8}`` (which ffmpeg passes to libass), ``{\\pos()}``,
``{\\move()}`` and SSA's ``{\\a6}`` (which VSFilter players honour), and the
``X1:.. X2:.. Y1:..`` pixel box after the timing line (ffmpeg's SubRip demuxer
reads it and places the text there)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pysrt

from annotate.escape import clean_text, srt_styling, srt_text, unsrt_markup
from annotate.subtitles.ass import place_of, styling
from annotate.subtitles.cues import Cue
from annotate.subtitles.problems import MALFORMED, NotKept, Report, ignore, place_not_kept, shown
from annotate.timecode import floor_millis, seconds_of

EXTENSIONS = (".srt",)
# What becomes of a NUL in cue text: pysrt, srt and pysubs2 keep it, and it shows as nothing.
NUL = "dropped (pysrt, srt and pysubs2 keep it; it shows as nothing)"
_STAMP = r"(\d+):(\d+):(\d+)(?:[,.:](\d+))?"
# What follows the end time: a box or settings after a space, or junk pysrt, srt and pysubs2 ignore ("?").
_TIMING = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?P<rest>.*)$")
# The pixel box ffmpeg's SubRip demuxer reads after the end time (its sscanf
# "%*[ ]X1:%u X2:%u Y1:%u Y2:%u"); from X1 and Y1 on it places the text there.
_BOX = re.compile(r"^ +X1:\s*\d+\s*X2:\s*\d+\s*Y1:\s*\d+(?:\s*Y2:\s*\d+)?")
# The form SubRip itself writes; others are read (as pysrt does) but reported.
_COMMAS = re.compile(r"^\s*\d{2,}:\d{2}:\d{2},\d{3} --> \d{2,}:\d{2}:\d{2},\d{3}(?:\s.*)?$")
# An override block as ffmpeg's SubRip decoder finds one: "{\" up to the first "}" (any other "{" is text).
_OVERRIDE = re.compile(r"\{(\\[^}]*)\}")
_INDEX = re.compile(r"^\s*\d+\s*$")


def dumps(cues: list[Cue], **_options: object) -> str:
    items = pysrt.SubRipFile()
    for index, cue in enumerate(cues, start=1):
        items.append(pysrt.SubRipItem(
            index=index,
            start=pysrt.SubRipTime.from_ordinal(floor_millis(cue.start)),
            end=pysrt.SubRipTime.from_ordinal(floor_millis(cue.end)),
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
    box: str = ""  # the X1.. Y2 pixel box of its timing line, as written
    text: list[str] = field(default_factory=list)


def loads(text: str, report: Report | None = None) -> list[Cue]:
    """Cues of an SRT file with the text a viewer sees; ``report(line, reason)``
    hears of every line that is not part of a readable cue."""
    say: Report = report or ignore
    cues: list[Cue] = []
    current: _Open | None = None
    stray: list[tuple[int, str]] = []  # lines of a block before its timing line
    skipping = False
    unkept = NotKept()

    def close() -> None:
        nonlocal current
        if current is not None:
            raw = "\n".join(current.text)
            _say_place(current, raw, len(cues) + 1, say)
            unkept("styling not kept (a caption is plain text)", current.line, len(cues) + 1, _styling(raw))
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
            _say_timing(number, line, timing.group("rest"), say)
            box = _BOX.match(timing.group("rest") or "")
            current = _Open(seconds_of(*g[:4]), seconds_of(*g[4:8]), number,
                            f"{box.group(0).strip()} (a box in pixels)" if box else "")
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
    unkept.tell(say)
    return cues


def _say_timing(number: int, line: str, rest: str, say: Report) -> None:
    """Report timing line ``line`` (``rest``: what follows its end time) if it
    is not as SubRip writes it: junk right after the end time ("?"), which
    pysrt, srt and pysubs2 ignore, or another form of the times."""
    if rest[:1].strip():
        say(number, f"{shown(rest)} after the end time ignored (as pysrt, srt and pysubs2 read it): {shown(line)}",
            MALFORMED)
    elif not _COMMAS.match(line):
        say(number, f"timing not in SubRip's form (00:00:00,000 --> 00:00:00,000): {shown(line)}; read anyway",
            MALFORMED)


def _styling(raw: str) -> list[str]:
    """The markup of cue text ``raw`` that styles it (quoted): its tags and
    blocks, override blocks with their styling tags only (the place is said apart)."""
    found = (styling(markup[1:-1]) if markup.startswith("{\\") else markup for markup in srt_styling(raw))
    return [shown(markup) for markup in found if markup]


def _say_place(cue: _Open, raw: str, number: int, say: Report) -> None:
    """Name the place on screen cue number ``number`` is given (its pixel box,
    its override blocks), which a moment cannot hold; bottom centre, the
    default, loses nothing."""
    place = ", ".join(p for p in (cue.box, place_of(_OVERRIDE.findall(raw))) if p)
    if place:
        place_not_kept(say, cue.line, number, place)
