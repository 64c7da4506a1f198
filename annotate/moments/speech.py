"""Quoted speech an article ties to the footage (``a deputy yells "Hands where
I can see them!"``): the quoted words become a moment's ``said`` field.

The rule, in order (each quote is judged on its own; a quote inside a quote
that is not speech may still be):

1. A quote is text between a pair of quotation marks: ``"…"``, ``“…”``,
   ``«…»``, ``„…“``, ``‘…’`` and ``'…'`` (an apostrophe inside a word, as in
   ``we've``, never opens or closes one).
2. It is speech only when a speech verb is attached to it: right before it
   (``yells "…"``, ``can be heard saying, "…"``, ``tells the driver: "…"``)
   or right after it (``"…," an officer shouts``, ``"…," says the pilot``).
   A scare-quoted word or a name has no such verb.
3. It is not speech in the footage when it is named rather than said
   (``titled``, ``called``, ``so-called``, ``a sign reads``), or when the
   sentence gives it to the press (``in a statement``, ``told reporters``,
   ``told CNN``, ``said on Tuesday``, ``a spokesperson said``, ``tweeted``).
4. A vivid verb (``shouts``, ``yells``, ``screams``, ``radios``, ``whispers``,
   ``calls out``, ``can be heard``, ``orders``, …) ties the quote to the
   footage by itself; a plain one (``says``, ``tells``, ``asks``,
   ``replies``, …) only in a sentence that names the footage (``in the
   video``, a stated position) or follows one in the same paragraph.

A quote in a sentence with a stated position is that position's ``said``
(:func:`attach`); any other is a moment of its own with ``start`` None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotate.model import Moment
from annotate.moments.caption import caption
from annotate.moments.compiled import regex
from annotate.moments.exclusions import footage_word
from annotate.moments.sentences import said, split, unquoted

_I = re.IGNORECASE

# Opening mark -> the marks that close it. Straight marks close themselves.
_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“”", "‘": "’", "'": "'"}
MAX_QUOTE_CHARS = 600  # longer than any line a person says in one breath in a clip
# How many sentences back a footage word or stated position still ties a plain verb's quote to the footage.
CONTEXT_SENTENCES = 2

_VIVID = (
    r"shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|shriek(?:s|ed|ing)?|radio(?:s|ed|ing)?|"
    r"whisper(?:s|ed|ing)?|call(?:s|ed|ing)?\s+out|cr(?:y|ies|ied|ying)(?:\s+out)?|mutter(?:s|ed|ing)?|"
    r"exclaim(?:s|ed|ing)?|chant(?:s|ed|ing)?|order(?:s|ed|ing)?|command(?:s|ed|ing)?|bark(?:s|ed|ing)?|"
    r"hollers?|hollered|hollering|gasp(?:s|ed|ing)?|sob(?:s|bed|bing)?|plead(?:s|ed|ing)?|pleaded|"
    r"beg(?:s|ged|ging)?|mumbl(?:es|ed|ing)|sing(?:s|ing)?|sang|"
    r"(?:can|could)\s+be\s+heard(?:\s+(?:saying|shouting|yelling|telling\s+\w+|asking|screaming|"
    r"calling\s+out|repeating|whispering))?|(?:is|are|was|were)\s+heard(?:\s+(?:saying|shouting|yelling|"
    r"telling\s+\w+|asking|screaming|calling\s+out|repeating|whispering))?|heard\s+(?:saying|shouting|yelling)"
)
_PLAIN = (
    r"says?|said|saying|tell(?:s|ing)?|told|ask(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|"
    r"respond(?:s|ed|ing)?|warn(?:s|ed|ing)?|repeat(?:s|ed|ing)?|add(?:s|ed)|continu(?:es|ed)|goes|went"
)
_VERB = rf"(?:(?P<vivid>{_VIVID})|(?P<plain>{_PLAIN}))"
# The verb right before the quote: "yells", "tells the driver:", "shouts at them,", "can be heard saying, "
# (not across "that": 'said that the footage was "hard to watch"' reports, it does not quote).
_BEFORE = regex(
    rf"\b{_VERB}(?:\s+(?:back|again|out|repeatedly|loudly|quietly|angrily|calmly|simply|only))?"
    rf"(?:\s+(?:to|at)?\s*(?:the|a|an|his|her|their|him|them|me|us|it|[A-Z][\w'’-]*)(?:\s+(?!that\b)[\w'’-]+){{0,5}}?)?"
    r"(?:\s+(?:something\s+like|words\s+to\s+the\s+effect\s+of))?\s*[,:—–-]?\s*$",
    _I,
)
# The verb right after it: '," an officer shouts', '," shouts the officer', '!" he yells'.
_AFTER = regex(
    rf"^\s*[,!?.…—–-]?\s*(?:(?:[\w'’.-]+\s+){{0,4}}?{_VERB}\b)",
    _I,
)
# Named, not said: a title, a name, a slogan, words shown on screen.
_NAMED = regex(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|captioned|labell?ed|so-called|nicknamed|"
    r"the\s+(?:words?|phrase|slogan|hashtag|title|caption|headline|banner|sign|placard|message)|"
    r"(?:reads?|reading|read|emblazoned\s+with|printed|written|spray-painted|marked))\s*[,:]?\s*$",
    _I,
)
# Given to the press, not said in the footage.
_PRESS = regex(
    r"\b(?:(?:in|issued)\s+a\s+(?:\w+\s+)?(?:statement|release|letter|post|email|e-mail|interview)|statement|"
    r"told\s+(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w&.'’-]*)|"
    r"(?:press|news|media)\s+(?:conference|briefing|release)|spokes(?:man|woman|person)|"
    r"(?:in|during)\s+an?\s+(?:interview|op-ed|email|e-mail|letter|post|podcast)|"
    r"(?:said|says|added|wrote|stated)\s+(?:(?:on|last|this|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning)|"
    r"(?:said|added|wrote)\s+(?:yesterday|today|earlier|later)|tweet(?:s|ed)?|posted|"
    r"(?:wrote|writes)\s+(?:on|in)\b|"
    r"on\s+(?:Twitter|X|Facebook|Instagram|TikTok|social\s+media)|"
    r"according\s+to|lawyer|attorney|prosecutors?\s+(?:said|say))",
    _I,
)
# The footage named around the quote (besides annotate.moments.exclusions.footage_word).
_HEARD = regex(r"\b(?:on\s+(?:camera|tape|the\s+radio|the\s+recording)|bodycam|dashcam|audio|heard|"
                    r"seen|moments?\s+later|then)\b", _I)
_WORD = regex(r"[\w'’-]+")
_PRESENT = regex(r"(?:says|tells|asks|replies|answers|responds|warns|repeats|adds|continues|goes|saying|"
                      r"telling|asking|replying|answering|responding|warning|repeating)\b", _I)


@dataclass(frozen=True)
class Quote:
    """A quoted utterance: the words at text[begin:end] between the marks at
    ``begin - 1`` and ``end``, the verb that makes it speech, and the stretch
    of text [b, e) read as its sentence."""

    begin: int
    end: int
    verb: str
    vivid: bool
    b: int
    e: int

    def said(self, text: str) -> str:
        # '"Get back," an officer shouts': the comma is the article's punctuation, not the speaker's.
        return " ".join(text[self.begin:self.end].split()).rstrip(",;: ").lstrip()


def find_quotes(text: str) -> list[Quote]:
    """Every quoted utterance of ``text`` that the rule above takes for speech in the footage."""
    sentences = split(text)
    ties = _Ties(text, sentences)
    starts = [b for b, _e in sentences]
    found: list[Quote] = []
    refused: list[tuple[int, int]] = []  # titles and statements: a quote inside one is theirs too
    # Quotes come outermost first, and a quote can lie only inside the outermost one it started in:
    # the lists are searched from where that one began (a text of 10,000 quotes stays linear).
    outer_end, found_from, refused_from = -1, 0, 0
    for begin, end in _quoted(text):
        if begin > outer_end:
            outer_end, found_from, refused_from = end, len(found), len(refused)
        if any(b <= begin and end <= e for b, e in refused[refused_from:]):
            continue
        quote = _judge(text, begin, end, sentences, ties, starts)
        if isinstance(quote, str):
            refused.append((begin, end))
        elif quote is not None and not any(q.begin <= begin and end <= q.end for q in found[found_from:]):
            found[found_from:] = [q for q in found[found_from:] if not (begin <= q.begin and q.end <= end)] + [quote]
    return sorted(found, key=lambda q: q.begin)


class _Ties:
    """Whether sentence k names the footage or what is heard in it (:func:`_tied`), worked out the
    first time a quote asks: most sentences of a long text have no quote near them."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text, self.sentences = text, sentences
        self.known: dict[int, bool] = {}

    def any(self, lo: int, hi: int) -> bool:
        """Whether any of the sentences lo..hi-1 is tied."""
        for k in range(lo, hi):
            tied = self.known.get(k)
            if tied is None:
                b, e = self.sentences[k]
                tied = self.known[k] = _tied(self.text[b:e])
            if tied:
                return True
        return False


def _tied(text: str) -> bool:
    """Whether ``text`` names the footage or what is heard in it."""
    return footage_word(text) or bool(_HEARD.search(text))


def _quoted(text: str) -> list[tuple[int, int]]:
    """(begin, end) of the words between each pair of quotation marks, outer ones first."""
    closing = _Closers(text)
    spans: list[tuple[int, int]] = []
    i = 0
    for mark in _MARK.finditer(text):
        at = mark.start()
        if at < i or not _opens(text, at):
            continue
        close = closing.after(at)
        if close is not None:
            spans.append((at + 1, close))
            spans += [(b + at + 1, e + at + 1) for b, e in _quoted(text[at + 1:close])]
            i = close + 1
    return spans


def _opens(text: str, i: int) -> bool:
    """A mark opens a quote when no letter is right before it and a non-space follows
    (French guillemets take a space inside: « Halte ! »)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (not after.isspace() or text[i] == "«")


_MARK = regex("[" + re.escape("".join(_PAIRS)) + "]")  # opening marks
_ANY_MARK = regex("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")
_PARAGRAPH = regex(r"\n\s*\n")


class _Closers:
    """Where each opening mark of a text is closed: the first closing mark after
    it, not inside a word, within MAX_QUOTE_CHARS and the same paragraph.
    Positions are indexed once, so a text full of stray marks stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for m in _ANY_MARK.finditer(text):
            j = m.start()
            after = text[j + 1] if j + 1 < len(text) else " "
            if j and not after.isalnum() and (not text[j - 1].isspace() or m.group() == "»"):
                self.at.setdefault(m.group(), []).append(j)
        self.breaks = [m.start() for m in _PARAGRAPH.finditer(text)]

    def after(self, i: int) -> int | None:
        found = [pos[k] for ch in _PAIRS[self.text[i]] if (pos := self.at.get(ch))
                 and (k := bisect.bisect_left(pos, i + 2)) < len(pos)]
        if not found:
            return None
        close = min(found)
        k = bisect.bisect_left(self.breaks, i)
        if close - i > MAX_QUOTE_CHARS or (k < len(self.breaks) and self.breaks[k] < close):
            return None  # too long, or a paragraph ends first: the mark was not a quote
        return close


# A clause going on after a quote the splitter ended: '"Stop!" the officer yells.'.
_CLAUSE_GOES_ON = regex(r"\s*[a-z,]")


def _judge(text: str, begin: int, end: int, sentences: list[tuple[int, int]],
           ties: _Ties, starts: list[int]) -> Quote | str | None:
    """The quote if it is speech in the footage; "named" or "press" when it is a title or a
    statement (quotes inside it are not speech either); None otherwise. ``starts``: the
    sentences' first positions, in order."""
    if not _WORD.search(text, begin, end):
        return None
    # The sentence holding the opening mark, and the first holding or after the closing one.
    k = bisect.bisect_right(starts, begin - 1) - 1
    first = k if k >= 0 and begin - 1 < sentences[k][1] else None
    k = bisect.bisect_right(starts, end) - 1
    last = k if k >= 0 and end < sentences[k][1] else (k + 1 if k + 1 < len(sentences) else len(sentences) - 1)
    if first is None:
        return None
    b, e = sentences[first][0], sentences[last][1]
    # '"Stop!" the officer yells.': the splitter ends a sentence at the '!"'; the clause after goes with it.
    if last + 1 < len(sentences) and e <= end + 1 and _CLAUSE_GOES_ON.match(text[e:sentences[last + 1][1]]):
        last += 1
        e = sentences[last][1]
    before = text[b:begin - 1]
    after = text[end + 1:e]
    lead = _BEFORE.search(before)
    tail = _AFTER.match(after) if lead is None else None
    if _NAMED.search(before):
        return "named"
    if _PRESS.search(f"{before} {after}"):
        return "press"
    verb = lead or tail
    if verb is None:
        return None
    vivid = verb["vivid"] is not None
    if not vivid:
        # Footage is told in the present ("the officer says"); a past "said" with no footage word in its
        # own sentence is a report ('"We will appeal," Smith said').
        # The quote's own words do not count: '"We will release the video," the chief said'.
        own = _tied(before) or _tied(after)
        near = False
        if not own and _PRESENT.match(verb["plain"]):
            lo, hi = max(0, first - CONTEXT_SENTENCES), min(len(sentences), last + 2)
            if "\n\n" not in text[sentences[lo][0]:sentences[hi - 1][1]]:
                near = ties.any(lo, first) or ties.any(last + 1, hi)
        if not (own or near):
            return None
    return Quote(begin, end, " ".join(verb.group(0).strip(" ,:—–-").split()), vivid, b, e)


@dataclass(frozen=True)
class Said:
    """:func:`attach`'s result: the positions (quotes in their sentences set as
    ``said``) and the quotes with no stated position, as moments of their own."""

    moments: tuple[Moment, ...]
    quotes: tuple[Moment, ...]


def attach(text: str, moments: Sequence[Moment]) -> Said:
    """Each quote of ``text`` as the ``said`` of the stated position in its
    sentence (the nearest one outside any quote), else as a moment with
    ``start`` None, ``said`` set and ``quote``/``span`` the quoted words."""
    out = list(moments)
    alone: list[Moment] = []
    quotes = find_quotes(text)
    taken: set[int] = set()
    for q in quotes:
        inside = [k for k, m in enumerate(out) if m.span is not None and q.b <= m.span[0] < q.e
                  and k not in taken and not any(o.begin <= m.span[0] < o.end for o in quotes)]
        if inside:
            k = min(inside, key=lambda k: _distance(out[k].span, q))  # type: ignore[arg-type]
            taken.add(k)
            out[k] = replace(out[k], said=q.said(text))
            continue
        alone.append(Moment(
            start=None,
            quote=text[q.begin:q.end],
            span=(q.begin, q.end),
            sentence=said(text, q.b, q.e),
            caption=caption(unquoted(text, q.b, q.e), [], (q.begin - q.b, q.end - q.b)),
            said=q.said(text),
        ))
    return Said(tuple(out), tuple(alone))


def _distance(span: tuple[int, int], q: Quote) -> int:
    return max(0, span[0] - q.end, q.begin - span[1])
