"""Live blogs and live documents: stamps opening their lines and the clocks told in their prose are
the day's clock of the posts, not positions in the footage they describe."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions.context import (
    _I,
    _IN_MEDIA_AFTER,
    _INTO_AFTER,
    NEAR_CHARS,
    _Clock,
    clause_bounds,
    footage_word,
)
from annotate.moments.exclusions.stamps import _LINE_OPENING

# A clock opening its line, maybe after list or emphasis marks: "19:47 Yellow card", "- **19:40** Attendance".
_LINE_LEAD = regex(r"[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?")
_LINE_CLOCK = regex(r"\n[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?((?:[01]\d|2[0-3]):[0-5]\d)(?![\d:])")
# How far the neighbouring posts' stamps are looked for, and the longest marks before a stamp opening its line.
POST_REACH = 400
LINE_LEAD_CHARS = 12


def _live_post_stamp(c: _Clock) -> bool:
    """A two-digit clock opening its line next to a line opening with a clock that tells the two apart as a live
    blog's posts, newest first: the post above stamped later, or the one below earlier (chapters, line-ups and
    running orders go forward)."""
    if not _LINEUP_CLOCK.fullmatch(c.text, c.bare, c.end):
        return False
    line = c.text.rfind("\n", max(0, c.bare - LINE_LEAD_CHARS), c.bare) + 1  # a bounded look back: long lines
    if (line == 0 and c.bare > LINE_LEAD_CHARS) or not _LINE_LEAD.fullmatch(c.text, line, c.bare):
        return False
    stamp = c.text[c.bare:c.end]
    below = _LINE_CLOCK.search(c.text, c.end, c.end + POST_REACH)
    if below is not None and below.group(1) >= stamp:
        # going forward below: a list of positions ("12:40 the save\n15:02 the goal"), unless told as a live blog
        return _told_live(c.text, line, c.end) or _minutes_keep_pace(c.text, c.bare, below.start(1))
    above = list(_LINE_CLOCK.finditer(c.text, max(0, line - 1 - POST_REACH), line - 1))
    if above:
        return above[-1].group(1) > stamp or _told_live(c.text, line, c.end) \
            or _minutes_keep_pace(c.text, above[-1].start(1), c.bare)
    return below is not None


# A match's minute right after a live post's stamp: "15:09 8': Owuor hits the bar", "15:24 23 min: GOAL".
_MATCH_MINUTE_AFTER = regex(
    r"[^\S\n]*[—–:|-]?[^\S\n]*(?P<minute>\d{1,3})(?:\+\d{1,2})?(?:['’′]|[^\S\n]?mins?\b)")
# How far the day's clock may run ahead of the match's minutes between two posts (the half-time break, stoppages).
MATCH_BREAK_MINUTES = 25


def _minutes_keep_pace(text: str, first: int, second: int) -> bool:
    """Two stamps opening lines (at ``first``, then ``second``), each followed by a match's minute, whose clocks
    move on as the minutes do: a minute-by-minute report's posts by the day's clock ("15:09 8' ...\n15:24 23' ...",
    15 minutes both), not a highlights chapter list's positions ("03:12 12' ...\n05:40 41' ...")."""
    a, b = _MATCH_MINUTE_AFTER.match(text, first + 5), _MATCH_MINUTE_AFTER.match(text, second + 5)
    if a is None or b is None:
        return False
    clock = (int(text[second:second + 2]) - int(text[first:first + 2])) * 60 \
        + int(text[second + 3:second + 5]) - int(text[first + 3:first + 5])
    played = int(b.group("minute")) - int(a.group("minute"))
    return 0 <= played <= clock <= played + MATCH_BREAK_MINUTES


# A line after a live blog's posts that names the footage apart, with a position of its own ("Replay: the move is 24
# minutes into the replay").
_FOOTAGE_LINE = regex(
    r"\n[^\S\n]*(?:[#*>_]+[^\S\n]*)?(?:full[^\S\n]+)?(?:replay|re-?watch|watch|video|highlights|catch[\s-]?up|"
    r"footage|vod)\b[^\S\n]*[:—–-][^\n]*\d[^\n]*", _I)


# A label that makes the line stamps after it a document's clock of the world: a live blog's header or title
# ("LIVE: ...", "... — as it happened", "— minute by minute", "— every update", "Live updates"), its reload note
# ("Refresh for updates"); or a note on the clocks ("All times BST", "all times from the cameras' own clocks",
# "Timeline (camera clock):").
_CLOCK_DOC_LABEL = regex(
    r"(?:^|\n)[^\S\n]*(?:[#*>_]+[^\S\n]*)?(?:<[a-zA-Z][^<>\n]{0,30}>[^\S\n]*)*(?:(?-i:LIVE)\b|live[^\S\n]*[:—–]|live[^\S\n]+-[^\S\n]|"
    r"live[^\S\n]+(?:blog|updates?|coverage|text|commentary|report)\b|as[^\S\n]+it[^\S\n]+happen(?:ed|s)\b|"
    r"minute(?:[^\S\n]|-)+by(?:[^\S\n]|-)+minute\b)"
    r"|[—–:|,-][^\S\n]*(?:as[^\S\n]+it[^\S\n]+happen(?:ed|s)|minute(?:[^\S\n]|-)+by(?:[^\S\n]|-)+minute|every[^\S\n]+update|"
    r"(?:the[^\S\n]+)?latest[^\S\n]+updates|live(?:[^\S\n]+(?:blog|updates?|coverage|text|commentary))?)[^\S\n]*(?:[*_]+|</\w+>)?"
    r"[^\S\n]*(?=\n|$)"
    # where the coverage is from, after the dash: "Day 6 — Live coverage from court 4", "— live updates at Westminster"
    r"|[—–:|,-][^\S\n]*live[^\S\n]+(?:blog|updates|coverage|text|commentary)[^\S\n]+(?:from|at|in|inside)[^\S\n]+"
    r"[^\n.!?]{1,40}(?=\n|$)"
    # a title naming itself a live blog anywhere on its line: "Courtroom live blog: Day 6 of the inquest"
    r"|\blive[^\S\n]*-?blog\b(?=[^\S\n]*(?:[:—–|]|-[^\S\n]|\n|$))"
    r"|\brefresh\s+(?:(?:the|this)\s+page\s+)?for\s+(?:the\s+latest\s+|live\s+|more\s+)?updates\b"
    r"|\ball\s+times\s+(?:are\s+|shown\s+|given\s+|below\s+|quoted\s+|here\s+)*"
    r"(?:(?:in|as)\s+)?(?:(?-i:[A-Z]{2,4})\b|local\b|UK\b|UTC\b)"
    # "(times in GMT)", "Times are local"
    r"|\btimes\s+(?:are\s+|shown\s+|given\s+|quoted\s+)?(?:(?:in|as)\s+)?(?:local\b|"
    r"(?-i:GMT|BST|UTC|CET|CEST|EET|IST|JST|AEST|AEDT|[ECMP][SD]?T)\b)"
    r"|\ball\s+times\s+(?:are\s+)?(?:from|by|per|according\s+to|taken\s+from|read\s+(?:off|from)|as\s+shown\s+(?:on|by))"
    r"\s+(?:the\s+)?[\w'’ -]{0,40}?\bclocks?\b"
    # a list's lead-in told in a clock: "Timeline (camera clock):", "Times by the dashcam's clock:"
    r"|\b(?:times?|timeline|log)\b[^\n:]{0,60}\bclocks?\b[^\n:]{0,40}:[^\S\n]*(?=\n)"
    # ... or opening on the clock it reads ("Using Video C's clock, corrected for BST:", "By the doorbell camera's
    # clock:"), and a heading told in times of day ("Timeline, in times of day")
    r"|(?:^|\n)[^\S\n]*(?:using|by|per|according\s+to|going\s+by)\s+[^\n:]{0,40}?\bclocks?\b[^\n:]{0,40}:[^\S\n]*(?=\n)"
    r"|\bin\s+times\s+of\s+(?:the\s+)?day\b[^\S\n]*:?[^\S\n]*(?=\n)", _I)
# A stamp under a minute opening a line: a chapter list or a transcript walks through footage from its start.
_ZERO_LINE_STAMP = regex(r"\n[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?[\[(]?0?0:[0-5]\d(?::[0-5]\d)?(?![\d:])")
# A two-digit clock opening its line, with its seconds or not: "16:45 KO ...", "- 02:14:37 — Car park camera".
_CLOCK_STAMP = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:]|[.,]\d)")
# A two-digit clock opening its line, its seconds told or not: a live blog's "19:47 Yellow card", a presenter log's
# "06:12:30  Ad break 1" under "All times SAST" (round 96).
_LOG_LINE_CLOCK = regex(
    r"\n[^\S\n]*(?:[-*•>#]+[^\S\n]*)?(?:[*_]{1,2})?((?:[01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d)?(?![\d:])")
# A clock in a live document's prose, its hour in one digit or its seconds told: "Signed: Z. Mthembu, 07:05", "The
# 6:00 and 7:00 news bulletins", "06:40:20 ad break moved" (round 96).
_PROSE_CLOCK = regex(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![:\d])")
# Where a clause of a sentence opens or closes: a clock's clause names footage or not ("Outside broadcast on Friday;
# van leaves the studio at 05:15": the van's time names none).
_LOG_CLAUSE_BREAK = regex(r"[;:]\s")
# How far from the stamps' first and last a clock told in the prose of a live document is taken for its day's.
LIVE_PROSE_MINUTES = 60


@lru_cache(maxsize=8)
def _clock_document(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, int] | None]:
    """Read once per text: where each label that makes the line stamps after it world clocks ends, where a line
    opens with a stamp under a minute, and the first and last minute of the day of the two-digit clocks opening
    lines after the first label."""
    labels = _label_ends(text)
    if not labels:
        return (), (), None
    zeros = tuple(m.start() for m in _ZERO_LINE_STAMP.finditer(text, labels[0]))
    minutes = [int(m.group(1)[:2]) * 60 + int(m.group(1)[3:5]) for m in _LOG_LINE_CLOCK.finditer(text, labels[0])]
    return labels, zeros, (min(minutes), max(minutes)) if minutes else None


# Every label holds one of these words (casefolded); the label pattern is run only around them, as scanning a
# whole 1 MB text with it costs over a second.
_LABEL_WORDS = ("live", "happen", "minute", "update", "times", "clock")
# A zone after "times" (casefolded): "times in gmt", "times are local".
_ZONE_NEAR = regex(r"\s+(?:(?:are|shown|given|quoted|in|as)\s+)*"
                        r"(?:local|gmt|bst|utc|cet|cest|eet|ist|jst|aest|aedt|[ecmp][sd]?t)\b")
# A lead-in opening its line on the clock it reads ("using video c's clock", "by the camera's clock"), casefolded.
_CLOCK_LEAD_IN = regex(r"(?:^|\n)[^\S\n]*(?:using|by|per|according\s+to|going\s+by)\s")
# "in times of day" (casefolded, after "times").
_OF_DAY = regex(r"\s+of\s+(?:the\s+)?day\b")
# How far either side of such a word a label reaches.
LABEL_REACH = 120


def _label_ends(text: str) -> tuple[int, ...]:
    """Where each of ``_CLOCK_DOC_LABEL``'s matches in ``text`` ends, in order."""
    folded = text.casefold()
    if len(folded) != len(text):
        folded = text.lower()  # (a casefold that changed the length would shift the offsets)
    ends: set[int] = set()
    for word in _LABEL_WORDS:
        at = folded.find(word)
        while at >= 0:
            if _may_label(folded, word, at):
                # the word's line, from its break (a line's opening is part of some labels), within reach
                lo = max(0, at - LABEL_REACH)
                lo = max(lo, text.rfind("\n", lo, at))
                hi = text.find("\n", at, at + LABEL_REACH)
                hi = min(len(text), at + LABEL_REACH) if hi < 0 else hi + 1  # (the break: some labels end there)
                ends.update(m.end() for m in _CLOCK_DOC_LABEL.finditer(text, lo, hi))
            at = folded.find(word, at + len(word))
    return tuple(sorted(ends))


def _may_label(folded: str, word: str, at: int) -> bool:
    """Cheap tests that a label can hold ``word`` at ``at`` (of the casefolded text), before the label's pattern
    is run there: a clock's label has "time" or "log" before and a colon after; "minute" is "minute by minute";
    "live" and a live title's "happen" stand near a line's start or end; "update" follows a word that makes it a
    label's."""
    if word == "clock":
        before = folded[max(0, at - 70):at]
        return ("time" in before or "log" in before or _CLOCK_LEAD_IN.search(before) is not None) \
            and (":" in folded[at:at + 50] or "all times" in before)
    if word == "times":
        return folded.startswith("all ", at - 4) or _ZONE_NEAR.match(folded, at + 5) is not None \
            or _OF_DAY.match(folded, at + 5) is not None
    if word == "minute":
        return "by" in folded[at + 6:at + 11]
    if word == "update":
        return any(w in folded[max(0, at - 20):at] for w in ("every", "latest", "live", "for"))
    if word in ("live", "happen"):
        return folded.rfind("\n", max(0, at - 80), at) >= 0 or at < 80 or folded.find("\n", at, at + 30) >= 0 \
            or at + 30 >= len(folded)
    return True


def _document_label(text: str, line: int) -> bool:
    """A label above ``line`` makes its line stamps world clocks, and no stamp under a minute opens a line
    between them (a chapter list from 0:00)."""
    labels, zeros, _ = _clock_document(text)
    i = bisect_right(labels, line)
    if i == 0:
        return False
    j = bisect_left(zeros, labels[i - 1])
    return j == len(zeros) or zeros[j] >= line


def _labelled_line_stamp(c: _Clock) -> bool:
    """A two-digit clock opening its line (after list marks) under a label that makes the document's line stamps
    world clocks: a live blog's post ("LIVE: ... — as it happened", "— minute by minute"), told newest or oldest
    first; a timeline told in the cameras' clocks ("all times from the cameras' own clocks"). A chapter list that
    starts at 0:00 below such a label keeps its positions."""
    return _CLOCK_STAMP.fullmatch(c.text, c.bare, c.end) is not None \
        and _LINE_OPENING.search(c.text, max(0, c.bare - NEAR_CHARS), c.bare) is not None \
        and _document_label(c.text, c.bare)


def _live_prose_clock(c: _Clock) -> bool:
    """A two-digit clock told in the prose of a live document, within an hour of its posts' stamps, in a sentence
    naming no footage: "Kick-off is at 16:45", "speaking on the pitch at 18:31" (the day's clock, as the stamps)."""
    if not _PROSE_CLOCK.fullmatch(c.text, c.bare, c.end) \
            or footage_word(c.text, *clause_bounds(c.text, c.begin, c.end, c.b, c.e, _LOG_CLAUSE_BREAK)) \
            or _IN_MEDIA_AFTER.match(c.after) or _INTO_AFTER.match(c.after):
        return False
    labels, _, span = _clock_document(c.text)
    if span is None or labels[0] > c.begin or not _document_label(c.text, c.begin):
        return False
    hours, minutes = c.text[c.bare:c.end].split(":")[:2]
    minute = int(hours) * 60 + int(minutes)
    return span[0] - LIVE_PROSE_MINUTES <= minute <= span[1] + LIVE_PROSE_MINUTES


def _told_live(text: str, line: int, end: int) -> bool:
    """Stamps going forward that are a live blog's posts told oldest first: a live header above them, or a line
    after them naming the footage apart with a position of its own (a chapter list's times are the positions)."""
    if _document_label(text, line):
        return True
    after = _FOOTAGE_LINE.search(text, end, end + POST_REACH)
    return after is not None and footage_word(after.group(0))


_LINEUP_CLOCK = regex(r"(?:[01]\d|2[0-3]):[0-5]\d(?![:\d])")
