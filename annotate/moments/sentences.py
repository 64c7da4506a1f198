"""Splitting article text into sentences with their offsets, without breaking
at abbreviations ("Nov.", "L.A.", "p.m."), decimals or timecodes ("2:27.5")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.patterns import CLOCK_ZONE

MAX_SENTENCE_CHARS = 2000

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr prof gen col lt sgt capt cpl pvt rep sen gov pres no nos vs v
    etc e.g i.e approx ca c jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
    thu thur thurs fri sat sun a.m p.m am pm u.s u.k u.n l.a d.c inc ltd co corp fig vol pp p
    mt ft ave blvd dept est min sec hr hrs tr dep arr exh para art dir incl excl""".split()
)
# ("incl.", "excl.": "Raw: 1080p, 43:27 incl. 6 min of adverts" goes on past them (round 131))

# Abbreviations that end no sentence when a number follows: "Ep. 4", "Pt. 2", "Ch. 12", "Ex. 3".
# (and a court's exhibit: "Gov't Ex. 3", "Exs. 4 and 5" (round 85); a phone extension: "ext. 4411", "tel. 020"
# (round 143))
_NUMBERED_ABBREVIATIONS = frozenset(("ep", "eps", "pt", "pts", "ch", "chap", "ex", "exs", "ext", "tel"))

# Characters that draw nothing: the soft hyphen and Unicode's format characters (zero-width space, LRM and the other
# bidi marks, word joiner, BOM) text pasted from CMS pages and chat apps holds between sentences. A sentence's end
# reads past them and no sentence begins or ends with one.
INVISIBLE = "\u00ad\u061c\u180e\ufeff" + "".join(
    map(chr, (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070))))
# A candidate boundary: end punctuation (plus closing quotes/brackets) then space, or a line break.
# Pasted HTML: the end of a block element or a line break tag ends a sentence too.
_BOUNDARY = regex(
    rf"[.!?…]+[\"'”’)\]]*[{INVISIBLE}]*(?=\s)|\n|</(?:p|li|div|blockquote|h[1-6]|td|th|tr|section|article|ul|ol|dd|dt)>|<br\s*/?>",
    re.IGNORECASE,
)
# The first character of every _BOUNDARY match (none has a case to fold).
_BOUNDARY_FIRST = regex(r"[.!?…\n<]")
_END_MARKS = regex(r"[.!?…]+")


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """What ``_BOUNDARY.finditer(text)`` yields, tried only where a match can start: a scan for those
    characters skips the rest of the text several times faster than the alternation tried at every position.
    Where no match starts at an end mark none starts later in its run of them either (each would end where
    one from here can): the run is skipped, not tried from each of its marks, which read it to its end each
    time ("At 2:27 ......" for a megabyte was quadratic)."""
    end = 0
    for first in _BOUNDARY_FIRST.finditer(text):
        at = first.start()
        if at >= end:  # (finditer resumes after a match: "...", "?!" are one)
            m = _BOUNDARY.match(text, at)
            if m is not None:
                end = m.end()
                yield m
            elif (marks := _END_MARKS.match(text, at)) is not None:
                end = marks.end()


def split(text: str) -> list[tuple[int, int]]:
    """(begin, end) offsets of each sentence in ``text``, in order, trimmed of spaces."""
    return list(_split(text))


# The extractor and the quote finder both split the same text: it is split once.
@lru_cache(maxsize=2)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        if m.group() == "\n":
            if not _line_break_ends(text, m.start()):
                continue
        elif not _is_sentence_end(text, m.start(), m.end()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


_INITIALS = regex(r"(?:[a-z]\.)+[a-z]")
# A thing labelled by a capital letter: "Camera A", "cam B", "Angle C", "Exhibit D" (no initial of a name).
_LETTER_LABEL = regex(
    r"\b(?:cameras?|cams?|angles?|feeds?|uploads?|clips?|videos?|sources?|phones?|takes?|exhibits?|tapes?|reels?|"
    r"files?|views?|shots?|versions?|tracks?|sides?|bodycams?|dashcams?|drones?)[^\S\n]+(?-i:[A-Z])$", re.IGNORECASE)
# Zulu time's "Z" after a clock's number or its half of day: "15:15 Z", "3:15:20 p.m. Z".
_ZULU = regex(r"(?:\d|[ap]\.?[^\S\n]?m\.?)[^\S\n]?(?-i:Z)$", re.IGNORECASE)
_NEXT_CHAR = regex(rf"\s+[{INVISIBLE}]*([^\s{INVISIBLE}])")
_NEXT_WORD = regex(rf"\s+[{INVISIBLE}]*(\w+)")
_DAY_OR_MONTH = regex(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|local|ET|EST|EDT|PT|"
    r"PST|PDT|CT|CST|CDT|MT|GMT|UTC|BST|CET)"
)


def _last_word(text: str, lo: int, dot: int) -> str:
    """The word (letters, digits, "_" and dots) ending at ``dot``, or before a line break there, that starts at
    ``lo`` or later ("" if none): what the pattern ``([\\w.]+)$`` finds in ``text[lo:dot]``, read back from its
    end instead of tried at every position (``str.isalnum`` is the test ``re`` makes for a word character)."""
    stop = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    at = text.rfind(" ", lo, stop) + 1 or lo
    if _WORD_RUN.fullmatch(text, at, stop):
        return text[at:stop]  # most words follow a space
    at = stop
    while at > lo and (text[at - 1].isalnum() or text[at - 1] in "._"):
        at -= 1
    return text[at:stop]


_WORD_RUN = regex(r"[\w.]*")


def _next_char(text: str, at: int) -> str:
    """The first character after the spaces at ``at``, "" if none (what ``\\s+(\\S)`` reads there): read directly
    where one space stands before it, as after most sentence ends (``str.isspace`` is the test ``\\s`` makes)."""
    if text[at:at + 1] == " " and (after := text[at + 1:at + 2]) and not after.isspace() and after.isprintable():
        return after
    m = _NEXT_CHAR.match(text, at)
    return m.group(1) if m else ""


# A zone after a dotted half of the day: "3:15:20 p.m. CEST the camera ...", "p.m. Kyiv time" go on.
_ZONE_AFTER = regex(r"[^\S\n]+" + CLOCK_ZONE)
# An undotted "am" or "pm" right after a clock's number: "10 pm", "10.30 am".
_CLOCK_BEFORE_HALF = regex(r"\d[^\S\n]?[ap]m$", re.IGNORECASE)


def _is_sentence_end(text: str, dot: int, after: int) -> bool:
    if text[dot] != ".":
        # 'shouting "get back!" around the 2:40 mark': a quoted exclamation or question the sentence goes on past.
        if text[dot:after].rstrip(INVISIBLE)[-1] in "\"”’'":
            nxt = _next_char(text, after)
            return not (nxt and nxt.islower())
        return True
    token = _last_word(text, max(0, dot - 20), dot).lower()
    if token in ("a.m", "p.m") or (token in ("am", "pm") and _CLOCK_BEFORE_HALF.search(text, max(0, dot - 6), dot)):
        # "at 10:42 p.m. In the video, ..." ends a sentence; "3:30 p.m. Monday" does not; nor does "after 10 pm. From
        # 1.40 to 2.15 ..." its undotted half of the day after a clock's number (round 182; "I am." is no clock)
        word = _NEXT_WORD.match(text, after)
        return bool(word and word.group(1)[0].isupper() and not _DAY_OR_MONTH.match(word.group(1))
                    and not _ZONE_AFTER.match(text, after))
    if len(token) == 1 and token.isalpha() and (_LETTER_LABEL.search(text, max(0, dot - 30), dot)
                                                or _ZULU.search(text, max(0, dot - 12), dot)):
        # "The gate first buckles at 1:19 on Camera A. That gives ...": a camera's (an angle's, an exhibit's) letter
        # ends its sentence before a capital, as a word does (round 156), and so does Zulu's "Z" after a clock ("was
        # logged at 15:15:20 Z. At 0:45 ...", as "GMT." does); "John F. Kennedy" stays one
        nxt = _next_char(text, after)
        return bool(nxt and nxt.isupper())
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    if token in _NUMBERED_ABBREVIATIONS:
        # "Ep. 2 "Railway Money" — 51:06", "Pt. 3", "Ch. 12": a part's label before its number ("the last ep. Then
        # ..." ends a sentence); a phone extension before its number too: "ask Thandeka on ext. 4411 before 17:00"
        # (round 143); a lower-case word after it goes on, as after any word
        nxt = _next_char(text, after)
        return not (nxt and (nxt.isdigit() or nxt.islower()))
    if "." in token and _INITIALS.fullmatch(token):  # initials: U.S, L.A (the test read only where a dot is)
        nxt = _next_char(text, after)
        return bool(nxt and nxt.isupper() and token not in {"u.s", "l.a", "u.n", "u.k", "d.c"})
    nxt = _next_char(text, after)
    if nxt and nxt.islower():
        return False
    return True


_LIST_ENTRY = regex(r"\[?\(?\d{1,2}:\d\d(?::\d\d)?\]?\)?\s+\S")
# A numbered or lettered item: "3) 1:02 – strike", "(4) ...", "b) ..." (an item numbered "3." ends at its dot).
_NUMBERED_ITEM = regex(r"(?:\(?(?:\d{1,3}|[a-z])\))[^\S\n]+\S")


def _line_break_ends(text: str, pos: int) -> bool:
    """A single newline inside wrapped prose does not end a sentence; one
    after a heading, a list item or a blank line does."""
    before = text[max(0, pos - 200):pos].rstrip(" \t")
    after = text[pos + 1:pos + 200].lstrip(" \t")
    if after.startswith(">") or ">" in before:
        # a quote's lines ('> ' opening them, as a reply quotes): wrapped prose only at the same depth, read after
        # the marks ("> ... and the roof\n> falls soon after"); a line quoted deeper, shallower or not at all is
        # another's words
        marks = QUOTE_MARKS.match(text, text.rfind("\n", 0, pos) + 1, pos)
        next_marks = QUOTE_MARKS.match(text, pos + 1)
        if (marks.group().count(">") if marks else 0) != (next_marks.group().count(">") if next_marks else 0):
            return True
        if marks is not None and next_marks is not None:
            before = text[marks.end():pos].rstrip(" \t")
            after = text[next_marks.end():pos + 200].lstrip(" \t")
            if _REPLY_HEADER.match(before):
                return True  # "> **u/birdnerd_ie** · 3h ago\n> nah its 3:52": the quoted reply's header line
    if not before or not after or after.startswith("\n") or before.endswith("\n"):
        return True
    if _LIST_ENTRY.match(after):
        return True  # "Contents\n00:00 Hello\n02:05 ...": each line a chapter entry
    if _NUMBERED_ITEM.match(after):
        return True  # "2) 0:48 – target acquired\n3) 1:02 – strike": each line an item
    if before[-1] in ",;" or before[-1].isalnum() and before[-1].islower():
        return not (after[0].islower() or after[0].isdigit())
    return True


def _add(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    while begin < end and (text[begin].isspace() or text[begin] in INVISIBLE):
        begin += 1
    while end > begin and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
        end -= 1
    # Text with no sentence ends at all (lists, dumps, hostile input) is cut into pieces at
    # spaces, so the per-sentence work stays linear in the text.
    while end - begin > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", begin + MAX_SENTENCE_CHARS // 2, begin + MAX_SENTENCE_CHARS)
        if cut <= begin:
            cut = begin + MAX_SENTENCE_CHARS
        spans.append((begin, cut))
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    if end > begin:
        spans.append((begin, end))


# A forum reply's header line, as a quote carries it: "**u/greenkettle_** · 3h ago · edited", "u/bob · 2h".
_REPLY_HEADER = regex(r"\*\*[^*\n]+\*\*|[^\n]*[ \t]·[ \t]")
# The quote marks opening a line: a Markdown or mail reply's "> ", a page's quote as :mod:`annotate.pagetext` writes
# it ("> > " nested); not ">50 people", a figure.
QUOTE_MARKS = regex(r"^[ \t]*(?:>(?:[ \t]+|(?=>)|(?=\n)|$))+", re.MULTILINE)


def said(text: str, b: int, e: int) -> str:
    """The sentence ``text[b:e]`` as a moment's ``sentence`` shows it, the article's words: without the quote marks
    opening its lines (the page reader's mark for a ``<blockquote>`` or an embedded post, a reply's), which are
    nobody's words. Its offsets stay ``b`` and ``e``."""
    parts, at = [], b
    for lo, hi in _opening_marks(text, b, e):
        parts.append(text[at:lo])
        at = hi
    return "".join(parts) + text[at:e]


def unquoted(text: str, b: int, e: int, shown: str | None = None) -> str:
    """``shown`` (``text[b:e]`` unless given: the same sentence as a caption is cut from it) with the quote marks
    opening the lines of ``text[b:e]`` blanked, a space for each character: the offsets of the times in it stay
    valid, and a ">" inside a line ("At 1:12 > 50 people crowd the gate") stays the words' own."""
    out = list(text[b:e] if shown is None else shown)
    for lo, hi in _opening_marks(text, b, e):
        out[lo - b:hi - b] = " " * (hi - lo)
    return "".join(out)


def _opening_marks(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """Where the quote marks opening the lines of the sentence ``text[b:e]`` stand, cut to it: a first line that
    opens with no quote mark (the sentence starts after another on its line) has none."""
    if ">" not in text[b:e]:
        return []
    line = b  # (the start of the sentence's line, read back over quote marks alone: no scan of the text before)
    while line > 0 and text[line - 1] in " \t>":
        line -= 1
    if line > 0 and text[line - 1] != "\n":
        line = text.find("\n", b, e) + 1 or e  # (its first line opens with no quote mark)
    marks, at = [], b
    for m in QUOTE_MARKS.finditer(text, line, e):
        if m.end() > at:
            marks.append((max(at, m.start()), m.end()))
            at = m.end()
    return marks
