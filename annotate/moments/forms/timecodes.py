"""Timecodes written with colons ("2:27", "00:04:10:15") and links that carry a start time
("youtu.be/x?t=147"): the plainest forms of the spec table."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator

from annotate.moments.compiled import regex
from annotate.moments.exclusions import frame_column
from annotate.moments.forms.candidate import _DURATION_RE, Candidate, _hedge, timecode_value
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import LINK, TIMECODE
from annotate.timecode import ARTICLE_TIMECODE_FPS

# A link's time in hours, minutes and seconds: "t=1h2m3s", "t=124".
_LINK_HMS = regex(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s?)?")


def _link_value(raw: str) -> float | None:
    raw = raw.lower()
    if ":" in raw:
        value = 0.0
        for p in raw.split(":"):
            value = value * 60 + float(p)
    else:
        m = _LINK_HMS.fullmatch(raw)
        if not m or not any(m.groups()):
            return None
        h, mi, s = m.groups()
        value = float(h or 0) * 3600 + float(mi or 0) * 60 + float(s or 0)
    return value if math.isfinite(value) else None  # "?t=9…9" (400 digits) is past what a float holds


# --- finders ------------------------------------------------------------------------------


_MARK_AFTER = regex(r"[\s-]*(?:minute[\s-]+)?mark\b", re.IGNORECASE)
# A note that a two-part time counts hours and minutes: "2:18 (hrs:mins)", "`1:40` (h:mm)", "~2:18 for the
# walkout is hours:mins", "3:05 here is hh:mm".
_HOURS_MINUTES_NOTE = regex(
    r"[`*_]{0,2}\s*(?:\(\s*|(?:[^.;:!?()\n]{0,40}?\s)?(?:is|are|=|in|as)\s+(?:in\s+)?)"
    r"(?:h|hh|hrs?|hours?)\s*:\s*(?:mm|mins?|minutes?)\b", re.IGNORECASE)


def find_timecodes(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """Timecodes (``2:27``, ``1:02:03``, ``00:02:27,500``, ``00:04:10:15``, ``92:05``),
    with an optional trailing ``mark``; and a forum's typo ``skip to 2;45``."""
    if text.find(";", b, e) >= 0:
        yield from _semicolon_typos(text, b, e)
    if text.find("′", b, e) >= 0 or text.find("'", b, e) >= 0 or text.find("’", b, e) >= 0:
        yield from _prime_stamps(text, b, e)
    if text.find(":", b, e) < 0:
        return  # every timecode has a colon; most sentences without one need no scan
    if text.find(" :", b, e) >= 0:
        yield from _seconds_stamps(text, b, e)
    for m in TIMECODE.finditer(text, b, e):
        value, gran = timecode_value(m, fps)
        begin, end = m.start(), m.end()
        if m.group("m") is not None and m.group("frac") is None and _HOURS_MINUTES_NOTE.match(text, end, e):
            value, gran = value * 60.0, 60.0  # "2:18 (hrs:mins)": the writer says the clock counts hours
        mark = _MARK_AFTER.match(text, end, e)
        if mark:
            end = mark.end()
        approx, begin, end = _hedge(text, begin, end, b, e)
        yield Candidate("point", begin, end, start=value, approximate=approx,
                        granularity=gran, timecode=True)


# Minutes and seconds in prime notation, as Italian and other European writers set a video's stamps: "4′35″",
# "~26′40″", "19'05\"", "3’12”", "1′07″.5" is not read (no tenths after the seconds mark). Two digits of seconds
# always (a height's "6′2″" is feet and inches); no degree before (a bearing's "41° 53′24″").
_PRIME_TC = regex(
    r"(?<![\w°′'’.,:])(?P<m>\d{1,3})[′'’](?P<s>[0-5]\d)(?:″|\"|”|''|′′|’’)(?![\w′'’″\"”])")
_DEGREE_BEFORE = regex(r"°[^\S\n]*$")
# A height in feet and inches said around it: "a 5′11″ winger", "stands 5'10\" tall".
_HEIGHT_WORDS = regex(r"\b(?:tall|height|heights|stands|standing|feet|foot|ft|inch|inches|winger|lock|centre|center|"
                      r"forward|guard|striker|defender|keeper|goalkeeper|player|rookie|frame|build)\b", re.IGNORECASE)


def _prime_stamps(text: str, b: int, e: int) -> Iterator[Candidate]:
    """Stamps in prime notation, minutes′seconds″: a timecode as any other, so the clock and length exclusions judge
    it as they judge "4:35" (a song's "(3′48″)" is its length, a stage's "finished 1′12″ down" a race margin)."""
    for m in _PRIME_TC.finditer(text, b, e):
        minutes, seconds = int(m.group("m")), int(m.group("s"))
        if _DEGREE_BEFORE.search(text, max(b, m.start() - 4), m.start()):
            continue
        if seconds < 12 and 3 <= minutes <= 8 and _HEIGHT_WORDS.search(text, b, e):
            continue
        approx, begin, end = _hedge(text, m.start(), m.end(), b, e)
        yield Candidate("point", begin, end, start=minutes * 60.0 + seconds, approximate=approx, granularity=1.0,
                        timecode=True)


# "skip to 2;45": a semicolon typed for the colon, trusted only right after a seek verb.
_SEMICOLON_TC = regex(
    r"(?<![\w])(?:(?:skip|jump|go|fast[\s-]forward|rewind|scroll|seek)\s+(?:ahead\s+|back\s+)?to)\s+"
    r"(?P<m>\d{1,2});(?P<s>[0-5]\d)(?![\d;:])",
    re.IGNORECASE,
)


# A broadcast script's seconds-only stamp after a position's preposition: "roll from :08", "start on the lift at
# :45", "hold until :20" (not a promo's or a bite's length in brackets, "(:15)", nor "TRT :45").
_SECONDS_STAMP = regex(
    r"(?<![\w])(?:at|from|until|till|to)\s+(?P<t>:(?P<s>[0-5]\d))(?![\d:.,]\d)(?![\w%])", re.IGNORECASE)


# Minutes past the hour, as a schedule says them: "Travel at :15 and :45 past the hour".
_PAST_THE_HOUR = regex(r"(?:\s*(?:,|and|&|or)\s*:[0-5]\d)*\s+(?:past|after)\s+(?:the|each|every)\s+hour", re.IGNORECASE)


def _seconds_stamps(text: str, b: int, e: int) -> Iterator[Candidate]:
    for m in _SECONDS_STAMP.finditer(text, b, e):
        if _PAST_THE_HOUR.match(text, m.end(), e):
            continue
        yield Candidate("point", m.start("t"), m.end("t"), start=float(m.group("s")), granularity=1.0, timecode=True)


def _semicolon_typos(text: str, b: int, e: int) -> Iterator[Candidate]:
    for m in _SEMICOLON_TC.finditer(text, b, e):
        yield Candidate("point", m.start("m"), m.end(), start=int(m.group("m")) * 60.0 + int(m.group("s")),
                        granularity=1.0, timecode=True)


def find_links(text: str, b: int, e: int) -> Iterator[Candidate]:
    """Links with a start time: ``youtu.be/x?t=147``, ``&t=2m27s``, ``#t=1:02``."""
    if "=" not in text[b:e]:
        return
    for m in LINK.finditer(text, b, e):
        value = _link_value(m.group("val"))
        if value is None:
            continue
        begin = m.start()
        while begin > b and not text[begin - 1].isspace() and text[begin - 1] not in "(<[\"'“":
            begin -= 1
        end = m.end()
        fragment_stop = _fragment_end(text, m)
        if fragment_stop is not None:
            end, fragment_value = fragment_stop
        while end > m.start() and text[end - 1] in ".,;:!?)":
            end -= 1
        if _restates_link_text(text, b, begin, value) or _restates_anchor_text(text, begin, end, e, value):
            # "[02:14](https://youtu.be/x?t=134)", "<a href=...?t=134>2:14</a>": one moment, told by its visible
            # time; the target still claims its span, so its "#t=2m14s" is read as no spoken time either
            yield Candidate("point", begin, end, start=value, granularity=1.0, excluded="link restates its text")
            continue
        stop = _played_until(m.group("rest"), value)
        if fragment_stop is not None and fragment_value > value:
            stop = fragment_value
        if value == 0 and stop is None and _embedded_player(text, begin, end):
            # '<iframe src="https://www.youtube.com/embed/x?start=0">': a player set to play from its start, no
            # place the page points at
            yield Candidate("point", begin, end, start=value, granularity=1.0, excluded="embed's own start")
            continue
        yield Candidate("point" if stop is None else "range", begin, end, start=value, stop=stop, granularity=1.0,
                        excluded="example link" if _example_link(text, b, begin) else "")


def _embedded_player(text: str, begin: int, end: int) -> bool:
    """Whether the link text[begin:end] is an embedded player's source: an ``/embed/`` or player address, or the
    ``src`` of an ``<iframe>``."""
    url = text[begin:end].casefold()
    return "/embed" in url or "player." in url or _IFRAME_SRC_BEFORE.search(text, max(0, begin - 60), begin) is not None


# An iframe's source attribute opened right before the link: '<iframe src="', "<iframe width=560 src='".
_IFRAME_SRC_BEFORE = regex(r"<iframe\b[^<>]{0,50}\bsrc\s*=\s*[\"']?$", re.IGNORECASE)


def _example_link(text: str, b: int, begin: int) -> bool:
    """A link written to show a syntax, in no footage: its host elided ("…/embed/abc?start=10&end=20", ".../watch?
    v=x&t=95"), or set in code after "e.g.", "for example", "such as" (release notes' "e.g. `<iframe src=...>`")."""
    begin += text.startswith("`", begin)  # (the link's span may open with its code span's backtick)
    return text.startswith(("…", "..."), begin) \
        or _EXAMPLE_CODE_BEFORE.search(text, max(b, begin - 200), begin) is not None


# "e.g. `", "for example `<iframe src=\"": a code span opened after the words that bring in an example; or the next
# of a list of them: "(e.g. `?t=90` or `&t=1m30s`)" (round 127).
_EXAMPLE_CODE_BEFORE = regex(r"\b(?:e\.g\.|for\s+example|for\s+instance|such\s+as)[,:]?\s*"
                             r"(?:`[^`\n]{0,60}`\s*(?:,|or|and|/)\s*(?:or\s+|and\s+)?){0,3}`[^`\n]{0,40}$",
                             re.IGNORECASE)


# A W3C media fragment's end after its start: "clip.mp4#t=95,110" plays 95 s to 110 s ("#t=0:01:35,0:01:50").
_FRAGMENT_END = regex(r",(?P<s>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?|\d{1,6}(?:\.\d{1,3})?)(?![\w.:])")


def _fragment_end(text: str, m: re.Match[str]) -> tuple[int, float] | None:
    """Where a ``#t=start,end`` media fragment's end is written and the second it stops at, when the link is one."""
    val_end = m.end("val")
    if m.group("rest") or not text.startswith(",", val_end) or text[m.start()] != "#":
        return None
    f = _FRAGMENT_END.match(text, val_end)
    value = _link_value(f.group("s")) if f else None
    return (f.end(), value) if f and value is not None else None


# An embed's end parameter after its start: "?start=305&amp;end=340" plays 305 s to 340 s.
_END_PARAM = regex(r"&(?:amp;)?end=(?P<s>\d{1,6}(?:\.\d{1,3})?)(?![\w.])", re.IGNORECASE)


def _played_until(rest: str | None, start: float) -> float | None:
    """Where a link's player stops, when the parameters after its start say so and it is past the start."""
    m = _END_PARAM.search(rest) if rest and "end=" in rest.lower() else None
    stop = float(m.group("s")) if m else None
    return stop if stop is not None and stop > start else None


_LINK_TEXT = regex(r"\[(?P<t>[^\[\]]{1,40})\]\(<?$")


def _restates_link_text(text: str, b: int, begin: int, value: float) -> bool:
    """The link is the target of a Markdown link whose text tells the same time."""
    m = _LINK_TEXT.search(text, max(b, begin - 45), begin)
    return m is not None and _shows_time(m.group("t"), value)


_HREF_BEFORE = regex(r"\bhref\s*=\s*[\"']?$", re.IGNORECASE)
# The anchor's text, tags inside it allowed: '<a href="…?t=155"><b>2:35</b></a>'.
_ANCHOR_TEXT = regex(r"[^\s>]*\s*(?:[^<>]*)>(?P<t>(?:[^<>]|<[^<>]{1,20}>){1,60}?)</a\s*>", re.IGNORECASE)
_TAG = regex(r"<[^<>]*>")
_DIGIT_RUN = regex(r"\d+")


def _restates_anchor_text(text: str, begin: int, end: int, e: int, value: float) -> bool:
    """The link is the href of an HTML anchor whose text tells the same time."""
    if not _HREF_BEFORE.search(text, max(0, begin - 12), begin):
        return False
    m = _ANCHOR_TEXT.match(text, end, e)
    return m is not None and _shows_time(_TAG.sub(" ", m.group("t")), value)


def _shows_time(shown: str, value: float) -> bool:
    """A link's visible text tells the time ``value`` as the finders read one: "2:35", "at 2:35", "▶ 02:35 Config",
    "2m35s" (a duration of two or more units; "[155s](…#t=155)" alone is told by its target)."""
    told = [timecode_value(m, ARTICLE_TIMECODE_FPS)[0] for m in TIMECODE.finditer(shown)]
    told += [p[0] for d in _DURATION_RE.finditer(shown)
             if len(_DIGIT_RUN.findall(d.group(0))) >= 2 and (p := parse_duration(d.group(0)))]
    return any(abs(t - value) < 1.0 for t in told)


_FRAME_WORD = regex("frame", re.IGNORECASE)
# A frame said by its number, or a run of frames by its first and last ("at frame 96", "frame no. 2,160", "Frames
# 313 to 330", "between frames 3,960 and 4,020"); a bare plural is a count ("Frames 479" in an infobox).
_FRAME_NUMBER = regex(
    # ("between frames 3,960 and 4,020", "between frame 96 and frame 140")
    r"(?<![\w-])(?:(?<=between\s)frames?\s+(?P<c>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+(?:frame\s+)?"
    r"(?P<d>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.:]?\d)"
    # (a list of frames, each a point: "stills at frames 1,250, 1,300 and 1,375" (round 134); the list's commas are
    # followed by a space, a number's own are not)
    r"|frames\s+(?P<l>(?:\d{1,3}(?:,\d{3})+|\d+)(?:,\s+(?:\d{1,3}(?:,\d{3})+|\d+))*,?\s+(?:and|&)\s+"
    r"(?:\d{1,3}(?:,\d{3})+|\d+))(?![\d,.:]?\d)"
    r"|frame\s+(?:no\.?\s*|number\s+|#)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.:]?\d)"
    r"(?!\s*(?:to|through|thru|-|–)\s*(?:frame\s+)?\d)"
    r"|frames?\s+(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s*(?:to|through|thru|-|–)\s*(?:frame\s+)?"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.:]?\d)"
    r")",
    re.IGNORECASE)


# One frame's number in a list of them ("1,250" of "frames 1,250, 1,300 and 1,375").
_LISTED_FRAME = regex(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")


# A frame counted within its second, a frames timecode's last field: "frame 12 within that second", "frame 15 of the
# 41st second" (round 120), not a frame counted from the start of the file, nor a frame of an ordinal's footage
# ("frame 96 of the second clip": "second" closes the phrase, no noun after it).
_WITHIN_SECOND_AFTER = regex(
    r"\s+(?:(?:with)?in|of|into)\s+(?:that|the|this|its|each|the\s+same)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?second"
    r"(?=[^\S\n]*(?:[,.;:)\]—–]|$)|\s+(?:at|of|in|and|is|was|from|on|-)\b)",
    re.IGNORECASE)


def find_frame_numbers(text: str, b: int, e: int, rates: list[tuple[int, float]]) -> Iterator[Candidate]:
    """Frames named by number where the text states a frame rate (round 51's decision), at the rate said nearest
    in the frame's own sentence, else anywhere (``rates``: where each is said, in text order): "frame 2,160" at
    24 fps is 90 s in, "frames 313 to 330" at 18 fps the stretch 17.39-18.33 s. With no rate stated a frame's
    number is no time; a frame that restates a timecode of its sentence is no second moment (a restatement in
    words is: "frame 312 (17.3 seconds in)")."""
    if not rates:
        return
    own = rates[bisect.bisect_left(rates, b, key=lambda r: r[0]):bisect.bisect_left(rates, e, key=lambda r: r[0])]
    yield from _frame_cells(text, b, e, own or rates)
    if _FRAME_WORD.search(text, b, e) is None:
        return  # (the sentence's own words only: lowering the whole text for each sentence was quadratic)
    told = [(timecode_value(t, ARTICLE_TIMECODE_FPS)[0], t.start()) for t in TIMECODE.finditer(text, b, e)]
    for m in _FRAME_NUMBER.finditer(text, b, e):
        fps = _nearest_rate(own or rates, m.start())
        if m.group("l") is not None:
            for k, number in enumerate(_LISTED_FRAME.finditer(text, m.start("l"), m.end("l"))):
                start = int(number.group().replace(",", "")) / fps
                if not any(abs(start - t) <= RESTATED_FRAME_SECONDS and _proves_timecode(m.end(), at)
                           for t, at in told):
                    yield Candidate("point", m.start() if k == 0 else number.start(), number.end(), start=start,
                                    granularity=1.0 / fps)
            continue
        if m.group("n") is not None:
            if _WITHIN_SECOND_AFTER.match(text, m.end()):
                continue  # "00:04:10:12 (frame 12 within that second, ...)": the timecode's frame field
            start = int(m.group("n").replace(",", "")) / fps
            if not any(abs(start - t) <= RESTATED_FRAME_SECONDS and _proves_timecode(m.end(), at)
                       for t, at in told):
                yield Candidate("point", m.start(), m.end(), start=start, granularity=1.0 / fps)
            continue
        pair = ("a", "b") if m.group("a") is not None else ("c", "d")
        first, last = (int(m.group(g).replace(",", "")) / fps for g in pair)
        if last > first:
            yield Candidate("range", m.start(), m.end(), start=first, stop=last, granularity=1.0 / fps)


def _frame_cells(text: str, b: int, e: int, rates: list[tuple[int, float]]) -> Iterator[Candidate]:
    """A frame's number, or a run of frames, alone in a table cell under a "Frame" header, at the rate stated: "|
    BWC-1 | door breached | 4,410 | 2:27 |" under "| Source | Event | Frame | Position |" and "recorded at 30 fps" is
    147 s in, "| 3,960–4,110 |" the stretch 132-137 s (round 129; the Position cell beside it is a mention of its
    own, as the round's gold reads the two columns)."""
    if text.find("|", b, e) < 0 and text.find("<t", b, e) < 0:
        return
    for m in _FRAME_CELL.finditer(text, b, e):
        if not frame_column(text, m.start("n")):
            continue
        fps = _nearest_rate(rates, m.start())
        first = int(m.group("n").replace(",", "")) / fps
        if m.group("m") is None:
            yield Candidate("point", m.start("n"), m.end("n"), start=first, granularity=1.0 / fps)
            continue
        last = int(m.group("m").replace(",", "")) / fps
        if last > first:
            yield Candidate("range", m.start("n"), m.end("m"), start=first, stop=last, granularity=1.0 / fps)


# A number or a run of numbers alone in a pipe or HTML cell: "| 4,410 |", "| 3,960–4,110 |", "<td>27000</td>".
_FRAME_CELL = regex(
    r"(?:\||<t[dh]\b[^<>]{0,30}>)[ \t]*(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:[ \t]*(?:-|–|—|&ndash;|to)[ \t]*(?P<m>\d{1,3}(?:,\d{3})+|\d+))?[ \t]*(?=\||</t[dh]>|\n|$)",
    re.IGNORECASE)


# How near a timecode told before a frame in its sentence the frame's time must be to be its proof ("at 0:49.4 — ...
# in frame 2,964" at 60 fps): the timecode is the moment, the frame its proof.
RESTATED_FRAME_SECONDS = 0.1


def _proves_timecode(frame_end: int, at: int) -> bool:
    """Whether the frame ending at ``frame_end`` is the proof of the timecode starting at ``at``, told before it ("at
    0:44.2 - frame 1,105 -": one mention), not restated by it after ("frame 11,650 ..., which is 7:46" (round 51),
    "Frame 1,140 (so 0:38)" (round 60), "Frame 8,760 — 6:05 into the film —" (round 59), and a timecode alone in
    brackets right after the frame: "frame 2,160 of Clip B (1:12)" (rounds 86, 127, 134 and 136): two)."""
    return at < frame_end


def _nearest_rate(rates: list[tuple[int, float]], position: int) -> float:
    """The rate of ``rates`` said nearest ``position``, before or after it."""
    i = bisect.bisect_left(rates, position, key=lambda r: r[0])
    near = rates[max(0, i - 1):i + 1]
    return min(near, key=lambda r: abs(r[0] - position))[1]
