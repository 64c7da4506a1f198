"""Advanced SubStation Alpha (.ass) through pysubs2: styled captions that
libass (ffmpeg's ``subtitles`` filter, mpv, VLC) renders the same everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pysubs2
from pysubs2.time import TIMESTAMP, TIMESTAMP_SHORT

from annotate.errors import InputError, OutputError
from annotate.escape import ass_field, ass_text, clean_text, opens_block, unass_field, unass_text
from annotate.subtitles.cues import Cue, part_names, say
from annotate.subtitles.problems import MALFORMED, NotKept, Report, ignore, place_not_kept, shown
from annotate.subtitles.rules import CENTISECOND
from annotate.timecode import floor_millis, format_clock

EXTENSIONS = (".ass", ".ssa")
# What becomes of a NUL in event text: pysubs2 keeps it, and it shows as nothing.
NUL = "dropped (pysubs2 keeps it; it shows as nothing)"
DEFAULT_SIZE = (1920, 1080)
TITLE = "annotate"  # the Title of the files we write: their Name fields are moment ids
# The event fields (Layer is Marked in SSA) in the order pysubs2 reads them,
# whatever the file's Format line says; libass follows the Format line (any
# order, any subset ending in Text), so events are put in this order first,
# the missing fields filled as libass fills them.
EVENT_ORDER = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text")
_EVENT_DEFAULTS = {"layer": "0", "style": "Default", "name": "", "marginl": "0", "marginr": "0", "marginv": "0",
                   "effect": ""}
# An ASS time is H:MM:SS.cc with one digit of hours: pysubs2 would write any
# later time as this one (with only a Python RuntimeWarning), every cue
# past ten hours stacked on the last centisecond.
LATEST_ASS_SECONDS = 10 * 3600 - 0.01
# A style's Encoding -1: libass takes each line's base direction from its text (with 1, the usual value, it lays
# every line out left to right, and an Arabic or Hebrew sentence's full stop lands at its start).
BIDI_BY_TEXT = -1
# An ASS time's unit, CENTISECOND (rules.py, where reading times are rounded up to it): times are rounded down
# to it here (on or before their frame, as timecode.floor_millis says), as pysubs2 would round to the nearest.
# Where {\an1} to {\an9} (and a style's Alignment) put a cue: the numeric keypad's layout; 2, the default,
# is bottom centre, where every cue annotate writes shows.
SCREEN_PLACES = {1: "bottom left", 2: "bottom centre", 3: "bottom right", 4: "middle left", 5: "middle centre",
                 6: "middle right", 7: "top left", 8: "top centre", 9: "top right"}
BOTTOM_CENTRE = 2
# The override tags that place a line (libass): \an (keypad), \a (SSA's numbers), \pos and \move.
_PLACE_TAG = re.compile(r"\\(an|a)\s*(\d+)|\\(pos|move)\s*\(([^)\\]*)\)?")
# An override tag, and one that only ends a style (\i0, \b0, a bare \r back to the line's style).
_TAG = re.compile(r"\\[^\\]*")
_ENDING_TAG = re.compile(r"\\(?:r|[A-Za-z]+0)\s*$")


def text_side(width: float, height: float) -> float:
    """The length text sizes are fractions of: the picture's shorter side, its height when landscape and its
    width when vertical (9:16 Shorts, Reels, an upright phone), as broadcasters size text in a vertical safe
    area; sized by the tall side, a title covered most of a vertical picture and captions held two words."""
    return min(width, height)


@dataclass(frozen=True)
class CaptionStyle:
    """The caption look, in units of the picture's shorter side (:func:`text_side`) so it scales to any size."""

    font: str = "DejaVu Sans"
    size_ratio: float = 0.05  # font size as a fraction of the picture's shorter side
    margin_ratio: float = 0.06  # bottom and side margins: inside the title-safe area
    boxed: bool = True  # a translucent box behind the text reads on any footage
    primary: tuple[int, int, int] = (255, 255, 255)
    box_alpha: int = 96  # 0 opaque .. 255 transparent


def style(width: int, height: int, look: CaptionStyle | None = None) -> pysubs2.SSAStyle:
    look = look or CaptionStyle()
    side = text_side(width, height)
    return pysubs2.SSAStyle(
        fontname=ass_field(look.font),
        fontsize=round(side * look.size_ratio),
        primarycolor=pysubs2.Color(*look.primary),
        outlinecolor=pysubs2.Color(0, 0, 0, look.box_alpha if look.boxed else 0),
        backcolor=pysubs2.Color(0, 0, 0, look.box_alpha),
        borderstyle=3 if look.boxed else 1,
        outline=max(1, round(side * 0.006)),
        shadow=0,
        alignment=pysubs2.Alignment.BOTTOM_CENTER,
        marginl=round(width * look.margin_ratio),
        marginr=round(width * look.margin_ratio),
        marginv=round(height * look.margin_ratio),
        encoding=BIDI_BY_TEXT,
    )


def too_late(end: float, *, subject: str | None, instead: str) -> OutputError:
    """The error for an ASS event ending at ``end``, past LATEST_ASS_SECONDS;
    ``instead`` says what the user can do."""
    return OutputError(f"runs to {format_clock(end, places=2)}, past 9:59:59.99, the latest time an ASS "
                       f"file can hold ({instead})", subject=subject)


def late_cue(cues: list[Cue], instead: str) -> None:
    """Refuse the first cue ending past LATEST_ASS_SECONDS, naming its moment."""
    late = next((cue for cue in cues if cue.end > LATEST_ASS_SECONDS), None)
    if late is not None:
        raise too_late(late.end, subject=f"moment {late.moment_id}" if late.moment_id else None, instead=instead)


def document(
    cues: list[Cue], *, width: int = DEFAULT_SIZE[0], height: int = DEFAULT_SIZE[1],
    look: CaptionStyle | None = None,
) -> pysubs2.SSAFile:
    """A pysubs2 document with one ``Caption`` style and a dialogue per cue;
    the overlay renderer adds its own styles and events to it. A cue ending
    after LATEST_ASS_SECONDS is an OutputError naming its moment."""
    late_cue(cues, "write .srt or .vtt")
    doc = pysubs2.SSAFile()
    doc.info.update({"PlayResX": str(width), "PlayResY": str(height), "WrapStyle": "2",
                     "ScaledBorderAndShadow": "yes", "Title": TITLE})
    doc.styles.clear()
    doc.styles["Caption"] = style(width, height, look)
    for cue, name in zip(cues, part_names(cues), strict=True):
        # An id the Name field would change ("  spaced  " read back as "spaced") is not written: import numbers it.
        doc.append(pysubs2.SSAEvent(
            start=floor_millis(cue.start, CENTISECOND), end=floor_millis(cue.end, CENTISECOND), style="Caption",
            text=ass_text(cue.text, portable=True), name=ass_field(name) if can_carry(cue.moment_id) else "",
        ))
    _braces_said(cues)
    return doc


def _braces_said(cues: list[Cue]) -> None:
    """One warning naming the moments whose braces are written full-width (see ``escape.ass_text``)."""
    changed = list(dict.fromkeys(cue.moment_id or "(no id)" for cue in cues if opens_block(clean_text(cue.text))))
    if changed:
        say(f"moment(s) {', '.join(changed)}: braces written full-width (｛ ｝): in an ASS file '{{...}}' is an "
            "override block, which Aegisub, VSFilter players and pysubs2 hide (only libass reads the escape "
            "'\\{'); annotate import reads them back as braces")


def dumps(cues: list[Cue], *, width: int = DEFAULT_SIZE[0], height: int = DEFAULT_SIZE[1],
          look: CaptionStyle | None = None, **_options: object) -> str:
    return document(cues, width=width, height=height, look=look).to_string("ass")


def can_carry(moment_id: str) -> bool:
    """The Name field gives the id back as it is (one line, spaces not collapsed)."""
    return bool(moment_id) and unass_field(ass_field(moment_id)) == moment_id


def loads(text: str, report: Report | None = None) -> list[Cue]:
    """Dialogue events as cues, their text as libass shows it (override
    blocks removed, ``\\N`` a line break, ``\\n`` one only under ``WrapStyle:
    2`` and else a space, ``\\h`` a space; pysubs2's ``plaintext`` breaks the
    line at every ``\\n``), our own ``\\{`` escapes undone. pysubs2 gives up on the
    whole file at one bad time and reads a short event as an empty one without
    a word, so such lines are reported here and left out first."""
    say: Report = report or ignore
    kept, lines_of_events = _vet_events(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"), say)
    lowered = kept.lower()
    if "[script info]" not in lowered and "[events]" not in lowered:
        raise InputError("not an ASS/SSA file: no [Script Info] or [Events] section")
    # pysubs2's own detection wants a styles section; the events' fields differ only in the first.
    doc = pysubs2.SSAFile.from_string(kept, format_="ssa" if "[v4 styles]" in lowered else "ass")
    # The Name field is an actor's in other tools' files; only ours carry moment ids there.
    ours = doc.info.get("Title") == TITLE
    soft_break = "\n" if doc.info.get("WrapStyle", "").strip() == "2" else " "
    cues: list[Cue] = []
    unkept = NotKept()
    styles = _libass_styles(doc)
    for event, line in zip(doc.events, lines_of_events, strict=True):
        if event.is_comment:
            unkept("Comment events left out (not shown)", line, line, [shown(event.text)], unit="line")
            continue
        number, blocks = len(cues) + 1, _override_blocks(event.text)
        style_name, defined = _style_of(styles, event.style)
        if not defined:  # (libass draws it in the fallback style all the same)
            fallback = f"style {style_name!r}" if style_name else "its own default style"
            unkept(f"style not in the file (libass shows it in {fallback})", line, number, [shown(event.style)])
        place = place_of(blocks, *_style_alignment(styles, style_name))
        if place:
            place_not_kept(say, line, number, place)
        if not ours:  # (in ours the Name is the moment id)
            unkept("speaker not kept (a caption names none)", line, number,
                   [shown(event.name)] * bool(event.name.strip()))  # (libass trims each field)
        unkept("styling not kept (a caption is plain text)", line, number,
               [shown(b) for b in map(styling, blocks) if b])
        unkept("effect not kept (a caption does not move)", line, number,
               [shown(event.effect)] * bool(event.effect.strip()))
        visible = _strip_overrides(event.text).replace("\\h", " ").replace("\\n", soft_break)
        cues.append(Cue(event.start / 1000, event.end / 1000, clean_text(unass_text(visible, portable=ours)),
                        unass_field(event.name) if ours else "",
                        line, ours=ours))
    unkept.tell(say)
    return cues


def styling(block: str) -> str:
    """The tags of an override ``block`` (without braces) that style its text,
    as a block: all but those placing it (:func:`place_of` names them) and
    those only ending a style (``\\i0``, ``\\r``); "" for none."""
    tags = [t for t in _TAG.findall(_PLACE_TAG.sub("", block)) if t.strip() != "\\" and not _ENDING_TAG.match(t)]
    return "{" + "".join(tags) + "}" if tags else ""


def _libass_styles(doc: pysubs2.SSAFile) -> dict[str, pysubs2.SSAStyle]:
    """The file's styles by the names libass gives them: leading ``*``
    dropped (pysubs2 keeps them), the last of a name winning."""
    return {name.lstrip("*"): s for name, s in doc.styles.items()}


def _style_of(styles: dict[str, pysubs2.SSAStyle], name: str) -> tuple[str, bool]:
    """The style libass draws an event naming ``name`` in, found as libass
    finds it (spaces and leading ``*`` dropped, ``default`` in any case is
    ``Default``; a name not in the file gets the file's ``Default``, else
    libass's own, ""), and whether the file defines ``name``."""
    wanted = name.strip().lstrip("*")
    wanted = "Default" if wanted.lower() == "default" else wanted
    if wanted in styles:
        return wanted, True
    return ("Default" if "Default" in styles else ""), False


def _style_alignment(styles: dict[str, pysubs2.SSAStyle], name: str) -> tuple[int, str]:
    """The keypad alignment of style ``name`` (from :func:`_style_of`) and
    how to name it; libass's own default style ("") is bottom centre.
    pysubs2 has already read an SSA file's alignments (1-3, 5-7, 9-11) as
    keypad numbers."""
    if name in styles:
        return int(styles[name].alignment), f"style {name!r}"
    return BOTTOM_CENTRE, ""


def place_of(blocks: list[str], alignment: int = BOTTOM_CENTRE, style: str = "") -> str:
    """Where the override ``blocks`` of a line (without braces) put it on
    screen, as written, when that is not bottom centre: their first
    ``\\an``/``\\a`` (the first wins in libass), else ``alignment`` of its
    ``style``; and every ``\\pos``/``\\move``. "" when it shows at the bottom
    centre, as every moment does."""
    said, aligned = [], False
    for block in blocks:
        for tag in _PLACE_TAG.finditer(block):
            if tag.group(3):
                said.append(f"{{{tag.group(0)}}}")
            elif not aligned:
                aligned = True
                number = _keypad(tag.group(1), int(tag.group(2)))
                if number not in (None, BOTTOM_CENTRE):
                    said.append(f"{{{tag.group(0)}}} ({SCREEN_PLACES[number]})")
    if not aligned and alignment != BOTTOM_CENTRE and alignment in SCREEN_PLACES:
        said.insert(0, f"{style} ({SCREEN_PLACES[alignment]})" if style else SCREEN_PLACES[alignment])
    return ", ".join(said)


def _keypad(tag: str, value: int) -> int | None:
    """The keypad number of ``\\an`` or of SSA's ``\\a`` (1-3 bottom, +4 top, +8 middle); None when invalid."""
    if tag == "an":
        return value if value in SCREEN_PLACES else None
    try:
        return int(pysubs2.Alignment.from_ssa_alignment(value))
    except ValueError:
        return None


def _event_order(format_line: str) -> tuple[str, ...] | None:
    """The fields an ``[Events]`` Format line names, in its order (SSA's
    Marked read as Layer); None when libass could not place an event by it
    (no Start, End or Text, Text not last, a name unknown or repeated)."""
    names = tuple("layer" if n == "marked" else n
                  for n in (part.strip().lower() for part in format_line.split(":", 1)[1].split(",")))
    usable = {"start", "end", "text"} <= set(names) and names[-1] == "text" and len(set(names)) == len(names) \
        and set(names) <= set(EVENT_ORDER)
    return names if usable else None


def _a_time(text: str) -> bool:
    """Whether ``text`` is a time pysubs2 reads (``0:01:02.03``, ``0:01:02``)."""
    return bool(TIMESTAMP.match(text) or TIMESTAMP_SHORT.match(text))


def _vet_events(text: str, say: Report) -> tuple[str, list[int]]:
    """The file without event lines pysubs2 cannot read (each reported), its
    events' fields in pysubs2's order, and the line number of every event
    kept, in order."""
    kept: list[str] = []
    numbers: list[int] = []
    in_events = False
    order: tuple[str, ...] = EVENT_ORDER
    for number, line in enumerate(text.split("\n"), start=1):
        bare = line.strip()
        if bare.startswith("[") and bare.endswith("]"):
            in_events = bare.lower() == "[events]"
        elif in_events and bare.startswith("Format:"):
            found = _event_order(bare)
            if found is None:
                say(number, f"event Format line libass cannot follow, read as the usual one: {shown(bare)}")
            order = found or EVENT_ORDER
        elif in_events and bare.startswith(("Dialogue:", "Comment:")):
            kind, rest = bare.split(":", 1)
            fields = rest.strip().split(",", len(order) - 1)
            if len(fields) < len(order):
                say(number, f"event with {len(fields)} of {len(order)} fields; skipped")
                continue
            given = dict(zip(order, fields, strict=True))
            bad = [given[t] for t in ("start", "end") if not _a_time(given[t].strip().removeprefix("-"))]
            if bad:
                say(number, f"not a time: {bad[0].strip()!r}; event skipped")
                continue
            negative = [t for t in ("start", "end") if given[t].strip().startswith("-")]
            for t in negative:  # pysubs2 reads it, libass shows the event from 0 (a negative end: never)
                say(number, f"negative {t} time {given[t].strip()!r} read as 0:00:00.00 (a player shows the "
                            "event from the start)", MALFORMED)
                given[t] = "0:00:00.00"
            if order != EVENT_ORDER or negative:
                line = f"{kind}: " + ",".join(given.get(n, _EVENT_DEFAULTS.get(n, "")) for n in EVENT_ORDER)
            numbers.append(number)
        elif in_events and bare and not bare.startswith((";", "!:")):
            say(number, f"not an event line, ignored: {shown(bare)}")
        kept.append(line)
    return "\n".join(kept), numbers


def _strip_overrides(text: str) -> str:
    """Remove override blocks as libass reads them: a ``{`` opens one only if
    a ``}`` follows, and the first ``}`` ends it (blocks do not nest). A ``{``
    never closed and a lone ``}`` are shown as text; the escaped braces
    ``\\{ \\}`` are kept for :func:`unass_text`."""
    return _split_overrides(text)[0]


def _override_blocks(text: str) -> list[str]:
    """The override blocks of event text (without their braces), found as :func:`_strip_overrides` finds them."""
    return _split_overrides(text)[1]


def _split_overrides(text: str) -> tuple[str, list[str]]:
    """Event text without its override blocks, and the blocks."""
    out, blocks, i, last_close = [], [], 0, text.rfind("}")
    while i < len(text):
        if text[i] == "{" and i < last_close:  # (each search then finds a "}": linear time)
            end = text.index("}", i + 1)
            blocks.append(text[i + 1 : end])
            i = end + 1
        elif text.startswith(("\\{", "\\}"), i):
            out.append(text[i : i + 2])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out), blocks
