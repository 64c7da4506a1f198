"""A short caption of what happens at a moment, cut from its sentence.

The caption drops attribution ("The L.A. Times notes that", "according to
..."), the time phrases themselves, and a trailing clause about something else
(", while ..."); when the time sits in a leading clause ("the scene begins at
2:27, when <event>") the event is the caption.  It never comes back empty: the
cleaned sentence is the fallback.
"""

from __future__ import annotations

import re

from annotate.moments.compiled import regex
from annotate.moments.patterns import HEDGE, MEDIA_NOUN, any_stem
from annotate.moments.sentences import INVISIBLE

_I = re.IGNORECASE

_SAY = (
    r"(?:notes?|noted|says?|said|reports?|reported|writes?|wrote|explains?|explained|observes?|observed|"
    r"points?\s+out|pointed\s+out|claims?|claimed|adds?|added|describes?|described|finds|found|"
    r"states?|stated|confirms?|confirmed|shows?|showed|suggests?|suggested|tells?\s+\w+|told\s+\w+|"
    r"recounts?|recounted|alleges?|alleged|argues?|argued|according\s+to\s+\w+)"
)
_ATTRIBUTION_LEAD = regex(
    rf"^(?:(?:The|A|An)\s+)?(?:[A-Z][\w.'’&-]*\s+){{1,5}}{_SAY}\s+(?:that\s+)?"
    rf"|^(?:(?:The|A|An)\s+)?(?:[A-Z][\w.'’&-]*\s+){{1,4}}(?:[a-z]+\s+){{1,2}}{_SAY}\s+that\s+"
    rf"|^(?:According\s+to|As)\s+[^,]{{1,80}}?(?:\s+{_SAY})?,\s*"
    rf"|^(?:(?:a|an|the)\s+)?(?:(?:[A-Z][\w.'’&-]*|police|officials?|prosecutors?|investigators?|analysts?|"
    rf"witnesses|reporters?|researchers?|experts?)\s+){{1,4}}{_SAY}\s+that\s+",
)
_ATTRIBUTION_INNER = regex(r",?\s*according\s+to\s+[^,.;]+", _I)
_ATTRIBUTION_TAIL = regex(
    rf",[”\"’]?\s*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’&-]*|police|officials?|prosecutors?|investigators?|analysts?|"
    rf"witnesses|reporters?|researchers?|experts?|he|she|they|sources?|authorities)\s+){{1,4}}{_SAY}\s*[.!?]?\s*$"
)

# Words that sit around a time phrase and go with it: "at roughly", "in the bodycam video".
_LEAD_IN = regex(
    rf"(?:(?<![\w])(?:and\s+)?(?:again\s+)?(?:at|from|by|until|till|to|in|around|about|after|before|starting|"
    rf"beginning|some|near|just|exactly|precisely|with|during|within|throughout|or|"
    rf"(?:skip|jump|fast[\s-]forward|go|rewind)\s+to|the|video['’]s|clip['’]s|footage['’]s|{HEDGE})[\s{INVISIBLE}]+)*$",
    _I,
)
_TRAIL = regex(
    rf"(?:\s+(?:in|into|of|on)\s+(?:the|this|that|its|his|her|their|a)\s+(?:[\w'’:.-]+[\s-]+){{0,3}}"
    rf"{MEDIA_NOUN}\b|\s+in\b(?=\s*[,;:.]|\s*$)|\s+mark\b|\s+(?:on|onwards?|forward)\b(?=\s*[,;:.]|\s*$)"
    rf"|\s+(?:until|till|to)\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}{MEDIA_NOUN})?)*",
    _I,
)
# Clause starts that begin "something else" and can be cut cleanly.
_CLAUSE_SPLIT = regex(
    r"\s*;\s*|\s*,\s*(?=(?:and|but|while|whereas|as|then|although|though|before|after|which|where|"
    r"so|yet|when)\b)|\s+(?=(?:while|whereas)\b)"
)
_EVENT_JOIN = regex(r"^,?\s*(?:when|as|where|with)\s+", _I)
_SCENE_WORDS = regex(
    r"\b(?:scene|moment|moments|part|point|segment|sequence|section|footage|video|clip|action|things|"
    r"begins|starts|comes|happens|occurs|begin|start|come|happen|occur|unfolds|arrives|shows|is\s+seen|"
    r"takes\s+place|can\s+be\s+seen|it|this|that)\b",
    _I,
)
# "In the bodycam video, the officer ...": where it is seen, not what happens.
_LEADING_MEDIA = regex(
    rf"^(?:in|on)\s+(?:the|this|that|its|his|her|their|a|an)\s+(?:[\w'’:.-]+[\s-]+){{0,3}}{MEDIA_NOUN}"
    rf"(?:\s+(?:of|from|by)\s+[^,;]{{1,40}}?)?\s*,\s*|^(?:in|on)\s+(?:the|this|that|its|his|her|their|a|an)\s+"
    rf"(?:[\w'’:.-]+[\s-]+){{0,3}}{MEDIA_NOUN}\s+(?=the\b)", _I
)
_WHERE_WHEN = regex(r"^(?:is|was|comes|marks)\s+(?:where|when)\s+", _I)
# ", which runs 14:22,": a parenthetical about something else.
_PARENTHETICAL = regex(r",\s*(?:which|who|whose)\s+[^,;]+,", _I)
# Separators left between adjacent time phrases: "at 0:19, 1:07 and 2:55".
_LIST_GAP = regex(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:again\s+)?(?:at\s+)?")
_LEADING_ADVERB = regex(
    r"^(?:(?:precisely|exactly|sharp|again|then)\b\s*,?\s*"
    r"|(?:show|shows|showed|feature|features|capture|captures|depict|depicts|reveal|reveals|is|are|was|were)\s+)",
    _I,
)
# "Show notes: the first tanker ignites", "Update: ...": a label about the post, not what happens (a label that is
# content, "Loading bay camera: the shutter is forced", "Listener question: ...", stays).
_LEADING_LABEL = regex(
    r"^(?:Show\s+notes|Notes?|Updated?|Edit(?:ed)?|P\.?S\.?|Watch|Highlights?|Timestamps?|Chapters?|Context|Summary|"
    r"Key\s+moments?|Spoiler|Our\s+analysis|What\s+we\s+found|TL;?DR)\s*:\s+(?=\S+\s+\S)", _I)
_A_WORD = regex(r"[^\W\d_]{2}")  # a title of one word, not "A." or "14"
_A_LETTER = regex(r"[^\W\d_]")
_LEADING_CONJ = regex(r"^(?:and|but|then|so|yet|while|as|when|where|which)\s+", _I)
MAX_CAPTION_CHARS = 160
# How far before a time phrase its lead-in words ("at roughly the") are looked for.
LEAD_IN_WINDOW_CHARS = 60
# Longest stretch of a sentence a caption is cut from.
MAX_CONTEXT_CHARS = 600


# A viewer instruction around what is seen: "Jump to 1m05s to see the plate" -> "the plate",
# "Watch for the moment the barrier gives way" -> "the barrier gives way".
_VIEWER_INSTRUCTION = regex(
    r"^(?:(?:(?:you|fans|readers|viewers)\s+can\s+)?(?:watch|listen|skip|jump|go|fast[\s-]forward|rewind|scroll|"
    r"look|check|head|play|tune\s+in)(?:\s+(?:it|ahead|back|forward|on|here|in|the\s+(?:video|clip|footage|highlight)|"
    r"this))*\s*:?\s*)?"
    r"(?:(?:in\s+order\s+)?to\s+(?:see|hear|watch|spot|catch|view|witness)\s+|for\s+)"
    r"(?:(?:the\s+)?(?:moment|point|part|bit|instant|second)\s+(?:when\s+|where\s+|that\s+)?)?",
    _I,
)


# What a caption neither starts nor ends with: spaces and the characters that draw nothing (sentences.INVISIBLE).
_EDGE = " \t\n" + INVISIBLE


def caption(sentence: str, spans: list[tuple[int, int]], own: tuple[int, int]) -> str:
    """Caption for the moment at ``own`` (offsets within ``sentence``); ``spans``
    are all time phrases in the sentence (removed from the caption). ``sentence`` comes with the quote marks opening
    its lines blanked (:func:`annotate.moments.sentences.unquoted`): only there is a ">" nobody's words."""
    text = _caption(sentence, spans, own)
    m = _VIEWER_INSTRUCTION.match(text)
    if m and m.end() and len(text[m.end():].split()) >= 2:
        text = text[m.end():]
    # (a soft hyphen, zero-width space or bidi mark left by a cut time draws nothing, or a hyphen, at a cue's edge)
    return text.strip(_EDGE)


def _caption(sentence: str, spans: list[tuple[int, int]], own: tuple[int, int]) -> str:
    if len(sentence) > MAX_CONTEXT_CHARS:
        # A run-on "sentence" (lists, transcripts): caption from the words around the moment.
        lo = max(0, own[0] - MAX_CONTEXT_CHARS // 2)
        hi = min(len(sentence), own[1] + MAX_CONTEXT_CHARS // 2)
        spans = [(sb - lo, se - lo) for sb, se in spans if sb >= lo and se <= hi]
        sentence, own = sentence[lo:hi], (own[0] - lo, own[1] - lo)
    text, spans, own = _drop_attribution(sentence, spans, own)
    clauses = _clauses(text)
    idx = next((i for i, (b, e) in enumerate(clauses) if b <= own[0] < e), 0)
    b, e = clauses[idx]
    rest = _strip_times(text, b, e, spans)
    # "the scene begins at 2:27, when <event>": the event is what happens.
    if idx + 1 < len(clauses):
        nb, ne = clauses[idx + 1]
        j = _EVENT_JOIN.match(text[e:ne])
        if j and (_SCENE_WORDS.search(rest) or len(rest.split()) <= 3):
            event = _tidy(text[e + j.end():ne])
            if len(event.split()) >= 2:
                return _shorten(event)
    result = _tidy(rest)
    if len(result.split()) >= 2:
        return _shorten(result)
    # A one-clause sentence has just been cleaned whole.
    whole = result if (b, e) == (0, len(text)) else _tidy(_strip_times(text, 0, len(text), spans))
    if len(whole.split()) >= 2:
        return _shorten(whole)
    # "00:00 Intro": a one-word title is the caption, not the line with its time.
    title = (result or whole).strip("[](){}")
    if _A_WORD.search(title) and _is_title_line(sentence, spans, title):
        return _shorten(title)
    return _shorten(_tidy(sentence)) or sentence.strip()


def _is_title_line(sentence: str, spans: list[tuple[int, int]], title: str) -> bool:
    """A chapter or list line: its bare timecode and ``title`` with nothing but separators
    between ("0:00 Intro", "Intro (0:00)", "Chorus: 0:52–1:22"), not prose ("Back at 10:45")."""
    pieces, last = [], 0
    for b, e in sorted(spans):
        if _A_LETTER.match(sentence, b):
            return False  # a time said in words ("from 1:20 until the end", "about five seconds later")
        pieces.append(sentence[last:b])
        last = max(last, e)
    pieces.append(sentence[last:])
    return _A_LETTER.search("".join(pieces).replace(title, "", 1)) is None


def _drop_attribution(
    sentence: str, spans: list[tuple[int, int]], own: tuple[int, int]
) -> tuple[str, list[tuple[int, int]], tuple[int, int]]:
    """Remove attribution, keeping the offsets of the spans valid."""
    text = sentence
    cuts: list[tuple[int, int]] = []
    m = _ATTRIBUTION_LEAD.match(text)
    if m and not any(b < m.end() for b, _ in spans):
        cuts.append((0, m.end()))
    # Most sentences hold no "which"/"who" and no "according to": skip those patterns' scans.
    folded = text.casefold()
    for m in _PARENTHETICAL.finditer(text) if "," in text and "wh" in folded else ():
        if not any(b < m.end() and m.start() < e for b, e in spans):
            cuts.append((m.start(), m.end()))
    for m in _ATTRIBUTION_INNER.finditer(text) if "according" in folded else ():
        if not any(b < m.end() and m.start() < e for b, e in spans):
            cuts.append((m.start(), m.end()))
    m = _ATTRIBUTION_TAIL.search(text)
    if m and not any(e > m.start() for _, e in spans):
        cuts.append((m.start(), m.end()))
    if not cuts:
        return text, spans, own
    merged: list[tuple[int, int]] = []
    for b, e in sorted(cuts):
        if merged and b <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((b, e))
    cuts = merged

    def shift(pos: int) -> int:
        return pos - sum(min(e, pos) - b for b, e in cuts if b < pos)

    pieces, last = [], 0
    for b, e in cuts:
        if b >= last:
            pieces.append(text[last:b])
            last = e
    pieces.append(text[last:])
    new_text = "".join(pieces)
    return (new_text, [(shift(b), shift(e)) for b, e in spans], (shift(own[0]), shift(own[1])))


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    # Every split holds ";", "," or "while"/"whereas": a sentence with none is one clause.
    if ";" not in text and "," not in text and "while" not in text and "whereas" not in text:
        return [(0, len(text))]
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _strip_times(text: str, b: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[b:e]`` with every time phrase and the words that go with it removed."""
    inside = sorted((max(sb, b), min(se, e)) for sb, se in spans if sb < e and se > b)
    pieces: list[str] = []
    last = b
    for sb, se in inside:
        if sb < last:
            continue
        lead = _LEAD_IN.search(text, max(last, sb - LEAD_IN_WINDOW_CHARS), sb)
        cut_from = lead.start() if lead else sb
        if pieces and _LIST_GAP.fullmatch(text, last, cut_from):
            cut_from = last  # the list separator between two removed time phrases
        trail = _TRAIL.match(text, se, e)
        cut_to = trail.end() if trail else se
        # A phrase set off by commas or parentheses goes with its punctuation.
        if text[se:cut_to].strip() == "" and cut_to < e and text[cut_to] in ")]":
            cut_to += 1
        if cut_from > last and text[cut_from - 1] in "([":
            cut_from -= 1
        # ", from 2:10 to 2:48," -> one comma, not two.
        if text[last:cut_from].rstrip().endswith(",") and text[cut_to:e].lstrip().startswith(","):
            cut_from = text.rindex(",", last, cut_from)
            cut_to = text.index(",", cut_to) + 1
        pieces.append(text[last:cut_from])
        pieces.append(" ")
        last = cut_to
    pieces.append(text[last:e])
    return "".join(pieces)


_SPACE_BEFORE_PUNCT = regex(r"\s+([,.;:!?)\]])")
_SPACE_AFTER_OPEN = regex(r"([(\[])\s+")
_EMPTY_BRACKETS = regex(r"\(\s*\)|\[\s*\]")
_DOUBLE_COMMA = regex(r",\s*,+")
_LIST_REMNANT = regex(r"(?:,\s*)?(?:\band|\bor|,)\s*(?=[,.;]|$)")  # "at 0:19, 1:07 and"
_LEADING_AND = regex(r"^(?:and|or)\b\s*,?\s*", _I)
_LEADING_PUNCT = regex(r"^[,;:]\s*")
_STRAY_CLOSE = regex(r"^\)\s*|(?<=\s)\)\s*")
_DANGLING_RELATIVE = regex(r"\s+(?:that|which|who|where|when)$", _I)
_END_INSIDE_QUOTE = regex(r"[.,;:]([\"”’']+)$")
_SPACED_PUNCT = any_stem((" ,", " .", " ;", " :", " !", " ?", " )", " ]"))
_RELATIVE_WORDS = frozenset({"that", "which", "who", "where", "when"})
_QUOTE_ENDS = frozenset("\"”’'")


# Markdown that may sit in a caption: [text](url) links, emphasis, code ticks, heading marks.
_MD_LINK = regex(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = regex(r"(?:\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|^#+\s+|^[-*+]\s+)", re.MULTILINE)


_EMPTY_QUOTES = regex(r"[“\"‘]\s*[,.;:]?\s*[”\"’]")
_SAID_INNER = regex(
    r"[,”\"]*\s*(?:he|she|they|it|we|I|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
    r"(?:said|says|added|adds|explained|noted|recalled|told\s+\w+)\s*,\s*[“\"]?"
)


# Cheap tests that a pattern can apply at all (the full patterns are tried at every position).
_MD_GATE = regex(r"[*_`#>\[]|(?:^|\n)\s*[-+]")
# Each a single scan in C for any of the literal stems (a Python loop of `in` tests cost more).
_QUOTE_CHARS = any_stem(("“", "\"", "‘"))
_SAID_WORDS = any_stem(("said", "says", "added", "adds", "explained", "noted", "recalled", "told"))


def _tidy(text: str) -> str:
    # (a reply's quote marks opening the sentence's lines come blanked: sentences.unquoted)
    s = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text)) if _MD_GATE.search(text) else text
    if _QUOTE_CHARS.search(s):
        s = _EMPTY_QUOTES.sub(" ", s)
    if _SAID_WORDS.search(s):
        s = _SAID_INNER.sub(" ", s)
    s = " ".join(s.split())
    # Spaces are single from here on, so plain substring tests tell which clean-ups can apply.
    if _SPACED_PUNCT.search(s):
        s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    if "( " in s or "[ " in s:
        s = _SPACE_AFTER_OPEN.sub(r"\1", s)
    s = _EMPTY_BRACKETS.sub("", s)
    if ",," in s or ", ," in s:
        s = _DOUBLE_COMMA.sub(",", s)
    s = _LIST_REMNANT.sub("", s)
    s = s.strip(_EDGE + ",;:—–-")
    s = _LEADING_CONJ.sub("", s)
    if ":" in s:
        s = _LEADING_LABEL.sub("", s)
    s = _LEADING_AND.sub("", s)
    s = _LEADING_MEDIA.sub("", s)
    s = _WHERE_WHEN.sub("", s)
    s = _LEADING_ADVERB.sub("", s)
    s = s.rstrip(_EDGE + ".!?,;:—–-").strip(_EDGE)
    if s.rpartition(" ")[2].lower() in _RELATIVE_WORDS:
        s = _DANGLING_RELATIVE.sub("", s)  # "The segment that [starts at 14:02 ...]" -> "The segment"
    if s[-1:] in _QUOTE_ENDS:
        s = _END_INSIDE_QUOTE.sub(r"\1", s)  # '"a tragic mistake."' -> '"a tragic mistake"'
    s = _LEADING_PUNCT.sub("", s)
    s = _STRAY_CLOSE.sub("", s) if s.count(")") > s.count("(") else s
    s = s.strip("\"'“”‘’ ") if s.count('"') % 2 or s.count("“") != s.count("”") else s
    if len(s) > 2 and s[0] in "“\"" and s[-1] in "”\"" and not any(q in s[1:-1] for q in "“”\""):
        s = s[1:-1].strip()
    return s


def _shorten(text: str) -> str:
    if len(text) <= MAX_CAPTION_CHARS:
        return text
    cut = text.rfind(",", 0, MAX_CAPTION_CHARS)
    if cut > 40:
        return text[:cut]
    cut = text.rfind(" ", 0, MAX_CAPTION_CHARS)
    return text[:cut] + "…"
