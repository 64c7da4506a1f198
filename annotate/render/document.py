"""The overlay's text as one ASS document (pure): captions, title, credit and
timecode, positioned by the theme in the title-safe area, every text escaped."""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pysubs2

from annotate import fonts as fontlib
from annotate.errors import AnnotateWarning
from annotate.escape import ass_field, ass_text, clean_text, line_text
from annotate.fonts import FontPlan, PilFonts
from annotate.model import Footage, Moment, Timeline
from annotate.render.theme import CREDIT_CORNERS, Elements, Theme, ass_colour
from annotate.subtitles.ass import BIDI_BY_TEXT, CENTISECOND, LATEST_ASS_SECONDS, late_cue, text_side, too_late
from annotate.subtitles.cues import APPROXIMATE_MARK, Cue, Style, isolated, layout
from annotate.subtitles.problems import shown
from annotate.subtitles.rules import Rules
from annotate.subtitles.wrap import clusters, width
from annotate.timecode import FALLBACK_FPS, TIE_SECONDS, floor_millis, format_clock, format_hms, millis

# Timecode goes round to 00:00:00 after 23:59:59 (a camera's time of day past midnight).
TIMECODE_DAY = 24 * 3600
# Average advance of a glyph as a fraction of the font size (DejaVu Sans, mixed text):
# turns the usable width into a line length in characters.
GLYPH_WIDTH_EM = 0.56
BOX_PADDING_EM = 0.28  # libass draws BorderStyle 3 boxes "outline" pixels around the text
TITLE_FADE_MS = 300
# A caption line wider than the frame is narrowed (``\fscx``) to this percentage at most, still legible.
MIN_SQUEEZE_PERCENT = 60
# How much wider bold text draws than the regular face it is measured in (DejaVu Sans Bold: about 8 %).
BOLD_WIDER = 1.1
# Where a word wider than a line may break before its last resort (UAX #14 allows a URL's breaks there).
URL_BREAKS = "/-.?&="
MAX_TITLE_CHARS = 120
MIN_TEXT_PX = 12
TIME_LABEL_CHARS = 7  # "≈2:27  " before the first line of a moment's caption
TIMECODE_LABEL_CHARS = 11  # "≈01:02:38  ": the label of footage whose timecode the burn counts from
MAX_CREDIT_CHARS = 120
# Height of a line of overlay text in ems: libass scales a font's ascent and descent to the ASS font size.
LINE_EM = 1.0
# Lines a top-right credit may take in the column beside the title before it goes under the title instead.
MAX_COLUMN_CREDIT_LINES = 3


@dataclass(frozen=True)
class Frame:
    """The output picture and timing the overlay is laid out for."""

    width: int
    height: int
    duration: float
    fps: float
    # Seconds the footage's own timecode shows at its first frame (01:00:00:00: 3600): the burnt-in timecode's start.
    start: float = 0.0


class RenderWarning(AnnotateWarning):
    """Something will not look as asked (no font for a script, captions dropped); the message says what."""


def _columns(frame: Frame, theme: Theme) -> int:
    """How many columns (:func:`annotate.subtitles.wrap.width`) of caption the safe area holds."""
    font_px = _px(theme.caption_size, frame)
    usable = frame.width * (1 - 2 * theme.safe_margin) - 2 * BOX_PADDING_EM * font_px
    return int(usable / (GLYPH_WIDTH_EM * font_px))


def _label_chars(frame: Frame) -> int:
    """Columns a caption's time label takes (:func:`time_label`), its gap included."""
    return TIMECODE_LABEL_CHARS if frame.start else TIME_LABEL_CHARS


def line_chars(frame: Frame, theme: Theme) -> int:
    """How many columns a caption line may take (a wide character two), inside the safe area."""
    fits = _columns(frame, theme) - (_label_chars(frame) if theme.caption_time_label else 0)
    return max(8, min(theme.caption_max_chars_per_line, fits))


def stacked_lines(frame: Frame, theme: Theme) -> int:
    """Lines of overlapping captions the frame shows at once: the subtitle
    rules' stack, or fewer when large captions would reach the top row
    (timecode, title) first. A boxed line takes about 1.5 em."""
    caption_px = _px(theme.caption_size, frame)
    bottom = frame.height * max(theme.position_bar_height, theme.marker_height)
    top = _px(theme.timecode_size, frame) * (1 + 2 * BOX_PADDING_EM)
    room = frame.height * (1 - 2 * theme.safe_margin) - bottom - top
    return max(theme.caption_max_lines, min(Rules.max_stacked_lines, int(room / (1.5 * caption_px))))


def caption_cues(timeline: Timeline, frame: Frame, theme: Theme) -> list[Cue]:
    """Caption timing and wrapping from the subtitle layout (the same timed-text
    rules as the subtitle files), with lines sized to this frame; a line still
    wider than the frame (a cue kept as read, a frame too narrow for the
    shortest line) is a RenderWarning: libass gets the lines already broken."""
    rules = Rules(max_line_chars=line_chars(frame, theme), max_lines=theme.caption_max_lines,
                  max_chars_per_second=theme.reading_chars_per_second, max_seconds=theme.caption_max_seconds,
                  fps=frame.fps or FALLBACK_FPS, max_stacked_lines=stacked_lines(frame, theme))
    footage = timeline.footage
    # The frame's duration is the truth (probed), whatever the timeline file says.
    timed = timeline.with_footage(replace(footage or Footage(), duration=frame.duration, fps=frame.fps))
    cues = layout(timed, rules, Style(timecode=False, mark_approximate=False))
    _too_wide(cues, frame, theme)
    return cues


def _too_wide(cues: list[Cue], frame: Frame, theme: Theme) -> None:
    """Warn of each moment with a caption line wider than the safe area (its time label included)."""
    room, seen, said = _columns(frame, theme), set(), set()
    for cue in cues:
        label = _label_chars(frame) if theme.caption_time_label and cue.moment_id not in seen else 0
        seen.add(cue.moment_id)
        for i, line in enumerate(cue.text.split("\n")):
            wide = width(line) + (label if i == 0 else 0)
            if wide > room and cue.moment_id not in said:
                said.add(cue.moment_id)
                warnings.warn(f"moment {cue.moment_id}: caption line {shown(line)} is {wide} columns wide, "
                              f"more than the {room} a {frame.width}x{frame.height} frame holds inside its "
                              "safe margin; it runs off the picture's sides", RenderWarning, stacklevel=4)


def styled_text(text: str, fonts: FontPlan | None) -> str:
    """ASS text with ``\\fn`` switches to a fallback family around runs the main
    font lacks (deterministic, whatever libass's own fallback would pick)."""
    text = clean_text(text)
    if fonts is None or not fonts.fallbacks:
        return ass_text(text)
    runs: list[tuple[str | None, str]] = []
    for char in text:
        family = fonts.family_for(char) if not char.isspace() else (runs[-1][0] if runs else None)
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    main = fonts.main.family if fonts.main else None
    out = []
    for family, run in runs:
        if family:
            out.append("{\\fn" + ass_field(family) + "}")
        elif main and out:
            out.append("{\\fn" + ass_field(main) + "}")
        out.append(_escape_run(run))
    return "".join(out)


def _escape_run(run: str) -> str:
    """ass_text on a run, keeping the spaces at its ends (ass_text trims lines)."""
    core = run.strip(" ")
    if not core:
        return run.replace("\n", "\\N")
    lead = run[: len(run) - len(run.lstrip(" "))]
    trail = run[len(run.rstrip(" ")):]
    body = ass_text(core) if core.strip() else core.replace("\n", "\\N")
    if core.startswith("\n"):
        body = "\\N" + body
    if core.endswith("\n"):
        body = body + "\\N"
    return lead + body + trail


# Fraction of the frame width the title leaves free on the right (timecode, credit).
TITLE_RIGHT_CLEAR = 0.30


def _style(theme: Theme, *, font: str, size: float, align: int, frame: Frame, margin_v: float,
           bold: bool = False, opacity: float | None = None) -> pysubs2.SSAStyle:
    px = _px(size, frame)
    box = ass_colour(theme.box_colour, theme.box_opacity if opacity is None else opacity)
    return pysubs2.SSAStyle(
        fontname=ass_field(font), fontsize=round(px), bold=bold,
        primarycolor=_colour(theme.text_colour, 1.0), secondarycolor=_colour(theme.text_colour, 1.0),
        # With a box, a glyph outline only blurs the text: keep it but fully transparent.
        outlinecolor=pysubs2.Color(0, 0, 0, 255), backcolor=_parse(box),
        # 4: one box around the whole event (libass >= 0.17; older ones draw per-line boxes).
        borderstyle=4, outline=max(1, round(px * BOX_PADDING_EM)), shadow=0,
        alignment=pysubs2.Alignment(align),
        marginl=round(frame.width * theme.safe_margin + px * BOX_PADDING_EM),
        marginr=round(frame.width * theme.safe_margin + px * BOX_PADDING_EM),
        marginv=round(margin_v),
        encoding=BIDI_BY_TEXT,
    )


# A region of the frame (x, y, w, h in pixels) that the footage shows from
# one time to another (seconds): a burnt-in clock the overlay must not cover.
Shown = tuple[float, float, tuple[int, int, int, int]]


def _clear_of(margin_v: float, align: int, keep_clear: Sequence[Shown], frame: Frame, *, until: float,
              left: float, right: float) -> float:
    """``margin_v`` (from the top for a top corner ``align``, 7-9, else from
    the bottom) moved past each region of ``keep_clear`` in that half of the
    frame, between ``left`` and ``right``, shown before ``until`` seconds."""
    top = align >= 7
    for start, _end, (x, y, w, h) in keep_clear:
        if start >= until or x >= right or x + w <= left or (y + h / 2 < frame.height / 2) != top:
            continue
        margin_v = max(margin_v, (y + h if top else frame.height - y) + 0.012 * frame.height)
    return margin_v


def _px(size: float, frame: Frame) -> float:
    """Font pixels for a size given as a fraction of the picture's shorter side (:func:`text_side`); small
    frames (360p) would make the credit and timecode unreadable: keep a floor."""
    side = text_side(frame.width, frame.height)
    return max(min(MIN_TEXT_PX, side * 0.2), size * side)


def _colour(hex_colour: str, opacity: float) -> pysubs2.Color:
    return pysubs2.Color(int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16),
                         round((1 - opacity) * 255))


def _parse(ass: str) -> pysubs2.Color:
    a, b, g, r = (int(ass[i : i + 2], 16) for i in (2, 4, 6, 8))
    return pysubs2.Color(r, g, b, a)


def _bgr(hex_colour: str) -> str:
    return f"&H{hex_colour[5:7]}{hex_colour[3:5]}{hex_colour[1:3]}&".upper()


def shorten(text: str, limit: int, field: str) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis
    (a title or credit longer than that would cover the picture), with a
    RenderWarning naming ``field`` and what was left out."""
    text = line_text(text)
    if len(text) <= limit:
        return text
    kept = text[: limit - 1].rstrip()
    cut = text[len(kept):].strip()
    warnings.warn(f"the {field} is {len(text)} characters, more than the {limit} drawn; its last {len(cut)} are "
                  f"left out: {shown(cut)}", RenderWarning, stacklevel=3)
    return kept + "…"


def _room(frame: Frame, style: pysubs2.SSAStyle) -> float:
    """Pixels a line of ``style`` may take: what libass leaves between its margins (which hold the safe margins
    and the box's padding). Measured from the style itself, so a margin set for one element (the title's, clear
    of the right-hand column) is the one its words are broken for."""
    return frame.width - style.marginl - style.marginr


def _squeeze(cue: Cue, label: str, measure: Callable[[str], float], room: float) -> str:
    """The ``\\fscx`` override narrowing a cue whose widest line (measured, its time label on the first) is
    wider than ``room``, else "". Lines are broken at a column count for an average glyph: a URL or a long
    compound of wide letters (``…/BorderCommandOfficial/…``) ran off the frame's side, its end cut off."""
    lines = cue.text.split("\n")
    widest = max([measure(label + lines[0]), *(measure(line) for line in lines[1:])])
    if widest <= room:
        return ""
    scale = max(MIN_SQUEEZE_PERCENT, math.floor(100 * room / widest))
    if widest * scale / 100 > room:
        warnings.warn(f"moment {cue.moment_id}: caption line is {widest:.0f} px wide, more than the {room:.0f} px "
                      f"between the safe margins even narrowed to {scale} %; it runs off the picture's sides",
                      RenderWarning, stacklevel=4)
    return f"{{\\fscx{scale}}}"


def broken_words(text: str, measure: Callable[[str], float], room: float) -> str:
    """``text`` with each word wider than ``room`` broken into lines that fit (libass wraps a title only at
    spaces, and a long compound or URL ran off the frame): after a ``/``, ``-``, ``.``, ``?``, ``&`` or ``=``
    where one fits (a URL breaks there, as UAX #14 allows), else between two grapheme clusters."""
    out = []
    for word in re.split(r"(\s+)", text):
        if word.isspace() or measure(word) <= room:
            out.append(word)
            continue
        lines, line = [], ""
        for cluster in clusters(word):
            if line and measure(line + cluster) > room:
                cut = max((i + 1 for i, c in enumerate(line) if c in URL_BREAKS), default=0)
                lines.append(line[:cut] if cut else line)
                line = line[cut:] if cut else ""
            line += cluster
        out.append("\n".join([*lines, line]))
    return "".join(out)


def _lines(text: str, measure: Callable[[str], float], room: float) -> int:
    """How many lines libass wraps ``text`` into at spaces within ``room`` pixels (its smart wrapping evens the
    lines out but keeps the greedy count), each word first broken to fit as :func:`broken_words` breaks it."""
    count, line = 0, ""
    for word in broken_words(text, measure, room).replace("\n", " \n ").split(" "):
        if word == "\n":
            count, line = count + 1, ""
        elif line and measure(f"{line} {word}") > room:
            count, line = count + 1, word
        else:
            line = f"{line} {word}" if line else word
    return count + 1


def _credit_beside_title(doc: pysubs2.SSAFile, frame: Frame, credit: str, measure: Callable[[str], float],
                         below_title: float) -> None:
    """Keep a top-right credit out of the title's area, whose box reaches down to ``below_title`` pixels: a
    credit whose box starts lower already is; else it keeps to the column the title leaves free on the right
    when it fits there in MAX_COLUMN_CREDIT_LINES lines, else it goes under the title. A long credit wrapped
    over the frame's width reached under the title's last lines (they overlapped on narrow frames)."""
    style, title = doc.styles["Credit"], doc.styles["Title"]
    pad = style.fontsize * BOX_PADDING_EM
    if style.marginv - pad >= below_title:
        return
    title_box_right = frame.width - title.marginr + title.fontsize * BOX_PADDING_EM
    column = replace(style, marginl=round(title_box_right + 0.012 * frame.height + pad))
    if _room(frame, column) > 0 and _lines(credit, measure, _room(frame, column)) <= MAX_COLUMN_CREDIT_LINES:
        doc.styles["Credit"] = column
    else:
        doc.styles["Credit"] = replace(style, marginv=round(below_title + pad))


def build(
    timeline: Timeline,
    frame: Frame,
    *,
    theme: Theme | None = None,
    elements: Elements | None = None,
    fonts: FontPlan | None = None,
    cues: list[Cue] | None = None,
    keep_clear: Sequence[Shown] = (),
) -> pysubs2.SSAFile:
    """All overlay text for ``timeline`` on ``frame`` as a pysubs2 document.

    Times are the footage's own (the overlay is drawn before any freeze or
    slow-down, so a frozen frame keeps its caption and timecode). The title,
    credit and timecode stay clear of ``keep_clear``: what the footage itself
    shows there (its burnt-in clock), each region with the seconds it is shown."""
    theme = theme or Theme()
    elements = elements or Elements()
    main = fonts.main.family if fonts and fonts.main else theme.font
    mono = fonts.mono.family if fonts and fonts.mono else theme.mono_font
    h, w = frame.height, frame.width
    safe_v = h * theme.safe_margin
    bar_clear = h * max(theme.position_bar_height, theme.marker_height) if elements.position_bar else 0.0

    doc = pysubs2.SSAFile()
    # WrapStyle 0 (smart, even lines): captions arrive already broken by the
    # subtitle rules, but a long title or credit must wrap, not run off the frame.
    doc.info.update({"PlayResX": str(w), "PlayResY": str(h), "WrapStyle": "0",
                     "ScaledBorderAndShadow": "yes", "Title": "annotate overlay"})
    doc.styles.clear()
    caption_px = _px(theme.caption_size, frame)
    doc.styles["Caption"] = _style(theme, font=main, size=theme.caption_size, align=2, frame=frame,
                                   margin_v=safe_v + bar_clear + caption_px * BOX_PADDING_EM)
    credit_px = _px(theme.credit_size, frame)
    tc_px = _px(theme.timecode_size, frame)
    corner = theme.credit_corner
    whole, gap = frame.duration, 0.012 * h
    tc_v = _clear_of(safe_v, 9, keep_clear, frame, until=whole, left=w / 2, right=w) + tc_px * BOX_PADDING_EM
    credit_v = safe_v
    if corner == "top-right" and elements.timecode:
        credit_v = tc_v + tc_px * (1 + BOX_PADDING_EM) + gap  # under the timecode
    elif corner.startswith("bottom"):
        credit_v += bar_clear
    right = CREDIT_CORNERS[corner] in (3, 9)
    credit_v = _clear_of(credit_v, CREDIT_CORNERS[corner], keep_clear, frame, until=whole,
                         left=w / 2 if right else 0, right=w if right else w / 2) + credit_px * BOX_PADDING_EM
    doc.styles["Credit"] = _style(theme, font=main, size=theme.credit_size, align=CREDIT_CORNERS[corner],
                                  frame=frame, margin_v=credit_v, opacity=theme.box_opacity * 0.8)
    title_px = _px(theme.title_size, frame)
    doc.styles["Title"] = _style(theme, font=main, size=theme.title_size, align=7, frame=frame, margin_v=safe_v,
                                 bold=True)
    # Keep the title's box clear of the timecode and credit column on the right, and inside the safe margin when
    # that is wider (a theme's safe_margin may be up to 0.39).
    doc.styles["Title"].marginr = round(max(w * TITLE_RIGHT_CLEAR, w * theme.safe_margin) + title_px * BOX_PADDING_EM)
    doc.styles["Timecode"] = _style(theme, font=mono, size=theme.timecode_size, align=9, frame=frame,
                                    margin_v=tc_v)
    end_ms = millis(frame.duration)

    def measure(size: float, *, bold: bool = False) -> Callable[[str], float]:
        """Pixels a line of text takes at ``size`` (of the frame's height) as the overlay's fonts draw it."""
        px = max(1, round(_px(size, frame)))
        pil = PilFonts.of(fonts, px) if fonts else PilFonts(px, fontlib.font_file(main))
        return lambda text: pil.getlength(text) * (BOLD_WIDER if bold else 1.0)

    # (each drawn whenever the timeline has one, even of text no line keeps, as before: only the layout changed)
    titled, credited = bool(elements.title and timeline.title.strip()), bool(elements.credit and timeline.credit)
    title = shorten(timeline.title, MAX_TITLE_CHARS, "title") if titled else ""
    credit = shorten(timeline.credit or "", MAX_CREDIT_CHARS, "credit") if credited else ""
    title_width, credit_width = measure(theme.title_size, bold=True), measure(theme.credit_size)
    credit_lines = _lines(credit, credit_width, _room(frame, doc.styles["Credit"])) if credit else 1
    if credited and corner == "top-left":  # the title goes under the credit's every line
        title_v = credit_v + credit_px * (credit_lines * LINE_EM + BOX_PADDING_EM) + gap
    else:
        title_v = _clear_of(safe_v, 7, keep_clear, frame, until=theme.title_seconds, left=0,
                            right=w * (1 - TITLE_RIGHT_CLEAR))
    doc.styles["Title"].marginv = round(title_v + title_px * BOX_PADDING_EM)
    if credit and title and corner == "top-right":
        _credit_beside_title(doc, frame, credit, credit_width, title_v + title_px * (
            _lines(title, title_width, _room(frame, doc.styles["Title"])) * LINE_EM + 2 * BOX_PADDING_EM) + gap)
    if elements.captions and cues is None:
        cues = caption_cues(timeline, frame, theme)
    _within_ass_times(timeline, frame, elements, cues if elements.captions and cues else [])
    if elements.captions:
        moments = {m.id: m for m in timeline.moments}
        seen: set[str] = set()
        caption_width, caption_room = measure(theme.caption_size), _room(frame, doc.styles["Caption"])
        for cue in cues or []:
            moment = moments.get(cue.moment_id)
            label = label_text = ""
            if theme.caption_time_label and moment is not None and cue.moment_id not in seen:
                said = time_label(moment, frame.start)
                # its own isolate: the label's digits neither take nor give a right-to-left caption's direction
                label = "{\\b1\\c" + _bgr(theme.accent_colour) + "}" + isolated(said) + \
                        "{\\b0\\c" + _bgr(theme.text_colour) + "}\\h\\h"
                label_text = said + "  "
            squeeze = _squeeze(cue, label_text, caption_width, caption_room)
            seen.add(cue.moment_id)
            doc.append(pysubs2.SSAEvent(start=floor_millis(cue.start, CENTISECOND),
                                        end=floor_millis(cue.end, CENTISECOND), style="Caption",
                                        text=squeeze + label + styled_text(cue.text, fonts), name="caption"))
    if titled:
        title = broken_words(title, title_width, _room(frame, doc.styles["Title"]))
        doc.append(pysubs2.SSAEvent(
            start=0, end=min(end_ms, millis(theme.title_seconds)), style="Title", name="title",
            text=f"{{\\fad({TITLE_FADE_MS},{TITLE_FADE_MS})}}" + styled_text(title, fonts)))
    if credited:
        # broken as the title is: a credit is often a source's URL, which libass (wrapping at spaces) ran off the frame
        credit = broken_words(credit, credit_width, _room(frame, doc.styles["Credit"]))
        doc.append(pysubs2.SSAEvent(start=0, end=end_ms, style="Credit", name="credit",
                                    text=styled_text(credit, fonts)))
    if elements.timecode:
        _timecode_events(doc, frame, end_ms)
    return doc


def recorded_timecode(timeline: Timeline) -> str | None:
    """The start timecode the timeline records for its one video, if any."""
    return timeline.videos[0].timecode if len(timeline.videos) == 1 else None


def burnt_in_start(timecode: str | None, fps: float, theme: Theme, footage: object) -> float:
    """Where the burnt-in timecode counts from (:attr:`Frame.start`): the
    footage's own start ``timecode`` counted at ``fps``, as an editor's
    source monitor shows it, unless the theme's ``timecode_from_zero``. A
    timecode that cannot count at that rate is said, and counted from zero."""
    from annotate.probe import timecode_seconds

    if theme.timecode_from_zero or not timecode:
        return 0.0
    start = timecode_seconds(timecode, fps)
    if start is None:
        warnings.warn(f"{footage}: its timecode {timecode!r} does not count at {fps:.5g} fps; the burnt-in "
                      "timecode counts from 00:00:00", RenderWarning, stacklevel=3)
    return start or 0.0


def _timecode_events(doc: pysubs2.SSAFile, frame: Frame, end_ms: int) -> None:
    """One event per second of the burnt-in timecode: libass draws it in the
    same pass as the captions, cheaper than a second text filter (drawtext)
    on every frame. It counts from the footage's own timecode
    (``frame.start``), each second shown from the frame where that timecode
    reaches it, and goes round to 00 after 23:59:59 as timecode does."""
    first = math.floor(frame.start + TIE_SECONDS)
    lead = frame.start - first  # how far into its first second the footage's timecode starts
    for n in range(math.ceil(frame.duration + lead - TIE_SECONDS)):
        start = 0 if n == 0 else floor_millis(n - lead, CENTISECOND)
        end = min(end_ms, floor_millis(n + 1 - lead, CENTISECOND))
        if end > start:
            doc.append(pysubs2.SSAEvent(start=start, end=end, style="Timecode", name="timecode",
                                        text=burnt_in_text(first + n)))


def _within_ass_times(timeline: Timeline, frame: Frame, elements: Elements, cues: list[Cue]) -> None:
    """Refuse an overlay with an event past the latest time an ASS document
    holds (pysubs2 would write it at 9:59:59.99): a caption, naming its
    moment, or the timecode and credit, which run to the footage's end."""
    late_cue(cues, "render a cut of the footage under ten hours")
    to_end = [flag for flag, on in (("--no-timecode", elements.timecode),
                                    ("--no-credit", elements.credit and timeline.credit)) if on]
    if to_end and frame.duration > LATEST_ASS_SECONDS:
        raise too_late(frame.duration, subject="footage", instead=f"the timecode and credit run to its end: render "
                       f"with {' and '.join(to_end)}, or a cut of the footage under ten hours")


def burnt_in_text(seconds: float) -> str:
    """The burnt-in timecode at ``seconds`` of its count (:attr:`Frame.start`
    plus footage time): the whole second, going round to 00 after 23:59:59."""
    return format_hms(seconds % TIMECODE_DAY)


def time_label(moment: Moment, start: float = 0.0) -> str:
    """The time a caption shows before its text (``≈2:27`` when hedged and not
    aligned): the second on screen, as the burnt-in timecode shows it (2:38.6
    is ``2:38``: rounded, ``2:39`` over ``00:02:38``), counted as it counts
    (``start``, :attr:`Frame.start`: footage whose timecode starts at
    01:00:00:00 is labelled ``01:02:38`` under a burnt-in 01:02:38, not
    ``2:38``; from zero with the theme's ``timecode_from_zero``)."""
    at = moment.effective_start
    clock = burnt_in_text(start + at) if start else format_clock(at, floor=True)
    unaligned = moment.alignment is None or moment.alignment.kind == "none"
    return f"{APPROXIMATE_MARK}{clock}" if moment.approximate and unaligned else clock
