"""Lengths in a title's brackets ("Teaser (1:36)", "*Crossing* (1995, 26 min)"): which bracketed lengths are a
work's, quoted and numbered titles, spec lists and heading brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.exclusions import paired_position
from annotate.moments.lengths.lists import (
    _ends,
    _in_moments_list,
    _is_chapter_line,
    _items_place_positions,
    _past_whole_length,
    _whole_work,
)
from annotate.moments.lengths.other_works import (
    _after_dash,
    _after_symbols,
    _emphasised_line,
    _emphasised_title,
    _labelled_turn,
    _length_before_positions,
    _listed_source_length,
    _segment_before,
    _title_and_artist,
    _title_case,
    _title_floor,
    _titled_by_maker,
    _watched_work,
)
from annotate.moments.lengths.words import (
    _HEADING_START,
    _HOLDING,
    _LIST_ITEM,
    _PAREN_TC,
    _PART_LABEL,
    _QUOTE_MARK,
    _QUOTES,
    _WORK,
)
from annotate.moments.patterns import COMPACT, DURATION, LENGTH_MEDIA, TC_TEXT

_PAREN_COMPACT = regex(rf"\((?P<d>{COMPACT})\)", re.IGNORECASE)
# Only the word that the titled file is attached or linked, closing its clause: "Repro video (1:12) attached." (round
# 130), "Screen recording (0:45) linked below", "Dashcam clip (2:03) enclosed." (not "(0:45) shows the crash").
_ATTACHED_TAIL = regex(
    r"(?:(?:is|are)\s+)?(?:attached|enclosed|linked|embedded|uploaded|included)"
    r"(?:\s+(?:below|above|here|to\s+(?:this|the)\s+(?:issue|ticket|post|thread|report|email|message)))?"
    r"[ \t]*(?:[.!:;](?:\s|$)|$)",
    re.IGNORECASE)
_NEXT_TITLE = regex(rf"\s*(?:and\s+)?[A-Z0-9][^.!?;,()]{{0,60}}\({TC_TEXT}\)")


def title_paren_spans(text: str, b: int = 0, e: int | None = None) -> list[tuple[int, int]]:
    """Spans of "(1:36)" that follow a title ("Teaser (1:36)", "Trailer (2:31) |
    Behind the scenes (4:05)"): lengths, not moments.  A title is a short
    capitalised segment with no sentence punctuation that the parenthesis closes."""
    return list(_title_paren_spans(text, b, len(text) if e is None else e))


@lru_cache(maxsize=2)
def _title_paren_spans(text: str, b: int, e: int) -> tuple[tuple[int, int], ...]:
    """:func:`title_paren_spans`, kept for the last sentences: the walk asks it of each sentence twice (its stated
    lengths, then the spans no candidate may take)."""
    return tuple(_read_title_paren_spans(text, b, e))


# A segment closed by a capitalised word that names a work: "Trailer (1:30)", "Episode (52:10)".
_CAPITALISED_LAST = regex(r"(?<![\w])[A-Z][a-z]*\s*$")
_MEDIA_LAST = regex(rf"(?:^|\s){LENGTH_MEDIA}\s*$", re.IGNORECASE)


def _read_title_paren_spans(text: str, b: int, e: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if text.find("(", b, e) < 0:
        return _spec_list_lengths(text, b, e) + _opening_title_lengths(text, b, e)
    for m in _PAREN_TC.finditer(text, b, e):
        if _is_chapter_line(text, m.start()) or _labelled_turn(text, b, m, e) or _in_moments_list(text, m.start()) \
                or _past_whole_length(text, m.start()) or _items_place_positions(text, m.start()) \
                or paired_position(text, m.start()):
            continue  # "Speaker 2 (27:14): So ...": a transcript's speaker label, timed; "14:02 Convoy leaves
            # (1:02:40)": the stream's position beside the day's clock
        floor = _title_floor(text, b, m.start())
        segment = _segment_before(text, floor, m.start())
        segment = segment.rstrip("?!") if floor != b else segment  # (the title's own stop, read as none)
        line_end = text.find("\n", m.end())
        tail = text[m.end(): line_end if line_end >= 0 else len(text)].strip()
        # After a comma another titled length must follow ("Teaser (1:36), Trailer (2:31)");
        # "onto the balcony (4:12), then a second man ..." is prose with a moment in it.
        closes = not tail or tail[:1] in ";|•·–—-" or tail.startswith("</") or (
            tail[:1] == "," and _NEXT_TITLE.match(tail, 1)) \
            or _ATTACHED_TAIL.match(tail) is not None  # "</li>": the end of an HTML list item
        words = segment.split()
        short_title = (
            # (a section's number is no sentence's stop: "2.1 Series (41:05)")
            closes and 0 < len(words) <= 8 and not _SENTENCE_STOP.search(segment)
            and (_after_symbols(segment).lstrip(_QUOTES)[:1].isupper() or segment[:1].isdigit())
            and not _STEP_INSTRUCTION.match(segment)
        )  # "'Low Tide' teaser (1:36)": a quoted title opens the segment; "📺 Trailer reaction — ..." an emoji
        named_media = _CAPITALISED_LAST.search(segment) and _MEDIA_LAST.search(segment)
        # "Episode 3 (52:10) covers the trial": a name in title case, whatever follows.
        title_case = (_title_case(words, segment) or _title_case(*_after_dash(segment))) \
            and not _POINT_LABEL.search(segment)
        if short_title or named_media or title_case or (closes and _title_and_artist(segment)) \
                or (closes and _numbered_work_title(text, floor, m.start(), segment)) \
                or _emphasised_title(text, b, m.start(), m.end()) or (closes and _emphasised_line(text, m.start())) \
                or _ends(_INTRODUCED_WORK, segment) or _ends(_QUOTED_WORK_BEFORE, segment) \
                or _titled_by_maker(text, b, m.start()) or _titled_quote(text, b, m.start()) \
                or _whole_work(segment, text, m.end()) or _kind_then_title(text, b, m.start()) \
                or _length_before_positions(text, m, segment, e) or _watched_work(text, m, segment, e):
            spans.append((m.start(), m.end()))
    # "- Full session (3h 12m): https://...": a compact length after a whole work named as one.
    # So is one closing the title on the text's opening line or a heading's: "DJ Koyo — Rooftop Sessions Vol. 3 (1h
    # 12m) | Tracklist"; or a list item's, as a bracketed timecode there is (round 128: "• *Cold Open* ep. 212 (1h
    # 12m) — skip to 34:50").
    spans += [(m.start(), m.end()) for m in _PAREN_COMPACT.finditer(text, b, e)
              if _whole_work(_segment_before(text, b, m.start()), text, m.end()) or _opening_title_length(text, b, m)
              or _listed_title_length(text, b, m)]
    spans += [m.span("d") for m in _WHOLE_WORK_IN_PAREN.finditer(text, b, e)]
    spans += [(m.start(1), m.end(1)) for m in _WORK_PAREN.finditer(text, b, e)]
    spans += [(m.start("d"), m.end("d")) for m in _SOURCE_PAREN.finditer(text, b, e)]
    spans += _listed_source_length(text, b, e)
    spans += [m.span("d") for m in _LENGTH_THEN_WORK_PAREN.finditer(text, b, e)]
    spans += [m.span("d") for m in _WORK_THEN_LENGTH_PAREN.finditer(text, b, e)]
    spans += _spec_list_lengths(text, b, e) + _quoted_title_lengths(text, b, e) + _heading_bracket_lengths(text, b, e)
    spans += _opening_title_lengths(text, b, e)
    return sorted(spans)


# A line opened by a numbered work's label and its title, however long, the bracket closing it: a back catalogue's
# "Ep 12: The Carna style with Máire Ní Fhlatharta (47:20)", "Ep 14: Live from the pub in Ros Muc, recorded 19 Oct 2024
# at half eight (1:04:36)" (round 161), "Lecture 7 – Entropy, information and why your zip file is smaller (52:10)":
# each episode's length, as a short title's bracket already was (not a part or a chapter of one video, nor a label
# before words in lower case: "Ep 12: she talks about the old dancers (47:20)").
_NUMBERED_WORK_TITLE = regex(
    r"(?:ep|eps|episode|track|vol|volume|lecture|lesson|session|talk|sermon)\.?[^\S\n]*#?\d{1,4}[^\S\n]*"
    r"[*_]{0,2}[^\S\n]*(?:[:.–—|-][^\S\n]*)+(?:[*_]{1,2}[^\S\n]*)?[\"“‘']?(?-i:[A-Z0-9])", re.IGNORECASE)


def _numbered_work_title(text: str, floor: int, paren: int, segment: str) -> bool:
    """The title ``segment`` before the bracket at ``paren`` is a numbered work's, its label (dotted too: "Ep. 32:",
    cut off the segment) opening it and no sentence stopping in it; a time of day's dots stop none ("Ep. 32: Ice tech
    Darlene Kowalchuk on pebbling at 5:30 a.m. (47:05)", round 169)."""
    if _NUMBERED_WORK_TITLE.match(segment) is None:
        if not _PART_LABEL.search(text, max(floor, paren - len(segment) - 12), paren):
            return False
        segment = _segment_before(text, floor, paren, label=True)
        if _NUMBERED_WORK_TITLE.match(segment) is None:
            return False
    if "m." in segment:
        segment = _DAY_PERIOD_DOTS.sub("am", segment)
    return _SENTENCE_STOP.search(segment) is None


# The dots of a time of day's a.m. or p.m.
_DAY_PERIOD_DOTS = regex(r"\b[ap]\.m\.", re.IGNORECASE)
# A numbered step's label, then its instruction in lower case: "Step 1 – shift to the smallest cog (0:40)" (round
# 135), where the step is in the how-to video, no title closed by its length.
_STEP_INSTRUCTION = regex(r"\W*(?:step|tip)\s*\d+\s*[:.)–—-]+\s*(?-i:[a-z])", re.IGNORECASE)

# Any character that is not blank (searched in place: the text before a line is not copied to be stripped).
_NONBLANK = regex(r"\S")


def _opening_title_length(text: str, b: int, m: re.Match[str], any_line: bool = False) -> bool:
    """The bracket ``m`` closes a title (in title case, or a few words opening with a capital) on the text's first
    line or a Markdown heading's (or any line, with ``any_line``), nothing or a separator after it on the line: the
    titled work's length."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not any_line and _NONBLANK.search(text, 0, line_start) and not _HEADING_START.match(text, line_start):
        return False
    line_end = text.find("\n", m.end())
    tail = text[m.end():line_end if line_end >= 0 else len(text)].strip()
    if tail and tail[:1] not in ";|•·–—-:" and not tail.startswith("</"):
        return False
    segment = _segment_before(text, b, m.start())
    words = segment.split()
    return _title_case(words, segment) or _title_case(*_after_dash(segment)) or (
        0 < len(words) <= 8 and not _SENTENCE_STOP.search(segment)
        and _after_symbols(segment).lstrip(_QUOTES)[:1].isupper())


def _listed_title_length(text: str, b: int, m: re.Match[str]) -> bool:
    """The bracket ``m`` closes a title on a list item's line, as :func:`_opening_title_length` reads one on the
    text's first line: "• *Cold Open* ep. 212 (1h 12m) — skip to 34:50", "- The Long Table, Part 2 (58m 10s)" (round
    128): each item's work and its length, the way "Teaser (1:36)" is read (not an item of a list whose heading names
    moments, nor a chapter list's line: "Best bits:\n- The ace (1h 2m)" places it)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if line_start == 0 or not _LIST_ITEM.match(text, line_start) or _in_moments_list(text, m.start()) \
            or _is_chapter_line(text, m.start()):
        return False
    return _opening_title_length(text, b, m, any_line=True)


def _titled_quote(text: str, b: int, paren: int) -> bool:
    """A work said to be titled, its title in quotes closing just before the bracket at ``paren``: 'a YouTube upload
    ... titled "Heavy rains paralyse transport in Nairobi" (1:30)' (round 94): the titled work's length (not speech:
    a quote after "says" or "shouts" is no title)."""
    return _TITLED_QUOTE_BEFORE.search(text, max(b, paren - TITLED_QUOTE_CHARS), paren) is not None


# How far before its bracketed length the word saying a work is titled may stand.
TITLED_QUOTE_CHARS = 140
_TITLED_QUOTE_BEFORE = regex(
    r"\b(?:titled|entitled|headlined|(?:with\s+|under\s+)?the\s+(?:title|headline))\s*:?\s*"
    r"[\"“‘'][^\"“”‘’\n()]{1,120}[\"”’']\s*$", re.IGNORECASE)


def _kind_then_title(text: str, b: int, paren: int) -> bool:
    """A work named by its kind and then its title just before the bracket at ``paren``: "our members' film <em>Kilmore
    Quay at Dawn</em> (3:12)", "most popular film, The Banshees of Inisherin (1:54)", 'The single that came out of
    that afternoon, "Nne m" (3:52)' (a quoted title needs no capitals): the titled work's length."""
    m = _KIND_THEN_TITLE.search(text, max(b, paren - KIND_TITLE_CHARS), paren)
    return m is not None and (m.group("q") is not None or all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _TITLE_SMALL_WORDS for w in m.group("title").split()))


# How far before its bracketed length a titled work's kind may stand.
KIND_TITLE_CHARS = 90
# A kind of titled work, then its title (in emphasis or quotes, or bare) closing just before the bracket.
_KIND_THEN_TITLE = regex(
    # (an album's opener or closer too: "Opener 'Tinker's Bell' (4:02)", its quotes maybe straight, an apostrophe
    # inside the title)
    r"\b(?:film|movie|short|documentary|feature|episode|song|track|single|album|trailer|opener|closer|ballad|"
    r"instrumental)s?"
    r"(?:\s+(?:that|which|they|we|she|he)\s[^()\n<>*_\"“”‘’.!?;:,]{1,50},)?,?\s+"
    r"(?:<(?:em|i|cite)>|[*_]{1,2}|(?P<q>[\"“‘']))?(?P<title>(?-i:[A-Z0-9])[^()\n<>*_\"“”‘’.!?;:]{0,60}?)"
    r"(?:</(?:em|i|cite)>|[*_]{1,2}|(?(q)[\"”’']|(?!)))?\s*$", re.IGNORECASE)
# The small words a title in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "by", "with"))


def _spec_list_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """A length that is one item of a bracketed list of a file's properties ("(H.264, 1080p, 2 min 03 s)", "(MP4,
    4:12, 30 fps)"): the file's length beside its codec, picture or size, not a position."""
    if text.find(",", b, e) < 0:
        return []
    return [item.span("d") for brackets in _COMMA_BRACKETS.finditer(text, b, e)
            if _FILE_SPEC.search(text, brackets.start(), brackets.end())
            for item in _SPEC_LIST_ITEM.finditer(text, brackets.start() + 1, brackets.end())] \
        + [item.span("d") for item in _spec_run_items(text, b, e) if _beside_file_spec(text, b, item)]


def _spec_run_items(text: str, b: int, e: int) -> Iterator[re.Match[str]]:
    """``_SPEC_RUN_ITEM.finditer(text, b, e)``, tried only right after each comma: every match opens there (its
    ``(?<=,)``), where the scan would try its case-blind alternation at every position of the sentence."""
    reached = b
    comma = text.find(",", max(b - 1, 0), e)
    while comma >= 0:
        if comma + 1 >= reached and (m := _SPEC_RUN_ITEM.match(text, comma + 1, e)) is not None:
            yield m
            reached = m.end()
        comma = text.find(",", comma + 1, e)


def _beside_file_spec(text: str, b: int, item: re.Match[str]) -> bool:
    """The comma-listed item ``item`` stands right after or right before a file's property ("HEVC, 2 min 14 sec,
    480 MB")."""
    comma = item.start() - 1
    previous = max(text.rfind(",", b, comma), text.rfind(":", b, comma)) + 1
    return (previous > 0 and _FILE_SPEC_ITEM.fullmatch(text, previous, comma) is not None) \
        or _FILE_SPEC_ITEM.match(text, item.end() + 1) is not None


def _quoted_title_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """A length in words that is one item of the brackets closing a quoted title ('"The Harrowing" (1h 28m)',
    '"Fire Season" (BBC Four, 90 mins, iPlayer for 11 months)', '"Tidewater" (visual album, 38 min)'), or a timecode
    closing them after a comma ('(Netflix, 1:31:40)'): the titled work's length, the one its end forms count from (a
    lone timecode there is left to the exclusions: after quoted speech, '"Get down!" (1:12)', it cites a position)."""
    if text.find("(", b, e) < 0:
        return []
    spans: set[tuple[int, int]] = set()
    for brackets in _QUOTED_TITLE_BRACKETS.finditer(text, b, e):
        spans.update(item.span("d") for item in _TITLE_ITEM.finditer(text, brackets.start("inner"), brackets.end()))
        # (a timecode closing the brackets after a comma too: '"Ninety Days on Ice" (Netflix, 1:31:40)', its source
        # before it; a lone one may be quoted speech's position)
        last = _LAST_ITEM.search(text, brackets.start("inner"), brackets.end())
        spans.update([last.span("d")] if last else [])
    return sorted(spans)


def _heading_bracket_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The last item of the brackets closing a heading or a table's caption, after a comma ("<caption>Lecture 7:
    Thermodynamics II (MIT 8.01, 1:14:20)</caption>"): the length of the work the element titles, the items before
    it saying whose or which it is (a lone "(18:40)" there may cite a position)."""
    if text.find("</", b, e) < 0:
        return []
    return [item.span("d") for heading in _HEADING_BRACKETS.finditer(text, b, e)
            if (item := _LAST_ITEM.search(text, heading.start("inner"), heading.end("inner")))]


def _opening_title_lengths(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The running time closing the title on the text's opening line or a Markdown heading, as a video page or a
    playlist carries it: after a bar ("Geta Bera: tuning a Kandyan drum with Upul Ayya | 18:42") or in brackets with
    where it is watched ("... 6 moments from the full replay (2:04:30 on the Pacific Rugby channel)") (round 193);
    the same bracket in prose ("the try (0:48 on the replay)") may cite a position and is left to the finders."""
    if text.find("|", b, e) < 0 and text.find(" on ", b, e) < 0:
        return []
    spans: list[tuple[int, int]] = []
    for m in _TITLE_LINE_LENGTH.finditer(text, b, e):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _NONBLANK.search(text, 0, line_start) and not _HEADING_START.match(text, line_start):
            continue
        segment = text[line_start:m.start()].lstrip("# \t")
        opening = _after_symbols(segment).lstrip(_QUOTES)[:1]
        if "|" in segment or _SENTENCE_STOP.search(segment) or not opening.isupper():
            continue  # (a table row's cells, a sentence, or no title opening with a capital)
        spans.append(m.span("bar") if m.group("bar") is not None else m.span("on"))
    return spans


# A length closing its line after a spaced bar, or alone in brackets with the channel or platform it is on.
_TITLE_LINE_LENGTH = regex(
    rf"(?:[ \t]\|[ \t]*(?P<bar>{TC_TEXT})|[ \t]\((?P<on>{TC_TEXT})[ \t]+on[ \t]+[^()\n]{{1,50}}\))[ \t]*(?=\n|$)")


# A short bracketed aside holding a comma: "(H.264, 1080p, 2 min 03 s)".
_COMMA_BRACKETS = regex(r"\((?=[^()\n]{0,80},)[^()\n]{1,80}\)")
# An item of the list, alone between its commas or the brackets.
_SPEC_LIST_ITEM = regex(rf"(?<=[(,])[ \t]*(?P<d>{TC_TEXT}|{COMPACT})[ \t]*(?=[,)])", re.IGNORECASE)
# A file's property: codec, picture size, rate or container.
_FILE_SPEC = regex(
    r"\b(?:[HhXx]\.?26[45]|HEVC|AVC|ProRes|VP9|AV1|MP4|MOV|MKV|WebM|\d{3,4}[pi]|[48]K|\d{3,4}\s?[x×]\s?\d{3,4}|"
    r"\d{2,3}(?:\.\d+)?\s?fps|\d+(?:\.\d+)?\s?(?:MB|GB|Mbps|kbps)|"
    # an audio file's: "`AY112_raw.wav` (1:12:48, 48 kHz)", "(WAV, 24-bit, 41:05)" (round 94)
    r"\d{2,3}(?:\.\d+)?\s?kHz|(?:16|24|32)[\s-]?bit|WAV|FLAC|MP3|AAC|M4A|"
    # a camera's own file name: "(DJI_0455, 5 min 30 s)" (round 130), "(GOPR0231, 4:12)", "(IMG_2207.MOV, 0:58)",
    # "(clip03.mp4, 1:40)"
    r"[A-Z]{2,5}_\d{3,}\w*|(?:GOPR|GP\d{2}|GH\d{2}|GX\d{2}|DSCF?|MVI|MAH|PXL|IMG|VID)_?\d{4,}\w*|"
    r"[\w-]+\.(?:mp4|mov|mkv|avi|mts|m4v|webm))\b")
# An item of an unbracketed list of a file's properties, after a comma: "a phone recording, HEVC, 2 min 14 sec,
# 480 MB" (a file's length beside its codec or size, not a position).
# (what the length holds may follow it: "Raw: 1080p, 43:27 incl. 6 min of adverts", "ProRes, 52:10 including
# credits" (round 131))
_SPEC_RUN_ITEM = regex(rf"(?<=,)[ \t]*(?P<d>{TC_TEXT}|{DURATION})[ \t]*(?=[,;]|\.(?:\s|$)|{_HOLDING})", re.IGNORECASE)
_FILE_SPEC_ITEM = regex(rf"[ \t]*(?:{_FILE_SPEC.pattern})(?:[ \t]+[\w.-]+)?[ \t]*(?=[,.;)]|$)")

# Another work brought in with an article, its length in brackets after it: "A second, shorter video (2:05) filmed
# from a balcony shows ..." (not "the video (2:05)", which may cite a position in the footage).
# A work by its quoted title and its kind, right before its length: "the ‘Ironbark’ gameplay reveal (14:36)" (not
# a part of a work so named: "the ‘I quit’ scene (2:14)", a position).
# (or set apart by Markdown's emphasis, as quotes do (round 152): "Kojo Mensah's *Asaase* video (3:58) is the most
# ambitious visual", "the _Harmattan_ lyric video (3:12)")
_QUOTED_WORK_BEFORE = regex(
    r"(?:^|\s)(?:the|a|an|this|their|its|[\w-]+['’]s)\s+(?:[‘“\"']|(?P<em>\*{1,2}|_{1,2}))(?-i:[A-Z])"
    r"(?(em)[^*_\n]{0,40}(?P=em)|[^‘’“”\"\n]{0,40}[’”\"'])\s+"
    r"(?:[a-z][\w-]*\s+)?(?!(?:scene|moment|bit|line|lines|shot|part|joke|speech|exchange|sequence|gag|quote|"
    r"chorus|verse|solo|section|cameo|reveal\s+moment)\b)[a-z][\w-]*\s*$", re.IGNORECASE)
# (named by the stretch it gathers too: "A volunteer made a highlight reel of the week (4:36)")
# (or handed to the reader: "Here&#8217;s the kapa haka festival video (2:31:40) with what to watch" (round 127))
_INTRODUCED_WORK = regex(rf"(?:^|\s)(?:(?:an?|another)\s+|(?:here(?:['’]|&(?:rsquo|#8217|#39|apos);)s|here\s+is|"
                         rf"below\s+is|above\s+is)\s+(?:(?:the|our|my|this|their)\s+)?)"
                         rf"(?:(?!(?:where|when|how|what|why|who|which)\b)[\w'’-]+,?\s+){{0,3}}{LENGTH_MEDIA}"
                         r"(?:\s+of\s+the\s+(?:week|day|month|year|season|night|weekend|tournament|match))?\s*$",
                         re.IGNORECASE)
# A quoted title of a few words in title case, its brackets right after: '"Forty Shades of Grey Seal" (',
# "‘Lowland’ (" (not quoted speech, '"Get down" (1m 12s)', which cites where it is said).
_TITLE_WORD = r"(?:(?-i:[A-Z0-9])[\w'’:,-]*|(?-i:of|the|a|an|and|in|on|at|to|for|with|or|from|by))"
_QUOTED_TITLE_BRACKETS = regex(
    rf"{_QUOTE_MARK}(?-i:[A-Z0-9])[\w'’:,-]*(?:[^\S\n]+{_TITLE_WORD}){{0,8}}{_QUOTE_MARK}[^\S\n]*(?P<inner>\()"
    r"[^()\n]{1,80}\)")
# A heading's or a caption's element, its text closed by brackets: "<h3>Sourdough (video, 18:40)</h3>".
_HEADING_BRACKETS = regex(
    r"<(?P<tag>h[1-6]|caption|figcaption)\b[^<>\n]{0,60}>[^<>()\n]{1,120}(?P<inner>\([^()\n]{1,80}\))[ \t]*</(?P=tag)>",
    re.IGNORECASE)
# The last item of the brackets, after a comma: "(MIT 8.01, 1:14:20)", "(BBC Four, 1 hr 30 min)".
_LAST_ITEM = regex(rf"(?<=[,;])[ \t]*(?P<d>{TC_TEXT}|{DURATION}|{COMPACT})[ \t]*(?=\))", re.IGNORECASE)
# An item of those brackets that is a length in words, alone between its commas or the brackets.
_TITLE_ITEM = regex(rf"(?<=[(,;])[ \t]*(?P<d>{DURATION}|{COMPACT})[ \t]*(?=[,;)])", re.IGNORECASE)

# A work's or a file's length in its brackets: a filmography's "*Monsoon Letters* (1994, 2:18:00)" (year, then
# length; its director may come first: "(dir. Niamh Costello, 2024, 1h 52m)", or after the year, and its
# certificate after: "(2024, dir. Maren Holt, 1h 58m, cert. 15)") and "Dashcam file 20250311_0719.MP4 (3 min 12 s)"
# (a media file's name, then its length; the name and the length may stand in markup: "File: `kirumba_v2.mp4`
# (**24:16**)" (round 199)).
_DIRECTOR_ITEM = r"(?:dir\.|directed\s+by)[^\S\n]+[^()\n,;]{1,40}[,;][^\S\n]*"
_WORK_PAREN = regex(
    rf"(?:\((?:{_DIRECTOR_ITEM})?(?:1[89]|20)\d\d[^\S\n]*[,;][^\S\n]*(?:{_DIRECTOR_ITEM})?"
    r"|\.(?:mp4|mov|avi|mkv|m4v|webm|wmv|mts|wav|mp3|m4a|flac|ogg)(?:`|\*{1,2}|_{1,2}|</(?:code|em|strong|b|i)>)?"
    # (no comma inside the length: "(2026, 1h 52m, 15)" ends at "52m", its certificate after)
    # (spaced as pasted HTML writes it: "<em>Salt Roads</em> (2024, 52&nbsp;min)" (round 127))
    r"[^\S\n]*\()((?=[^()\n]{0,30}\d)(?:[\d:.]+|[^\S\n]+|&nbsp;|&#160;|`|\*{1,2}|_{1,2}|</?(?:em|strong|b|i)>"
    r"|(?:h(?:rs?|ours?)?|m(?:ins?|inutes?)?|s(?:ecs?|econds?)?)\b)"
    r"{1,12}(?:\)|(?=,[^\S\n]*(?:cert\b|certificate|rated|PG|12A|15A|NC-17|TV-|\d{1,2}A?\)))))", re.IGNORECASE)

# A bracket holding only a length and the kind of work it is the length of (round 110: "the blitz is at 2:50 (5:12
# video)"): the work's running time, never a position ("(at 5:12 in the video)" says where).
_LENGTH_THEN_WORK_PAREN = regex(
    rf"\((?P<d>{TC_TEXT})[^\S\n]*(?:-?[^\S\n]*long[^\S\n]+)?(?:(?:full|whole|entire|complete)[^\S\n]+)?{LENGTH_MEDIA}\)",
    re.IGNORECASE)
# The work's kind, then its length, in brackets right after an emphasised or quoted title (round 110: "**Sofa-to-Strong,
# Day 3** (video 21:40) — warm-up starts at 0:00"): the titled work's running time (a bracket after prose, "draws his
# weapon (video 1:12) and steps back", may cite a position).
_WORK_THEN_LENGTH_PAREN = regex(
    rf"(?:[*_]|</(?:b|strong|em|i)>|[\"”’])[^\S\n]*\((?:(?:full|whole|entire|complete)[^\S\n]+)?{LENGTH_MEDIA}"
    rf"[^\S\n]*:?[^\S\n]*(?P<d>{TC_TEXT})\)", re.IGNORECASE)

# A work, then its source and its length in brackets: "Highlights of Spurs 3–2 Villa (Sky Sports, 8:55)", "the
# interview (BBC Sport, 4:12)".
_SOURCE_PAREN = regex(
    rf"\b(?:highlights|{LENGTH_MEDIA})\b[^()\n.!?]{{0,60}}\((?-i:[A-Z])[\w&'’.-]*(?:[^\S\n]+[\w&'’.-]+){{0,2}},"
    rf"[^\S\n]*(?P<d>{TC_TEXT})\)", re.IGNORECASE)

# A numbered point of the footage, not a work with a length: "Cue 88 (00:12:04:15) is missing the italics".
_POINT_LABEL = regex(
    r"(?:^|\s)(?:cue|marker|caption|subtitle|line|frame|event|comment|note|flag|bookmark)\s+#?\d+\s*$", re.IGNORECASE)

# Sentence punctuation in a title segment; a dot before a number is none ("Lecture 3.1 – Pandas basics (38:12)", "Ep. 2
# Salt Roads (39:55)").
# (an abbreviation's dot stops no sentence: '"Biscuit vs. the Roomba" (1:48)', '"Mr. Whiskers Opens Doors" (0:59)')
_SENTENCE_STOP = regex(
    r"[!?]|(?<!\bvs)(?<!\bVs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bVol)(?<!\bPt)"
    r"(?<!\bEp)(?<!\bfeat)(?<!\bft)\.(?![^\S\n]?\d)")
# A whole work named in brackets, where it is, then its length: "(full game on YouTube, 2:01:14)".
_WHOLE_WORK_IN_PAREN = regex(
    rf"\((?:the\s+)?(?:full|whole|entire|complete|extended|unedited|uncut)\s+(?:[\w'’-]+\s+)?{_WORK}\b"
    rf"[^(),\n]{{0,40}},[^\S\n]*(?P<d>{TC_TEXT}|{COMPACT})[^\S\n]*\)", re.IGNORECASE)
