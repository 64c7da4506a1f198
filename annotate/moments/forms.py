"""Finders for each form of the spec table, producing unresolved candidates.

Each finder reads one sentence and yields ``Candidate`` objects whose values
may still depend on the previous moment (relative forms) or on the footage
length (relative-to-end and fraction forms); ``extract`` resolves them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotate.moments.exclusions import END_OF_RECORDING_BEFORE, footage_word, measure_changed, pipe_table_rule
from annotate.moments.hedges import hedge_after, hedge_before
from annotate.moments.numbers import ONES, parse_duration, word_number
from annotate.moments.patterns import (
    COMPACT,
    DURATION,
    HEDGE,
    INFORMAL_HEDGE,
    LENGTH_MEDIA,
    LINK,
    MEDIA_NOUN,
    MEDIA_WORD,
    NUMBER,
    RECORDED_TALK,
    TC_TEXT,
    TIMECODE,
    UNIT_TOKEN,
    any_stem,
)
from annotate.timecode import ARTICLE_TIMECODE_FPS


@dataclass
class Candidate:
    """A time phrase found in a sentence, before relative/length resolution.

    ``kind`` is one of: point, range, relative, before_end, end_range, fraction.
    For ``point``/``range``, ``start``/``stop`` are absolute; ``relative`` uses
    ``delta``; ``before_end``/``end_range`` use ``tail`` (seconds before the
    end); ``fraction`` uses ``fraction``.  ``begin``/``end`` locate the quote.
    A ``range`` with no ``stop`` runs to the end of the footage ("from 21:14 until the end").
    """

    kind: str
    begin: int
    end: int
    start: float = 0.0
    stop: float | None = None
    approximate: bool = False
    granularity: float = 1.0
    delta: float = 0.0
    tail: float = 0.0
    fraction: float = 0.0
    timecode: bool = False  # built from digits-and-colons (subject to clock exclusions)
    excluded: str = ""  # reason, when the phrase is a non-moment that still claims its span
    own_length: float | None = None  # a fraction's length stated in its own object ("the six-minute flight")
    own_footage: bool = False  # ``own_length`` is the footage's own ("halfway into the 104-minute film"): it wins

    @property
    def length(self) -> int:
        return self.end - self.begin


# --- values -----------------------------------------------------------------------------


def timecode_value(m: re.Match[str], fps: float) -> tuple[float, float]:
    """Seconds and granularity of a TIMECODE match."""
    if m.group("h") is not None:
        value = int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("hs"))
        if m.group("ff") is not None:
            return value + int(m.group("ff")) / fps, 1.0 / fps
        frac = m.group("hfrac")
    else:
        value = int(m.group("m")) * 60 + int(m.group("s"))
        frac = m.group("frac")
    if frac:
        return value + int(frac) / 10 ** len(frac), 10.0 ** -len(frac)
    return float(value), 1.0


def parse_timecode_text(text: str, fps: float) -> tuple[float, float] | None:
    m = TIMECODE.fullmatch(text.strip())
    return timecode_value(m, fps) if m else None


def _link_value(raw: str) -> float | None:
    raw = raw.lower()
    if ":" in raw:
        value = 0.0
        for p in raw.split(":"):
            value = value * 60 + float(p)
    else:
        m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s?)?", raw)
        if not m or not any(m.groups()):
            return None
        h, mi, s = m.groups()
        value = float(h or 0) * 3600 + float(mi or 0) * 60 + float(s or 0)
    return value if math.isfinite(value) else None  # "?t=9…9" (400 digits) is past what a float holds


# --- shared context helpers -------------------------------------------------------------

# A comment's interjection or an emoji, which closes a clause as a full stop would ("like 3min in lmao").
_INTERJECTION = (r"(?:(?:lo+l\w*|lmf?ao+|rofl|haha\w*|tbh|imo|ngl|iirc|xd|fr|smh|btw|istg|ikr|omg)\b"
                 r"|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
# The footage, or its file or a stream's VOD: "the last 10 seconds of the file", "the first 8 s of the VOD".
_FOOTAGE_FILE = rf"(?:{MEDIA_NOUN}|files?|VODs?)"
# Where the footage is watched, after "in": "about ten minutes in on the RTÉ Player", "two minutes in on YouTube".
_ON_PLATFORM = (rf"\s+on\s+(?:the\s+|a\s+|my\s+|our\s+|their\s+)?(?:<[a-z][^<>]{{0,200}}>)?(?:[\w'’.-]+\s+){{0,2}}"
                rf"(?:player|iplayer|youtube|vimeo|twitch|netflix|app|channel|website|site|{MEDIA_NOUN})\b")
# A wiki's note right after a word: "begins 47 minutes in[4] and follows", "in[citation needed]", "in[a]".
_CITATION_MARK = r"\[(?:\d{1,3}|[a-z]|note\s+\d{1,3}|[a-z]+(?:\s[a-z]+){0,2})\]"
# The end of a list's line, the next item or a blank line after it: "2. The handshake, about 31 minutes in\n3. ...".
_LIST_LINE_END = r"[ \t]*\n(?=[ \t]*(?:\d{1,2}[.)](?:[ \t]|$)|[-*•][ \t]|\n))"
_STRONG_ANCHOR_AFTER = re.compile(
    rf"^(?:[\s-]*(?:mark|point|timestamp|time\s?stamp)\b"
    rf"|\s+into\b|\s+through(?=\s+(?:when|where)\s)|\s+in(?={_ON_PLATFORM}|{_CITATION_MARK}|\s*(?:[,;.:)!?\u2014\u2013]|$|{_LIST_LINE_END}|\s+to\s+(?!(?:get|go|come|reach|arrive|make)\b)[a-z]|\s+(?:and|when|as|where|then|while)\s"
    rf"|\s+{_INTERJECTION}"
    # a correction of where it is: "a minute forty in not at the start"
    rf"|\s+not\s+(?:at|from|around|near)\s+(?:the\s+)?(?:start|end|beginning|\d)"
    # a new clause with its subject, unpunctuated as comments are: "a minute twenty in you can see"
    rf"|\s+(?:you|u|we|i|they|he|she)\s+(?:(?:[a-z]+ly|just|then|still|also|even)\s+)?"
    rf"(?:can|could|see|hear|get|will|would|[a-z]+s)\b"
    rf"|\s+(?:shows?|showing|is|are|reveals?|captures?|features?|has|have)\s+(?:the|a|an|his|her|its|their|him|them)\b"
    rf"|\s+(?:the|this|that|his|her|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)))",
    re.IGNORECASE,
)
# Things that an "N minutes into ..." phrase does not measure footage by.
_REAL_WORLD_SPAN = re.compile(
    r"^\s+into\s+(?:the|his|her|its|their|a|an|this|that|my|our|your)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:investigation|surgery|operation|search|siege|war|strike|term|presidency|year|season|shift|"
    r"journey|trip|flight|lockdown|negotiations|talks|ceasefire|campaign|pandemic|crisis|storm|"
    r"hurricane|marriage|career|tenure|administration|month|week|day|night|morning|evening|"
    r"afternoon|decade|century|quarter|half|period|inning|overtime|game|match|race|marathon|"
    r"lap|set|round|leg|heat|bout|fight|"
    # an outing or a sitting the footage is not: "twenty minutes into the walk my knee started"
    r"walk|run|jog|hike|commute|meeting|class|lesson|workout|climb|swim|trek|ascent|descent|"
    r"appointment|procedure|treatment|wait|queue)\b"
    rf"(?!['’]s|\s+(?:[\w'’-]+\s+)?{MEDIA_NOUN}\b)"
    # a length squeezed into another: "compresses six hours into three minutes", "into just 90 seconds"
    rf"|^\s+into\s+(?:(?:just|only|barely|under|less\s+than|a\s+mere)\s+)?(?:{NUMBER}|an?|a\s+few)[\s-]+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(rf"(?<![\w:.-]){DURATION}", re.IGNORECASE)
# Every spoken duration holds a unit ("minutes", "min", "2m"): sentences without one skip the
# duration-based finders, whose patterns open with long number-word alternations.
_DIGIT_UNIT = re.compile(r"\d\s?[hmsHMS](?![a-zA-Z])")
_UNIT_STEMS = ("hour", "hr", "min", "sec")
_UNIT_STEM = any_stem(_UNIT_STEMS)


def has_unit(text: str, b: int, e: int) -> bool:
    """Whether text[b:e] holds a unit word or a digit-unit like "2m" (three finders ask per sentence)."""
    return _sentence_has_unit(text[b:e])


@lru_cache(maxsize=8)
def _sentence_has_unit(sentence: str) -> bool:
    # Substring tests first: an alternation of words is tried at every position, which costs more
    # than the rest of most sentences.
    low = sentence.lower()
    return _UNIT_STEM.search(low) is not None or _DIGIT_UNIT.search(sentence) is not None
_COMPACT_RE = re.compile(COMPACT, re.IGNORECASE)


def _hedge(text: str, begin: int, end: int, floor: int, ceiling: int) -> tuple[bool, int, int]:
    """Apply hedges touching [begin, end): returns (approximate, new_begin, new_end)."""
    approx = False
    hb = hedge_before(text, begin, floor)
    if hb is not None:
        approx, begin = True, hb
    ha = hedge_after(text, end, ceiling)
    if ha is not None:
        approx, end = True, ha
    return approx, begin, end


# --- finders ------------------------------------------------------------------------------


_MARK_AFTER = re.compile(r"[\s-]*(?:minute[\s-]+)?mark\b", re.IGNORECASE)
_MARKS_AFTER = re.compile(r"[\s-]*(?:minute[\s-]+)?marks?\b", re.IGNORECASE)
# Where a range may open: "from"/"between", or a timecode's first digit. Two scans merged by position
# give what one alternation would (no match of one lies inside a match of the other) at a fraction of
# the cost: the alternation is tried at every position, the scans only where their first letter is.
_RANGE_KEYWORD = re.compile(r"(?<![\w])(?:from|between)\s+", re.IGNORECASE)
_RANGE_DIGIT = re.compile(r"(?<![\w:.])\d{1,3}:\d\d")
_RANGE_WORD_STEMS = ("from", "between")
# "0600 hours", and the British "09.45 hrs": times of day, not 9.45 hours
# Minutes and seconds written with a dot, as in Indian usage: "at 3.05 minutes" is 3:05 (two digits, under 60).
_DOTTED_MINUTES = re.compile(r"(\d{1,3})\.([0-5]\d)\s*(?:minutes?|mins?)", re.IGNORECASE)
_DOTTED_END = re.compile(r"(?<![\w.])\d{1,3}\.[0-5]\d\s*(?:minutes?|mins?)\Z", re.IGNORECASE)
# A reader sent to watch: "kindly see", "watch", "play it", "skip".
_VIEWING = re.compile(r"\b(?:see|watch|play|view|skip|jump|check|listen)\w*", re.IGNORECASE)
_MILITARY = re.compile(r"[0-2]\d{3}\s*(?:hours|hrs|h)|(?:[01]\d|2[0-3])[.:][0-5]\d\s*(?:hours|hrs|h)", re.IGNORECASE)
_INTO = re.compile(r"\s+into\b", re.IGNORECASE)
_DETERMINER_END = re.compile(r"(?<![\w])(?:an?|the|this|that|its|his|her|their)\s+$", re.IGNORECASE)


def find_timecodes(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """Timecodes (``2:27``, ``1:02:03``, ``00:02:27,500``, ``00:04:10:15``, ``92:05``),
    with an optional trailing ``mark``; and a forum's typo ``skip to 2;45``."""
    if text.find(";", b, e) >= 0:
        yield from _semicolon_typos(text, b, e)
    if text.find(":", b, e) < 0:
        return  # every timecode has a colon; most sentences without one need no scan
    for m in TIMECODE.finditer(text, b, e):
        value, gran = timecode_value(m, fps)
        begin, end = m.start(), m.end()
        mark = _MARK_AFTER.match(text, end, e)
        if mark:
            end = mark.end()
        approx, begin, end = _hedge(text, begin, end, b, e)
        yield Candidate("point", begin, end, start=value, approximate=approx,
                        granularity=gran, timecode=True)


# "skip to 2;45": a semicolon typed for the colon, trusted only right after a seek verb.
_SEMICOLON_TC = re.compile(
    r"(?<![\w])(?:(?:skip|jump|go|fast[\s-]forward|rewind|scroll|seek)\s+(?:ahead\s+|back\s+)?to)\s+"
    r"(?P<m>\d{1,2});(?P<s>[0-5]\d)(?![\d;:])",
    re.IGNORECASE,
)


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
        while end > m.start() and text[end - 1] in ".,;:!?)":
            end -= 1
        if _restates_link_text(text, b, begin, value) or _restates_anchor_text(text, begin, end, e, value):
            # "[02:14](https://youtu.be/x?t=134)", "<a href=...?t=134>2:14</a>": one moment, told by its visible
            # time; the target still claims its span, so its "#t=2m14s" is read as no spoken time either
            yield Candidate("point", begin, end, start=value, granularity=1.0, excluded="link restates its text")
            continue
        yield Candidate("point", begin, end, start=value, granularity=1.0)


_LINK_TEXT = re.compile(r"\[(?P<t>[^\[\]]{1,40})\]\(<?$")


def _restates_link_text(text: str, b: int, begin: int, value: float) -> bool:
    """The link is the target of a Markdown link whose text tells the same time."""
    m = _LINK_TEXT.search(text, max(b, begin - 45), begin)
    return m is not None and _shows_time(m.group("t"), value)


_HREF_BEFORE = re.compile(r"\bhref\s*=\s*[\"']?$", re.IGNORECASE)
# The anchor's text, tags inside it allowed: '<a href="…?t=155"><b>2:35</b></a>'.
_ANCHOR_TEXT = re.compile(r"[^\s>]*\s*(?:[^<>]*)>(?P<t>(?:[^<>]|<[^<>]{1,20}>){1,60}?)</a\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_DIGIT_RUN = re.compile(r"\d+")


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


def _atom_at(text: str, pos: int, e: int, fps: float) -> tuple[float, float, int, bool] | None:
    """A timecode or spoken duration starting exactly at ``pos``: (seconds, granularity, end, is_timecode)."""
    m = TIMECODE.match(text, pos, e)
    if m:
        value, gran = timecode_value(m, fps)
        return value, gran, m.end(), True
    d = _DURATION_RE.match(text, pos, e)
    if d:
        parsed = parse_duration(d.group(0))
        dotted = _DOTTED_MINUTES.fullmatch(d.group(0))
        if dotted:  # "from 5.30 min till 6.10 min": minutes and seconds, as _Spoken.read reads one
            return int(dotted.group(1)) * 60.0 + int(dotted.group(2)), 1.0, d.end(), False
        if parsed:
            return parsed[0], parsed[1], d.end(), False
    return None


# Markdown or HTML emphasis or code around either end ("from **12:00** to **13:30**", "from <b>2:14</b> to <b>2:40</b>",
# "From `1:05:30` – `1:07:00`").
_EMPHASIS = r"(?:[*_`]{1,2}|</?(?:b|strong|em|i|mark|code)>)?"
# Either end may be a link's text: "watch from [2:14](https://youtu.be/x?t=134) to 2:30", "from <a href=…>2:14</a> to".
_LINK_OPEN = r"(?:\[|<a\s[^<>]{0,300}>)?"
_LINK_CLOSE = r"(?:\]\([^()\s]{1,300}\)|</a\s*>)?"
_RANGE_OPEN = re.compile(
    rf"(?:(?P<kw>from|between)\s+)?(?P<h1>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}{_LINK_OPEN}{_EMPHASIS}", re.IGNORECASE)
# HTML as pasted: "1:47&ndash;2:20", "from&nbsp;2:00 to&nbsp;2:15".
_HTML_SPACE = r"(?:\s|&nbsp;|&#160;)"
_PLAYED_ON = r"(?:and\s+)?(?:play|run|roll|watch|continue)(?:\s+it)?(?:\s+(?:on|through))?\s+(?:to|until|till|through)"
_RANGE_MID = re.compile(
    rf"(?:[\s-]*mark|\s+in\b)?{_EMPHASIS}{_LINK_CLOSE}{_EMPHASIS}{_HTML_SPACE}*"
    # "go back to 1:58 and play through to 2:30": a stretch played from the one to the other
    rf"(?P<sep>-->|→|-|–|—|&ndash;|&mdash;|&#821[12];|to|until|till|til|through|thru|{_PLAYED_ON}|and){_HTML_SPACE}*"
    # "from 3:50 to the final frame at 4:12": the end named, then its time
    rf"(?:the\s+{_EMPHASIS}(?:very\s+)?(?:final|last|closing|end(?:ing)?)\s+(?:frames?|shots?|images?|scenes?|cuts?|credits|fade)"
    rf"{_EMPHASIS}\s+at\s+(?:the\s+)?)?"
    rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}{_LINK_OPEN}{_EMPHASIS}",
    re.IGNORECASE,
)
_BARE_NUMBER_MID = re.compile(
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?P<sep>-|–|to|and)\s*", re.IGNORECASE
)


# A verb of staying, then (a word or two: "on screen", "in frame") its end: "stays until", "remains visible till".
_LASTING_UNTIL = (r"(?:stays|stay|staying|remains|remain|remaining|lingers|linger|lingering)"
                  r"(?:\s+(?:on\s+(?:screen|camera|stage)|onscreen|in\s+(?:the\s+)?(?:frame|shot|view|picture)|"
                  r"visible|there|up|put|around|on))?\s+(?:until|till)")
# "starts at 14:02 and runs until 14:40", "play it starting at 3:14 and stopping at 3:40": a start and an end said
# with verbs.
_UNTIL_TAIL = (
    rf"\s+at\s+"
    rf"(?P<h1>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<a>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?\s*,?\s+(?:and\s+)?"
    rf"(?:(?:then|it|they|he|she)\s+){{0,2}}"
    rf"(?:(?:runs|lasts|continues|goes|running|lasting|continuing|going|carries|carrying|keeps\s+going|keeps\s+on|"
    rf"run|last|continue|go|carry|keep\s+going|keep\s+on)"
    rf"(?:\s+on)?\s+(?:until|till|to|through|thru)|{_LASTING_UNTIL}"
    # right after "and", any verb going on, a few words of how: "enters the frame at 0:06 and travels left to right
    # until" ("peaks at 2:58, then fades until 3:40" tells two moments; a verb of lasting keeps its own words above:
    # "stays open until 17:00" is a shop's day)
    rf"|(?<=and\s)(?!(?:stays|remains|lingers|runs|lasts|goes|continues|keeps|carries)\b)[a-z]+s(?:\s+[a-z'’-]+){{0,4}}?\s+(?:until|till)"
    # the player told where to stop ("play it starting at ... and stopping at", "start at ... and stop at": a stretch
    # played); "begins at 22:10 and ends at 29:45", "the siren starts at 0:03 and stops at 1:29" tell two moments
    rf"|(?P<stop>stopping|stop)\s+(?:at|on))"
    rf"\s+(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?"
)
_START_UNTIL = re.compile(
    rf"(?<![\w])(?P<open>starts|begins|starting|beginning|opens|opening|start|begin)(?:\s+[a-z]+ing)?{_UNTIL_TAIL}",
    re.IGNORECASE,
)
# Any verb before the start of a stretch whose end is told with a verb of lasting: "shows up at 0:48 and stays until
# 1:35", "is on screen at 2:10 and remains there till 2:40" (tried where the sentence says "until" or "till").
_ANY_UNTIL = re.compile(rf"(?<![\w'’-])(?P<open>[a-z]+(?:\s+(?:up|in|on|out|back|down|there))?){_UNTIL_TAIL}",
                        re.IGNORECASE)
_UNTIL_WORDS = ("until", "till")


# The openers of a stretch the player is told to play ("starting at ... and stopping at", "start at ... stop at").
_PLAYER_STARTS = frozenset({"starting", "beginning", "start", "begin"})
# The same stretch played "from" its start: "the clip was played from 3:14 and stopped at 3:40", "play the tape
# from 1:10, stopping at 1:45".
_PLAYED_FROM_STOP = re.compile(
    rf"(?<![\w])(?:play|played|playing|replay|replayed|replaying)\b[^.;!?]{{0,40}}?\b(?P<from>from)\s+"
    rf"(?P<h1>(?:{HEDGE})\s+)?{_EMPHASIS}(?P<a>{TC_TEXT}){_EMPHASIS}\s*,?\s+(?:and\s+)?(?:then\s+)?"
    rf"(?:stopped|stopping|stop)\s+(?:at|on)\s+(?P<h2>(?:{HEDGE})\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}",
    re.IGNORECASE,
)


# "out of sync from 00:21:14 until the end", "from 3:10 to the end of the clip": a stretch to the footage's end; a
# line or a list item may open with it, no "from" needed: "- **11:48** to the end — credits".
_UNTIL_END = re.compile(
    rf"(?:(?<![\w])(?P<o>from|starting\s+at|beginning\s+at)\s+|(?<![^\s>]))"
    rf"(?P<h1>(?:{HEDGE})\s+)?(?:the\s+)?(?P<e1>{_EMPHASIS})(?P<a>{TC_TEXT})"
    rf"{_EMPHASIS}(?:[\s-]*mark)?\s*,?\s+(?:(?:all\s+the\s+way|right)\s+)?(?:until|till|to|through|thru)\s+the\s+"
    rf"(?:very\s+)?end\b(?!\s+of\s+(?!(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{_FOOTAGE_FILE}\b))"
    rf"(?:\s+of\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{_FOOTAGE_FILE}\b)?",
    re.IGNORECASE,
)


# "Watch it from the start to 3:44", "from the beginning of the clip until 1:10": a stretch from the footage's start
# (not "from the start of the match to 3:44", another thing's start).
_FROM_START_TO = re.compile(
    rf"(?<![\w])from\s+the\s+(?:very\s+)?(?:start|beginning|top)(?:\s+of\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}"
    rf"{_FOOTAGE_FILE})?\s*,?\s+(?:(?:up|right|all\s+the\s+way)\s+)?(?:to|until|till|through|thru)\s+"
    rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_EMPHASIS}(?P<b>{TC_TEXT}){_EMPHASIS}(?:[\s-]+mark)?",
    re.IGNORECASE,
)
# What may stand before a time that opens its line: a bullet, a number, a quote mark of a reply.
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*")


def find_start_untils(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """``starts at 14:02 and runs until 14:40`` -> 842..880; ``from 21:14 until the end`` -> 1274 to the end."""
    if text.find(":", b, e) < 0:
        return
    if text.find(" end", b, e) >= 0 or text.find(" END", b, e) >= 0 or text.find(" End", b, e) >= 0:
        for m in _UNTIL_END.finditer(text, b, e):
            first = parse_timecode_text(m.group("a"), fps)
            if first is not None:
                begin = m.start("o") if m.group("o") else m.start("h1") if m.group("h1") else m.start("e1")
                if not m.group("o") and not _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, begin) + 1, begin):
                    continue  # (with no "from", only a line's or a list item's opening time)
                yield Candidate("range", begin, m.end(), start=first[0], approximate=bool(m.group("h1")),
                                granularity=first[1], timecode=True)
    low = text[b:e].lower()
    if "the start" in low or "the beginning" in low or "the top" in low or "the very" in low:
        for m in _FROM_START_TO.finditer(text, b, e):
            second = parse_timecode_text(m.group("b"), fps)
            if second is not None and second[0] > 0:
                yield Candidate("range", m.start(), m.end(), start=0.0, stop=second[0],
                                approximate=bool(m.group("h2")), granularity=second[1], timecode=True)
    patterns = (_START_UNTIL, _ANY_UNTIL) if any(w in low for w in _UNTIL_WORDS) else (_START_UNTIL,)
    for m in (m for pattern in patterns for m in pattern.finditer(text, b, e)):
        first = parse_timecode_text(m.group("a"), fps)
        second = parse_timecode_text(m.group("b"), fps)
        if first is None or second is None or second[0] <= first[0]:
            continue
        if m.group("stop") and m.group("open").lower() not in _PLAYER_STARTS:
            continue
        yield Candidate("range", m.start(), m.end(), start=first[0],
                        stop=second[0], approximate=bool(m.group("h1") or m.group("h2")), granularity=first[1],
                        timecode=True)
    if "stop" in text[b:e].lower():
        for m in _PLAYED_FROM_STOP.finditer(text, b, e):
            first = parse_timecode_text(m.group("a"), fps)
            second = parse_timecode_text(m.group("b"), fps)
            if first is not None and second is not None and second[0] > first[0]:
                yield Candidate("range", m.start("from"), m.end(), start=first[0], stop=second[0],
                                approximate=bool(m.group("h1") or m.group("h2")), granularity=first[1], timecode=True)


def find_ranges(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """``from 2:27 to 2:41``, ``between 1:05 and 1:20``, ``2:27-2:41``, ``2:27–2:41``,
    ``from the 2:10 mark to the 2:48 mark``, ``between 30 and 45 seconds in``.
    A range of timecodes whose end is not after its start is still found: it can
    only be a clock range past midnight (``from 23:58:10 to 00:02:30 by the
    camera clock``); the extractor drops it unless it is one."""
    for start in _range_starts(text, b, e):
        found = _range_at(text, start, b, e, fps)
        if found is not None:
            yield found


def _range_starts(text: str, b: int, e: int) -> list[int]:
    sentence = text[b:e]  # the sentence alone: its first word has nothing before it
    starts = [b + m.start() for m in _RANGE_DIGIT.finditer(sentence)] if ":" in sentence else []
    folded = sentence.casefold()
    if any(stem in folded for stem in _RANGE_WORD_STEMS):
        starts = sorted(starts + [b + m.start() for m in _RANGE_KEYWORD.finditer(sentence)])
    return starts


# (seconds, granularity, end, is_timecode) of one end of a range, as _atom_at reads it.
_Atom = tuple[float, float, int, bool]


def _range_at(text: str, pos: int, b: int, e: int, fps: float) -> Candidate | None:
    opener = _RANGE_OPEN.match(text, pos, e)
    if not opener:
        return None
    keyword = (opener.group("kw") or "").lower()
    ends = _range_ends(text, opener.end(), e, fps, keyword)
    if ends is None:
        return None
    first, second, sep, h2 = ends
    if (sep == "and" and keyword != "between") or (
            sep in ("to", "until", "till", "til", "through", "thru") and not keyword and not first[3]):
        return None
    end = second[2]
    tail_mark = _MARKS_AFTER.match(text, end, e)
    if not tail_mark and sep not in _WORD_SEPARATORS and _THE_BETWEEN.search(text, first[2], second[2]):
        return None  # "2:15 — the 24:00 challenge": a chapter's time, a dash, then its title
    if tail_mark:
        end = tail_mark.end()
    elif not (first[3] and second[3]) and not second[3]:
        described = keyword == "between" and _WHERE_AFTER.match(text, end, e)
        if not _STRONG_ANCHOR_AFTER.match(text[end:e]) and not described \
                and not (_DOTTED_MINUTES.fullmatch(text, opener.end(), first[2]) and _DOTTED_END.search(text, b, end)
                         and (MEDIA_WORD.search(text, b, e) or _VIEWING.search(text, b, e))):
            return None  # "from 30 to 45 seconds" alone is a length; "see the video from 5.30 min to 6.10 min" no
        end += _anchor_object(text[end:e])
    if second[0] <= first[0] and not (first[3] and second[3]):
        return None
    begin = pos if keyword else opener.end()
    approx = bool(opener.group("h1") or h2)
    ha = hedge_after(text, end, e)
    if ha is not None:  # "3:02 to 3:20, roughly"
        approx, end = True, ha
    hb = hedge_before(text, begin, b)
    if hb is not None:
        approx, begin = True, hb
    return Candidate("range", begin, end, start=first[0], stop=second[0], approximate=approx,
                     granularity=first[1], timecode=first[3] or second[3])


def find_table_ranges(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A row of a Markdown or HTML table whose header names a Start and an End column: one range from the time
    in the one to the time in the other ("| Intro | 0:00 | 0:45 |" under "| Part | Start | End |"), in a table
    that logs footage (a time in it is under an hour written "0:12" or "00:12", or one no clock shows:
    "1:02:10", "34:10"); a table of clocks ("| Early | 06:00 | 14:00 |") is left to the clock rules."""
    if text.find("|", b, e) >= 0:
        yield from _pipe_row_range(text, b, e, fps)
    elif text.find("<t", b, e) >= 0:
        yield from _html_cell_range(text, b, e, fps)


def _pipe_row_range(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    line = text.rfind("\n", 0, b) + 1
    stop = text.find("\n", line)
    stop = len(text) if stop < 0 else stop
    table = pipe_table_rule(text, line, TABLE_RANGE_REACH)
    if table is None:
        return
    rule, header_end = table
    columns = _start_end_columns(_pipe_cells(text, text.rfind("\n", 0, header_end) + 1, header_end)[1])
    spans, _cells = _pipe_cells(text, line, stop)
    if columns is None or columns[1] >= len(spans):
        return
    first, second = (_cell_timecode(text, *spans[i]) for i in columns)
    if first is None or second is None or not (b <= first.start() and second.end() <= e):
        return
    table_end = text.find("\n\n", line, line + TABLE_RANGE_REACH)
    if not _FOOTAGE_TABLE_TIME.search(text, rule.end(), line + TABLE_RANGE_REACH if table_end < 0 else table_end):
        return
    (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
    if end > start:
        yield Candidate("range", first.start(), second.end(), start=start, stop=end, granularity=granularity)


def _html_cell_range(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """:func:`find_table_ranges` of an HTML table, each cell of which is a sentence: the Start cell's time is the
    range's quote; the End cell's time is claimed, as part of that range, by its whole cell."""
    cell = _HTML_CELL_SPAN.search(text, b, e)
    if cell is None or (time := _cell_timecode(text, *cell.span("c"))) is None:
        return
    reach = max(0, b - TABLE_RANGE_REACH)
    row = text.rfind("<tr", reach, cell.start())
    table = text.rfind("<table", reach, max(0, row))
    header = _HTML_ROW_SPAN.search(text, table) if row >= 0 and table >= 0 else None
    row_end = text.find("</tr", cell.end(), cell.end() + TABLE_RANGE_REACH)
    if header is None or header.start() >= row or row_end < 0:
        return
    columns = _start_end_columns([_TAG_TEXT.sub("", c.group("c")) for c in _HTML_CELL_SPAN.finditer(header.group(0))])
    cells = [c.span("c") for c in _HTML_CELL_SPAN.finditer(text, row, row_end + 5)]
    if columns is None or columns[1] >= len(cells) or cell.span("c") not in (cells[columns[0]], cells[columns[1]]):
        return
    first, second = (_cell_timecode(text, *cells[i]) for i in columns)
    table_end = text.find("</table", row_end, row_end + TABLE_RANGE_REACH)
    if first is None or second is None or not _FOOTAGE_TABLE_TIME.search(
            text, table, row_end + TABLE_RANGE_REACH if table_end < 0 else table_end):
        return
    (start, granularity), (end, _g) = timecode_value(first, fps), timecode_value(second, fps)
    if end <= start:
        return
    if time.start() == first.start():
        yield Candidate("range", first.start(), first.end(), start=start, stop=end, granularity=granularity)
    else:
        yield Candidate("point", cell.start(), cell.end(), start=end, excluded="end of a table's range")


def _start_end_columns(header: list[str]) -> tuple[int, int] | None:
    """The first Start and End columns of a table's header cells, the End one after."""
    names = [_TABLE_MARKUP.sub("", cell).strip().casefold() for cell in header]
    starts = [i for i, h in enumerate(names) if _START_HEADER.fullmatch(h)]
    ends = [i for i, h in enumerate(names) if _END_HEADER.fullmatch(h)]
    return (starts[0], ends[0]) if starts and ends and starts[0] < ends[0] else None


def _pipe_cells(text: str, line: int, stop: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The cells of the table line text[line:stop] (the spans and texts between its pipes, outer pipes dropped)."""
    bounds = [line - 1] + [i for i in range(line, stop) if text[i] == "|"] + [stop]
    spans = [(lo + 1, hi) for lo, hi in zip(bounds, bounds[1:])]
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]  # "| a | b |": nothing before the first pipe
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans, [text[lo:hi] for lo, hi in spans]


def _cell_timecode(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The timecode a table cell holds alone (maybe in bold or code markup)."""
    m = TIMECODE.search(text, lo, hi)
    if m is None or _TABLE_MARKUP.sub("", text[lo:m.start()] + text[m.end():hi]).strip():
        return None
    return m


# How far a Markdown table's header is looked for above a row, and its times below it.
TABLE_RANGE_REACH = 2000
_TABLE_MARKUP = re.compile(r"[*_`]+|</?(?:b|strong|em|i|code|time|span)\b[^<>]{0,40}>", re.IGNORECASE)
_HTML_CELL_SPAN = re.compile(r"<t[dh]\b[^<>]{0,30}>(?P<c>.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW_SPAN = re.compile(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_TAG_TEXT = re.compile(r"<[^<>]*>")
# A Start or End column's header, maybe with its unit: "Start", "TC In", "End (mm:ss)".
_START_HEADER = re.compile(
    r"(?:start|starts|start\s+time|begins?|from|(?:tc\s+|timecode\s+)?in|in[\s-]point|time\s+in)(?:\s*\([^()]*\))?")
_END_HEADER = re.compile(
    r"(?:end|ends|end\s+time|stop|stops|to|until|(?:tc\s+|timecode\s+)?out|out[\s-]point|time\s+out)"
    r"(?:\s*\([^()]*\))?")
# A time only footage is logged in: under an hour written with a zero hour, or one no clock shows.
_FOOTAGE_TABLE_TIME = re.compile(
    r"(?<![\d:.])(?:0?0:[0-5]\d(?::[0-5]\d)?|[1-9]:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d|\d{3}):[0-5]\d)(?![\d:])")


_WORD_SEPARATORS = frozenset({"to", "until", "till", "til", "through", "thru", "and"})
_THE_BETWEEN = re.compile(r"\bthe\b", re.IGNORECASE)
# "the good part is between 22 and 24 minutes where she opens the box": a stretch of the video, described.
_WHERE_AFTER = re.compile(r"\s+(?:where|when)\s+(?:she|he|they|it|the|you|we|i)\b", re.IGNORECASE)


def _range_ends(text: str, first_pos: int, e: int, fps: float, keyword: str) \
        -> tuple[_Atom, _Atom, str, str | None] | None:
    """Both ends of a range, its separator and the hedge of its second end."""
    first = _atom_at(text, first_pos, e, fps)
    if first is None:
        return _bare_number_range(text, first_pos, e, fps) if keyword else None
    mid = _RANGE_MID.match(text, first[2], e)
    if not mid:
        return None
    second = _atom_at(text, mid.end(), e, fps)
    if second is None:
        return None
    sep = mid.group("sep").lower()
    return first, second, "to" if " " in sep else sep, mid.group("h2")


def _bare_number_range(text: str, first_pos: int, e: int, fps: float) -> tuple[_Atom, _Atom, str, None] | None:
    """"between 30 and 45 seconds in": the first number borrows the second's unit."""
    bm = _BARE_NUMBER_MID.match(text, first_pos, e)
    if not bm:
        return None
    second = _atom_at(text, bm.end(), e, fps)
    if second is None or second[3]:
        return None
    unit = re.search(r"(hours?|minutes?|seconds?|mins?|secs?)\W*$", text[bm.end():second[2]], re.I)
    parsed = parse_duration(f"{bm.group('n')} {unit.group(1)}") if unit else None
    if parsed is None:
        return None
    return (parsed[0], parsed[1], bm.start("sep"), False), second, bm.group("sep").lower(), None


# A length hedged, plainly or as chat says it: "for about 20 seconds", "for like 10 min", "for maybe a minute".
_LENGTH_HEDGE = rf"(?:{HEDGE}|{INFORMAL_HEDGE})"
# A short aside set off by dashes or brackets: " — I timed it —", " (by my watch)".
_SL_ASIDE = r"\s*(?:(?:—|–|--)[^—–\n\d]{1,40}?(?:—|–|--)|\([^()\n\d]{1,40}\))"
_SL_PATTERNS = [
    # "for about 20 seconds starting at 1:40"
    re.compile(
        # a length spent, then its start: "spends almost ten minutes, starting around 23 minutes in"
        rf"(?<![\w])(?:for|lasting|which\s+lasts|that\s+lasts|over|in|within|spends|spend|spent|spending)\s+"
        rf"(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION})"
        rf"\s*,?\s+(?:starting|beginning|from|that\s+starts|that\s+begins)\s+(?:at\s+)?(?P<h2>(?:{HEDGE})\s+)?"
        rf"(?:the\s+)?(?:(?P<t>{TC_TEXT})|(?P<o>{DURATION})(?=[\s-]*mark|\s+in(?:to)?\b))(?:[\s-]*mark|\s+in(?:to\s+"
        rf"(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)?(?![\w'’-]))?",
        re.IGNORECASE,
    ),
    # "starting at 3:40 and lasting 12 seconds", "beginning at 2:27, for about 20 seconds"
    re.compile(
        rf"(?<![\w])(?:starting|beginning|(?:which\s+|that\s+)?(?:starts|begins))\s+(?:at\s+)?(?P<h2>(?:{HEDGE})\s+)?"
        # the start a timecode or an offset "in": "begins about 31 minutes in and lasts eleven minutes"
        rf"(?:the\s+)?(?:(?P<t>{TC_TEXT})(?:[\s-]*mark)?|(?P<o>{DURATION})\s+in(?:to\s+(?:the|this|that|its)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?)\s*,?\s+(?:and\s+)?(?:(?:lasting|lasts|running|runs|"
        # an aside between the verb and its length: "begins at 1:09:40 and runs — I timed it — for eleven minutes"
        rf"continuing|going\s+on)(?:{_SL_ASIDE})?)?\s*(?:for\s+)?(?P<h1>{_LENGTH_HEDGE}\s+)?(?P<d>{DURATION})"
        rf"(?![\w-]|\s+(?:later|earlier|after|before|afterwards|on\b|in\b|into\b|past\b))",
        re.IGNORECASE,
    ),
    # "a 12-second stretch starting at 3:40"
    re.compile(
        rf"(?<![\w])(?:an?|the)\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+(?:stretch|segment|"
        rf"sequence|section|portion|span|period|passage|window|interval|gap|burst|shot|scene)\s+"
        rf"(?:starting|beginning|that\s+starts|that\s+begins|which\s+starts|which\s+begins|starts|begins)\s+(?:at\s+)?(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?"
        rf"(?P<t>{TC_TEXT})",
        re.IGNORECASE,
    ),
    # "at 2:27 for about 20 seconds"
    re.compile(
        rf"(?<![\w])(?P<t>{TC_TEXT})\s+for\s+(?:the\s+next\s+)?(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})",
        re.IGNORECASE,
    ),
]

_SL_PATTERNS.append(
    # "paused for 10 seconds at 2:40"
    re.compile(
        rf"(?<![\w])for\s+(?:the\s+next\s+)?(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})\s+at\s+(?P<h2>(?:{HEDGE})\s+)?"
        rf"(?:the\s+)?(?P<t>{TC_TEXT})(?:[\s-]*mark)?",
        re.IGNORECASE,
    )
)
# A thing given its length, then where it starts a few words on (no range after the start):
# "the two-minute ad break the broadcaster inserted from 1:58:10", "a 40-second drone pass starting at 3:02";
# and a thing's length told in apposition: "The interval act, all 11 minutes of it, from 2:05:15".
_SL_NOT_RANGE = r"(?![*_]{0,2}(?:</\w+>)?\s*(?:[-–—]|to\b|until\b|till\b|through\b|and\b)\s*\d)"
_SL_MARKUP = r"(?:<(?:b|strong|em|i|time)\b[^<>]{0,40}>|[*_]{1,2})?"  # "from <b>58:10</b>", "from **58:10**"
_SL_PATTERNS.append(
    re.compile(
        rf"(?<![\w])(?:(?:an?|the|its|this|that|his|her|their|[a-z][\w-]*['’]s)\s+|(?=an?\s+(?:hour|minute|second)-long\b))"
        rf"(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+"
        # (a take told with its length is the spec's start plus length too: "a 73-second single take beginning at
        # 10:46" is a range, as "the two-minute silence begins at 8:20" is; "takes" is a verb)
        rf"(?!(?:mark|point|clock|time|drive|walk|ride|flight|wait|queue|delay|journey|takes)\b)[a-z][\w'’-]*"
        rf"(?:\s+(?!(?:from|starting|beginning|starts|begins|at|in|of|takes)\b)[\w'’-]+){{0,5}}?\s+"
        rf"(?:(?:that|which)\s+(?:starts|begins)|starting|beginning|(?P<bare>starts|begins)|from)\s+(?:at\s+)?"
        rf"(?P<h2>(?:{HEDGE})\s+)?"
        rf"(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
_SL_PATTERNS.append(
    re.compile(
        rf"(?:(?<=,)|(?<=,\s))(?:all|the\s+(?:whole|full|entire))\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})\s+of\s+"
        rf"(?:it|them)\s*,\s*(?:(?:starting|beginning|starts|begins)\s+)?(?:from|at)\s+(?P<h2>(?:{HEDGE})\s+)?"
        rf"(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
# A thing's length in an aside, then its start: "The drone pass (40 seconds, starting at 3:02)", "The ovation, nearly
# two minutes long, begins at 1:41:10".
_SL_PATTERNS.append(
    re.compile(
        rf"(?:(?<=\()|(?<=,\s)|(?<=,))(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:[\s-]+long)?\s*,\s*(?:and\s+)?"
        rf"(?:(?:that|which)\s+(?:starts|begins)|starting|beginning|starts|begins)\s+(?:at\s+)?"
        rf"(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?{_SL_MARKUP}(?P<t>{TC_TEXT}){_SL_NOT_RANGE}",
        re.IGNORECASE,
    )
)
# The start first, then a thing told with its length: "Beginning at 3:02, a 40-second pan takes in the bay", "At
# 12:05 a 90-second tracking shot begins" (a whole work's schedule is not: "At 15:00 the 90-minute match starts").
_SL_NOUN_AFTER_LENGTH = r"(?!(?:mark|point|clock|time|drive|walk|ride|flight|wait|queue|delay|journey)\b)[a-z][\w'’-]*"
_SL_PATTERNS.append(
    re.compile(
        rf"(?<![\w])(?P<bare>starting|beginning)\s+at\s+(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?(?P<t>{TC_TEXT})\s*,\s*"
        rf"(?:an?|the)\s+(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+{_SL_NOUN_AFTER_LENGTH}",
        re.IGNORECASE,
    )
)
_SL_PATTERNS.append(
    re.compile(
        rf"(?<![\w])at\s+(?P<h2>(?:{HEDGE})\s+)?(?:the\s+)?(?P<t>{TC_TEXT})\s*,?\s+(?:an?|the)\s+"
        rf"(?P<h1>(?:{HEDGE})\s+)?(?P<d>{DURATION})(?:-long)?\s+{_SL_NOUN_AFTER_LENGTH}"
        rf"(?:\s+(?!(?:at|in|of|from|to)\b)[\w'’-]+){{0,3}}?\s+(?P<bare>begins|starts)\b",
        re.IGNORECASE,
    )
)
_SPENT = re.compile(r"spen[dt]", re.IGNORECASE)
# A whole work, whose start a bare "starts at" tells in the day: "the 45-minute documentary starts at 21:00".
_WHOLE_WORK_NOUN = re.compile(
    r"\b(?:documentar(?:y|ies)|film|movie|episode|programme|program|show|broadcast|stream|livestream|match|game|"
    r"concert|podcast|video|lecture|class|course|session|service|meeting)s?\b", re.IGNORECASE)
# What each pattern needs in the sentence: "starting"/"beginning"/"from" (else "for"), and a timecode's
# colon (the last two need both a timecode and "for"; the second takes an offset "in" too; the two after
# them, a thing's length and its start, need both an opener and a timecode).
_SL_NEEDS = ((True, False), (True, False), (True, True), (False, True), (False, True), (True, True), (True, True),
             (True, True), (True, True), (True, True))


_BETWEEN_MARKS = re.compile(
    # (the first may say its unit too: "between the 2-minute and 3-minute marks", "from the one-minute mark to ...")
    rf"(?<![\w])(?:between|from)\s+the\s+(?P<a>{NUMBER})(?:[\s-]+(?P<u>hour|minute|second|min|sec)s?\b(?:[\s-]+mark\b)?)?"
    rf"[\s-]+(?:and|to)\s+(?:the\s+)?(?P<b>{DURATION})[\s-]+marks?\b",
    re.IGNORECASE,
)


def find_mark_pairs(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``between the two- and three-minute marks``: the first number borrows the second's unit."""
    if "mark" not in text[b:e].lower():
        return
    for m in _BETWEEN_MARKS.finditer(text, b, e):
        second = parse_duration(m.group("b"))
        unit = re.search(r"(hour|minute|second)", m.group("b"), re.IGNORECASE)
        own = m.group("u") or (unit.group(1) if unit else None)
        first = parse_duration(f"{m.group('a')} {own}") if own else None
        if first is None or second is None or second[0] <= first[0]:
            continue
        yield Candidate("range", m.start(), m.end(), start=first[0], stop=second[0], granularity=first[1])


def find_start_lengths(text: str, b: int, e: int, fps: float) -> Iterator[Candidate]:
    """A start plus a length: ``for about 20 seconds starting at 2:27`` -> 147..167."""
    if not has_unit(text, b, e):
        return
    low = text[b:e].lower()
    opener = "start" in low or "begin" in low or "from" in low
    colon = ":" in low
    for pattern, (needs_opener, needs_colon) in zip(_SL_PATTERNS, _SL_NEEDS):
        if not (opener if needs_opener else colon and "for" in low) or (needs_colon and not colon):
            continue
        for m in pattern.finditer(text, b, e):
            length = parse_duration(m.group("d"))
            offset = m.groupdict().get("o")
            if offset is None and _SPENT.match(m.group(0)):
                continue  # "We spent ten minutes, starting at 9:15, ...": a day's clock, unless said as an offset "in"
            if m.groupdict().get("bare") and _WHOLE_WORK_NOUN.search(m.group(0)):
                continue  # "The 45-minute documentary starts at 21:00 on BBC Two": a whole work's schedule
            said = offset or m.group("t")
            tc = parse_timecode_text(said, fps)
            if tc is None:
                spoken = parse_duration(said)
                if spoken is None:
                    continue
                tc = spoken
            if length is None or length[0] <= 0:
                continue
            start, gran = tc
            approx = bool(m.group("h1") or m.groupdict().get("h2"))  # "at 2:27 for 20 seconds" has no second hedge
            begin, end = m.start(), m.end()
            hb = hedge_before(text, begin, b)
            if hb is not None:
                approx, begin = True, hb
            yield Candidate("range", begin, end, start=start, stop=start + length[0], approximate=approx,
                            granularity=gran, timecode=offset is None)


# "later" and "after" as they are also written, misspelt or in dialect and non-native usage: "ten seconds efter"
# (Scots, Scandinavian), "latter", "layter", "afta" (Caribbean, Pidgin), "arter", "l8r".
LATER = r"(?:later|latter|layter|lata|l8e?r)"
AFTER = r"(?:after|efter|eftir|afta|arter)"
_AFTER_RELATIVE_PLUS = re.compile(
    rf"^\s+(?:{LATER}|{AFTER}wards?|{AFTER}\s+that|{AFTER}\s+this|thereafter|on(?=\s*,))\b"
    # "At 18:40 an interview begins. Two minutes and ten seconds after it starts, ...": from the thing just placed
    rf"|^\s+{AFTER}\s+(?:it|that|this|she|he|they)\s+(?:starts|begins|started|began|opens|opened|kicks\s+off)\b"
    # "the crowd cheers 15 seconds after.": a bare "after" closing the clause counts from the moment before
    rf"|^\s+{AFTER}(?=\s*(?:[,;.:!?)\u2014\u2013]|$))", re.IGNORECASE
)
_AFTER_RELATIVE_MINUS = re.compile(
    r"^\s+(?:earlier|before\s+that|before\s+this|previously|prior(?!\s+to))\b"
    # "her allotted three minutes earlier in the evening": a length, then when in the day
    r"(?!\s+(?:in\s+the|that|this|on\s+the)\s+(?:day|morning|afternoon|evening|night|week|month|year|meeting|session)\b)",
    re.IGNORECASE,
)
_AFTER_BEFORE_END = re.compile(
    rf"^\s+(?:before|from)\s+the\s+(?:very\s+)?end\b(?:\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\b)?"
    rf"|^\s+before\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\s+(?:ends|finishes|is\s+over|cuts\s+out|stops)\b"
    rf"|^\s+(?:left|remaining|to\s+go)\s+(?:in|of)\s+the\s+(?:[\w'’-]+[\s-]+){{0,2}}{MEDIA_NOUN}\b",
    re.IGNORECASE,
)
_EVENT_WORD = r"(?!(?:a|an|the|and|as|when|while|then|is|was|are|were|it|he|she|they|we)\b)[\w'’-]+"
# "Twenty seconds after the first shot": counted from the event the previous moment placed.
_AFTER_EVENT = re.compile(
    rf"^\s+(?P<dir>{AFTER}|before)\s+(?:the|that|this|his|her|its|their)\s+"
    rf"(?!(?:[\w'’-]+\s+){{0,2}}(?:start|beginning|end|credits|outro|{MEDIA_NOUN})\b){_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,2}}",
    re.IGNORECASE,
)
_BEFORE_SPAN_WORD = re.compile(r"(?:within|for|in|over|during|lasting|after|than)\s+$", re.IGNORECASE)
# An event-anchored offset longer than this is a world span ("two hours after the storm").
MAX_EVENT_OFFSET_SECONDS = 600.0
_AFTER_FROM_START = re.compile(
    rf"^\s+(?:from|after)\s+the\s+(?:very\s+)?(?:start|beginning)\b(?:\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}"
    # (not "eight seconds from the start of the sentence": of something other than the footage)
    rf"{MEDIA_NOUN}\b|(?!\s+of\s+(?:the|a|an|his|her|its|their|this|that|each|every)\s))|^\s+after\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN}\s+(?:starts|begins|opens)\b",
    re.IGNORECASE,
)
_BEFORE_FIRST = re.compile(
    r"(?:(?:(?<![\w])(?:in|during|within|over|for|across|throughout)\s+)?(?<![\w])(?:the|its|this|(?:the\s+)?[\w-]+['’]s)"
    r"|(?:^|[.!?;:]\s+))\s*(?:very\s+)?(?:first|opening)\s+$",
    re.IGNORECASE,
)
# An audience or a sale counted just before "in the first ...".
_COUNTED_BEFORE = re.compile(
    r"\b(?:views|viewers|downloads|streams|plays|listens|sales|sold|copies|signatures|subscribers|followers|shares|"
    r"likes|retweets|comments|votes|visits|hits|tickets)\b[^.;!?\d]{0,30}$",
    re.IGNORECASE,
)
# (a list's item may open on it: "- final 30 s — paramedics", as "First 10 seconds:" may)
# A verb of recording, then the stretch recorded: "We streamed the first three hours", "a resident filmed the first
# 20 minutes of the march" (not "watched the first ten minutes", footage's).
_RECORDED_BEFORE = re.compile(
    r"(?<![\w])(?:streamed|live-?streamed|recorded|filmed|shot|taped|captured|broadcast|televised|aired)\s+"
    r"(?:(?:only|just)\s+)?(?:the|its)\s+(?:very\s+)?(?:first|opening)\s+$", re.IGNORECASE)
_BEFORE_LAST = re.compile(
    r"(?:(?:(?<![\w])(?:in|during|within|over|for|across|throughout)\s+)?(?<![\w])(?:the|its|this|(?:the\s+)?[\w-]+['’]s)"
    r"|(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)\s*(?:very\s+)?(?:last|final|closing)\s+$",
    re.IGNORECASE,
)
# The word every _BEFORE_FIRST / _BEFORE_LAST match ends with (then spaces): a test of the last few
# characters that spares those patterns' searches at every position of the words before.
_FIRST_WORD = re.compile(r"(?:first|opening)\Z", re.IGNORECASE)
_LAST_WORD = re.compile(r"(?:last|final|closing)\Z", re.IGNORECASE)
_LONGEST_WORD = len("opening")


def _last_word_is(before: str, word: re.Pattern[str]) -> bool:
    """Whether ``before`` ends with spaces after what ``word`` (anchored with \\Z) matches."""
    if not before[-1:].isspace():
        return False
    tail = before.rstrip()  # str.isspace is the \s of a str pattern
    return word.search(tail, max(0, len(tail) - _LONGEST_WORD)) is not None


_BEFORE_AT = re.compile(
    r"(?<![\w])(?:at|from|until|till|til|(?:skip|jump|fast[\s-]forward|go|scroll|rewind|seek|advance|cue|forward)"
    r"(?:\s+(?:ahead|forward|back))?\s+to)\s+$",
    re.IGNORECASE,
)
# After "the first N seconds": "of the video" keeps it footage; "after the storm" makes it an event.
_AFTER_OTHER_EVENT = re.compile(
    rf"^\s+(?:after|following|since|before|of\s+(?!(?:(?:the|this|that|its|his|her|their)\s+)?(?:[\w'’:.-]+[\s-]+){{0,2}}"
    rf"(?:{_FOOTAGE_FILE}|{RECORDED_TALK}|{LENGTH_MEDIA}|package|bulletin|show|special)\b))",
    re.IGNORECASE,
)
_AFTER_LENGTHY = re.compile(
    r"^(?:\s+|-)(?:long|in\s+length|in\s+total|in\s+duration|per|each|apiece|a\s+piece|of\s+(?:footage|video)|"
    r"intervals?|increments?|clip|video|footage|film|recording|segment|of\s+silence)\b",
    re.IGNORECASE,
)
# A length as an adjective ("20-minute") and the noun it describes after it (not "mark", "point": a position's).
_HYPHEN_UNIT_END = re.compile(r"\d-(?:hours?|minutes?|seconds?|mins?|secs?|hr|h)$", re.IGNORECASE)
_NOUN_AFTER_UNIT = re.compile(r"^\s+(?!(?:mark|point|spot|stage|juncture|in|into|and|or|of|to|later|earlier|before|"
                              r"after|ago|past|from|by|the|a|an|it|this|that)\b)[a-z][\w'’-]*", re.IGNORECASE)
_BEFORE_LENGTHY = re.compile(
    r"(?<![\w])(?:for|lasted|lasting|lasts|last|within|spent|spend|took|takes|take|waited|wait|"
    r"runs|(?:(?:to|will|would|can|could|should|might|may|must|they|we|you|i|u|[a-z]+s)\s+)run|running|ran|is|was|"
    r"are|were|be|only|just)\s+$",  # "the corrugation run about 15 minutes in": a run, the noun, tells no length
    re.IGNORECASE,
)
# Ordinal "second" ("a second volley", "at a second location") needs a strong anchor.
_ORDINAL_RISK = re.compile(r"^(?:an?|one)\s+second$", re.IGNORECASE)
_THE_UNIT = re.compile(
    r"(?<![\w])(?:the|its|(?:the\s+)?[\w-]+['’]s)\s+(?:very\s+)?(?P<which>first|opening|last|final|closing)\s+"
    r"(?P<u>minute|hour|half[\s-]minute|second|half[\s-]hour)\b(?P<half>\s+and\s+a\s+half)?",
    re.IGNORECASE,
)
# "at the minute mark", "the hour mark": one unit.
_UNIT_MARK = re.compile(r"(?<![\w-])(?P<u>minute|hour|half[\s-]hour)[\s-]+mark\b", re.IGNORECASE)
# "twenty-seven seconds past the two-minute mark": the mark plus (or minus) an offset.
_PAST_MARK = re.compile(
    rf"(?<![\w-])(?P<d>{DURATION})\s+(?P<dir>past|after|beyond|before|short\s+of|shy\s+of)\s+the\s+"
    rf"(?P<x>{TC_TEXT}|{DURATION}|minute|hour)[\s-]+mark\b",
    re.IGNORECASE,
)
# Words each pattern cannot match without (cheap substring gates for the sentence).
_WHICH_WORDS = ("first", "opening", "last", "final", "closing")
_FRACTION_WORDS = ("half", "mid", "quarter", "third", "way")
_UNIT_SECONDS = {"minute": 60.0, "hour": 3600.0, "half hour": 1800.0}
# Spoken offsets with only "at" before them are not trusted beyond this (``at 48 hours``).
MAX_WEAK_OFFSET_SECONDS = 12 * 3600.0


_OF_MEDIA = re.compile(
    rf"^\s+(?:of|in|into)\s+(?:(?:the|this|that|its|his|her|their|a|an)\s+)?(?:[\w'’:.-]+[\s-]+){{0,3}}{_FOOTAGE_FILE}\b",
    re.IGNORECASE,
)
_INTO_OBJECT = re.compile(
    r"^\s+into\s+(?:(?:the|a|an|this|that|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*[,;.:!?)]|$)",
    re.IGNORECASE,
)


def _of_media(after: str) -> int:
    """Length of a following "of the three-minute video" that belongs to the quote."""
    m = _OF_MEDIA.match(after)
    return m.end() if m else 0


def _anchor_object(after: str) -> int:
    """Length of the anchor that belongs to the quote: " in", " into the video", " mark"."""
    for pattern in (_OF_MEDIA, _INTO_OBJECT):
        m = pattern.match(after)
        if m:
            return m.end()
    m = re.match(r"^\s+(?:in|into)\b", after, re.IGNORECASE)
    return m.end() if m else 0


def find_spoken(text: str, b: int, e: int) -> Iterator[Candidate]:
    """Spoken offsets and the forms built on them: ``ninety seconds into the
    video``, ``the four-minute mark``, ``2m27s``, ``ten seconds later``,
    ``20 seconds before the end``, ``in the first 10 seconds``, ``in the final 30 seconds``."""
    if not has_unit(text, b, e):
        return
    for m in _DURATION_RE.finditer(text, b, e) if UNIT_TOKEN.search(text, b, e) else ():
        spoken = _Spoken.read(text, b, e, m)
        if spoken is None:
            continue
        for reader in _SPOKEN_READERS:
            found = reader(spoken)
            if found is not None:
                if found is not _SKIP:
                    yield found  # type: ignore[misc]
                break
    low = text[b:e].lower()
    if any(w in low for w in _WHICH_WORDS):
        yield from _unit_spans(text, b, e)
    if "mark" in low:
        yield from _unit_marks(text, b, e)
        yield from _past_marks(text, b, e)
        yield from _minute_second_marks(text, b, e)


@dataclass
class _Spoken:
    """A spoken duration in a sentence and the words either side of it, for the readers below."""

    text: str
    b: int
    e: int
    phrase: str
    value: float
    gran: float
    begin: int  # the quote, hedges included
    end: int
    approx: bool
    before: str  # up to 60 characters before the quote
    after: str  # the rest of the sentence after the quote

    @classmethod
    def read(cls, text: str, b: int, e: int, m: re.Match[str]) -> _Spoken | None:
        parsed = parse_duration(m.group(0))
        if parsed is None or _MILITARY.fullmatch(m.group(0)):
            return None  # "0600 hours": military time of day
        dotted = _DOTTED_MINUTES.fullmatch(m.group(0))
        if dotted:
            parsed = (int(dotted.group(1)) * 60.0 + int(dotted.group(2)), 1.0)
        approx_b = hedge_before(text, m.start(), b)
        begin = approx_b if approx_b is not None else m.start()
        approx_a = hedge_after(text, m.end(), e)
        end = approx_a if approx_a is not None else m.end()
        return cls(text, b, e, m.group(0), parsed[0], parsed[1], begin, end,
                   approx_b is not None or approx_a is not None, text[max(b, begin - 60):begin], text[end:e])

    @property
    def compact(self) -> bool:
        return bool(_COMPACT_RE.fullmatch(self.phrase))

    @property
    def ordinal_risk(self) -> bool:
        return bool(_ORDINAL_RISK.match(self.phrase))

    def point(self, end: int) -> Candidate:
        return Candidate("point", self.begin, end, start=self.value, granularity=self.gran, approximate=self.approx)


# A reader returns a candidate, _SKIP (the phrase is not a moment: stop), or None (not this form).
_SKIP = Candidate("point", 0, 0)


def _first_or_last(s: _Spoken) -> Candidate | None:
    """"in the first 10 seconds" (a range from 0), "the final 30 seconds of the video" (a tail)."""
    first = _BEFORE_FIRST.search(s.before) if _last_word_is(s.before, _FIRST_WORD) else None
    last = None if first or not _last_word_is(s.before, _LAST_WORD) else _BEFORE_LAST.search(s.before)
    edge = first or last
    if edge is None or _AFTER_OTHER_EVENT.match(s.after):
        return None
    if s.value > MAX_WEAK_OFFSET_SECONDS and not _of_media(s.after):
        return _SKIP  # "caught 312 drivers in its first 48 hours": a span of the world
    if first and _COUNTED_BEFORE.search(s.before):
        return _SKIP  # "10 million views in its first 48 hours": a window of the world, counted
    if first and _RECORDED_BEFORE.search(s.before):
        return _SKIP  # "We streamed the first three hours": the stretch of the world a recording holds
    if not _of_media(s.after) and game_span(s.text, s.b, s.e):
        return _SKIP  # "won 27-24 with a try in the last 30 seconds": the match's clock
    opened = edge.group(0)
    begin = s.begin - len(s.before) + edge.start() + len(opened) - len(opened.lstrip(" \t\n-*•"))  # (no list mark)
    hedge = hedge_before(s.text, begin, s.b)  # "roughly the first twenty minutes"
    if hedge is not None and _PREPOSITION_ABOUT.search(s.text, max(s.b, hedge - 30), begin):
        hedge = None  # "Asked about the final 20 seconds": "about" what, not how many
    begin, approx = (begin, s.approx) if hedge is None else (hedge, True)
    if first:
        return Candidate("range", begin, s.end + _of_media(s.after),
                         start=0.0, stop=s.value, granularity=s.gran, approximate=approx)
    return Candidate("end_range", begin, s.end + _of_media(s.after),
                     tail=s.value, granularity=s.gran, approximate=approx, own_length=_own_media_length(s.after))


def _own_media_length(after: str) -> float | None:
    """The length a following "of the 30-second clip" gives its footage: where a text tells of several clips,
    the tail counts back from this one's end, not from the nearest length stated."""
    m = _OF_MEDIA.match(after)
    said = _MEDIA_LENGTH_WORDS.search(after, 0, m.end()) if m else None
    parsed = parse_duration(said.group(0)) if said else None
    return parsed[0] if parsed and parsed[0] > 0 else None


# "30-second", "two-minute", "90 second": a length said as the footage's adjective.
_MEDIA_LENGTH_WORDS = re.compile(
    r"(?<![\w-])(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[\s-](?:seconds?|minutes?|hours?|secs?|mins?)(?![\w])",
    re.IGNORECASE)


# "about"/"around" after a word it completes (asked about, talk around), not a hedge of the span after it.
_PREPOSITION_ABOUT = re.compile(
    r"(?<![\w'’])(?!(?:in|at|for|within|during|over|from|to|until|till|of|by|and|or|just|only)\s)[a-z]+\s+"
    r"(?:about|around|round)\s+$", re.IGNORECASE)


def _before_end(s: _Spoken) -> Candidate | None:
    """"20 seconds before the end"."""
    m = _AFTER_BEFORE_END.match(s.after)
    if not m:
        return None
    said = _MEDIA_LENGTH_WORDS.search(s.after, 0, m.end())  # "before the end of the 2-minute clip": its own length
    parsed = parse_duration(said.group(0)) if said else None
    return Candidate("before_end", s.begin, s.end + m.end(), tail=s.value, granularity=s.gran, approximate=s.approx,
                     own_length=parsed[0] if parsed and parsed[0] > 0 else None)


def _relative(s: _Spoken) -> Candidate | None:
    """"ten seconds later", "five seconds earlier", "twenty seconds after the first shot"."""
    plus = _AFTER_RELATIVE_PLUS.match(s.after)
    rel = plus or _AFTER_RELATIVE_MINUS.match(s.after)
    if rel and (_THAN_AFTER.match(s.after, rel.end()) or _COUNTERFACTUAL_BEFORE.search(s.before)
                or _PUBLISHED_BEFORE.search(s.before) or (plus and _DAY_CLOCK_APPOSED.search(s.before))):
        # "issued 90 minutes later than officials advised", "should have shut an hour earlier", "posted a longer
        # recording an hour afterwards" (counted from a post, an event of the world); "came home at 12.51pm on
        # Sunday, 29 hours after he started" (an am/pm clock restated)
        return _SKIP
    if rel:
        return Candidate("relative", s.begin, s.end + rel.end(), delta=(1.0 if plus else -1.0) * s.value,
                         granularity=s.gran, approximate=s.approx)
    if _cue_gap(s):
        return _SKIP  # "The second line shows up 0.15 s after the first disappears": a gap between two cues
    if _TIMER_ANCHOR.match(s.after) or (_RECORDING_STARTED_BEFORE.search(s.before) and _AFTER_ANY.match(s.after)):
        return _SKIP  # "I start recording like 30 secs before the timer": when the recording began, no moment in it
    ev = _AFTER_EVENT.match(s.after)
    if ev and s.value <= MAX_EVENT_OFFSET_SECONDS and not _AFTER_FROM_START.match(s.after) \
            and not _BEFORE_SPAN_WORD.search(s.before) and not s.ordinal_risk \
            and not _TIMED_EVENT_PAREN_BEFORE.search(s.before):
        sign = -1.0 if ev.group("dir").lower() == "before" else 1.0
        return Candidate("relative", s.begin, s.end + ev.end(), delta=sign * s.value, granularity=s.gran,
                         approximate=s.approx)
    return None


# An offset from a timer or a clock kept apart from the footage ("30 secs before the timer", "ten seconds after my
# stopwatch"), or told of when the recording itself began ("started filming a minute before the kick-off").
_TIMER_ANCHOR = re.compile(
    r"\s+(?:after|before|ahead\s+of)\s+(?:the|my|his|her|their|our|your|its)\s+(?:[\w'’-]+\s+)?"
    r"(?:timer|stopwatch|countdown|splits?|livesplit|clock)\b"
    # (not "ten seconds after the timer beeps": an event the footage shows)
    r"(?=\s*(?:[.,;:!?)]|$|(?:(?:was|is)\s+)?(?:starts?|started|begins?|began|was\s+started)\b))", re.IGNORECASE)
_RECORDING_STARTED_BEFORE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|hit|hits|press|pressed)\s+"
    r"(?:the\s+)?(?:recording|filming|streaming|rolling|record)\b[^.;:!?]{0,30}$", re.IGNORECASE)
_AFTER_ANY = re.compile(r"\s+(?:after|before|ahead\s+of)\s", re.IGNORECASE)
# An event timed just before, then a bracket: "0:05 the sound arrives (about 2 seconds after the flash": the gap
# between two events, said of the one already timed, is no new moment.
_TIMED_EVENT_PAREN_BEFORE = re.compile(r"\d:[0-5]\d(?![\d:])[^()\n.;:!?]{0,50}[(\[]\s*$")


# A relative offset compared with another world time, or said of what should have happened: no moment.
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_COUNTERFACTUAL_BEFORE = re.compile(
    r"\b(?:should|could|would|might|must|ought\s+to)(?:n['’]t|\s+not)?\s+have\s+(?:been\s+)?[\w'’-]+\b[^.;:!?]{0,60}$",
    re.IGNORECASE)


# A post or an upload told in the past in the clause before the offset.
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:posted|reposted|uploaded|re-uploaded|published|tweeted|retweeted|put\s+(?:it\s+)?(?:online|up))\b"
    r"[^.;:!?]{0,60}$", re.IGNORECASE)


def _cue_gap(s: _Spoken) -> bool:
    """A cue, line or caption said to come a gap after or before another named by its order ("The second line
    shows up 0.15 s after the first disappears", "each subtitle starts 0.2 seconds after the previous one ends"):
    a timing of the subtitles, not a moment counted from the one before."""
    return _ORDERED_REFERENCE.match(s.after) is not None and _ORDERED_CUE_BEFORE.search(s.before) is not None


_ORDERED_REFERENCE = re.compile(
    r"\s+(?:after|before)\s+(?:the|its)\s+(?:first|previous|prior|preceding|last|other|earlier|next|one\s+before)\b",
    re.IGNORECASE)
_ORDERED_CUE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:second|third|next|following|later|other|each|every|this|that|the\s+new)\s+"
    r"(?:(?:sub)?titles?|captions?|cues?|lines?|subs)\b|(?:(?:sub)?title|caption|cue|line)\s+#?\d+\b)"
    r"[^.;:!?]{0,40}$", re.IGNORECASE)


# A thing drawn out past a length: "stretched the song past the ten-minute mark", "dragged it out beyond the hour
# mark" (a verb of lengthening; "goes past the 5-minute mark" may walk through footage and is left alone).
_STRETCHED_PAST_BEFORE = re.compile(
    r"\b(?:stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|drag(?:ged|s|ging)?|draw(?:s|n|ing)?|drew|pad(?:ded|s|ding)?|"
    r"spin(?:s|ning)?|spun|push(?:ed|es|ing)?)\b(?:\s+[^\s.;!?]+){0,4}?\s+(?:out\s+)?(?:past|beyond|over|well\s+past)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)


def _mark_point(s: _Spoken, anchor_end: int) -> Candidate:
    """"the four-minute mark": a point, unless a thing was drawn out past it ("she stretched "Pier" past the
    ten-minute mark": how long it ran)."""
    return _SKIP if _STRETCHED_PAST_BEFORE.search(s.before) else s.point(s.end + anchor_end)


def _anchored(s: _Spoken) -> Candidate | None:
    """"ninety seconds into the video", "the four-minute mark", "two minutes in", "90 seconds from the start"."""
    strong = _STRONG_ANCHOR_AFTER.match(s.after)
    if strong:
        if _REAL_WORLD_SPAN.match(s.after):
            return _SKIP
        if re.match(r"[\s-]*(mark|point|timestamp|time\s?stamp)", strong.group(0), re.I):
            return _mark_point(s, strong.end())
        if _BEFORE_LENGTHY.search(s.before) and not _INTO.match(s.after) \
                and not (_PRESENT_COPULA.search(s.before) and _IN_AT_CLAUSE_END.match(s.after)) \
                and not (s.approx and _PART_IS.search(s.before) and _IN_WHEN_CLAUSE.match(s.after)):
            return _SKIP  # "it was ten minutes in" tells a length; "the vote is roughly 47 minutes in." a position
        return s.point(s.end + _anchor_object(s.after))
    from_start = _AFTER_FROM_START.match(s.after)
    if from_start:
        if s.value >= LONG_FROM_START_SECONDS and not MEDIA_WORD.search(from_start.group(0)):
            return _SKIP  # "crossed the line 45 hours and 47 minutes after the start": a race's, not footage's
        if _DAY_CLOCK_APPOSED.search(s.before):
            return _SKIP  # "crossed at 12:04pm, six hours and four minutes after the start": the clock restated
        return s.point(s.end + from_start.end())
    said_in = _IN_THAT_AFTER.match(s.after)
    if said_in and _SAYS_BEFORE.search(s.before):
        return s.point(s.end + said_in.end())  # "He concludes a little under nine minutes in that it is ..."
    if _CLEFT_BEFORE.search(s.before):
        # "It's around 3 minutes in that the police come", Pidgin "Na around 3 minutes in the police come"
        then = _IN_THAT_AFTER.match(s.after) or _IN_THEN_CLAUSE.match(s.after)
        if then:
            return s.point(s.end + then.end())
    elif not _CLAUSE_OPENS_BEFORE.search(s.before):
        return _part_offset(s)
    informal = _INFORMAL_HEDGE_OPENS.match(s.text, s.begin, s.end) is not None
    then = _IN_THEN_CLAUSE.match(s.after) if informal else None
    if then:
        return s.point(s.end + then.end())  # "lol like 2min in the lights go out": the offset opens the clause
    # "4 mins in theres a handball", "like 3m in u see him": "in", then a new clause with no comma.
    new = _IN_NEW_SUBJECT.match(s.after) or (_IN_NEW_WORD.match(s.after) if informal else None)
    if new:
        return s.point(s.end + new.end())
    if _MOMENT_NAMED_BEFORE.search(s.before) and _WHEN_AFTER.match(s.after) and not s.ordinal_risk \
            and (s.approx or s.before.rstrip()[-3:].lower() == " at"):
        return s.point(s.end)  # "There's a moment, just after 57 minutes, when the radio goes silent"
    return None


# An offset from "the start" this long, the start of no footage, counts from a start in the world (as a bare
# clock from this hour is one: BARE_CLOCK_MIN_HOURS in extract.py).
LONG_FROM_START_SECONDS = 5 * 3600.0
# An am/pm clock (and its day), then a comma: what follows restates it ("at 12:04pm, six hours after the start",
# "at 6.10am on Sunday, ...").
_DAY_CLOCK_APPOSED = re.compile(
    r"\d(?::[0-5]\d)?\s?[ap]\.?m\b\.?(?:\s+(?:on|that|the|next|last)(?:\s+[\w'’-]+){1,3}?)?\s*,\s*"
    r"(?:(?:some|about|around|roughly|nearly|just)\s+)?$", re.IGNORECASE)


def _part_offset(s: _Spoken) -> Candidate | None:
    """"The scene in the hospital around 38 mins in gave it away": an offset ending the noun phrase of a part of
    the footage (not "the scene ten minutes in the oven")."""
    if (_IN_NEW_WORD.match(s.after) or _IN_AT_CLAUSE_END.match(s.after)) and _PART_NAMED_BEFORE.search(s.before):
        return s.point(s.end + len(s.after) - len(s.after.lstrip()) + len("in"))
    return None


# A part of the footage named by a noun phrase the offset ends: "The scene in the hospital around", "that bit ".
_PART_NAMED_BEFORE = re.compile(
    r"(?<![\w])(?:the|that|this|my\s+fave|my\s+favou?rite)\s+(?:[\w'’-]+\s+)?"
    r"(?:part|bit|moment|scene|shot|sequence|segment|reveal|twist|joke|fight|chase|goal|save|crash)"
    r"(?:\s+(?:in|at|on|with|of|where|when|after|before)\s[^.;:!?\d]{0,40}?)?\s+$", re.IGNORECASE)


# A moment of the footage named, then its offset set off by commas, then what happens there.
_MOMENT_NAMED_BEFORE = re.compile(
    r"(?<![\w])(?:moment|point|scene|shot|bit|part|beat|instant)\s*,\s*(?:at\s+)?$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,\s*(?:when|where)\s", re.IGNORECASE)


# Nothing of the clause before a spoken offset, or only a comment's interjection: "lol", "ok so", "and then".
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[.,;:!?(\n—–>*_]|(?<![\w])(?:lol|lmao|haha|ok|okay|so|and|then|but))\s*$", re.IGNORECASE)
# A cleft opening the clause: "it's", "it was", the Pidgin focus "na" ("Na around 3 minutes in the police come").
_CLEFT_BEFORE = re.compile(
    r"(?:^|[.,;:!?(\n—–>*_]|(?<![\w])(?:lol|lmao|haha|ok|okay|so|and|then|but))\s*(?:it['’]?s|it\s+(?:is|was)|na)\s+$",
    re.IGNORECASE)
# A comment's hedge on the offset ("like 3min"), not a measured stretch ("Ten minutes in the sun burns").
_INFORMAL_HEDGE_OPENS = re.compile(rf"{INFORMAL_HEDGE}\s", re.IGNORECASE)
# A subject opening a new clause right after "in": "there's", "it", "someone", a pronoun.
_IN_NEW_SUBJECT = re.compile(
    r"\s+in(?=(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s+(?:there(?:['’]?s|\s+(?:is|are|was|were))|theres|it['’]?s|its|it|"
    r"someone|somebody|everyone|"
    r"everybody|nobody|you|u|ya|we|i|they|he|she)\b)", re.IGNORECASE)
# After a comment's hedge ("like 4 mins in ..."), any word but a determiner or a length's tail ("in total").
_IN_NEW_WORD = re.compile(
    r"\s+in(?=(?:[*_]{1,2}|</(?:b|strong|em|i)>)?\s+(?!(?:total|all|length|a\s+row|traffic|line|the|a|an|my|your|our|"
    r"his|her|their|this|that|these|"
    r"those)\b)[a-z'’]+)", re.IGNORECASE)


_SAYS_BEFORE = re.compile(
    r"(?<![\w])(?:concludes|says|admits|notes|argues|explains|claims|adds|declares|insists|suggests|reveals|"
    r"announces|confirms|jokes|warns)\s+$", re.IGNORECASE)
_IN_THAT_AFTER = re.compile(r"\s+in(?=\s+that\s)", re.IGNORECASE)


_PRESENT_COPULA = re.compile(r"(?<![\w])(?:is|are)\s+$", re.IGNORECASE)
# "in" closing the clause: punctuation, the end, a comment's interjection ("is like 3min in lmao") or an emoji.
_IN_CLAUSE_CLOSE = rf"(?:[,;.:!?)\n]|$|{_INTERJECTION})"
_IN_AT_CLAUSE_END = re.compile(rf"\s+in(?:\s*{_IN_CLAUSE_CLOSE}|{_ON_PLATFORM})", re.IGNORECASE)
# "the best part is like 3min in when his cat ...": a hedged offset, then what happens there, or a new clause,
# or nothing more ("the bit where he trips is like 3min in lol").
_IN_WHEN_CLAUSE = re.compile(
    rf"\s+(?:in|through(?=\s+(?:when|where)\s))(?:\s+(?:when|where|and|then|so|but)\s|\s*{_IN_CLAUSE_CLOSE})",
    re.IGNORECASE)
# The part the comment points at, maybe told by a relative clause: "the part where the guy reverses is".
_PART_IS = re.compile(
    r"(?<![\w])(?:part|parts|bit|bits|moment|scene|shot|highlight|joke|reveal|twist|thing|one"
    # a play of a match told as a moment of the footage: "Dusty's mark is about three minutes in and ..."
    r"|goal|try|save|catch|mark|tackle|foul|crash|fall|fight|kiss|knockout|dunk|wicket|header)"
    r"(?:\s+(?:where|when|that|in\s+which|with|of|in)\s[^.;!?]{0,50}?)?\s+(?:is|are)\s+$",
    re.IGNORECASE)


def _weak(s: _Spoken) -> Candidate | None:
    """"at 2 min 27 s", "2m27s": a position only with "at" before it or in compact form, and not
    a length ("a 2m27s clip", "9h40m of screen-on time") or a world time ("the ref blew it at 87 mins")."""
    if s.ordinal_risk or _AFTER_LENGTHY.match(s.after) or s.after.startswith("-") or _METRES.fullmatch(s.phrase):
        return _SKIP
    if _HYPHEN_UNIT_END.search(s.phrase) and _NOUN_AFTER_UNIT.match(s.after):
        return _SKIP  # "at 20-minute feeds", "at 30-second intervals": a length describing the noun after it
    if s.before.endswith("(") and _between_clocks(s):
        return _SKIP  # "departs 10:15, arrives 11:50 (1 h 35 min)": the time between two clocks of the world
    compact = s.compact
    if not (_BEFORE_AT.search(s.before) or compact or _hedged_start(s)):
        return _SKIP
    if _JUDGED_LENGTH_AFTER.match(s.after):
        return _SKIP  # "At ninety minutes it could lose fifteen": the work's length, judged
    if _JUDGED_AT_BEFORE.search(s.before):
        return _SKIP  # "too short at 1.88s, extend to 2 s": a cue's length, judged
    if _CAP_STEM.search(s.before.lower()) and _CAPPED_AT_BEFORE.search(s.before):
        return _SKIP  # "agreed to cap closures at six hours", "sessions are limited at 90 minutes": a limit
    if _RATED_AT_BEFORE.search(s.before) and not _INTO_AFTER.match(s.after):
        return _SKIP  # "Battery is rated at 8.5 hours", "claimed at 30 hours": a stated figure, not "... in"
    if _PLAN_START_BEFORE.search(s.before) and _PLAN_GROWTH_AFTER.match(s.after):
        return _SKIP  # "a walk every day, starting at ten minutes and adding two a week": a plan's lengths
    if measure_changed(s.text[max(s.b, s.begin - 120):s.begin]) or (
            _CHANGED_FROM_BEFORE.search(s.before) and _CHANGED_TO_AFTER.match(s.after)):
        return _SKIP  # "average response time had fallen from 40 minutes to 17", "battery went from ~11h to 7h"
    if compact and _COORDINATED_MEASURE_BEFORE.search(s.before):
        return _SKIP  # "Runtime was 2h 10m on Eco and 1h 25m on Max": listed with a measure, a measure too
    if END_OF_RECORDING_BEFORE.search(s.before) or (compact and _STEP_VERB_BEFORE.search(s.before)):
        return _SKIP  # "[End of transcript, 24 min 16 s]": the whole length; "Simmer 1 h 30 min": a step's length
    if compact and (_BEFORE_LENGTHY.search(s.before) or _IT_IS_BEFORE.search(s.before)
                    or _AFTER_OF_THING.match(s.after) or _DONE_IN.search(s.before)
                    or _hours_in_a_place(s)
                    or _MEASURED_BEFORE.search(s.before)) \
            or s.value > MAX_WEAK_OFFSET_SECONDS or (_DETERMINER_END.search(s.before) and not _on_the_offset(s)):
        return _SKIP
    if not compact and _PAST_VERB_BEFORE.search(s.before) and not _PRESENT_PASSIVE_BEFORE.search(s.before) \
            and not footage_word(s.before, max(s.before.rfind(c) for c in ",;:") + 1):
        return _SKIP
    return s.point(s.end)


# "which is close (it's 4 h 57 min, ...)", "that's 1h 10m all told": a measure said as what a thing is (a position
# is said "at" it or "in": "it's 2m30s in").
_IT_IS_BEFORE = re.compile(r"(?<![\w])(?:it|that|this)['’]s\s+(?:(?:only|just|about|roughly|nearly)\s+)?$",
                           re.IGNORECASE)


def _hedged_start(s: _Spoken) -> bool:
    """A hedged offset a part starts at, ending its clause: "it starts around 47 mins" (no "at", "in"); or one that
    corrects a position told before it: "no its way later, more like 1hr 5 or so", "earlier - closer to 40 min".
    Unhedged, "starts 10 minutes" is said of a delay ("starts 10 minutes late")."""
    return s.approx and (_START_VERB_BEFORE.search(s.before) is not None
                         or _CORRECTED_BEFORE.search(s.before) is not None) \
        and _CLAUSE_END_AFTER.match(s.after) is not None


_START_VERB_BEFORE = re.compile(r"(?<![\w])(?:starts|begins|kicks\s+off)\s+$", re.IGNORECASE)
# "later" or "earlier" said of the position asked about, then the corrected one: "(way) later, more like",
# "a bit earlier – closer to", "later. its more like" (the hedge itself ends the quote's side: "like", "around").
# Only a reply's words may come before "later" ("The bus came later, more like 40 minutes" is the world's).
_REPLY_WORDS = (r"(?:no|nah|nope|not\s+really|it['’]?s|its|it\s+is|that['’]?s|thats|way|much|a\s+bit|a\s+little|"
                r"a\s+lot|bit|slightly|even|actually|prob(?:ably)?|i\s+think|i\s+reckon)")
_CORRECTED_BEFORE = re.compile(
    rf"(?:^|[\n.!?>]|(?<![\w])(?:no|nah|nope)\b)[\s,]*(?:{_REPLY_WORDS}[\s,]+)*(?:{LATER}|earlier|sooner)[\s,;:—–-]+"
    r"(?:(?:it['’]?s|its|more|prob(?:ably)?|actually|lol|tbh|imo|ngl)[\s,]+)*$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;!?)\n]|$)")


# A compact measure not said as a position (no "at", "to", "from" before it), maybe what it was measured on, then
# a coordination: "was 2h 10m on Eco and ", "runs 2h 41m and the theatrical ", "9h 40m in my test, and ".
_COORDINATED_MEASURE_BEFORE = re.compile(
    rf"(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\buntil\s){COMPACT}"
    r"(?:\s+(?:on|in|at|for|with|under|over)\s+(?:(?:the|my|our|a|its)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s*(?:,\s*(?:and\s+|or\s+|but\s+)?|\s+(?:and|or|vs\.?|versus|against)\s+)(?:(?:the|a|an|its)\s+)?"
    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)


# Two clocks, then an opening bracket: "departs 10:15, arrives 11:50 (", "from 9.05 to 11.20 (".
_CLOCK_PAIR_BEFORE = re.compile(
    r"(?<![\d:.])(\d{1,2})[:.](\d\d)(?![\d:])[^()\n]{1,40}?(?<![\d:.])(\d{1,2})[:.](\d\d)\s*\(\s*$")


def _between_clocks(s: _Spoken) -> bool:
    """A length in brackets after two clocks that is exactly the time between them: a journey's or a shift's
    length, told after its clocks of the world ("departs 10:15, arrives 11:50 (1 h 35 min)")."""
    m = _CLOCK_PAIR_BEFORE.search(s.before)
    if m is None or not s.after.lstrip().startswith(")"):
        return False
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    return ((h2 * 60 + m2) - (h1 * 60 + m1)) % (24 * 60) * 60.0 == s.value


def _hours_in_a_place(s: _Spoken) -> bool:
    """"landing 09:40, 2 h 15 min in the air": hours spent somewhere, not "1h02m in the stream", nor a position to
    the second in a game's place ("around 15m10s in the swamp area")."""
    return _HOURS_MINUTES.fullmatch(s.phrase) is not None and not _BEFORE_AT.search(s.before) \
        and _IN_PLACE_AFTER.match(s.after) is not None


def _on_the_offset(s: _Spoken) -> bool:
    """"on the 2 min 50 sec the low light noise", "At the 1m20s you hear the fan": a learner's "on/at the" before
    an offset, then a new clause (not "in the 2 min 50 sec clip", "on the 3m walk")."""
    return _ON_THE_BEFORE.search(s.before) is not None and _NEW_CLAUSE_AFTER.match(s.after) is not None


_ON_THE_BEFORE = re.compile(r"(?<![\w])(?:on|at)\s+the\s+$", re.IGNORECASE)
_NEW_CLAUSE_AFTER = re.compile(
    r"\s*(?:,|\s(?:the|a|an|you|u|we|i|he|she|it|it['’]s|its|they|there|there['’]s|this|his|her|their|my|our|your)\s)",
    re.IGNORECASE)


_JUDGED_LENGTH_AFTER = re.compile(
    r",?\s+(?:it|the\s+(?:film|video|episode|documentary|cut|show))\s+(?:could|would|should|might|feels|seems|drags|"
    r"(?:is|was|feels|felt|seems|runs)\s+(?:[\w-]+\s+){0,3}?(?:too|overlong))\b",  # "it is perhaps ten too long"
    re.IGNORECASE,
)
# A measure that changed, told by its verb and its old and new values: "went from ~11h to like 7h", "slow from 22
# minutes to 27" (not "skip from 2 min to 5 min", a stretch of the footage).
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:went|goes|gone|dropped|drops|fell|falls|fallen|rose|rises|risen|climbed|climbs|grew|grows|shrank|shrinks|"
    r"slow(?:s|ed)?|improved|improves|increased|increases|decreased|decreases|doubled|halved)\s+"
    r"(?:(?:all\s+the\s+way|down|up)\s+)?from\s+$", re.IGNORECASE)
_CHANGED_TO_AFTER = re.compile(
    rf"\s*(?:all\s+the\s+way\s+|down\s+|up\s+)?to\s+(?:(?:{HEDGE}|{INFORMAL_HEDGE})\s+|~\s*)?\d", re.IGNORECASE)
# A step of a recipe or a workout, its verb then its length: "Simmer 1 h 30 min", "- Rest the dough 1h".
_STEP_VERB_BEFORE = re.compile(
    r"\b(?:simmer|boil|bake|roast|braise|stew|fry|steam|grill|cook|chill|rest|marinate|knead|prove|proof|soak|stir|"
    r"whisk|blend|microwave|reduce|cool|freeze|jog|walk|cycle|row|plank|hold|stretch)\b"
    r"(?:\s+(?:for|another|a\s+further|(?!(?:at|in|into|from|to|until|till)\b)[\w'’-]+)){0,3}\s*,?\s*$",
    re.IGNORECASE)
# A length judged or compared just before "at": "too short at 1.88s", "far too brief at", "is shorter, at" (a QC
# note's cue length; "grows longer at 2 minutes" narrates footage).
_JUDGED_AT_BEFORE = re.compile(
    r"(?:\b(?:too|overly|very|rather|quite|only|just)\s+(?:short|long|brief)"
    r"|\b(?:is|are|was|were|['’]s)\s+(?:(?:much|a\s+bit|slightly|far)\s+)?(?:shorter|longer|short|long|brief)"
    r"|\b(?:shorter|longer|short|long|brief)\s*,)\s*(?:at|with)\s+$", re.IGNORECASE)
# A limit set on a length: "cap closures at six hours", "capped at 90 minutes", "maxes out at 30 minutes".
_CAPPED_AT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:cap|caps|capped|capping|limit|limits|limited|limiting)"
    r"(?:\s+(?!(?:at|is|are|was|were|appears?|shows?|comes?|starts?|begins?|happens?)\b)[\w'’-]+){0,3}"
    r"|(?:max(?:es|ed)?|tops?|topped)\s+out)\s+at\s+$", re.IGNORECASE)
_CAP_STEM = any_stem(("cap", "limit", "out at"))
# A figure stated for a thing: "rated at 8.5 hours", "quoted for 30 hours", "is claimed at".
_RATED_AT_BEFORE = re.compile(
    r"(?<![\w])(?:rated|quoted|claimed|advertised|listed|spec(?:ced|['’]d)|promised|billed|certified|estimated)"
    r"\s+(?:at|for)\s+$", re.IGNORECASE)
_INTO_AFTER = re.compile(r"\s+(?:in|into)\b", re.IGNORECASE)
# A plan that starts at a length and grows it, or repeats it: "starting at ten minutes and adding two minutes a
# week", "beginning at five minutes a day" (but "Starting at ten minutes, the drone climbs" is a position).
_PLAN_START_BEFORE = re.compile(r"(?<![\w])(?:start|starts|starting|started|begin|begins|beginning|began)\s+at\s+$",
                                re.IGNORECASE)
_PLAN_GROWTH_AFTER = re.compile(
    r",?\s+(?:(?:and|then)\s+)*(?:add|adding|adds|added|increas\w*|build\w*|work\w*\s+up|ris\w*|go\w*\s+up|"
    r"mov\w*\s+up|step\w*\s+up|extend\w*|lengthen\w*)\b"
    r"|\s+(?:a|per|each|every)\s+(?:day|week|session|night|morning|run|walk)\b|\s+(?:daily|weekly)\b",
    re.IGNORECASE,
)
# "a second drop, from 1.5 m": a lone "m" after a number with a space or a decimal is metres.
_METRES = re.compile(r"\d+\s+m|\d+\.\d+\s?m", re.IGNORECASE)
# "It mowed 400 m² in 1 hr 40 min": a task's duration.
_DONE_IN = re.compile(r"\bin\s+$", re.IGNORECASE)
_SPOKEN_READERS = (_first_or_last, _before_end, _relative, _anchored, _weak)
# A compact length measured, claimed or compared, or after a total's label: "took me 3h20m", "we got 7h50m",
# "claims of 3 hrs", "closer to 2 hrs 10 mins", "not 1h45m", "Total time 1 hr 15 mins", "Actual: 3h20m".
_MEASURED_BEFORE = re.compile(
    r"(?<![\w])(?:(?:took|takes|take|taking|needed|needs|need|lasted|spent|averaged?|managed|got|gets|clocked|"
    r"logged|measured|rated|claimed|claims|promised|quoted|advertised)"
    r"(?:\s+(?:at|for|of)|\s+(?:the\s+)?(?!(?:at|in|into|until|till|from|by|to|when|where)\b)[\w'’]+)?"
    r"(?:\s+(?:only|just))?"
    r"|claims?\s+of|closer\s+to|nearer(?:\s+to)?|more\s+like|rather\s+than|instead\s+of|versus|vs\.?|"
    r"compared\s+(?:to|with)|than|(?:total|prep(?:aration)?|cook(?:ing)?|bak(?:e|ing)|rest(?:ing)?|active|charg(?:e|ing)|"
    r"travel|journey|drive|driving|flight|walking|screen-on|battery)(?:\s+(?:time|life|length|duration))?\s*:?"
    r"|total\s*:|(?:claimed|actual|real|estimated|expected|official|measured|average|typical|listed)\s*:|not)\s+$",
    re.IGNORECASE,
)
_HOURS_MINUTES = re.compile(r"\d+\s?(?:h|hrs?)\s?\d+\s?(?:m|mins?)", re.IGNORECASE)
# "2 h 15 min in the air", "3 h 10 min in the car": a place, not a footage's name in its next three words.
_IN_PLACE_AFTER = re.compile(
    rf"\s+in\s+(?:the|a|an|my|our|his|her|their)\s+(?!(?:[\w'’-]+\s+){{0,2}}?{MEDIA_NOUN}\b)[\w'’-]+", re.IGNORECASE)
# "9h40m of screen-on time": an amount of something, unless it is "of the video".
_AFTER_OF_THING = re.compile(
    rf"\s+of\s+(?!(?:(?:the|this|that|its|his|her|their)\s+)?(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})", re.IGNORECASE
)
_PAST_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:[a-z]{3,}ed|was|were|blew|came|went|sent|left|took|broke|fell|rose|ran|won|lost|hit|struck|"
    r"got|made|threw|caught|"
    # irregular pasts of things that stop, start or move: "my watch froze at 47 minutes"
    r"froze|began|stood|sat|spoke|fled|drove|flew|rang|sank|woke|gave|held|met|quit|led|slid|swam|stuck|tore|"
    r"shook|sang|rode|grew|hung|bit|fought|bought|sold|lay|died|kept|felt|told|wrote|drew|stole)"
    r"(?:\s+(?:it|him|her|them|up|off|out|in|on|down))?\s+at\s+$",
    re.IGNORECASE,
)
# A present passive tells what the footage shows, not a past report: "the question is asked at four minutes".
_PRESENT_PASSIVE_BEFORE = re.compile(
    r"(?<![\w])(?:is|are|gets|get)\s+(?:(?:first|then|finally|also|only|briefly|clearly)\s+)?[a-z]{3,}ed\s+at\s+$",
    re.IGNORECASE,
)


# A match result: a score ("27-24", "2–1") or a verb of winning or scoring.
_GAME_RESULT = re.compile(
    r"(?<![\w:.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\w:.-])|(?<![\w])(?:won|beat|beating|clinched|sealed|scored|"
    r"equali[sz]ed|snatched|grabbed)\b", re.IGNORECASE)


def game_span(text: str, b: int, e: int) -> bool:
    """The sentence tells a match's result and names no footage: its "final minute" is the match's, not the
    video's ("won 27-24 with a penalty in the final minute")."""
    return _GAME_RESULT.search(text, b, e) is not None and not footage_word(text, b, e)


# A verbless sentence that only names a stretch ("Finally, the last minute."), then the times that place it.
_HEADING_FRAGMENT = re.compile(r"\s*(?:(?:first|second|third|next|then|finally|lastly|last|now|and)\s*[,:]?\s*)?",
                               re.IGNORECASE)
_FRAGMENT_END = re.compile(r"\s*[.:!]?\s*$")
FRAGMENT_TIMES_CHARS = 120


def _unit_name(unit: str) -> str:
    """A unit as its table names it: "Half-hour" and "half\u2009hour" (any white space ``\\s`` took) are "half hour",
    "ſecond" (a long s, which IGNORECASE matches as "s") is "second"."""
    return " ".join(unit.casefold().replace("-", " ").split())


def _unit_spans(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"in the first minute", "in the final minute" (no number: one unit)."""
    for m in _THE_UNIT.finditer(text, b, e):
        unit = _unit_name(m.group("u"))
        value = {"minute": 60.0, "hour": 3600.0, "second": 1.0, "half minute": 30.0, "half hour": 1800.0}[unit]
        if m.group("half"):
            value *= 1.5
        if _AFTER_OTHER_EVENT.match(text[m.end():e]):
            continue
        span_begin = m.start()
        span_end = m.end() + _of_media(text[m.end():e])
        if span_end == m.end() and game_span(text, b, e):
            continue  # "beating Millau 27-24 with a penalty in the final minute": the match's last minute
        if span_end == m.end() and _HEADING_FRAGMENT.fullmatch(text, b, m.start()) \
                and _FRAGMENT_END.match(text, m.end(), e) and TIMECODE.search(text, e, e + FRAGMENT_TIMES_CHARS):
            continue  # "Finally, the last minute. Watch it from 58:50 to 59:55": a heading the times after place
        hb = hedge_before(text, span_begin, b)  # "for roughly the first minute"
        if hb is not None and text[hb:span_begin].split()[0].lower() in ("over", "under"):
            hb = None  # "Over the first minute and a half": a preposition, not a hedge
        approx = hb is not None
        span_begin = hb if hb is not None else span_begin
        if m.group("which").lower() in ("first", "opening"):
            yield Candidate("range", span_begin, span_end, start=0.0, stop=value, granularity=value,
                            approximate=approx)
        else:
            yield Candidate("end_range", span_begin, span_end, tail=value, granularity=value, approximate=approx)


def _unit_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"at the minute mark", "the hour mark"."""
    for m in _UNIT_MARK.finditer(text, b, e):
        value = _UNIT_SECONDS[_unit_name(m.group("u"))]
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=value, granularity=value, approximate=approx)


def _past_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    """"twenty-seven seconds past the two-minute mark": the mark plus (or minus) an offset."""
    for m in _PAST_MARK.finditer(text, b, e):
        offset = parse_duration(m.group("d"))
        x = m.group("x")
        base = parse_timecode_text(x, ARTICLE_TIMECODE_FPS) or parse_duration(x) or (
            (_UNIT_SECONDS[x.lower()], 1.0) if x.lower() in _UNIT_SECONDS else None)
        if offset is None or base is None:
            continue
        sign = 1.0 if m.group("dir").lower() in ("past", "after", "beyond") else -1.0
        value = base[0] + sign * offset[0]
        if value < 0:
            continue
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=value, granularity=min(offset[1], base[1]),
                        approximate=approx, timecode=bool(parse_timecode_text(x, ARTICLE_TIMECODE_FPS)))


# "from the 1-minute-20 mark", "the two-minute-thirty mark", "the 1-hour-14 mark": the smaller unit said with
# no word of its own.
_MINUTE_SECOND_MARK = re.compile(
    rf"(?<![\w-])(?P<m>{NUMBER})[\s-]+(?:(?P<hour>hours?|hrs?)|min(?:ute)?s?)[\s-]+(?P<s>{NUMBER})[\s-]+mark\b",
    re.IGNORECASE)


def _minute_second_marks(text: str, b: int, e: int) -> Iterator[Candidate]:
    for m in _MINUTE_SECOND_MARK.finditer(text, b, e):
        big, small = word_number(m.group("m")), word_number(m.group("s"))
        if big is None or small is None or not 0 < small < 60:
            continue
        unit = 3600.0 if m.group("hour") else 60.0  # (the small number counts the next unit down)
        begin, approx = m.start(), False
        hb = hedge_before(text, begin, b)
        if hb is not None:
            approx, begin = True, hb
        yield Candidate("point", begin, m.end(), start=big * unit + small * unit / 60, granularity=unit / 60,
                        approximate=approx)


_FRACTION = re.compile(
    r"(?<![\w])(?:(?P<half>half[\s-]?way|mid[\s-]?way)(?:\s+(?:point|mark))?"
    r"|(?P<q>a|one)[\s-]+quarter\s+of\s+the\s+way|(?P<tq>three)[\s-]+quarters\s+of\s+the\s+way"
    r"|(?P<t>a|one)[\s-]+third\s+of\s+the\s+way|(?P<tt>two)[\s-]+thirds\s+of\s+the\s+way"
    r"|(?P<pct>\d{1,2})\s?(?:%|percent|per\s+cent)\s+of\s+the\s+way"
    r"|(?:the|its|(?:the\s+)?[\w-]+['’]s)\s+(?P<mid>mid-?point|halfway\s+point|halfway\s+mark))"
    r"(?P<rel>\s+(?:through|into|in|of|point\s+of|mark\s+of|point\s+in|mark\s+in))?",
    re.IGNORECASE,
)

# The time it took to get halfway: "through halfway in 1:08:47", "reached the halfway mark in 31 minutes".
_SPLIT_TIME_AFTER = re.compile(
    rf"(?:\s+in)?\s+(?:(?:{HEDGE})\s+)?(?:\d{{1,2}}:\d\d|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b)",
    re.IGNORECASE)


# A stretch of the world with its length, as the object of a fraction: "through the six-minute flight".
_FILMED_STRETCH = re.compile(rf"\s+the\s+(?P<d>{DURATION})(?:[\s-]+long)?[\s-]+[a-z]+\b", re.IGNORECASE)


def find_fractions(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``halfway through the six-minute clip``, ``a quarter of the way into the video``."""
    low = text[b:e].lower()
    if not any(w in low for w in _FRACTION_WORDS):
        return
    for m in _FRACTION.finditer(text, b, e):
        if m.group("half") or m.group("mid"):
            frac = 0.5
        elif m.group("q"):
            frac = 0.25
        elif m.group("tq"):
            frac = 0.75
        elif m.group("t"):
            frac = 1 / 3
        elif m.group("tt"):
            frac = 2 / 3
        else:
            frac = int(m.group("pct")) / 100
        if not m.group("rel") and not (m.group("mid") or re.search(r"(point|mark)$", m.group(0), re.I)):
            continue
        if _SPLIT_TIME_AFTER.match(text, m.end(), e):
            continue  # "had gone through halfway in 1:08:47": a split time of a race, not a fraction of footage
        end = m.end()
        # Take the object into the quote: "through the eight-minute clip".
        obj = re.match(rf"\s+(?:the|this|that|its|his|her|their|a|an)\s+(?:[\w'’-]+[\s-]+){{0,3}}?"
                       rf"{MEDIA_NOUN}\b", text[end:e], re.IGNORECASE)
        own_length, own_footage = None, False
        if obj:
            # "about halfway into the 104-minute film": the footage's own length, whatever other lengths were stated
            said = _MEDIA_LENGTH_WORDS.search(text, end, end + obj.end())
            parsed = parse_duration(said.group(0)) if said else None
            own_length, own_footage = (parsed[0], True) if parsed and parsed[0] > 0 else (None, False)
            end += obj.end()
        else:
            filmed = _FILMED_STRETCH.match(text, end, e)
            parsed = parse_duration(filmed.group("d")) if filmed else None
            if filmed and parsed and footage_word(text, b, e):
                # "A drone video shows ... the roof halfway through the six-minute flight": the filmed stretch
                end, own_length = filmed.end(), parsed[0]
        begin = m.start()
        hb = hedge_before(text, begin, b)
        if hb is not None:
            begin = hb
        yield Candidate("fraction", begin, end, fraction=frac, approximate=True, granularity=10.0,
                        own_length=own_length, own_footage=own_footage)


# The seconds of "two-ten", "a minute twenty" are one of these words (or contain them).
CLOCK_READING_WORDS = ("ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty")
_MINUTE_WORD = "|".join(w for w, v in ONES.items() if 1 <= v <= 12)
_TEENS = "|".join(w for w, v in ONES.items() if v >= 10)
_UNITS = "|".join(w for w, v in ONES.items() if 1 <= v <= 9)
_SECOND_WORDS = rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS}))?|{_TEENS})"
# Minutes and seconds said the way people read a clock: "a minute twenty in", "two-ten into the
# stream", "one minute forty-five in".  The minutes are 1-12 in words, so "twenty-five in" stays 25.
_COLLOQUIAL = re.compile(
    rf"(?<![\w-])(?:(?P<m1>an?|{_MINUTE_WORD})[\s-]+minutes?|(?P<m2>{_MINUTE_WORD}))[\s-]+(?P<s>{_SECOND_WORDS})(?![\w-])",
    re.IGNORECASE,
)


# "a minute twenty in the sound cuts out": a clock reading, "in", then a new clause, unpunctuated.
_IN_THEN_CLAUSE = re.compile(
    r"\s+in(?=\s+(?:the|a|an|his|her|its|their|our|my)\s+[\w'’-]+\s+"
    # an adverb before the verb: "like 3min in the guy just walks off"
    r"(?:(?:just|then|finally|suddenly|literally|actually|still|also|[a-z]{3,}ly)\s+)?"
    r"(?:(?!is\b|was\b|has\b)[a-z]+s|go|come|start|stop|turn|fall|cut|drop|begin|appear|open)\b)", re.IGNORECASE
)


# "a minute ten later the cat jumps in": a clock reading as a gap from the moment before.
_LATER_OR_EARLIER_AFTER = re.compile(rf"\s+(?P<dir>{LATER}|earlier)\b", re.IGNORECASE)


def _colloquial_gap(text: str, b: int, e: int, m: re.Match[str], rel: re.Match[str]) -> Iterator[Candidate]:
    """``a minute ten later`` -> a relative moment 70 s after the one before."""
    minutes = word_number(m.group("m1") or m.group("m2"))
    seconds = word_number(m.group("s"))
    if minutes is None or seconds is None or not 10 <= seconds < 60:
        return
    approx, begin, end = _hedge(text, m.start(), m.end() + rel.end(), b, e)
    sign = -1.0 if rel.group("dir").lower() == "earlier" else 1.0
    yield Candidate("relative", begin, end, delta=sign * (minutes * 60 + seconds), granularity=1.0,
                    approximate=approx)


def _colloquial_at(text: str, b: int, e: int, m: re.Match[str]) -> Iterator[Candidate]:
    """``at about a minute fifty, we hear ...`` -> 110: "at" a reading that says "minute" (no clock time of day),
    not told in the past ("went through at a minute fifty")."""
    minutes, seconds = word_number(m.group("m1")), word_number(m.group("s"))
    if minutes is None or seconds is None or not 10 <= seconds < 60:
        return
    approx, begin, end = _hedge(text, m.start(), m.end(), b, e)
    before = text[max(b, begin - 60):begin]
    if _BEFORE_AT.search(before) and not (_PAST_VERB_BEFORE.search(before)
                                          and not _PRESENT_PASSIVE_BEFORE.search(before)):
        yield Candidate("point", begin, end, start=minutes * 60 + seconds, approximate=approx)


# "the mark at a minute twenty in is unreal": "at" a clock reading, "in", then the sentence's verb.
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_IN_THEN_VERB = re.compile(r"\s+in(?=\s+(?:is|was|has\s+been)\s+[a-z])", re.IGNORECASE)


def find_colloquial(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``a minute twenty in`` -> 80, ``two-ten into the stream`` -> 130: minutes and seconds with
    the seconds' unit left out, read as a position only with "in"/"into" after."""
    low = text[b:e].lower()
    if not (" in" in low or "la" in low or "l8" in low or "earlier" in low or "at" in low) \
            or not any(w in low for w in CLOCK_READING_WORDS):
        return
    for m in _COLLOQUIAL.finditer(text, b, e):
        after = text[m.end():e]
        rel = _LATER_OR_EARLIER_AFTER.match(after)
        if rel:
            yield from _colloquial_gap(text, b, e, m, rel)
            continue
        strong = _STRONG_ANCHOR_AFTER.match(after) or _IN_THEN_CLAUSE.match(after) or (
            _IN_THEN_VERB.match(after) and _AT_BEFORE.search(text, max(b, m.start() - 4), m.start()))
        if not strong and m.group("m1"):
            yield from _colloquial_at(text, b, e, m)
            continue
        if not strong or _REAL_WORLD_SPAN.match(after) or strong.group(0).strip().lower() in ("mark", "point"):
            continue
        minutes = word_number(m.group("m1") or m.group("m2"))
        seconds = word_number(m.group("s"))
        if minutes is None or seconds is None or not 10 <= seconds < 60:
            continue
        approx, begin, end = _hedge(text, m.start(), m.end() + _anchor_object(after), b, e)
        yield Candidate("point", begin, end, start=minutes * 60 + seconds, approximate=approx)


# A position read aloud as a clock is read: "at fourteen thirty-one", "at two forty" (minutes, then seconds).
_READ_ALOUD = re.compile(
    rf"(?<![\w-])at\s+(?P<m>(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS}))?|{_TEENS}|{_MINUTE_WORD})[\s-]+"
    rf"(?P<s>{_SECOND_WORDS})(?![\w-])",
    re.IGNORECASE,
)


def find_read_aloud(text: str, b: int, e: int) -> Iterator[Candidate]:
    """``And at fourteen thirty-one?`` -> 871: minutes and seconds in words after "at". The same words read a
    time of day ("at nine thirty"), so the extractor keeps one only close to the position just walked through."""
    for m in _READ_ALOUD.finditer(text, b, e):
        minutes = word_number(m.group("m"))
        seconds = word_number(m.group("s"))
        before = text[max(b, m.start("m") - 60):m.start("m")]
        if minutes is None or seconds is None or not 10 <= seconds < 60 or (
                _PAST_VERB_BEFORE.search(before) and not _PRESENT_PASSIVE_BEFORE.search(before)):
            continue  # "She left at nine thirty": told in the past, a time of her day
        yield Candidate("point", m.start("m"), m.end(), start=minutes * 60 + seconds)
