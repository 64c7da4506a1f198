"""Clock times an article ties to the footage (``the timestamp reads 06:58:03``,
``at 4:41:09 p.m.``): reading the phrases the extractor set aside as clock
times (:mod:`annotate.moments.references` gathers them beside the positions).

The finders and exclusion rules are the extractor's own: a phrase it sets
aside as a time of day or as a clock shown on screen is a clock time here; a
game clock, race time, duration or score is not. Each becomes a
:class:`~annotate.model.Moment` with ``start`` None and a ``clock`` field
(:mod:`annotate.clocktext`) that ``annotate align`` places through the
footage's burnt-in clock.
"""

from __future__ import annotations

import re
import warnings
from datetime import date as _day
from datetime import timedelta

from annotate.clocktext import SECONDS_PER_DAY, ClockTime, date_problem
from annotate.model import Moment
from annotate.moments.caption import caption
from annotate.moments.compiled import regex
from annotate.moments.exclusions import post_stamp
from annotate.moments.extract import ClockMention
from annotate.moments.hedges import hedge_before
from annotate.moments.patterns import CLOCK_ZONE, MONTH, WEEKDAY
from annotate.moments.scan import as_shown
from annotate.moments.sentences import said, split, unquoted
from annotate.textio import ArticleWarning

_TIME = regex(r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,3}))?)?")
_MERIDIEM = regex(r"\s*(?:(?P<am>a\.\s?m\.?|am\b)|(?P<pm>p\.\s?m\.?|pm\b))", re.IGNORECASE)
# A zone right after the time, kept as written (its minus sign as "-"): ``CLOCK_ZONE``.
_ZONE = regex(r"\s*,?\s*" + CLOCK_ZONE)
# "2:27:05 in the afternoon": a reporter's p.m. without the letters ("12:30 at night" and "2:10 at night" are a.m.).
_PART_OF_DAY = regex(r"\s+(?P<pm>in\s+the\s+(?:afternoon|evening)|(?P<night>at\s+night))\b", re.IGNORECASE)
_NIGHT_AM = (12, 1, 2, 3, 4, 5)
_READING_LEAD = regex(
    r"(?:\b(?:the|its|a)\s+)?(?:[\w'’-]+\s+){0,2}(?:clock|time\s?stamp|time-stamp|time\s?code|overlay|display|"
    r"readout)\s+(?:reads?|read|shows?|showed|displays?|displayed|says)\s+(?:the\s+time\s+(?:as\s+)?)?$",
    re.IGNORECASE,
)
_CLOCK_TAIL = regex(
    r",?\s*(?:(?:on|by|per|going\s+by|according\s+to)\s+(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:clock|time\s?stamp|time-stamp|time\s?code))",
    re.IGNORECASE,
)
# The times of day no timecode finder takes (a word runs on from their digits), clock times all the same: one with its
# half of day glued on, "11:59:50pm", "2:27p.m.", or, in British and Australian style, a dot for the colon: "2.27pm",
# "2.29 p.m." (the hour must fit a 12-hour clock); and ISO 8601's combined date and time, the form of a bodycam export,
# of exiftool's and ffprobe's creation_time and of the timeline's own clock field: "2017-11-13T15:14:40", with its
# zone ("Z", "+03:00") and any fraction of a second, and a time with Zulu's "Z" glued on, "15:14:40Z" (or "z", as
# aviation logs write it).
_UNFOUND_CLOCKS = regex(
    r"(?<![\w:.,])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d(?::[0-5]\d)?(?=[ap]\.?[^\S\n]?m(?![^\W_]))"
    r"|\.[0-5]\d(?=[^\S\n]?[ap]\.?[^\S\n]?m(?![^\W_])))"
    r"|(?<![\d-])\d{4}-[01]\d-[0-3]\dT(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?![\d:.,]\d)"
    r"|(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?=(?-i:[Zz])\b))",
    re.IGNORECASE)
_HOURS_AFTER = regex(r"\s*(?:hours?|hrs?|h)\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"(?P<mon>{MONTH})"
_DATES = (
    regex(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))"),  # (and ISO 8601's "2017-11-13T15:14")
    regex(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    regex(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<y>\d{{4}})\b"),
    # In figures: "2017/11/13" and "2017.11.13" (Chinese and Korean dash cams' overlay), "2017年11月13日",
    # "13.11.2017" (day first wherever dots are written after the day), and "13/11/2017", "11/13/2017" or
    # "11-13-2017" (whichever field is above 12 is the day; one that reads both ways names no day).
    regex(r"(?<![\d/.])(?P<y>\d{4})(?P<sep>[/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/]|\.\d)"),
    regex(r"(?P<y>\d{4})\s?年\s?(?P<mo>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    regex(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})(?![\d.]\d)"),
    regex(r"(?<![\d/-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])"),
)


def unfound_clocks(text: str, taken: list[tuple[int, int]]) -> list[ClockMention]:
    """The times of day no finder set aside because of how they are written ("2:27pm", "2.29 p.m.",
    "2017-11-13T15:14:40", "15:14:40Z"), outside the spans ``taken`` (the mentions and moments found), as mentions
    of a "time of day"."""
    found = [m for m in _UNFOUND_CLOCKS.finditer(text) if not any(a < m.end() and m.start() < z for a, z in taken)]
    if not found:
        return []
    sentences = split(text)
    out = []
    for m in found:
        b, e = next(((b, e) for b, e in sentences if b <= m.start() < e), (m.start(), m.end()))
        out.append(ClockMention(m.start(), m.end(), hedge_before(text, m.start(), b) is not None, "time of day", b, e))
    return out


def _read(text: str, c: ClockMention) -> tuple[ClockTime, tuple[int, int]] | None:
    """The time of day the phrase states and its span (a.m./p.m. and zone included), or None (also for
    a post's or a mail's own stamp, :func:`stamps_a_post`).
    A range reads both ends; an a.m./p.m. after the end serves a start that has none
    ("between 4:52 and 4:58 p.m.")."""
    times = list(_TIME.finditer(text, c.begin, c.end))[:2 if c.kind == "range" else 1]
    if not times or (c.kind == "range" and len(times) < 2):
        return None  # "0600 hours": no reading a clock shows to the second or minute
    end = c.end
    if _HOURS_AFTER.match(text, end) and int(times[-1]["h"]) < 13:
        return None  # "lasted 2:30 hours": a duration; "16:30 hours" stays a time of day
    meridiem = _MERIDIEM.match(text, end) or _PART_OF_DAY.match(text, end)
    if meridiem:
        end = meridiem.end()
    read = [_time_of_day(t, _MERIDIEM.match(text, t.end()) or meridiem) for t in times]
    if None in read or (len(times) == 2 and bool(times[0]["s"]) != bool(times[1]["s"])):
        if meridiem and not stamps_a_post(text, c.begin, meridiem.end()):
            _warn(text, c.begin, f"{text[c.begin:meridiem.end()].strip()!r} is no time of day (its hour cannot take "
                                 f"{meridiem.group().strip()!r}): not listed as a clock time")
        return None
    zone = _ZONE.match(text, end)
    if zone:
        end = zone.end()
    if stamps_a_post(text, c.begin, end):
        return None  # "Posted by kwonj on 22 Nov 2017, 10:32": when the post went up, not a time in the footage
    # "from 06:31:08 to 06:31:08": a range that ends where it starts is that one time.
    last = read[1] if len(read) == 2 and read[1] != read[0] else None
    stated_zone = zone["zone"] or zone["bracketed"] if zone else None
    start, date = _past_end_of_day(read[0] or 0.0, _date(text, c.b, c.e, c.begin))
    # (Zulu's "z" glued on, "15:14z", is its "Z")
    zone_said = "Z" if stated_zone == "z" else " ".join(stated_zone.replace("\u2212", "-").split()) if stated_zone \
        else None
    clock = ClockTime(start, 1.0 if times[0]["s"] else 60.0, date, zone_said,
                      None if last is None else last % SECONDS_PER_DAY)
    return clock, (c.begin, end)


def _past_end_of_day(seconds: float, date: str | None) -> tuple[float, str | None]:
    """``seconds`` and ``date``, with the end of a day (24:00:00, which a clock field cannot write) as the
    next day's 00:00:00, the same instant."""
    if seconds < SECONDS_PER_DAY:
        return seconds, date
    return 0.0, None if date is None else (_day.fromisoformat(date) + timedelta(days=1)).isoformat()


def _time_of_day(found: re.Match[str], meridiem: re.Match[str] | None) -> float | None:
    """Seconds since midnight of one ``_TIME`` match under an a.m./p.m., or None if it is no time of day."""
    hours, minutes = int(found["h"]), int(found["m"])
    if meridiem:
        if not 1 <= hours <= 12:
            return None  # "17:40 p.m." is not a time
        small_hours = meridiem.groupdict().get("night") and hours in _NIGHT_AM
        hours = hours % 12 + (12 if meridiem["pm"] and not small_hours else 0)
    if hours == 24 and minutes == 0 and int(found["s"] or 0) == 0 and not found["f"] and not meridiem:
        return float(SECONDS_PER_DAY)  # ISO 8601's end of the day, "24:00:00" (recorders and transit logs write it)
    if hours > 23 or minutes > 59 or (found["s"] and int(found["s"]) > 59):
        return None
    seconds = hours * 3600 + minutes * 60 + (int(found["s"]) if found["s"] else 0)
    if found["f"]:
        seconds += int(found["f"]) / 10 ** len(found["f"])
    return float(seconds)


def _clock_moment(text: str, c: ClockMention, clock: ClockTime, span: tuple[int, int],
                  others: list[tuple[int, int]], read: str | None = None) -> Moment:
    """The clock time ``clock`` the phrase ``c`` states, quoted from ``text`` as written (its caption without the
    quote marks of a quoted list's row, which the copy the finders ``read`` left out)."""
    begin, end = span
    return Moment(
        start=None,
        # A time to the minute is a one-minute window: approximate, like a minute mark.
        approximate=c.hedged or clock.precision > 1,
        quote=text[begin:end],
        span=(begin, end),
        sentence=said(text, c.b, c.e),
        caption=caption(unquoted(text, c.b, c.e, None if read is None else as_shown(text, read, c.b, c.e)), others,
                        _said_span(read or text, c.b, begin, end)),
        clock=clock.text(),
    )


def _said_span(text: str, b: int, begin: int, end: int) -> tuple[int, int]:
    """The clock phrase with the words that say it is a clock reading ("the timestamp reads",
    "by the camera's clock"), relative to the sentence at ``b``: the caption leaves them out."""
    lead = _READING_LEAD.search(text, max(b, begin - 60), begin)
    tail = _CLOCK_TAIL.match(text, end)
    return (lead.start() if lead else begin) - b, (tail.end() if tail else end) - b


def _date(text: str, b: int, e: int, at: int) -> str | None:
    """The date the sentence gives (YYYY-MM-DD) for the clock at ``at``, if it gives one with a year; not the day a
    video was uploaded or released ("uploaded to YouTube on Nov. 20, 2017"), which no clock in it shows. A date that
    names no day ("30/02/2017") is said in a warning: the time is kept without one."""
    for pattern in _DATES:
        for m in pattern.finditer(text, b, e):
            day, month = _day_month(m)
            if not day or _PUBLISHED_BEFORE.search(text, max(b, m.start() - PUBLISHED_CHARS), m.start()):
                continue
            date = f"{int(m['y']):04d}-{month:02d}-{day:02d}"
            if date_problem(date) is None:
                return date
            _warn(text, at, f"the date {m.group()!r} beside the clock names no day of the calendar: the clock time "
                            "is kept without a date")
            break
    return None


def _warn(text: str, at: int, message: str) -> None:
    """One ``ArticleWarning`` naming the article's line of ``at``."""
    warnings.warn(f"article line {text.count(chr(10), 0, at) + 1}: {message}", ArticleWarning, stacklevel=3)


# How far before a date the verb that makes it a video's upload or release date may be.
PUBLISHED_CHARS = 60
# "uploaded to YouTube on", "released on", "posted online on", "first aired on": the video's date, not the clock's.
_PUBLISHED_BEFORE = regex(
    r"\b(?:(?:up|re-?up)loaded|posted|re-?released|released|published|shared|aired|broadcast|streamed|put\s+online)"
    r"\b[^.;:!?\n]{0,40}?\b(?:on|dated)\s+(?:the\s+)?$", re.IGNORECASE)


def stamps_a_post(text: str, begin: int, end: int) -> bool:
    """The clock text[begin:end] stamps a forum post, a comment or a mail on its metadata line ("Posted by kwonj
    on 22 Nov 2017, 10:32", "Edited 11:07.", "Reply #3 - 1:12 PM", "« Last Edit: November 22, 2017, 11:07:02 am by
    kwonj »", "On Wed, Nov 22, 2017 at 10:32 AM, Kwon J <kj@x.org> wrote:"): when the words were written, which
    no clock in the footage shows, so no clock time (a thread is read as an article: its posts' times are not)."""
    line = text.rfind("\n", max(0, begin - STAMP_LINE_CHARS), begin) + 1
    line_end = text.find("\n", end, end + STAMP_LINE_CHARS)
    line_end = line_end if line_end >= 0 else len(text)
    if begin - line >= STAMP_LINE_CHARS or line_end - end >= STAMP_LINE_CHARS:
        return False  # (read back a bounded way: a stamp's line is short)
    folded = text[line:line_end + 12].casefold()  # (and the next line's start: a post's number there)
    if not any(word in folded for word in _STAMP_WORDS):  # cheap: no label, handle mark, post number or separator
        return _handle_line_above(text, line) and _bare_stamp(text, line, begin, end, line_end)
    if post_stamp(text, begin, end):
        return True  # the extractor's own post stamps ("Reply 14:31 by Siggi_R", "Comment — Niamh (14:41):")
    before = _STAMP_BEFORE.search(text, line, begin)
    after = _STAMP_AFTER.match(text, end, line_end) if before else None
    if before is None or after is None or (before["line"] is None and before["label"] is None):
        return False  # (past a sentence's end on its line only a label: "... cross the line. Edited 11:07.")
    if before["on"]:
        return "wrote" in after["tail"].casefold()  # a mail's attribution line: "On <date>, <name> wrote:"
    if before["date"]:
        return _MAIL_FIELD.search(text, max(0, line - STAMP_LINE_CHARS), line_end + STAMP_LINE_CHARS) is not None
    # a bare date and clock only with the post's number after it: "22-11-2017, 10:32 AM   #2", or on the next line
    # (a saved vBulletin page: "11-22-2017, 10:32 AM\n#1"), or a header split over two lines, the author's handle
    # alone on the line above (Discourse: "kwonj\nNovember 22, 2017, 10:32am")
    return before["head"] is not None or after["tail"].lstrip(" \t,.;").startswith("#") \
        or (not after["tail"].strip() and (_POST_NUMBER_LINE.match(text, line_end) is not None
                                           or _handle_line_above(text, line)))


def _bare_stamp(text: str, line: int, begin: int, end: int, line_end: int) -> bool:
    """The clock's line holds only a date and the clock (its zone or meridiem after it)."""
    before = _STAMP_BEFORE.search(text, line, begin)
    after = _STAMP_AFTER.match(text, end, line_end) if before else None
    return (before is not None and after is not None and before["line"] is not None and before["head"] is None
            and not before["on"] and not before["date"] and not after["tail"].strip())


def _handle_line_above(text: str, line: int) -> bool:
    """The line above the clock's line is a handle alone ("kwonj"): a post's header in two lines. One blank line
    may stand between: a saved page parts every block so (XenForo's "kwonj", blank, "Nov 22, 2017 at 10:32 AM")."""
    if line < 2:
        return False
    end = line - 1
    above = text.rfind("\n", max(0, end - STAMP_LINE_CHARS), end) + 1
    if above >= 2 and not text[above:end].strip():
        end = above - 1
        above = text.rfind("\n", max(0, end - STAMP_LINE_CHARS), end) + 1
    return _HANDLE_ABOVE.fullmatch(text, above, end) is not None


# How far a stamp's line may reach either side of its clock.
STAMP_LINE_CHARS = 160
# Something on every stamp line (casefolded): a label, a handle's mark, a post's number, a separator.
_STAMP_WORDS = ("post", "repl", "edit", "quot", "wrote", "said", "sent", "date", "comment", "answer", "message",
                "submit", "publish", "#", "»", "«", "·", "•", "|", "—", "–", "u/", "@", "by ", " on", "old ")
# (a day is no handle: "Edit by Friday 12:00" is a deadline)
_HANDLE = (rf"(?!(?:{WEEKDAY}|{MONTH}|today|tomorrow|tonight)\b)"
           r"(?:\*{1,2}[^*\n]{1,40}?\*{1,2}|(?:u/|@)?[\w.'’-]{1,40}(?:[ \t]+[\w.'’-]{1,40}){0,2})")
# A handle that opens a header alone, with no label: marked, bold, lower-case or holding a digit or "_" ("kwonj —",
# "u/kettle_king •", "**Gaz** ·"; not "Arrival —", a log's line)
# (not a camera's name, an OSINT log's label: "CAM2", "CAM_04", "bodycam", "cam1")
_HANDLE_ALONE = (r"(?![a-z]*cam(?:era)?s?[ _-]?\d*[a-z]?(?![\w.-]))"
                 r"(?:\*{1,2}[^*\n]{1,40}?\*{1,2}|(?:u/|@)[\w.-]{1,40}|(?-i:[a-z][a-z0-9._-]{1,39})"
                 r"|(?=[\w.-]*[\d_])(?=[\w.-]*[^\W\d_])[\w.-]{2,40})")
_LABEL = (r"(?:(?:original(?:ly)?|last|ninja)[ \t]+)?(?:posted|post|reply|replied|comment(?:ed)?|answer(?:ed)?|"
          r"quote|quoted|message|edit(?:ed)?|updated|modified|submitted|published|written|sent)")
_DATE_WORD = (rf"(?:{WEEKDAY}\.?|{MONTH}\.?|\d{{1,4}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,4}}(?:st|nd|rd|th)?|today|"
              r"yesterday|['’]\d\d)")
# The line from its start (or a sentence's end: "... cross the line. Edited 11:07.") to the clock: a header's head,
# then only the date's words and separators.
_STAMP_BEFORE = regex(
    r"(?:(?P<line>^)|(?<=[.!?])[ \t]+)[ \t>]*(?:re:[^«\n]{0,100}«|[«\[(])?[ \t]*(?:[*_]{1,2})?(?:"
    rf"(?P<head>(?P<label>{_LABEL}(?:[ \t]+with[ \t]+quote)?(?:[ \t]*#\d{{1,6}})?(?:[*_]{{1,2}})?[ \t]*:?"
    rf"(?:[ \t]+(?:by|from)[ \t]*:?[ \t]*{_HANDLE})?)"
    rf"|{_HANDLE}[ \t]+(?:wrote|said|writes|says)[ \t]*:|{_HANDLE_ALONE}[ \t]+(?:posted|replied|commented)"
    rf"|by[ \t]+{_HANDLE}[ \t]*[»·•|—–]"
    rf"|{_HANDLE_ALONE}(?:[ \t]*[»·•|—–]|[ \t]+on\b|(?=[ \t]+(?:{WEEKDAY}|{MONTH}|today|yesterday)\b))"
    r"|(?:post|reply|comment)?[ \t]*#\d{1,6})"
    r"|(?P<on>on)(?=[ \t]+\S)|(?P<date>date[ \t]*:)|old\b)?"
    rf"(?:[ \t]*(?:[,;:»·•|—–↑-]|on\b:?|at\b|{_DATE_WORD}))*[ \t]*$", re.IGNORECASE | re.MULTILINE)
# The rest of the line: its zone, then what such a line ends with ("#2", "by kwonj »", "edited 1 time in total.",
# "| parent | next", "Reason: typo", "Kwon J <kj@x.org> wrote:").
_STAMP_AFTER = regex(
    r"(?:[ \t]*(?:[ap]\.?[ \t]?m\b\.?|(?-i:[A-Z]{2,5})\b|[+-]\d{4}\b|\([^()\n]{1,30}\)))*"
    rf"(?P<tail>(?:[ \t]*[,.;]?[ \t]*(?:by[ \t]+{_HANDLE}|edited[ \t]+\d+[ \t]+times?[ \t]+in[ \t]+total"
    r"|#\d{1,6}|[|·•»][^\n]{0,100}|reason:[^\n]{0,120}|post[ \t]+subject:[^\n]{0,160}|[^\n]{0,100}?\bwrote[ \t]*:))*)"
    r"[ \t]*[.»)\]]*[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A handle alone on its line, as _HANDLE_ALONE (lower-case, or holding a digit or "_", or marked).
_HANDLE_ABOVE = regex(rf"[ \t]*{_HANDLE_ALONE}[ \t]*", re.IGNORECASE)
# A post's number alone on the line after its date and clock.
_POST_NUMBER_LINE = regex(r"\n[ \t]*#\d{1,6}[ \t]*(?:\n|$)")
# A mail's header field beside a "Date:" line.
_MAIL_FIELD = regex(r"^[ \t>]*(?:from|to|cc|subject|sent)[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _day_month(m: re.Match[str]) -> tuple[int, int]:
    """The day and month of one ``_DATES`` match; (0, 0) for figures that read as d/m/y and m/d/y alike."""
    fields = m.groupdict()
    if fields.get("a"):
        a, b = int(m["a"]), int(m["b"])
        if a == b or (a <= 12 and b <= 12):
            return (a, a) if a == b else (0, 0)
        return (a, b) if a > 12 else (b, a)
    month = int(m["mo"]) if fields.get("mo") else _MONTHS.index(m["mon"][:3].lower()) + 1
    return int(m["d"]), month
