"""Works other than the footage, told with their lengths: a related line, a title and its artist or maker, a
work watched or listed as a source, and the segments of text around a title."""

from __future__ import annotations

import re
import unicodedata

from annotate.moments.compiled import regex
from annotate.moments.lengths.lists import _ends, _in_moments_list, _is_chapter_line
from annotate.moments.lengths.stated import _value
from annotate.moments.lengths.words import _PART_LABEL, _QUOTE_MARK, _QUOTES, _WORK, _WORK_END, NAMED_LENGTH_CHARS
from annotate.moments.patterns import DURATION, LENGTH_MEDIA, TC_TEXT, TIMECODE
from annotate.moments.scan import lines_above

_TIME_WORD = regex(r"(?:At|From|By|Until|Around|About|Roughly|Between|See|Watch|Skip|Jump|Go)\b")


def other_work_spans(text: str, b: int = 0, e: int | None = None) -> list[tuple[int, int]]:
    """Spans of lengths in brackets that belong to works other than the footage: a quoted title's ('the song in the
    pub scene ("Salt on the Window", 3:12)') and those of a page's other videos ("Also Watch: Underpasses flooded at
    Hebbal (2:41) | ..."). Not moments, and no length an end form of the footage counts from."""
    e = len(text) if e is None else e
    if text.find("(", b, e) < 0:
        return []
    spans = [m.span("d") for m in _QUOTED_TITLE_PAREN.finditer(text, b, e)] if text.find(",", b, e) >= 0 else []
    return spans + [m.span() for m in _PAREN_LENGTH.finditer(text, b, e) if _related_line(text, m.start())]


# A quoted title and its length in the same brackets: 'The song in the pub scene ("Salt on the Window", 3:12)',
# "(‘Night Bus’, 4:05)", "Jazz (Tony Gould's “Pearl Beach”, 6:38)" (not "(the crash, 3:12)", a position cited).
_QUOTED_TITLE_PAREN = regex(
    rf"\([^()\n]{{0,40}}?[\"“‘'][^\"“”‘’\n()]{{1,80}}[\"”’']\s*,\s*(?P<d>{TC_TEXT})\s*\)")
# A news page's line of other videos under its label: "Also Watch: Underpasses flooded at Hebbal (2:41) | Metro
# trial run (3:05)", "Watch next: ...", "Related videos: ...": each title's length, whatever its words.
_RELATED_LABEL = regex(
    r"[ \t*_>#-]*(?:also\s+watch|watch\s+(?:next|also|more)|more\s+videos?|related\s+videos?|up\s+next|"
    r"recommended(?:\s+(?:videos?|for\s+you))?|you\s+may\s+also\s+(?:like|watch)|more\s+to\s+watch|trending\s+videos?|"
    # a shop's other titles: "Customers also listened to: The Long Winter (9 hrs 14 mins), ..."
    r"(?:customers|listeners|viewers|people)\s+(?:also\s+)?(?:listened\s+to|watched|bought|enjoyed|liked))"
    r"[*_]{0,2}\s*[:—–-]", re.IGNORECASE)

# A length in brackets, a timecode or in words: "(2:41)", "(9 hrs 14 mins)".
_PAREN_LENGTH = regex(rf"\((?:{TC_TEXT}|{DURATION})\)", re.IGNORECASE)


def _related_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` opens with a label of other videos (:data:`_RELATED_LABEL`), or is an item
    of a list under a heading of other pages ("**Related**\n- Day 1: Motions in limine on the 911 call (3:21)")."""
    line = text.rfind("\n", 0, pos) + 1
    if _RELATED_LABEL.match(text, line) is not None:
        return True
    if _RELATED_ITEM.match(text, line) is None:
        return False
    for above, end in lines_above(text, line, RELATED_LIST_ITEMS):
        if _RELATED_ITEM.match(text, above) is None:
            return _RELATED_HEADING.fullmatch(text, above, end) is not None
    return False


# A list's item, and how many items above one its heading may stand.
# (a web page's chevrons and arrows as bullets too: "RELATED\n› The last bison drive, on film (8:45)" (round 94))
_RELATED_ITEM = regex(r"[ \t]*(?:[-*•›»▸►‣→]|\d{1,2}[.)])[ \t]+\S")
RELATED_LIST_ITEMS = 12
# A heading of other pages, alone on its line: "**Related**", "## Related stories", "Read more:", "More videos".
_RELATED_HEADING = regex(
    r"[ \t*_#>]*(?:related(?:\s+(?:stories|videos?|coverage|articles?|links?|posts?|reading|content))?|"
    r"read\s+(?:more|next|also)|more\s+(?:on\s+this(?:\s+story)?|coverage|videos?|from\s+[\w' ’-]{1,30})|"
    r"watch\s+(?:next|more|also)|also\s+watch|up\s+next|you\s+may\s+also\s+like|previously)[ \t*_#:]*",
    re.IGNORECASE)


# A sentence's end mark left once abbreviations are taken out.
_SENTENCE_MARK = regex(r"[.!?]")


def _title_and_artist(segment: str) -> bool:
    """A track's title and its artist either side of a spaced dash, each a few capitalised words, abbreviations
    such as "ft." and "Mr." allowed: "Dog Days Are Over — Florence + The Machine", "Titanium — David Guetta ft. Sia";
    a list's number and the track's cue point in the mix may open it ("02. [04:32] Prins Thomas — Delight"), a credit
    may open the artist's side ('3. "Weir" – trad., arr. Morrow', '"Low Reel" — traditional, arr. The Strings')."""
    opening = _ENTRY_OPENING.match(segment)
    parts = _SPACED_DASH.split(segment[opening.end():] if opening else segment)
    if len(parts) != 2:
        return False
    # (a cue point makes the line a list's entry, no prose: its title may be longer)
    most = CUED_TITLE_WORDS if opening and opening.group("cue") else TITLE_WORDS
    for part in parts:
        words = [w for w in part.split() if w not in _ARTIST_JOINERS]
        opens = part.lstrip(_QUOTES)[:1].isupper() or part[:1].isdigit() or _ABBREVIATION.match(part) \
            or _CREDIT_OPENING.match(part)
        if not 0 < len(words) <= most or not opens \
                or _SENTENCE_MARK.search(_ABBREVIATION.sub("", part)):
            return False
    return True


def _titled_by_maker(text: str, b: int, paren: int) -> bool:
    """A quoted title and who made it close just before the bracket at ``paren``: a credit's length."""
    return _QUOTED_TITLE_BY.search(text, max(b, paren - TITLE_BY_CHARS), paren) is not None


# How far before its bracketed length a credit's quoted title may open.
TITLE_BY_CHARS = 90
_QUOTED_TITLE_BY = regex(
    rf"{_QUOTE_MARK}[^\"“”‘’&<>\n]{{1,60}}{_QUOTE_MARK}\s+by\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z&])[\w'’.-]*){{0,3}}\s*$",
    re.IGNORECASE)
# A tracklist's number before the title ('3. "Weir" – trad., arr. Morrow'), then the track's cue point in the mix,
# bracketed or bare: "02. [04:32] ", "[1:58:40] ", "11:05 ".
_ENTRY_OPENING = regex(
    r"^(?:\d{1,2}[.)]\s+)?(?P<cue>\[\d{1,2}(?::[0-5]\d){1,2}\]\s+|\d{1,2}(?::[0-5]\d){1,2}\s+)?")
# How many words a title or an artist may have: a few, or more on a line a cue point opens.
TITLE_WORDS = 6
CUED_TITLE_WORDS = 10
_ARTIST_JOINERS = frozenset(("+", "&", "x", "×", "ft.", "feat.", "featuring", "vs", "vs.", "and", "with"))
# (and a track's credit: "trad., arr. Morrow", "trans. Kelly")
# A track's credit written out, opening the artist's side: "traditional, arr. The Kilsallagh Strings", "anon.,
# arranged by Hale", "words and music by Ní Riain".
_CREDIT_OPENING = regex(r"(?:traditional|trad|anonymous|anon|arranged\s+by|words\s+and\s+music\s+by|music\s+by)\b",
                        re.IGNORECASE)
_ABBREVIATION = regex(r"\b(?:ft|feat|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Vol|No|trad|arr|trans|orig)\.", re.IGNORECASE)


def _length_before_positions(text: str, m: re.Match[str], segment: str, e: int) -> bool:
    """"In the club's highlights package (4:32), the opener is at 0:41 and the equaliser at 1:58": a work, its
    timecode in brackets, a comma or a colon, then positions in the rest of the sentence that all fall inside it: its
    length (not "In the video (0:45), he falls", a position cited, with no position after it)."""
    if not text.startswith((",", ":"), m.end()) or not _ends(_WORK_END, segment):
        return False
    length = _value(m.group("d"))
    later = [_value(t.group(0)) for t in TIMECODE.finditer(text, m.end(), e)]
    return length is not None and bool(later) and all(v is not None and v < length for v in later)


def _labelled_turn(text: str, b: int, m: re.Match[str], e: int) -> bool:
    """"Speaker 2 (27:14): So ...": a transcript's speaker label, timed (not a work to watch, then what it holds:
    "Watch the highlights (4:48): the reverse scoop ... is at 2:02", round 115)."""
    if not text.startswith(":", m.end()):
        return False
    segment = _segment_before(text, _title_floor(text, b, m.start()), m.start())
    return not _watched_work(text, m, segment, e) and not _length_before_positions(text, m, segment, e) \
        and not _NUMBERED_WORK.search(text, max(b, m.start() - 24), m.start())


# A work named by its kind and number, which a label's colon follows: "- Ep 98 (1:04:00): no standout, listen from
# the start" (round 135), "Part 2 (47:30): the trial" – the episode's length, no speaker's turn.
_NUMBERED_WORK = regex(r"(?<![\w.])(?:ep|eps|episode|part|pt|track|vol|volume|lecture)\.?\s*#?\d+\s*$", re.IGNORECASE)


def _watched_work(text: str, m: re.Match[str], segment: str, e: int) -> bool:
    """The reader sent to watch a work, its timecode in brackets right after it: "Watch the highlights (4:48): the
    reverse scoop ... is at 2:02", "Catch the Bulls' highlights (5:40)" (round 115): the work's length, unless a
    later position of the sentence passes it (not a thing in the footage to watch: "watch the keeper's gloves
    (1:24)")."""
    low = segment.lower()
    if ("atch" not in low and "tream" not in low and "view" not in low) or not _ends(_WATCHED_WORK_END, segment):
        return False
    length = _value(m.group("d"))
    later = [_value(t.group(0)) for t in TIMECODE.finditer(text, m.end(), e)]
    return length is not None and all(v is not None and v < length for v in later)


# A list item's title line closed by the work's maker or channel and its length in brackets: "1. Gay Gordons
# (Edinburgh Dance Collective, 7:12)", "- Strip the Willow (Highland Rovers, 11:30)" (round 112): each item a work of
# its own, as _SOURCE_PAREN reads "Highlights of Spurs 3–2 Villa (Sky Sports, 8:55)" (not an item of a list of
# moments, where the bracket places one: "- The parade (Main Street, 1:32)" under "Best bits:").
_LISTED_SOURCE_PAREN = regex(
    r"[*_]{0,2}(?-i:[A-Z])[^()\n.!?:;]{1,60}?[*_]{0,2}[ \t]+"
    rf"\((?P<n>(?-i:[A-Z])[\w&'’.-]*(?:[^\S\n]+[\w&'’.-]+){{0,4}}),[^\S\n]*(?P<d>{TC_TEXT})\)[ \t*_.]*(?=\n|$)")
_LIST_MARK = regex(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+")


def _listed_source_length(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """The span of the length in :data:`_LISTED_SOURCE_PAREN`'s bracket, on the list item's line that ``text[b:e]``
    starts (its number may be a sentence of its own: "1." then "Gay Gordons (...)")."""
    if text.find("(", b, e) < 0 or text.find(",", b, e) < 0:
        return []
    line_start = text.rfind("\n", 0, b) + 1
    mark = _LIST_MARK.match(text, line_start, e)
    if mark is None or text[mark.end():b].strip():
        return []
    m = _LISTED_SOURCE_PAREN.match(text, max(b, mark.end()), max(e, text.find(")", b) + 1))
    if m is None or not _maker_name(m.group("n")) or _in_moments_list(text, m.start("d")) \
            or _is_chapter_line(text, m.start("d")):
        return []
    # (the item's lines may place things in its work, inside its length: "1. The Rose's dance (Night One, 24:10)\n
    # her face at 24:32 ..." places one past it, so the bracket is where the item's moment is)
    length = _value(m.group("d"))
    item_end = text.find("\n\n", m.end(), m.end() + NAMED_LENGTH_CHARS)
    later = TIMECODE.search(text, m.end(), item_end if item_end >= 0 else min(len(text), m.end() + NAMED_LENGTH_CHARS))
    if length is None or later is not None and (_value(later.group(0)) or 0.0) >= length:
        return []
    return [m.span("d")]


def _maker_name(name: str) -> bool:
    """Whether ``name`` reads as a maker's or a channel's: every word capitalised (or a joining word), no kind of
    work among them ("Edinburgh Dance Collective", "Glasgow Uni Ceilidh Soc"; not "Night one" nor "Titans
    highlights", which name the work a position is in)."""
    words = name.split()
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINING_WORDS for w in words) \
        and _MAKER_MEDIA.search(name) is None and not words[-1][:1].isdigit()


_JOINING_WORDS = frozenset(("of", "and", "&", "the", "for", "de", "du", "la", "le", "van", "von"))
_MAKER_MEDIA = regex(rf"\b(?:{LENGTH_MEDIA}|highlights?|night|day|part|round|game|match|ep|episode)\b", re.IGNORECASE)


def _title_floor(text: str, b: int, paren: int) -> int:
    """Where a title before the bracket at ``paren`` may begin: the sentence's start, or the line's where the bracket
    opens the sentence after a title ending in "?" or "!" ("• Ben Lomond in Winter — Crampons or Not? (24:10) · 310K
    views", round 96: the question mark closes the title, not a sentence)."""
    if text[b:paren].strip() or not text[max(0, b - 3):b].rstrip(" \t").endswith(("?", "!")):
        return b
    return text.rfind("\n", 0, b) + 1


def _semicolon_before(text: str, b: int, pos: int) -> int:
    """The last semicolon in ``text[b:pos]`` that is punctuation (-1 if none): the one closing an HTML entity is not
    ("Here&#8217;s the festival video (2:31:40)", round 127)."""
    at = text.rfind(";", b, pos)
    while at >= 0 and _ENTITY_BEFORE.search(text, max(b, at - 10), at):
        at = text.rfind(";", b, at)
    return at


# An HTML entity's opening, right before its closing semicolon: "&#8217", "&rsquo", "&nbsp", "&#x2019".
_ENTITY_BEFORE = regex(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8})$")


def _segment_before(text: str, b: int, pos: int, label: bool = False) -> str:
    """The title segment before a parenthesis at ``pos``, from the last line, bar, bullet or semicolon; a tag
    ends the segment too: "<li>Clip A (0:45) — protesters gather</li>". With ``label``, a numbered part's label
    stays on it ("Ep. 32: Ice tech ..."), else the segment opens at the part's number."""
    seg_start = max(max(text.rfind(sep, b, pos) for sep in "\n|•·>") + 1, _semicolon_before(text, b, pos) + 1, b)
    if _INLINE_TAG_ENDS.search(text, max(b, seg_start - 9), seg_start):
        # "<i>Glen Corrie</i> (2h 06m)": an inline element's tag ends no title
        seg_start = max(max(text.rfind(sep, b, pos) for sep in "\n|•·") + 1, _semicolon_before(text, b, pos) + 1, b)
        seg_start = _past_block_tags(text, seg_start, pos)
        segment = _INLINE_TAG.sub("", text[seg_start:pos])
    else:
        segment = text[seg_start:pos]
    if "](" in segment:  # a Markdown link is read as its words: "**Recording:** [Panopto link](https://…) (1:14:52)"
        segment = _UNTIMED_LINK.sub(r"\g<words>", segment)
    if "." in segment:  # "in order: Ep. 1 The Harbour (42:10)": the title is the numbered part's, from its number
        labels = list(_PART_LABEL.finditer(segment))
        if labels:
            segment = segment[labels[-1].start() if label else labels[-1].end():]
    return segment.strip(" \t-–—*#>:")


def _past_block_tags(text: str, start: int, pos: int) -> int:
    """Where a title may begin at or after ``start``: past the last tag before ``pos`` that is no inline element's, as
    the segment starts past any tag when no inline element closes it: "<p>Video: <em>Milk tart the old way</em>
    (6:12)</p>", "<li><i>Suya at midnight</i> (9:40)</li>" (round 153: the block's tag is no word of the title)."""
    for tag in _ANY_TAG.finditer(text, start, pos):
        if not _INLINE_TAG.fullmatch(tag.group()):
            start = tag.end()
    return start


# Any HTML tag, opening or closing.
_ANY_TAG = regex(r"</?[a-zA-Z][^<>\n]{0,200}>")
# An inline element's tags around a title's words: "Five best scenes in <i>Glen Corrie</i> (2h 06m)" (round 124).
_INLINE_TAG = regex(r"</?(?:i|b|em|strong|cite|u)>", re.IGNORECASE)
_INLINE_TAG_ENDS = regex(r"</?(?:i|b|em|strong|cite|u)>$", re.IGNORECASE)

# A Markdown link whose address holds no time ("?t=", "#t=", "start="): its words and its address.
_UNTIMED_LINK = regex(r"\[(?P<words>[^\[\]\n]{1,80})\]\((?![^()\s]*[?&#](?:t|start|time)=)[^()\s]{1,300}\)")


def _emphasised_title(text: str, b: int, paren: int, after: int) -> bool:
    """The bracket closes an emphasised title of a few words, its length inside the emphasis: "*Trailer (2:12)*",
    "_Lowland (1:46:10)_" (Markdown's way to set a title apart)."""
    return text.startswith(("*", "_"), after) and \
        _EMPHASISED_TITLE.search(text, max(b, paren - EMPHASISED_TITLE_CHARS), paren) is not None


EMPHASISED_TITLE_CHARS = 60


def _emphasised_line(text: str, paren: int) -> bool:
    """The bracket closes a line that is one emphasised title, however long, a list's number inside or before the
    emphasis: "**5. The supermarket one with the turkey on the Luas** (1:30)" (round 112), each ranked work's
    heading closed by its length, as a short title's bracket is (not a bracket inside the emphasis's prose)."""
    line_start = text.rfind("\n", 0, paren) + 1
    return paren - line_start <= EMPHASISED_LINE_CHARS \
        and _EMPHASISED_LINE.fullmatch(text, line_start, paren) is not None


EMPHASISED_LINE_CHARS = 160
# (the title opens with a capital or its number, and no sentence stops inside it)
_EMPHASISED_LINE = regex(
    r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<e>\*\*|__)(?:\d{1,2}[.)][ \t]+)?(?-i:[A-Z0-9\"“‘'])[^*_\n.!?]{0,140}(?P=e)[ \t]*")
# An emphasis opened on a capitalised word, the title running up to the bracket: "*Trailer ", "_The Long Walk ".
_EMPHASISED_TITLE = regex(r"(?<![*_\w])[*_]{1,2}(?-i:[A-Z0-9])[^*_\n().!?:;]{0,50}$")


def _after_symbols(segment: str) -> str:
    """The segment past the symbols a heading may open with ("📺 Trailer reaction", "★ Review"): its first word."""
    start = 0
    while start < len(segment) and (segment[start].isspace() or unicodedata.category(segment[start])[0] == "S"):
        start += 1
    return segment[start:]


def _title_case(words: list[str], segment: str) -> bool:
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and not _TIME_WORD.match(segment)


def _after_dash(segment: str) -> tuple[list[str], str]:
    """The words after a spaced dash: "Season 3, Episode 7 — The Lighthouse Keepers" names "The Lighthouse Keepers"."""
    m = _SPACED_DASH.search(segment)
    tail = segment[m.end():] if m else ""
    return tail.split(), tail


_SPACED_DASH = regex(r"\s[—–]\s(?!.*\s[—–]\s)")
# A verb sending the reader to watch, the work's determiner, a word or two, then the work (not a part of one: "watch
# the cut (0:45)", "the second set (1:12:30)").
_WATCHED_WORK_END = regex(
    rf"(?<![\w-])(?:watch|re-?watch|stream|catch|view)\s+(?:the|our|this|their|its|today['’]s|tonight['’]s|"
    rf"[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?(?!(?:cut|segment|excerpt|set|short|version)\b){_WORK}\s*$",
    re.IGNORECASE)
