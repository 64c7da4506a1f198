"""Lists of the day's clocks told line by line: an event page's "Doors: 19:00 / Screening starts: 19:30 / Ends
approx. 21:45", a court's daily cause list, a conference's schedule table. Once a line's clock is a time of day (or
a schedule's label heads the list), the clocks of the lines after it are times of day too. A sentence that says
it gives clock times ("Write clock times as in the dialogue: "at 9:15"") gives times of day, and a range of clocks
as long, read as hours, as the hours its paragraph tells ("six hours of the storm ... from 14:00 to 20:00") is a
stretch of the day."""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.numbers import word_number
from annotate.moments.patterns import NUMBER

# Every number in a phrase, and the shape of a clock of the day: hours to 23 and minutes, no seconds.
_NUMBERS = regex(r"\d+(?:[:.,]\d+)*")
_DAY_CLOCK = regex(r"(?:[01]?\d|2[0-3]):[0-5]\d")
# How far apart two lines of one list may be, and how long a list's line may run.
LIST_GAP_CHARS = 400
LIST_LINE_CHARS = 160
LABEL_CHARS = 40  # before the clock on its line
EARLIEST_SCHEDULE_CLOCK = 5 * 60.0  # 5:00, read as minutes and seconds
# What may stand before a clock that opens its line: list marks, a table's cells, emphasis.
_LINE_OPENING = regex(r"[ \t]*(?:[-*•>|]|\d{1,2}[.)])?[ \t]*(?:<[^<>\n]{0,40}>[ \t]*|[*_]{1,2})*")
# A schedule's label above its first line: "Daily cause list", '<table class="schedule">', "Timetable:"; an
# incident's "Timeline" heading, a day's "Saturday programme" or "How Saturday's march unfolded" (a heading naming
# footage, "Timeline of the video", "Programme highlights", walks through positions).
_SCHEDULE_LABEL = regex(
    r"\b(?:cause\s+list|schedule|timetable|agenda|itinerary|running\s+order|order\s+of\s+play|set\s+times"
    r"|(?P<timeline>timeline|programme|program|unfolded))\b",
    re.IGNORECASE)
_CLOCK_DIGITS = regex(r"\d:[0-5]\d")


def day_clock_shape(text: str, begin: int, end: int) -> bool:
    """Whether every number in text[begin:end] is a clock of the day's shape ("10:15", "09:00–10:30", "approx.
    21:45"), as no timecode with seconds is."""
    numbers = _NUMBERS.findall(text, begin, end)
    return bool(numbers) and all(_DAY_CLOCK.fullmatch(n) for n in numbers)


def continues_day_list(text: str, begin: int, end: int, start: float, last: tuple[int, int, float] | None) -> bool:
    """Whether the clock text[begin:end] (read as ``start``) is one more line of a list of the day's clocks: a list's
    line after the line opened by the time of day set aside last (``last``: where it begins and ends, its value),
    later in the day, with no blank line or position between; or the first such line under a schedule's label."""
    line_start = text.rfind("\n", 0, begin) + 1
    if _day_labelled_line(text, line_start, begin, end):
        return True
    if last is not None:
        _, last_end, last_start = last
        if not (last_end <= line_start and begin - last_end <= LIST_GAP_CHARS and start > last_start):
            return False
    elif start < EARLIEST_SCHEDULE_CLOCK or _LINE_OPENING.fullmatch(text, line_start, begin) is None:
        return False  # (a chapter list under "Agenda items below" starts at 0:00; a day's schedule later)
    if not day_clock_shape(text, begin, end) or not (
            _list_line(text, begin) or (last is not None and _worded_list_line(text, begin))):
        return False
    if last is not None:
        return _list_line(text, last[0], first=True) and "\n\n" not in text[last[1]:begin]
    return _under_schedule_label(text, begin) or _event_opening(text, begin, end)


def resumes_day_list(text: str, begin: int, end: int, start: float, listed: tuple[int, int, float] | None) -> bool:
    """Whether the clock text[begin:end] (read as ``start``) opens a line that takes up again, past an interlude
    that placed positions (a transcript's turn, a caller's clip), a list of the day's clocks set aside before:
    ``listed`` is that list's last clock (where it begins and ends, its value). The line opens with its clock,
    later in the day and not far on, set off from its label as the list's lines were ("06:21 — DJ plays the voice
    note" ... "06:25 — Ad break"); a chapter list that follows starts at 0:00 and does not count up from it."""
    if listed is None or start <= listed[2] or begin - listed[1] > RESUME_GAP_CHARS or begin < listed[1]:
        return False
    if not day_clock_shape(text, begin, end) or not _list_line(text, begin, first=True):
        return False
    mark, listed_mark = _MARK_AFTER.match(text, end), _MARK_AFTER.match(text, listed[1])
    return mark is not None and listed_mark is not None and mark.group(1) == listed_mark.group(1) \
        and _list_line(text, listed[0], first=True)


# How far past the list's last clock its lines may be taken up again, and the mark that sets a line's clock off from
# its label ("06:25 — Ad break", "19:30 | Doors").
RESUME_GAP_CHARS = 900
_MARK_AFTER = regex(r"[ \t]*([—–|:·-])[ \t]")


def _event_opening(text: str, begin: int, end: int) -> bool:
    """The clock opening the first of a run of clock-led lines whose label is an event's opening fixture ("08:30 –
    Registration & coffee", "19:00 Doors"): the first slot of a day's programme, even under no label."""
    line_start = text.rfind("\n", 0, begin) + 1
    if not _FIXTURE_AFTER.match(text, end) or (
            line_start > 0 and _CLOCK_LED.match(text, text.rfind("\n", 0, line_start - 1) + 1) is not None):
        return False  # (a line under another clock-led line is no list's first)
    stop = text.find("\n", end)
    # (no footage named on the line or the heading just above: "Recap video\n05:30 – Registration queue chaos")
    return stop >= 0 and _CLOCK_LED.match(text, stop + 1) is not None \
        and not footage_word(text, max(0, line_start - HEADING_CHARS), stop)


_CLOCK_LED = regex(r"[ \t]*(?:[-*•>|][ \t]*)?\d{1,2}:[0-5]\d(?!\d|:\d)")
# An event's opening slot after its clock: "– Registration & coffee", ": Doors open", " Welcome coffee".
_FIXTURE_AFTER = regex(
    r"[ \t]*(?:[–—-]|:)?[ \t]*(?:[*_]{1,2})?(?:registration|doors(?:\s+open)?|arrivals?|check-?in|sign-?in|"
    r"welcome\s+(?:coffee|and\s+registration|reception)|coffee\s+and\s+registration|tea\s+and\s+coffee)\b",
    re.IGNORECASE)


def _list_line(text: str, at: int, first: bool = False) -> bool:
    """Whether the line holding ``at`` is a list's short line: it opens with its clock ("10:15 Matter ...",
    "- 09:40 ...") or is a list's item with a few words of label before it ("<li>Doors: 19:00</li>", "- Ends approx.
    21:45"), naming no footage; not a transcript's turn ("Amaka (12:04): ...") nor a comment's line."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    clock = _CLOCK_DIGITS.search(text, start, stop)
    if clock is None or stop - start > LIST_LINE_CHARS or (first and clock.start() < at - 1):
        return False  # (``first``: the clock at ``at`` must be its line's first, not "02:18 Why the 07:45 sailing")
    digits = clock.start() - 1 if clock.start() > start and text[clock.start() - 1].isdigit() else clock.start()
    if _LINE_OPENING.fullmatch(text, start, digits):
        return True
    return _LIST_ITEM.match(text, start, digits) is not None and digits - start <= LABEL_CHARS \
        and not footage_word(text, start, stop)


# A list's item opening a line: a list mark or an HTML list item or cell, then a short label with no bracket.
_LIST_ITEM = regex(r"[ \t]*(?:[-*•][ \t]|<(?:li|td|dd)\b[^<>\n]{0,40}>)[^()\[\]\n\d]*$", re.IGNORECASE)


# A line of the list told in a few words before its clock, no list mark (round 114): under "14:00–17:00 stretch &
# fold", "Shape at 17:30, cold proof 14 hours", "Nap around 14:15, then the beach" (naming no footage: not "The
# video shows the bark at 12:10").
_WORDED_LABEL = regex(r"[ \t]*[A-Za-z][^()\[\]\n\d:]{0,30}$")


def _worded_list_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a list's short line whose clock follows a few words and no list mark."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    clock = _CLOCK_DIGITS.search(text, start, stop)
    if clock is None or stop - start > LIST_LINE_CHARS:
        return False
    digits = clock.start() - 1 if clock.start() > start and text[clock.start() - 1].isdigit() else clock.start()
    return _WORDED_LABEL.match(text, start, digits) is not None and not footage_word(text, start, stop)


# A line of a plan told day by day: "Day 1 — 07:30 breakfast, 09:00 cable car", "**Saturday:** 10:00 market".
_DAY_LABEL = regex(
    r"[ \t]*(?:[-*•][ \t]*)?(?:[*_]{1,2})?(?:day\s+\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:[*_]{1,2})?"
    r"[ \t]*[—–:-](?:[*_]{1,2})?[ \t]", re.IGNORECASE)
DAY_LINES = 7  # how many day lines may stand between a plan's label and a line of it


def _day_labelled_line(text: str, line_start: int, begin: int, end: int) -> bool:
    """Whether the clock text[begin:end] is on a line a day's label opens, one of a run of such lines under a
    schedule's label ("Our 3-day Cape Town itinerary\nDay 1 — 07:30 breakfast ..., 13:00 Kalk Bay\nDay 2 — 05:45
    pickup"): each day's clocks are its times, whatever their order (not a vlog's chapter line naming footage)."""
    label = _DAY_LABEL.match(text, line_start)
    if label is None or label.end() > begin or not day_clock_shape(text, begin, end):
        return False
    stop = text.find("\n", end)
    if footage_word(text, line_start, len(text) if stop < 0 else stop):
        return False
    above = line_start
    for _ in range(DAY_LINES):
        if above == 0 or line_start - above > LIST_GAP_CHARS:
            return False
        above_start = text.rfind("\n", 0, above - 1) + 1
        if _DAY_LABEL.match(text, above_start) is None:
            heading = _SCHEDULE_LABEL.search(text, above_start, above - 1)
            return heading is not None and heading.group("timeline") is None and above - above_start <= HEADING_CHARS
        above = above_start
    return False


def _under_schedule_label(text: str, start: int) -> bool:
    """A schedule's label in a heading's short line a few lines above, with no clock between it and ``start``."""
    labels = list(_SCHEDULE_LABEL.finditer(text, max(0, start - LIST_GAP_CHARS), start))
    if not labels or _CLOCK_DIGITS.search(text, labels[-1].end(), start) is not None:
        return False
    at = labels[-1].start()
    line_end = text.find("\n", at)
    line_start = text.rfind("\n", 0, at) + 1
    if labels[-1].group("timeline") and (line_end < 0 or footage_word(text, line_start, line_end)):
        return False
    return (line_end < 0 or line_end - line_start <= HEADING_CHARS) and line_end < start


HEADING_CHARS = 80


# A sentence about clock times as such: "Write clock times as in the dialogue", "times of day in the 24-hour clock"
# (not one time of day: "The shadows at 1:33 put the time of day at roughly 3 pm").
_CLOCK_TIMES_NAMED = regex(
    r"\b(?:clock\s+times|times\s+of\s+(?:the\s+)?day|(?:12|24|twelve|twenty-four)[\s-]+hour\s+(?:clock|format|time))\b",
    re.IGNORECASE)


def names_clock_times(text: str, b: int, e: int) -> bool:
    """Whether the sentence text[b:e] says it gives clock times and names no footage: its clocks are examples."""
    return _CLOCK_TIMES_NAMED.search(text, b, e) is not None and not footage_word(text, b, e)


# A number of hours told in words or digits: "six hours of the storm", "a sensible eight hours", "12-hour shift".
_HOURS = regex(rf"(?<![\w-])(?P<n>{NUMBER})[\s-]+hours?\b", re.IGNORECASE)


def spans_told_hours(text: str, begin: int, start: float, stop: float) -> bool:
    """Whether a range of the day's clocks read as minutes and seconds (``start`` to ``stop``) lasts, read as hours
    and minutes, a whole number of hours its paragraph tells before it: "compresses six hours of the storm ... The
    camera ran from 14:00 to 20:00"."""
    span = stop - start  # minutes of the day, read as seconds
    if span <= 0 or span % 60:
        return False
    paragraph = text.rfind("\n\n", 0, begin) + 1
    return any(word_number(m.group("n")) == span / 60 for m in _HOURS.finditer(text, paragraph, begin))
