"""Lengths told in lists and tables: a list's items and its ends, chapter and track lists, stamped list lines, length
columns; and the lengths of totals, labels, credits and release metadata lines."""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions import cell_column_headers
from annotate.moments.forms import has_unit
from annotate.moments.lengths.stated import StatedLength, _mentions_media, _value, _WordGate
from annotate.moments.lengths.words import (
    _COMPACT_AT,
    _DIRECTOR_CREDIT,
    _DOTTED_ITEM_LENGTH,
    _GATE_LENGTH_LABEL,
    _LENGTH_LABEL_LINE,
    _LINE_MARK,
    _LIST_ITEM,
    _PAREN_TC,
    _RATED_LENGTH,
    _RATINGS,
    _TOTAL_TIME,
    _WORK,
    _WORK_END,
)
from annotate.moments.patterns import (
    COMPACT,
    DURATION,
    HEDGE,
    LENGTH_MEDIA,
    MEDIA_NOUN,
    PLAYED_THING,
    TC_TEXT,
    TIMECODE,
)
from annotate.moments.scan import lines_above

# A list's header naming the work its entries walk through, with that work's length in brackets before the
# colon: "The teaser for *Red Meridian* (1:48):", "Top 5 saves (video 6:40):" (the line must head a list).
# (where the work is may follow its medium: "Top 5 NPFL goals of the season (compilation on our channel, 9:02):")
_HEADER_PAREN = regex(
    rf"\((?:(?:(?:full|whole|entire|complete)\s+)?(?:{LENGTH_MEDIA}|run\s*time|running\s+time|length|duration)"
    r"(?:\s+(?:on|via|at)\s+[^(),:\n]{1,30}?,)?\s*:?\s+)?"
    rf"(?P<d>{TC_TEXT})\s*\)"
    r"\s*:(?:\*\*|__|</\w+>)?(?=[ \t]*(?:\n|$))",
    re.IGNORECASE)
# The same credits the other way round, the length first: "Directed by Ilse Marchetti. 2 hrs 8 min. 15 certificate."
_LENGTH_THEN_RATING = regex(
    rf"(?:^|(?<=[\s(]))(?P<d>{DURATION})\s*[.;,|·•/]\s*(?:(?:rated|certificate|cert\.?)\s+[\w-]+"
    rf"|[\w-]+\s+(?:certificate|cert\b)|{_RATINGS}(?![\w-]))",
    re.IGNORECASE)
_RATING_MARK = regex(r"PG|NC-17|12A|15A|TV-")


def _metadata_patterns(text: str, b: int, e: int) -> list[re.Pattern[str]]:
    """The length patterns of totals, labels and release metadata a sentence with a unit word may hold."""
    low = text[b:e].lower()
    return [*([_TOTAL_TIME] if "total" in low else []),
            *([_LENGTH_LABEL_LINE] if "run" in low or _GATE_LENGTH_LABEL.any_case.search(low) else []),
            *([_RATED_LENGTH, _LENGTH_THEN_RATING] if "rated" in low or "cert" in low or _RATING_MARK.search(text, b, e)
              else []),
            *([_DOTTED_ITEM_LENGTH] if _dotted(low) else [])]


def _dotted(low: str) -> bool:
    """Whether the lowered text holds a separator of a line of items (a middle dot, a bullet, a bar)."""
    return "·" in low or "•" in low or "|" in low or "&middot;" in low or "&bull;" in low


def _list_lengths(text: str, b: int, e: int) -> list[StatedLength]:
    """Lengths a list tells: a header's "(1:48):" over its items, an item's timecodes under a runtimes heading."""
    spans = [m.span("d") for m in _HEADER_PAREN.finditer(text, b, e)
             # not "Speaker 2 (27:14):\nSo ...": a transcript's timed label, with no list under it
             if _HEADED_ITEM.match(text, text.find("\n", m.end()) + 1 or len(text))] \
        if text.find("):", b, e) >= 0 else []
    found = [StatedLength(value, *span) for span in spans + _listed_lengths(text, b, e)
             if (value := _value(text[span[0]:span[1]]))]
    return found


def _credit_line_lengths(text: str, b: int, e: int) -> list[StatedLength]:
    """A length standing as an item of its own on a credits line that names the director: "Dir. Teodor Vasilescu.
    1h 48m. In cinemas Friday.", "Directed by Oskar Lind, 94 min, in Swedish" (the film's metadata, its length; the
    splitter may cut the line at "Dir.", so the line is read back from ``b``), or on a show's line that says when it
    was recorded: "Recorded Monday night at 9.15pm AEST, 71 minutes." (the episode's length)."""
    line = text.rfind("\n", max(0, b - CREDIT_LINE_CHARS), b) + 1
    start = max(line, b - CREDIT_LINE_CHARS)
    window = text[start:e]
    if not _CREDIT_WORDS.found(text, start, e, window.lower() if window.isascii() else None) \
            or not _DIRECTOR_CREDIT.search(text, start, e):
        return []
    found = []
    for m in _CREDIT_ITEM.finditer(text, b, e):
        item_line = text.rfind("\n", 0, m.start()) + 1
        if _DIRECTOR_CREDIT.search(text, max(item_line, m.start() - CREDIT_LINE_CHARS), m.start()) \
                and (value := _value(m.group("d"))):
            found.append(StatedLength(value, m.start(), m.end()))
    return found


def _work_line_lengths(text: str, b: int, e: int) -> list[StatedLength]:
    """A length standing as an item of its own on a line that opens with a work's label and number, a list of the
    recordings a text compares: "Video 1 – Mrs Kowalski's Ring doorbell (No. 14). 3 min 30 s. The doorbell clock
    says ...", "Video 4 – local news helicopter footage, 1 min 45 s, from the bulletin" (round 50): that work's
    length, as a credits line's is the film's."""
    line = text.rfind("\n", 0, b) + 1
    label = _WORK_LABEL_LINE.match(text, line)
    if label is None or label.end() > e:
        return []
    return [StatedLength(value, m.start(), m.end()) for m in _CREDIT_ITEM.finditer(text, max(b, label.end()), e)
            if text.find("\n", line, m.start()) < 0 and (value := _value(m.group("d")))]


# A line opening with a recording's label and its number or letter, then a dash or a colon: "Video 1 – ", "- Clip B:",
# "**Camera 2** —".
_WORK_LABEL_LINE = regex(
    rf"[ \t]*(?:[-*•][ \t]*)?(?:\*\*|__)?(?:{LENGTH_MEDIA}|camera|cam|file|angle)[ \t]+(?:\d{{1,2}}|[A-Z])\b"
    r"(?:\*\*|__)?[ \t]*[–—:-]", re.IGNORECASE)
# How far back on its line a length item's director credit may stand.
CREDIT_LINE_CHARS = 120
# One of these words is in every _DIRECTOR_CREDIT match (tests/test_moments_gates.py): a plain gate before its
# case-blind scan, which would be tried at every position of the line.
_CREDIT_WORDS = _WordGate(r"dir|recorded|streamed")
# A length alone between the credits line's separators (a hedge may open it: "c. 95 min").
_CREDIT_ITEM = regex(
    rf"(?:(?<=^)|(?<=[.,;|·•][ \t]))[ \t]*(?:(?:{HEDGE})\s+)?(?P<d>{DURATION})(?=[ \t]*(?:[.,;|·•)]|$))",
    re.IGNORECASE | re.MULTILINE)
# "from the official highlights (6:12)", "the full, unedited interview (41:07)": a whole work, then its length.
# "Played in full (2:30)", "shown in its entirety (4:10)": the whole of the work, its length.
_WHOLE_WORK_END = regex(
    rf"(?<![\w-])(?:full|whole|entire|complete|official|extended|unedited|uncut|original|condensed)"
    # (placed on the page: "Watch the full video above (11:24)" (round 101))
    rf"(?:,?\s+[\w'’-]+){{0,2}}?\s+{_WORK}(?:\s+(?:above|below|here))?\s*$"
    r"|\b(?:in\s+full|in\s+(?:its|their)\s+entirety|(?:from\s+)?(?:start|beginning)\s+to\s+(?:finish|end))\s*$",
    re.IGNORECASE)
# "Full highlights (8:04) are on the club's channel", "The stream (2:14:00) is now up on Twitch": where it is.
# Or how it was made: "The music video (4:05) was directed by ... and filmed in Kisumu" (round 93): no position in a
# work is directed or filmed; the whole work is.
_AVAILABLE_AFTER = regex(
    r"\s*(?:is|are|was|were|has\s+been|have\s+been|went|goes|can\s+be)\s+(?:now\s+|also\s+|still\s+|first\s+|"
    r"originally\s+)?"
    r"(?:up|on|online|available|posted|uploaded|published|released|streaming|found|watched|seen|linked|here|live|"
    r"viewed|shared|downloaded|removed|deleted|taken\s+down|viral|"
    r"(?:co-?)?directed|filmed|shot|recorded|produced|edited|animated|choreographed|premiered|commissioned|"
    r"(?:made|created)\s+(?:by|for|in|with|on|over|during)|"
    # where on the page: "Our highlights package (4:50) is above." (not "below par")
    r"(?:(?:embedded|attached|pinned|linked)\s+)?(?:above|below|embedded|attached|pinned|at\s+the\s+(?:top|bottom))"
    r"(?=\s*(?:[.,;:!)—–]|$|(?:here|this|the\s+(?:article|post|story|report|text|page))\b)))\b",
    re.IGNORECASE)


def _whole_work(segment: str, text: str, after: int) -> bool:
    """The parenthesis follows a whole work named as one ("the official highlights"), or a work said to be
    somewhere ("Full highlights (8:04) are on ...", "The full replay is on the broadcaster's app (3 hrs 12
    mins)"): its length, not a position in it."""
    if _ends(_WHOLE_WORK_END, segment) or _ends(_WORK_AVAILABLE_ON, segment) or _ends(_WHOLE_WORK_ON, segment):
        return True
    return _ends(_WORK_END, segment) \
        and (_AVAILABLE_AFTER.match(text, after) is not None or _ends(_TIMES_FROM, segment))


def _ends(pattern: re.Pattern[str], segment: str) -> bool:
    """``pattern`` (anchored with $) matches the end of the title segment ``segment``, tried over its last
    ``SEGMENT_REACH`` characters only (the characters before still seen by its look-behinds): a segment runs back to
    its sentence's start where no separator cuts it, and each pattern's alternation tried at every position of it,
    for every bracket of a sentence of thousands of "(2:27)", was the most of a minute per 100 kB."""
    return pattern.search(segment, max(0, len(segment) - SEGMENT_REACH)) is not None


# How far back from a title segment's end a work's words ending it are read (a work named, its verbs and a place:
# "The full replay is on the broadcaster's app").
SEGMENT_REACH = 200

# "Highlights are now up on the club's channel (9:48)": a work said to be somewhere, then its length closing that.
_WORK_AVAILABLE_ON = regex(
    rf"(?<![\w-]){_WORK}\s+(?:is|are|has\s+been|have\s+been|went|goes)\s+(?:now\s+|also\s+)?(?:up|online|available|"
    r"posted|uploaded|live|out)\s+(?:on|at|via|in|from)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*$", re.IGNORECASE)
# "The full replay is on the broadcaster's app": a whole work said to be somewhere, with no "up" or "online"; so is
# the official or original cut, as _WHOLE_WORK_END reads one (round 112: "the official highlights are on the
# Camanachd Association channel (9:48)").
_WHOLE_WORK_ON = regex(
    rf"(?<![\w-])(?:full|whole|entire|complete|extended|unedited|uncut|official|original|condensed)\s+(?:[\w'’-]+\s+)?{_WORK}\s+(?:is|are)\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:on|at|via)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*$", re.IGNORECASE)
# "All timestamps refer to the highlights video (6:12)", "Times are from the club's stream (1:48:10)": the work the
# times count in, named with its length.
_TIMES_FROM = regex(
    r"\b(?:time\s?stamps?|times|timecodes?|chapters|positions)\b[^()]{0,30}?"
    r"\b(?:from|for|refer\s+to|relate\s+to|match|are\s+(?:based\s+)?on|count\s+(?:from|in))\s+"
    r"(?:the|this|that|our|their|its|his|her|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*$", re.IGNORECASE)

# (not a chapter's own number and title, "Chapter 1 – The Ferry (12:41)": one chapter named, an audiobook's closed
# by its length)
_CHAPTER_HEADING = regex(
    r"\b(?:chapters?(?![^\S\n]*\d{1,3}[^\S\n]*[:.–—-])|timestamps?|contents|key\s+moments|jump\s+to)\b\s*:?",
    re.IGNORECASE)
# The chapters heading's work after a dash, its one bracket closing the line: "## Timestamps – *Whales from the Cliff
# Path, Hermanus* (**18:42**)" (round 204) names the video the chapters below are of, and its length.
_HEADING_OF_WORK = regex(r"[^\S\n]*[–—-][^\S\n]*[^()\n:]{1,80}\([^()\n]*\)[^\S\n]*$")
# A chapter starting the work in brackets, "(0:00)"; with its hours or said to start there too: "Intro to doubt
# (starts 0:00:00) · The dream argument (0:12:30)" (round 151): no length is nought, so the line's brackets are starts.
_ZERO_PAREN = regex(r"\((?:(?:starts?|starting|begins?|beginning|from)(?:\s+at)?\s+)?(?:0{1,2}:)?0{1,2}:00\)",
                    re.IGNORECASE)


def _stamped_list_line(text: str, pos: int, opens: re.Pattern[str] | None = None) -> bool:
    """The timecode at ``pos`` opens its line, and the line above or below opens with a timecode too (or with what
    ``opens`` matches): a list of chapters or cues ("00:27 Trailer part 1\n01:22 Trailer part 2"), each stamp where
    its line's part starts."""
    opens = opens or _OPENS_WITH_STAMP
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip(" \t-*•[("):
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    below = text.find("\n", pos)
    return (line_start > 0 and opens.match(text, above) is not None) \
        or (below >= 0 and opens.match(text, below + 1) is not None)


_OPENS_WITH_STAMP = regex(rf"{_LINE_MARK}(?:\d{{1,2}}(?::[0-5]\d){{1,2}}(?![\d:])|{_COMPACT_AT})")


def _is_chapter_line(text: str, pos: int) -> bool:
    """"Chapters: Intro (0:00) | Setup (1:30)": titles with their start times, not their lengths
    (a list that starts at (0:00), or one under a chapters heading on its line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    whole_line, label = _chapter_line(text, line_start)
    return whole_line or (0 <= label < pos and _CHAPTER_LABEL_INLINE.search(text, label, pos) is not None)


@lru_cache(maxsize=8)
def _chapter_line(text: str, line_start: int) -> tuple[bool, int]:
    """What :func:`_is_chapter_line` reads of the whole line at ``line_start``, read once per line, not once per
    bracket on it (a line of thousands of "(2:27)" was read to its end for each): whether the line is a chapter
    list's, and where the first chapters label with its colon stands on it (-1 if none; no inline label's match
    starts before it)."""
    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    stripped = line.lstrip(" \t#*>-")
    heading = _CHAPTER_HEADING.match(stripped)
    whole_line = bool(_ZERO_PAREN.search(line) or (heading and not _HEADING_OF_WORK.match(stripped, heading.end()))) \
        or ("(" in line and _under_chapter_heading(text, line_start))
    label = _CHAPTER_LABEL_KEY.search(line) if ":" in line else None
    return whole_line, -1 if label is None else line_start + label.start()


# "... and we talk to her sister. Chapters: The motel (02:10) · The phone records (18:44)": a chapters label
# after prose on its line, then titled items each closed by its bracketed time, up to the one at ``pos``.
_CHAPTER_LABEL_INLINE = regex(
    r"\b(?:chapters?|time\s?stamps?|contents|key\s+moments|jump\s+to)[^\S\n]*:[^\S\n]*"
    r"(?:[^\n.!?()]{1,80}\([^\S\n]*\d[\d:.]*[^\S\n]*\)[^\S\n]*[·•|;,/–—-]?[^\S\n]*){0,30}[^\n.!?()]{1,80}$",
    re.IGNORECASE)
# Where a match of _CHAPTER_LABEL_INLINE can start: its label and colon.
_CHAPTER_LABEL_KEY = regex(r"\b(?:chapters?|time\s?stamps?|contents|key\s+moments|jump\s+to)[^\S\n]*:", re.IGNORECASE)

# A line of a chapter list that ends with its time in brackets: "Stripping the headstock (3:41)", "- Setup (1:30)".
_PAREN_TIME_LINE = regex(rf"[^\n]{{0,120}}\({TC_TEXT}\)[ \t*_.]*$", re.MULTILINE)
# A chapter list's heading alone on its line: "Chapters", "## Timestamps:", "**Contents**".
_CHAPTER_HEADING_LINE = regex(
    r"[ \t#>*_]*(?:chapters?|time\s?stamps?|contents|key\s+moments)[ \t]*:?[ \t*_]*$"
    # a line that ends by sending the reader to the parts below: "Skip to the part you want:", "Jump to:"
    r"|[^\n]{0,80}?\b(?:skip|jump|go|fast[\s-]?forward|navigate)\s+(?:straight\s+|right\s+|ahead\s+)?to\b[^\n.!?]{0,40}"
    r":[ \t*_]*$", re.IGNORECASE)
# A chapter's title with no time, under the heading: "Introductions" (its time, 0:00, goes unsaid).
_UNTIMED_TITLE_LINE = regex(r"[ \t#>*_-]*[^\W\d][^\n.!?:()]{0,60}")


def _under_chapter_heading(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is one of a run of lines ending with bracketed times ("The seized bearing
    (12:05)") under a "Chapters" heading on its own line, or a run whose entry says (0:00): positions."""
    for above, end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):
        line = text[above:end]
        if _CHAPTER_HEADING_LINE.fullmatch(line):
            return True
        if not _PAREN_TIME_LINE.fullmatch(line):
            heading = text.rfind("\n", 0, max(0, above - 1)) + 1
            # one untimed title may open the list, right under its heading
            return above > 0 and _UNTIMED_TITLE_LINE.fullmatch(line) is not None \
                and _CHAPTER_HEADING_LINE.fullmatch(text, heading, above - 1) is not None
        if _ZERO_PAREN.search(line):
            return True
    return False


# "10 best moments from the final:", "Ranking every goal from Saturday's highlights video:"; a recipe's or a
# guide's steps, each with where the video shows it ("Method (video steps in brackets):", "Steps:")
_MOMENTS_HEADING = regex(
    r"\b(?:moments?|highlights?|goals?|best\s+bits|key\s+plays|saves|tries|wickets|knockdowns|"
    r"steps?|method|instructions|directions)\b[^\n]*:\s*$",
    re.IGNORECASE,
)
# A title line with no colon that names moments: "Top 5 moments from last night's debate", "## Key beats of the
# finale" (no sentence: "Nice moments." ends one; "highlights" or "goals" alone may head a playlist of clips, and
# "for the moment" is no list of moments).
# (the whole work's length may close it: "Top 7 moments from last night's stream (full VOD 4:32:10)")
_MOMENTS_TITLE = regex(
    r"[ \t#>*_]*(?=[^\n]{0,100}$)[^\n.!?:]*?\b(?:moments|best\s+bits|key\s+plays|(?:key\s+|story\s+)?beats)\b"
    r"(?:[^\n.!?:]|(?<=\d)[:.](?=\d))*",
    re.IGNORECASE,
)
# A title line counting things inside one work: "Every explosion in the "Rogue Delta" trailer, ranked", "All the
# cameos in last night's episode", "Each save from the Sunday stream" (not works of their own: "Every trailer from
# the showcase", "All the clips in this compilation" list works and their lengths).
_PARTS_OF_ONE_WORK = regex(
    rf"^[ \t#>*_]*(?:every|each|all(?:\s+of)?(?:\s+the)?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?!(?:{LENGTH_MEDIA}|{PLAYED_THING})s?\b)[\w'’-]+\s+(?:in|from|of|during)\s+"
    rf"(?:the|this|that|its|his|her|their|our|[\w'’-]+['’]s)\s+(?:[^\n().!?]{{0,60}}?\s)?{MEDIA_NOUN}\b",
    re.IGNORECASE,
)
# A heading that says its list gives timestamps: "5 moments you might have missed (timestamps are for the 58-minute
# episode on iPlayer)", "timestamps refer to the director's cut" (not "Tracklist / timestamps for the mix:").
# (or where they stand: "goals in order (timestamps in brackets)", "timestamps in parentheses")
_TIMESTAMPS_SAID = regex(
    r"\btime[\s-]?stamps?\s+(?:are|refer|(?:are\s+)?in\s+(?:the\s+)?(?:brackets|parenthes[ie]s|parens))\b"
    # "(times in brackets are where each step starts in my video)" (not "run times in brackets")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)\btimes\s+in\s+(?:the\s+)?"
    r"(?:brackets|parenthes[ie]s|parens)\s+(?:are\s+)?(?:where|when|positions|points)\b"
    # "(Times are from the start of the iPlayer recording)", "times refer to the club's upload": where in a recording
    # (not "Running times are from the Blu-ray", nor "Times are from the official race timing")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)\b(?:times|timecodes?)\s+(?:are\s+|were\s+)?"
    r"(?:all\s+)?(?:taken\s+|given\s+|counted\s+)?(?:from|in|refer\s+to|relate\s+to|count\s+from|are\s+for)\s+"
    r"(?:the\s+(?:start|beginning)\s+of\s+)?(?:the|this|that|our|their|its|[\w'’-]+['’]s?)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{MEDIA_NOUN}\b"
    # an intro saying the times below are where things are: "all the times below are positions in it", "so here's
    # where to find the good parts" (round 94; not "here's where to find the full video"); a heading's bracket saying
    # so with no "below": "(times are positions in our 8-minute compilation)", "(timings are points in the reel)",
    # "(the times are where each one is in the VOD)", "(each time is where the save happens)", "(timestamps show where
    # each save is)" (round 119; not "run times are ...")
    r"|(?<!\brun\s)(?<!\brunning\s)(?<!\bcooking\s)(?<!\bbaking\s)"
    r"\b(?:(?:each|every)\s+(?:time|timing|time\s?stamp)|times|timings|timecodes?|time\s?stamps?)\s+"
    r"(?:(?:below|above|listed|given|shown|here)\s+)?(?:are\s+|is\s+|refer\s+to\s+|show\s+|shows\s+|mark\s+|marks\s+)"
    r"(?:all\s+)?(?:positions|points|places|where\s+(?:each|every|the|it|they)\b)\b"
    r"|\bhere(?:['’]s|\s+is|\s+are)\s+where\s+(?:to|you(?:['’]ll|\s+can)?)\s+(?:find|see|skip\s+to|jump\s+to)\s+"
    r"(?:the\s+)?(?:good|best|key|main|big|funny|funniest|great|best-known)\s+(?:parts|bits|moments|stuff|scenes)\b",
    re.IGNORECASE)
# The first item under a list's header line, Markdown or HTML: "- the demo at 4:10", "<ul><li>the fall at 0:50".
_HEADED_ITEM = regex(rf"{_LIST_ITEM.pattern}|[ \t]*<(?:ul|ol|li)\b", re.IGNORECASE)
# How many list lines above an item its heading may stand.
MAX_LIST_ITEMS_ABOVE = 30


def _in_moments_list(text: str, pos: int) -> bool:
    """The line at ``pos`` is an item ("1. The opening ceremony fireworks (0:20)", "#4 Olsen volley (0:47)")
    of a list whose heading names moments: its times are positions, not lengths."""
    heading = _list_heading(text, pos)
    return heading is not None and (_MOMENTS_HEADING.search(heading) is not None
                                    or _MOMENTS_TITLE.fullmatch(heading) is not None
                                    or _PARTS_OF_ONE_WORK.match(heading) is not None
                                    or _TIMESTAMPS_SAID.search(heading) is not None)


# A list item's time in brackets, "(1:05)" or "(at 4:15)", closing its line; its medium may label it: "(video:
# 1:05)", "(clip 2:50)" (round 134's step list).
_ITEM_PAREN_TIME = regex(rf"\((?:(?:{LENGTH_MEDIA})\s*:?\s+)?(?:at\s+)?(?P<d>{TC_TEXT})\)[ \t*_.]*$", re.IGNORECASE)
# How many bracketed times a list must hold before their sum can say they are no lengths.
MIN_SUMMED_ITEMS = 3


# A duration anywhere in a list's heading.
_HEADING_DURATION = regex(DURATION, re.IGNORECASE)


def _past_whole_length(text: str, pos: int) -> bool:
    """The line at ``pos`` is an item of a list under a heading that states the whole work's length ("Quick dhal
    (video recipe, 6 min)"), whose items' bracketed times rise, each inside that length, and add up past it: no
    parts' lengths add up past their whole, so the times are positions ("1. Rinse the dal (0:20)\n2. Temper the
    seeds (1:05)")."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line_start):
        return False
    above = list(lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE))
    items = [(line_start, (text.find("\n", pos) + 1 or len(text) + 1) - 1)]
    heading = None
    blank_skipped = False
    for start, end in above:
        if start == end and not blank_skipped and start > 0:
            blank_skipped = True  # Markdown's blank line between a heading and its list
            continue
        if not _LIST_ITEM.match(text, start):
            heading = (start, end)
            break
        items.append((start, end))
    if heading is None or not _mentions_media(text, *heading):
        return False
    whole = [v for m in _HEADING_DURATION.finditer(text[heading[0]:heading[1]])
             if has_unit(m.group(), 0, len(m.group())) and (v := _value(m.group())) is not None]
    if len(set(whole)) != 1:
        return False  # (no length, or lengths of several things)
    end = items[0][1]
    while end < len(text) and _LIST_ITEM.match(text, end + 1):  # the items below the line too
        nxt = text.find("\n", end + 1)
        items.append((end + 1, nxt if nxt >= 0 else len(text)))
        end = nxt if nxt >= 0 else len(text)
    times = []
    for start, stop in sorted(items):
        m = _ITEM_PAREN_TIME.search(text, start, stop)
        if m is not None and (v := _value(m.group("d"))) is not None:
            times.append(v)
    return len(times) >= MIN_SUMMED_ITEMS and all(a < b for a, b in zip(times, times[1:])) \
        and times[-1] < whole[0] < sum(times)


# A list item that places its thing in the footage: "— highlights at 0:55", "— 1:40 to 1:48", "stop at 4:02".
_ITEM_POSITION = regex(
    rf"\bat\s+(?:the\s+)?{TC_TEXT}(?![\d:]|\s*(?:[ap]\.?m\b|hrs?\b|h\b|local\b))"
    rf"|{TC_TEXT}\s*(?:-|–|to)\s*{TC_TEXT}(?![\d:])", re.IGNORECASE)
# How many of a list's items, either side of one, are read for a sibling's position.
SIBLING_ITEMS = 8


def _items_place_positions(text: str, pos: int) -> bool:
    """The line at ``pos`` is a list item, and another item of its list (a few either side, the list unbroken by a
    line that is no item) places its thing in the footage with "at" or a range ("5. Double save — highlights at
    0:55", "4. Reflex save — 1:40 to 1:48"): the list walks through one recording, so a bracketed time closing an
    item ("3. Full-stretch dive at the near post (2:32)") is where it is, not a title's length. A bracket the item
    goes on past ("- **Leg Day 20** (21:40) — start at 2:30") is its work's length: each item is a work of its own."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if not _LIST_ITEM.match(text, line_start) \
            or not _ITEM_PAREN_TIME.match(text, pos, len(text) if line_end < 0 else line_end):
        return False
    siblings = []
    for start, end in lines_above(text, line_start, SIBLING_ITEMS):
        if not _LIST_ITEM.match(text, start):
            break
        siblings.append((start, end))
    below = text.find("\n", pos)
    for _ in range(SIBLING_ITEMS):
        if below < 0:
            break
        start, end = below + 1, text.find("\n", below + 1)
        end = len(text) if end < 0 else end
        if not _LIST_ITEM.match(text, start):
            break
        siblings.append((start, end))
        below = end if end < len(text) else -1
    # "1. Harmattan (4:12) — 0:03:20" beside "3. Adwoa (3:55)" (round 135): a sibling whose own bracketed time is
    # followed on its line by the item's position shows each item a work with its length in brackets.
    if any(_BRACKET_THEN_POSITION.search(text, start, end) for start, end in siblings):
        return False
    return any(_sibling_position(text, start, end) for start, end in siblings)


# A bracketed time, then a dash and a bare timecode: a setlist's "Kumasi Nights (5:40) — 0:08:05", song length then
# where it starts.
_BRACKET_THEN_POSITION = regex(rf"\({TC_TEXT}\)[ \t*_]*[–—-][ \t]*(?:at[ \t]+)?{TC_TEXT}(?![\d:])", re.IGNORECASE)


def _sibling_position(text: str, start: int, end: int) -> bool:
    """Whether the item line text[start:end] places a thing in the footage with "at" or a range, not past a bracketed
    time of its own the line goes on from that is longer than the place: "- 2.2 Tests (55:47) — the example at 31:12"
    places it in that item's own work, whose length the bracket gives."""
    for m in _ITEM_POSITION.finditer(text, start, end):
        own = [_value(p.group("d")) for p in _PAREN_TC.finditer(text, start, m.start())]
        placed = _value(TIMECODE.search(m.group()).group())  # type: ignore[union-attr]
        if not any(length is not None and placed is not None and length > placed for length in own):
            return True
    return False


def _list_heading(text: str, pos: int) -> str | None:
    """The line heading the list whose item is the line at ``pos`` (None if that line is no list item, or
    no heading stands within ``MAX_LIST_ITEMS_ABOVE`` items above it). One blank line may stand between the heading
    and its list, and between any two items: a loose list ("1. The flag parade (0:21:40) — ...\n\n2. ...") is one
    list under one heading; two blank lines in a row end it."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line_start):
        return None
    blank_above = False  # whether the line just below the one read is blank
    for prev_start, end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):
        line = text[prev_start:end]
        if not line.strip() and not blank_above and prev_start > 0:
            blank_above = True
            continue
        if not _LIST_ITEM.match(line):
            return line
        blank_above = False
    return None


# "Season 3 at a glance (all runtimes from the Blu-ray):", "Episodes (running times):": a list of lengths.
_LENGTHS_HEADING = regex(
    r"\b(?:run[\s-]?times|running[\s-]+times|lengths|durations)\b[^\n]*:\s*$", re.IGNORECASE)


def _listed_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes of a list item in [b, e) under a heading that says its times are lengths."""
    line_start = text.rfind("\n", 0, b) + 1
    if text.startswith("|", line_start):
        return _length_column(text, line_start, b, e) or _length_cells(text, b, e)
    if not _LIST_ITEM.match(text, line_start):
        return _length_cells(text, b, e)  # the cheap test first: most sentences open no list item
    heading = _list_heading(text, b)
    if heading is None or not _LENGTHS_HEADING.search(heading):
        return []
    return [m.span() for m in TIMECODE.finditer(text, b, e)]


# A table's column of lengths: "| No. | Title | Length |", "| Ep | Runtime |".
# An interval timer's columns hold lengths too: "| Preset | Work / Rest | Rounds | Total time |" over "| Tabata | 20 s /
# 10 s | 8 | 4:00 |" (round 105): a work-and-rest setting and a total are no places in a video.
# A word may name what is measured: "Set length", "Clip length", "Track duration" (round 110: a festival's "<th>Set
# length</th>" over "<td>1:10</td>").
_LENGTH_CELL = regex(r"\s*[*_']{0,3}(?:(?:(?:set|clip|track|song|video|episode|film|segment|slot|item|play(?:ing)?)"
                          r"\s+)?(?:length|run[\s-]?time|running[\s-]+time|duration)|total(?:\s+(?:time|length))?"
                          r"|work\s*/\s*rest|work|rest|intervals?|time\s+cap"
                          # a length asked in words (round 202's replay notes: "| Replay | Local time | What happens |
                          # How long |" over "| 8:30 |")
                          r"|(?:for\s+)?how\s+long(?:\s+(?:it\s+)?(?:lasts|takes|runs))?"
                          # a pose or a stretch held (round 113): "| Pose | Hold | Watch from |" over "| 0:45 | 0:30 |"
                          r"|holds?(?:\s+(?:time|for))?)s?\s*(?:\([^()|]{0,20}\))?"
                          r"[*_']{0,3}\s*", re.IGNORECASE)  # bold too: "**Length**", "'''Runtime'''"
# A training plan's bare "Time" column is how long each session runs: "| Day | Session | Time |" over "| Mon | Easy
# run | 25:00 |" (round 113); a chapter table's "| Time | Chapter |" names no session and stays a list of positions.
_TIME_CELL = regex(r"\s*[*_']{0,3}times?[*_']{0,3}\s*", re.IGNORECASE)
_PLAN_HEADER = regex(r"\s*[*_']{0,3}(?:sessions?|workouts?|trainings?|days?|weekdays?)[*_']{0,3}\s*", re.IGNORECASE)


def _length_header(cell: str, cells: list[str]) -> bool:
    """Whether a table column headed ``cell`` (among its table's header ``cells``) holds lengths: a length, a rest or
    a hold by name, or a training plan's "Time"."""
    return _LENGTH_CELL.fullmatch(cell) is not None or (
        _TIME_CELL.fullmatch(cell) is not None and any(_PLAN_HEADER.fullmatch(c) for c in cells))


_RULE_ROW = regex(r"\|[\s|:-]*")


def _length_column(text: str, line_start: int, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes and compact lengths ("2m 15s") in [b, e) of a Markdown table's row that stand in a column its
    header names a length."""
    header = line_start
    for above, _end in lines_above(text, line_start, MAX_LIST_ITEMS_ABOVE):  # up past the rows to the header row
        if not text.startswith("|", above):
            break
        header = above
    if header == line_start:
        return []
    head_end = text.find("\n", header)
    cells = text[header:head_end].split("|")
    if _RULE_ROW.fullmatch(text, header, head_end):
        return []
    ranked = any(_RANK_CELL.fullmatch(c) for c in cells)  # a ranking lists its places out of the footage's order
    lengths = [_length_header(c, cells) or (
        not ranked and _TIME_CELL.fullmatch(c) is not None and _falls_down_rows(text, head_end, i))
        for i, c in enumerate(cells)]
    if not any(lengths):
        return []
    return [m.span() for m in _CELL_LENGTH.finditer(text, b, e)
            if text.count("|", line_start, m.start()) < len(cells) and lengths[text.count("|", line_start, m.start())]]


# A column headed only "Time": lengths when its times fall somewhere down the rows (round 110: a running plan's "| Day
# | Session | Time |" over "25:00", "35:00", "0:30", "55:00"), as a log of footage lists its places in order
# (not under a ranking's column: "| Rank | Save | Time |" over "34:12", "12:05" lists its best places, best first)
_RANK_CELL = regex(r"\s*[*_']{0,3}(?:#|no\.?|rank(?:ing)?|pos(?:ition)?\.?|place)[*_']{0,3}\s*", re.IGNORECASE)


def _falls_down_rows(text: str, head_end: int, column: int) -> bool:
    """Whether the timecodes alone in cell ``column`` of the Markdown table whose header row ends at ``head_end``
    fall from one row to a later one: a column of amounts (a session's length), not of places in a video."""
    seen: list[float] = []
    start = head_end + 1
    while start < len(text) and text.startswith("|", start):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = text[start:end].split("|")
        value = _value(cells[column]) if column < len(cells) and TIMECODE.fullmatch(cells[column].strip()) else None
        if value is not None:
            if seen and value < seen[-1]:
                return True
            seen.append(value)
        start = end + 1
    return False


# What a length column's cell holds: "47:12", "2m 15s", "1h 05m".
_CELL_LENGTH = regex(rf"{TIMECODE.pattern}|{COMPACT}", re.IGNORECASE)


def _length_cells(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The timecodes in [b, e) alone in a cell of an HTML or MediaWiki table, in a column its header names a
    length ("<th>Duration</th>", "! Title !! Runtime")."""
    return [m.span() for m in TIMECODE.finditer(text, b, e)
            if _CELL_OPENS.search(text, max(0, m.start() - 40), m.start())  # the cheap test first
            and (found := cell_column_headers(text, m.start())) is not None
            and _length_header(found[0], [_CELL_TAG.sub("", cell).strip() for cell in found[1]])]


_CELL_TAG = regex(r"<[^<>]*>")

# The opening of a table cell right before its text: "<td>", "<td><b>", "|| ", a line's "|", '|| style="x" | '.
_CELL_OPENS = regex(r"(?:<t[dh]\b[^<>]{0,30}>\s*(?:<[a-z]+\b[^<>]{0,30}>\s*)?"
                         r"|(?:^|\|)\|(?:[^|\n]{0,60}\|)?[ \t]*)$",
                         re.IGNORECASE | re.MULTILINE)
