"""WebVTT (.vtt): cues to text and back.

Read by the W3C WebVTT parser algorithm (section 6.1, "WebVTT parser
algorithm"), so a cue is what a browser shows: a timing line ends the cue
before it, ``-->`` needs no spaces, settings may follow the end time
directly, NOTE/STYLE/REGION blocks are skipped. Cue settings that move a
cue (``line:0``, ``align:start``, ``vertical:rl``...), which a moment cannot
hold, are named in a warning, read by the same spec (invalid values, which
browsers ignore, are not). Our own rather than
webvtt-py: on 50 of Mozilla vtt.js's conformance files plus three cases the
spec settles, webvtt-py 0.6 read 41 of 53 as expected (entities left encoded,
an invalid timestamp ``00:00.00`` taken for valid) and reports no skipped cue
with its line; this reader 49, and warned on the other 4
(``python -m bench.webvtt_conformance``). pysubs2 turns payloads into ASS
markup and leaves entities encoded."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from annotate.errors import InputError
from annotate.escape import clean_text, unvtt_text, vtt_text
from annotate.subtitles.cues import Cue, part_names
from annotate.subtitles.problems import MALFORMED, NotKept, Report, ignore, place_not_kept, shown
from annotate.timecode import format_vtt, seconds_of

EXTENSIONS = (".vtt",)
# What becomes of a NUL: the WebVTT parser (browsers, vtt.js) replaces it with U+FFFD.
NUL = "each read as U+FFFD, as the WebVTT parser (browsers) reads it"
# The cue text parser drops every tag: from "<" to ">" (or the end).
_TAG = re.compile(r"<[^>]*(?:>|$)")
# A voice span's start tag (``<v Bob>``, ``<v.loud Ann Lee>``): its annotation names the speaker.
_VOICE = re.compile(r"^<v(?:\.[^\s>]*)?(?:[ \t\n\f]+([^>]*))?>?$")
# Tags that style the cue (bold, italic, underline, a class, ruby); a bare <c>, <lang> and timestamps do not.
_STYLING = re.compile(r"^<(?:[biu]|c|ruby|rt)(?:\.[^\s>]*)?(?=[\s>.]|$)")
_BARE_REFERENCE = re.compile(r"&[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9;])")
# A cue identifier holds no "-->" and no line break (W3C WebVTT, "WebVTT cue identifier").
_SAFE_ID = re.compile(r"^(?!.*-->)[^\n\r]{1,64}$")
_WHITESPACE = " \t\f"
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")
# The first line of the files we write (text after "WEBVTT " is free, players ignore it): only in
# them are cue identifiers ``id.2``, ``id.3`` the later parts of a caption split over several cues.
SIGNATURE = "WEBVTT - annotate"


def _timestamp(text: str, pos: int) -> tuple[float, int] | None:
    """The W3C "collect a WebVTT timestamp" steps: ``[hh:]mm:ss.ttt``, hours
    of any width, minutes and seconds of two digits below 60, three digits of
    milliseconds. Returns the seconds and the position after, or None."""
    def digits(at: int) -> tuple[str, int]:
        end = at
        while end < len(text) and text[end].isascii() and text[end].isdigit():
            end += 1
        return text[at:end], end

    first, pos = digits(pos)
    if not first:
        return None
    hours_first = len(first) != 2 or int(first) > 59
    if text[pos : pos + 1] != ":":
        return None
    second, pos = digits(pos + 1)
    if len(second) != 2:
        return None
    if hours_first or text[pos : pos + 1] == ":":
        if text[pos : pos + 1] != ":":
            return None
        third, pos = digits(pos + 1)
        if len(third) != 2:
            return None
        h, m, s = first, int(second), int(third)  # hours of any width (seconds_of reads them)
    else:
        h, m, s = "0", int(first), int(second)
    if text[pos : pos + 1] != ".":
        return None
    millis, pos = digits(pos + 1)
    if len(millis) != 3 or m > 59 or s > 59:
        return None
    return seconds_of(h, m, s, millis), pos


def _timings(line: str) -> tuple[float, float, str] | None:
    """Start and end of a timing line ("collect WebVTT cue timings and
    settings"), and the rest of the line, where its settings are."""
    pos = len(line) - len(line.lstrip(_WHITESPACE))
    start = _timestamp(line, pos)
    if start is None:
        return None
    rest = line[start[1]:].lstrip(_WHITESPACE)
    if not rest.startswith("-->"):
        return None
    body = rest[3:].lstrip(_WHITESPACE)
    end = _timestamp(body, 0)
    return None if end is None else (start[0], end[0], body[end[1]:])


# Valid values of the cue settings (W3C WebVTT, "parse the WebVTT cue settings"); any other value is ignored.
_PERCENTAGE = re.compile(r"^\d+(?:\.\d+)?%$")
_LINE_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_ALIGNS = ("start", "center", "end", "left", "right")


def _percentage(value: str) -> bool:
    """The spec's "parse a percentage string": digits, an optional fraction, ``%``, at most 100."""
    return bool(_PERCENTAGE.match(value)) and float(value[:-1]) <= 100


def _valid_setting(name: str, value: str, regions: AbstractSet[str]) -> bool:
    """Whether a browser applies the setting ``name:value`` (the W3C
    parser's rules; vtt.js follows an older draft: ``middle`` for ``center``)."""
    if name == "vertical":
        return value in ("rl", "lr")
    if name == "line":
        position, _, align = value.partition(",")
        number = _percentage(position) if position.endswith("%") else bool(_LINE_NUMBER.match(position))
        return number and ("," not in value or align in ("start", "center", "end"))
    if name == "position":
        position, _, align = value.partition(",")
        return _percentage(position) and ("," not in value or align in ("line-left", "center", "line-right"))
    if name == "size":
        return _percentage(value)
    if name == "align":
        return value in _ALIGNS
    return name == "region" and value in regions


def placement(settings: str, regions: AbstractSet[str] = frozenset()) -> str:
    """The cue settings a browser applies that move a cue from where every
    moment shows (the defaults: horizontal, line and position auto, size
    100%, align center), as written; ``region`` only for a region the file
    defines. "" for none."""
    kept = []
    for setting in settings.split():
        name, colon, value = setting.partition(":")
        if not (name and colon and value) or not _valid_setting(name, value, regions):
            continue
        if (name, value) not in (("align", "center"), ("size", "100%")):
            kept.append(setting)
    return " ".join(kept)


def dumps(cues: list[Cue], **_options: object) -> str:
    """A WebVTT file. Cue identifiers are the moment ids when a cue
    identifier can hold them (:func:`can_carry`); when a caption is split
    over several cues, the later ones are ``id.2``, ``id.3``, ... and the
    file is marked as ours on its first line (:data:`SIGNATURE`), so that
    import joins them again. Without a split nothing is to be joined: the
    file is plain, and ids such as ``scene.2`` go out and come back as they are."""
    ids = [cue.moment_id for cue in cues if cue.moment_id]
    split = len(set(ids)) < len(ids)
    out = [SIGNATURE if split else "WEBVTT", ""]
    for cue, name in zip(cues, part_names(cues) if split else [cue.moment_id for cue in cues], strict=True):
        if name and can_carry(cue.moment_id):
            out.append(name)
        out.append(f"{format_vtt(cue.start)} --> {format_vtt(cue.end)}")
        out.append(vtt_text(cue.text))
        out.append("")
    return "\n".join(out)


def can_carry(moment_id: str) -> bool:
    """A cue identifier can hold the id (no ``-->``, no line break, not blank, at most 64 characters)."""
    return bool(_SAFE_ID.match(moment_id)) and moment_id.strip() == moment_id and bool(moment_id)


def loads(text: str, report: Report | None = None) -> list[Cue]:
    """Cues of a WebVTT file, their text as a viewer sees it (tags removed,
    entities decoded); ``report(line, reason)`` hears of every block that is
    not a cue, note, style or region, and of cues that lack the blank line
    before them (the spec reads them, but a file that needs it is broken)."""
    say: Report = report or ignore
    text = text.removeprefix("\ufeff").replace("\0", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    signature = lines[0]
    if not (signature == "WEBVTT" or signature.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise InputError("not a WebVTT file: the first line must be 'WEBVTT'")
    reader = _Blocks(lines, say, ours=signature == SIGNATURE)
    if len(lines) > 1 and not reader.past_end(1):
        at = 1
        if lines[1] != "":
            at = reader.block(1, in_header=True)[0]
        reader.collect(at)
    reader.unkept.tell(say)
    return reader.cues


def _region_ids(lines: list[str]) -> list[str]:
    """The ``id:`` of a REGION block's settings (the last one counts, as in the spec)."""
    ids = [setting[3:] for line in lines for setting in line.split() if setting.startswith("id:") and setting[3:]]
    return ids[-1:]


class _Blocks:
    """The spec's block loop over the lines of one file."""

    def __init__(self, lines: list[str], say: Report, *, ours: bool = False) -> None:
        self.lines = lines
        self.say = say
        self.ours = ours
        self.regions: set[str] = set()  # the ids of the REGION blocks read so far
        self.cues: list[Cue] = []
        self.unkept = NotKept()  # speakers and styling, told once for the file

    def past_end(self, k: int) -> bool:
        # A file ending in a newline splits into a last, empty, "line" that is not one.
        return k >= len(self.lines) or (k == len(self.lines) - 1 and self.lines[k] == "")

    def skip_blank(self, k: int) -> int:
        while not self.past_end(k) and self.lines[k] == "":
            k += 1
        return k

    def collect(self, k: int) -> None:
        k = self.skip_blank(k)
        while not self.past_end(k):
            k, cue = self.block(k, in_header=False)
            if cue is not None:
                self.cues.append(cue)
            k = self.skip_blank(k)

    def _bare_references(self, payload: list[str], timing_line: int) -> None:
        """``&lt`` without its ``;``: the W3C parser (HTML's character
        references) reads ``<``, older ones (vtt.js) show ``&lt``; say so."""
        for offset, line in enumerate(payload, start=1):
            for match in _BARE_REFERENCE.finditer(_TAG.sub("", line)):
                if unvtt_text(match.group()) != match.group():
                    self.say(timing_line + offset, f"character reference without ';' ({match.group()!r}): read as "
                             f"{unvtt_text(match.group())!r}, as the W3C parser does; older parsers show it as "
                             "written", MALFORMED)
                    return

    def _tags(self, payload: list[str], timing_line: int) -> None:
        """Note the speakers (voice spans) and styling of a cue's payload, which a caption cannot hold."""
        tags = [t.group() for t in _TAG.finditer("\n".join(payload)) if not t.group().startswith("</")]
        voices = [_VOICE.match(t) for t in tags]
        number = len(self.cues) + 1
        self.unkept("speaker not kept (a caption names none)", timing_line, number,
                    [shown(unvtt_text(v.group(1))) for v in voices if v and v.group(1) and v.group(1).strip()])
        self.unkept("styling not kept (a caption is plain text)", timing_line, number,
                    [shown(t) for t in tags if _STYLING.match(t) and t.rstrip(">") != "<c"])

    def block(self, k: int, *, in_header: bool) -> tuple[int, Cue | None]:
        """One block from line index ``k`` ("collect a WebVTT block"): the
        index after it and its cue, if it is one."""
        first, count, seen_arrow = k, 0, False
        buffer: list[str] = []
        timing: tuple[float, float, str] | None = None
        timing_line = 0
        identifier = ""
        while True:
            line = self.lines[k]
            count += 1
            last = k == len(self.lines) - 1
            k += 1
            if "-->" in line:
                if not in_header and (count == 1 or (count == 2 and not seen_arrow)):
                    seen_arrow, timing_line = True, k
                    timing = _timings(line)
                    if timing is None:
                        self.say(k, f"not a cue timing line ([hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, minutes and "
                                    f"seconds of two digits below 60): {shown(line)}; cue skipped")
                    else:
                        identifier = buffer[0] if buffer else ""
                        buffer = []
                else:
                    if in_header:
                        self.say(k, "no blank line between the WEBVTT header and this cue (read as a cue, "
                                    "as the W3C parser does; older parsers such as vtt.js drop it)", MALFORMED)
                    elif count > 1:
                        self.say(k, "no blank line before this cue", MALFORMED)
                    k -= 1  # the spec goes back: this line starts the next block
                    break
            elif line == "":
                break
            else:
                buffer.append(line)
            if last:
                break
        if timing is not None:
            self._bare_references(buffer, timing_line)
            payload = unvtt_text(_TAG.sub("", "\n".join(buffer)))
            place = placement(timing[2], self.regions)
            if place:
                place_not_kept(self.say, timing_line, len(self.cues) + 1, place)
            self._tags(buffer, timing_line)
            return k, Cue(timing[0], timing[1], clean_text(payload), identifier, line=timing_line,
                         ours=self.ours)
        if buffer and buffer[0].startswith("REGION"):
            self.regions.update(_region_ids(buffer[1:]))
        written = [line for line in buffer if line.strip()]  # lines of spaces lose nothing visible
        if not in_header and written and not seen_arrow and not buffer[0].startswith(_SKIPPED_BLOCKS):
            self.say(first + 1, f"text outside any cue ignored: {shown(written[0])}")
        return k, None
