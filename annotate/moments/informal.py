"""Positions written the informal way, with no colon: "at minute 12", "from minute 23 onward", "At 1h02 in
the livestream". Each is read only where the words around it say a position, not a clock or a match minute."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.forms import Candidate
from annotate.moments.hedges import hedge_before
from annotate.moments.numbers import word_number
from annotate.moments.patterns import HEDGE, INFORMAL_HEDGE, MEDIA_NOUN, NUMBER

_NUMW = rf"(?:{NUMBER})(?<![\d.½;])"  # a number in words (not "6&frac12;")

# "at minute 12", "from minute 23 upward", "around minute 40" (not "a 12 minute walk", nor "minute 2:48").
# "from minute 10 to minute 14", "between minutes 3 and 5", "minute 12 upto minute 17": a range.
_MINUTE_NUMBER = regex(
    # (or a stretch told after a comma or a verb of watching: "watch last year's lecture instead, minutes 20–45")
    rf"(?:(?<![\w-])|(?=,))(?P<open>at|from|in|by|around|about|after|before|to|until|till|since|and|or|"
    rf"(?P<between>between)|,|watch|see|skip)\s+(?:the\s+)?"
    rf"(?P<minute>minutes?)\s+(?P<n>\d{{1,3}}(?=[.:][0-5]\d(?![\w:]|[.,]\d))|\d{{1,3}}(?![.:]?\d)|{_NUMW})(?![\w%])"
    # its second, when said: "at minute 2 second 45", "minute 3 and 20 seconds", "minute 1.20", "minute 2:48"
    rf"(?P<sec>\s*,?\s*(?:and\s+)?(?:(?:second|sec)s?\s+(?P<s>\d{{1,2}})|(?P<s2>\d{{1,2}})\s*(?:seconds?|secs?|s)\b)"
    rf"|(?<=\d)[.:](?P<s3>[0-5]\d)(?![\w:]|[.,]\d))?"
    # ("and" joins a range's ends only after "between": "at minute 3 and minute 5" are two points)
    rf"(?:\s*(?:[-–—]|&[nm]dash;|(?:up\s*)?to|until|till|through|thru|(?(between)(?:and|&)|(?!)))\s*(?:(?:the\s+)?minutes?\s+)?"
    rf"(?P<n2>{NUMBER})(?![\w:.,]?\d|[\w%]))?",
    re.IGNORECASE,
)
# A match, a race or a game counts its own minutes: "scored at minute 12", "in minute 80 of the match".
_MATCH_WORDS = regex(
    r"\b(?:goals?|scor\w*|match|kick-?off|half-?time|penalty|booked|yellow\s+card|red\s+card|referee|striker|"
    r"equali[sz]\w*|substitut\w*|innings|overtime)\b",
    re.IGNORECASE,
)
# A meeting's record numbers its minutes: "agreed under Minute 12", "as item 4 of the minutes records".
_MEETING_RECORD = regex(r"\b(?:agenda|item|resolution|resolved|minuted|the\s+minutes|motion|no\.)", re.IGNORECASE)
# Where the footage is named, before or in the sentence: a video, a stream, or the site that plays it.
_FOOTAGE_NAMED = regex(rf"\b(?:{MEDIA_NOUN}|youtube|vimeo|twitch|tiktok|iplayer|nebula)\b", re.IGNORECASE)
CONTEXT_CHARS = 2000
# "At 1h02", "1h02 in the livestream": hours and minutes joined by "h", no minute unit after.
_HOUR_H_MINUTES = regex(r"(?<![\w:.,])(?P<h>\d{1,2})h(?P<m>[0-5]\d)(?![\w:]|[.,]\d)")
_H_DIGITS = regex(r"h[0-5]\d")
# Before it, a word that places a point; after it, "in"/"into" the footage (a position) or a clock's words.
_PLACED_BEFORE = regex(r"(?<![\w-])(?:at|from|around|about|until|till|by|to)\s+$", re.IGNORECASE)
# ... but a hedge after a verb of how long, or "for", tells a length: "a full charge took about 1h30", "lasts around
# 1h45", "for about 2h10" (round 81).
_LENGTH_HEDGED_BEFORE = regex(
    r"(?<![\w-])(?:took|takes|take|taking|lasted|lasts|last|lasting|needed|needs|need|runs|ran|running|for|over|"
    r"within|spent|spend|is|was|are|were|be|charges?|charged|charging)\s+(?:around|about)\s+$", re.IGNORECASE)
_INTO_AFTER = regex(
    rf"\s+into\s+(?:the|this|that|his|her|its|their|my|our)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b"
    rf"|\s+in\s+(?:(?:the|this|that|his|her|its|their|my|our)\s+)?(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b",
    re.IGNORECASE)
_CLOCK_AFTER = regex(r"\s*(?:a\.?m\.?|p\.?m\.?|du\s+matin|in\s+the\s+(?:morning|afternoon|evening|night)|"
                          r"local|UTC|GMT|hrs?\b)", re.IGNORECASE)
# A device's endurance named right after the figure: "locked 40 fps, about 2h10 battery", "3h20 screen-on time",
# "1h45 on a single charge" (round 51).
_ENDURANCE_NOUN_AFTER = regex(
    r"[^\S\n]+(?:of[^\S\n]+)?(?:battery|batt|screen[-\s]on(?:\s+time)?|(?-i:SoT)|charge|"
    r"on\s+(?:a|one|the)\s+(?:single\s+|full\s+)?charge)\b", re.IGNORECASE)


def _device_endurance(text: str, m: re.Match[str], b: int, e: int) -> bool:
    """The h-time is how long a device lasts, named right after it, not placed by "at": "about 2h10 battery" (but
    "at 2h10 battery is at 20%" is where the footage shows that)."""
    return _ENDURANCE_NOUN_AFTER.match(text, m.end(), e) is not None \
        and _AT_BEFORE.search(text, max(b, m.start() - 8), m.start()) is None


_AT_BEFORE = regex(r"(?<![\w-])at\s+$", re.IGNORECASE)
# A clock of the day written with "h" ("à 21h30", "06h00") has its hour past the small hours or padded.
LATEST_BARE_HOUR = 4


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    """``text`` lower-cased once (offsets hold only when its length is kept: "İ" lowers to two characters)."""
    return text.lower()


def find_minute_numbers(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``at minute 12`` -> 720, ``from minute 23 onward`` -> a point at 1380, ``from minute 10 to minute 14``
    and ``from minute 12, where ..., until minute 17`` -> ranges; not a match's minute nor a meeting's."""
    low = _lowered(text)
    if (low.find("minute", b, e) if len(low) == len(text) else text[b:e].lower().find("minute")) < 0:
        return
    found = [c for c in (_minute_number(m, b) for m in _MINUTE_NUMBER.finditer(text, b, e)) if c is not None]
    lo = max(0, b - CONTEXT_CHARS)
    # (a stretch sent to after a comma or "watch" reads only its own sentence for a match's words: "Please watch
    # last year's lecture instead, minutes 20–45" on a course page whose late "penalty" is no match)
    sent = all(opening in _SENT_OPENINGS for _, opening in found)
    if not found or _MATCH_WORDS.search(text, b if sent else lo, e) or not _FOOTAGE_NAMED.search(text, lo, e) \
            or _MEETING_RECORD.search(text, b, e):
        return  # a match's minute, a process timed by the minute ("stir at minute 5"), a meeting's minute
    for (c, opening), (c2, _) in zip(found, found[1:]):
        if c.kind == c2.kind == "point" and opening not in _UNTIL and c2.start > c.start \
                and _UNTIL_GAP.fullmatch(text, c.end, c2.begin):
            c.kind, c.stop, c.end = "range", c2.start, c2.end
            c2.kind = ""  # (its span is the range's end)
    for c, _opening in found:
        if c.kind:
            yield c


_UNTIL = frozenset({"until", "till", "to"})
_SENT_OPENINGS = frozenset({",", "watch", "see", "skip"})
# A range's end after "from minute one": "from minute one, where the intro plays, until minute 3".
_UNTIL_MINUTE_AFTER = regex(r"[^.;!?\n]{0,60}?\b(?:to|until|till|through)\s+(?:the\s+)?minute\s", re.IGNORECASE)
# "from minute 12 onwards, up to minute 17", "minute 3 and then on till minute 5": a few words, then the end.
_UNTIL_GAP = regex(r"[\s,]*(?:[^\W\d_]+[\s,]+){0,3}(?:up\s*)?(?:to|until|till)\s+(?:the\s+)?", re.IGNORECASE)


def _minute_number(m: re.Match[str], b: int) -> tuple[Candidate, str] | None:
    """The candidate of one "minute N" phrase, with the word that opens it."""
    text = m.string
    n = word_number(m.group("n"))
    n2 = None if m.group("n2") is None else word_number(m.group("n2"))
    opening = m.group("open").lower()
    if n is None or text[m.start("minute")] == "M":
        return None  # (a capital "Minute 12" numbers a record's item)
    second = int(m.group("s") or m.group("s2") or m.group("s3") or 0)
    ranged = n2 is not None and n2 > n and not second
    if opening in ("between", ",", "watch", "see", "skip") and not ranged:
        return None  # (a bare "minute 12" after a comma or "watch" may be anything's: only a stretch is read)
    if n == 1 and not second and not ranged and opening in ("from", "since") \
            and not _UNTIL_MINUTE_AFTER.match(text, m.end()):
        return None  # "fast travel from minute one", "hooked since minute 1": from the very start, no minute
    begin, approx = m.start("open") if ranged and opening not in _SENT_OPENINGS else m.start("minute"), False
    hb = hedge_before(text, m.start("minute"), b)  # ("around minute 40": the opening word may be the hedge)
    if hb is not None:
        begin, approx = hb, True
    end = m.end() if ranged else max(m.end("n"), m.end("sec"))
    return Candidate("range" if ranged else "point", begin, end, start=n * 60.0 + second,
                     stop=n2 * 60.0 if ranged and n2 is not None else None, granularity=1.0 if second else 60.0,
                     approximate=approx), opening


# The footage's own ordinal minute: "in the broadcast's 47th minute", "the 3rd minute of the video" (its start); a
# match's "21st minute of play" names no footage.
_ORDINAL_MINUTE = regex(
    rf"(?<![\w-])(?:(?:the|this|that)\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}['’]s\s+(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+minute\b"
    rf"|(?:the\s+)?(?P<n2>\d{{1,3}})(?:st|nd|rd|th)\s+minute\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+)?"
    rf"{MEDIA_NOUN}\b)", re.IGNORECASE)
_ORDINAL_MINUTE_GATE = regex(r"\d(?:st|nd|rd|th)\s+minute", re.IGNORECASE)


def find_ordinal_minutes(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``in the broadcast's 47th minute`` -> 2760, the start of that minute of the footage."""
    if _ORDINAL_MINUTE_GATE.search(text, b, e) is None:
        return
    for m in _ORDINAL_MINUTE.finditer(text, b, e):
        n = int(m.group("n") or m.group("n2"))
        if n < 1:
            continue
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            begin, approx = hb, True
        yield Candidate("point", begin, m.end(), start=(n - 1) * 60.0, granularity=60.0, approximate=approx)


def find_hour_h_minutes(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``At 1h02 in the livestream`` -> 3720: a point when said into the footage, or placed with a small hour
    ("at 1h02"); "21h30" and "06h00" stay clocks of the day."""
    if _H_DIGITS.search(text, b, e) is None:
        return  # (a literal "h" first: a scan far cheaper than the whole pattern's, and most sentences hold none)
    for m in _HOUR_H_MINUTES.finditer(text, b, e):
        hours, minutes = int(m.group("h")), int(m.group("m"))
        into = _INTO_AFTER.match(text, m.end(), e) is not None
        placed = _PLACED_BEFORE.search(text, max(b, m.start() - 8), m.start()) is not None \
            and _LENGTH_HEDGED_BEFORE.search(text, max(b, m.start() - 20), m.start()) is None
        small = hours <= LATEST_BARE_HOUR and not m.group("h").startswith("0")
        if _CLOCK_AFTER.match(text, m.end(), e) or hours > 23 \
                or not (into or (placed and small and not _device_endurance(text, m, b, e))
                        or _h_chapter_entry(text, m)):
            continue
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            begin, approx = hb, True
        yield Candidate("point", begin, m.end(), start=hours * 3600.0 + minutes * 60.0, granularity=60.0,
                        approximate=approx)


# A chapter line opened by an h-stamp, then its title: "• 0h07 Offer vs invitation to treat", "- **1h29** Q&A",
# "1h02 – The mailbag" (round 107).
# (bracketed too: "• [0h25] Duty of care")
_H_ENTRY_LINE = regex(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*(?:[*_]{1,2}|[\[(])?(?P<h>\d{1,2})h(?P<m>[0-5]\d)"
                      r"(?:[*_]{1,2}|[\])])?"
                      r"[^\S\n]+(?:[—–:-][^\S\n]+)?[\"'“‘(]?[^\W\d_]")
# (blank lines may stand between a list's entries)
_LINE_BREAKS = regex(r"\n(?:[ \t]*\n)*")


def _h_chapter_entry(text: str, m: re.Match[str]) -> bool:
    """``• 0h07 Offer vs invitation to treat`` under ``• 0h00 Housekeeping``: a line opened by an h-stamp and a title,
    in a run of such lines that ascends and starts at zero or keeps to small unpadded hours (a lecture's or a VOD's
    chapters), not a day's programme ("• 09h00 Welcome", "• 14h30 Panel")."""
    line = text.rfind("\n", 0, m.start()) + 1
    entry = _H_ENTRY_LINE.match(text, line)
    if entry is None or entry.start("h") != m.start():
        return False
    run = [entry]
    at = line  # the lines above, nearest first
    while at > 0:
        at = _line_above(text, at)
        prev = None if at < 0 else _H_ENTRY_LINE.match(text, at)
        if prev is None:
            break
        run.insert(0, prev)
    at = text.find("\n", m.end())
    while at >= 0:
        gap = _LINE_BREAKS.match(text, at)
        nxt = None if gap is None else _H_ENTRY_LINE.match(text, gap.end())
        if nxt is None:
            break
        run.append(nxt)
        at = text.find("\n", nxt.end())
    starts = [int(r.group("h")) * 60 + int(r.group("m")) for r in run]
    if len(run) < 2 or any(b <= a for a, b in zip(starts, starts[1:])):
        return False
    first = run[0].group("h")
    return first == "0" or all(int(r.group("h")) <= LATEST_BARE_HOUR and not r.group("h").startswith("0") for r in run)


def _line_above(text: str, line: int) -> int:
    """Where the line above the one starting at ``line`` starts, past blank lines ("• 0h00 ...\n\n• 0h07"), or -1."""
    end = line - 1  # (the line break closing the line above)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start
        end = start - 1
    return -1


# "skip to near about 3:05 hours", "at 2:10 hrs into the replay": hours and minutes with a colon, then an hours word
# (Indian and chat usage); a padded or two-digit hour with "hrs" is a clock of the day ("14:30 hrs", "06:40 hours").
_COLON_HOURS = regex(r"(?<![\w:.,])(?P<h>[1-9]):(?P<m>[0-5]\d)[^\S\n]*(?:hours|hrs|hr)\b(?!\s+(?:of|long)\b)",
                          re.IGNORECASE)
_HOURS_WORD = regex(r":[0-5]\d[^\S\n]*(?:hours|hrs|hr)\b", re.IGNORECASE)
# Before it, a word that places a point (a hedge may stand between: "to near about").
_PLACED_HEDGED_BEFORE = regex(
    rf"(?<![\w-])(?:at|from|until|till|by|to)\s+(?:(?:{HEDGE}|{INFORMAL_HEDGE})\s+){{0,2}}$", re.IGNORECASE)


def find_colon_hours(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``skip to near about 3:05 hours`` -> 11100 (approximate): a point placed with "at", "to" or "from", or said
    into the footage; not a length ("2:30 hours of footage", "a 1:45 hrs long stream"). Unplaced, it still claims its
    span, so "Around 1:45 hours the rain came down" is not read as 1:45 into the footage."""
    if _HOURS_WORD.search(text, b, e) is None:
        return
    for m in _COLON_HOURS.finditer(text, b, e):
        placed = _PLACED_HEDGED_BEFORE.search(text, max(b, m.start() - 40), m.start()) is not None
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            begin, approx = hb, True
        if not (placed or _INTO_AFTER.match(text, m.end(), e)):
            yield Candidate("point", begin, m.end(), start=0.0, excluded="hours and minutes not placed")
            continue
        yield Candidate("point", begin, m.end(), start=int(m.group("h")) * 3600.0 + int(m.group("m")) * 60.0,
                        granularity=60.0, approximate=approx)

