"""Line breaking for subtitles: split a caption into cue-sized chunks, and
each chunk into at most two balanced lines broken at natural points."""

from __future__ import annotations

import re
import unicodedata

import regex

from annotate.subtitles.linebreak import segments

# Break after these (end of clause) and before these (start of a phrase), as
# the subtitle guides ask: never split "the | truck", prefer "truck, | and"; the same marks of
# other scripts (Arabic and Urdu, Devanagari's danda, CJK's full-width ones) are clause ends too.
_AFTER = re.compile(r"[.,;:!?)\]»”\"’—–\-،؛؟۔।॥，、。．！？；：）」』】〕〉》〗〙］｝…]$")
_CONJUNCTIONS = {
    "and", "but", "or", "nor", "so", "yet", "because", "while", "when", "where", "which", "who",
    "that", "as", "after", "before", "until", "if", "then", "although", "though", "whereas",
}
_PREPOSITIONS = {
    "to", "from", "into", "onto", "with", "without", "across", "toward", "towards", "at", "in", "on",
    "of", "for", "by", "over", "under", "through", "behind", "near", "past",
}
_WEAK_END = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "of", "to"}


_HIRAGANA = regex.compile(r"\p{Hiragana}")
_HAN = regex.compile(r"\p{Han}")
_JA_WORD = regex.compile(r"[\p{Han}\p{Katakana}]")


# An extended grapheme cluster (Unicode UAX 29): what a reader sees as one character, a letter with its
# combining marks, an emoji ZWJ sequence, a flag. A line is broken between clusters, never inside one.
_CLUSTER = regex.compile(r"\X")
# Categories that take no column of their own: combining marks, format characters (ZWJ, isolates).
_ZERO_WIDTH = ("Mn", "Me", "Cf")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def clusters(text: str) -> list[str]:
    """``text`` cut into extended grapheme clusters (ASCII: its characters)."""
    return list(text) if text.isascii() else _CLUSTER.findall(text)


def _cluster_width(cluster: str) -> int:
    if any(_is_wide(ch) for ch in cluster):
        return 2
    return 0 if all(unicodedata.category(ch) in _ZERO_WIDTH for ch in cluster) else 1


def width(text: str) -> int:
    """Columns ``text`` takes on a line, counted by grapheme cluster: a wide or
    fullwidth (CJK, emoji) one two, since its glyph is a full em, about twice
    an average Latin one (how subtitle guides and terminals count them); a
    letter's combining marks and a ZWJ sequence's joined parts none. Every
    line limit counts this."""
    if text.isascii():
        return len(text)
    return sum(map(_cluster_width, _CLUSTER.findall(text)))


def read_length(text: str) -> int:
    """Characters a reader reads in ``text``, for reading speed: grapheme clusters as :func:`width` counts
    them (a letter with its vowel signs or harakat one, a ZWJ emoji family one, zero-width ones and line
    breaks none), but a CJK character one, not two: reading speed counts characters, not columns."""
    if text.isascii():
        return len(text.replace("\n", ""))
    return sum(1 for cl in _CLUSTER.findall(text) if cl != "\n" and _cluster_width(cl) > 0)


def tokens(text: str) -> list[str]:
    """Words with their trailing space; a word of a script written without
    spaces (CJK, Thai, Khmer...) cut where a line may break in it
    (:func:`annotate.subtitles.linebreak.segments`: between CJK characters
    but never before a closing mark or small kana, between Thai words)."""
    out: list[str] = []
    for word in re.findall(r"\S+\s*", text):
        out.extend(segments(word))
    return out


def _hard_split(token: str, columns: int) -> list[str]:
    """A token longer than a line (a URL, a long compound) is cut between
    grapheme clusters (a letter keeps its accents, an emoji sequence stays whole)."""
    out: list[str] = []
    piece = ""
    for ch in clusters(token):
        if piece and width(piece + ch) > columns:
            out.append(piece)
            piece = ""
        piece += ch
    return out + [piece] if piece else out or [token]


def _fit(items: list[str], columns: int) -> list[str]:
    out: list[str] = []
    for tok in items:
        out.extend(_hard_split(tok, columns) if width(tok.rstrip()) > columns else [tok])
    return out


def _break_cost(left: str, right: str) -> float:
    """Lower is a better place to end a line: after punctuation, before a
    conjunction or preposition, never after an article."""
    last = left.rstrip().split(" ")[-1] if left.strip() else ""
    first = right.lstrip().split(" ")[0] if right.strip() else ""
    cost = 0.0
    if _AFTER.search(left.rstrip()):
        cost -= 12
    elif first.lower() in _CONJUNCTIONS:
        cost -= 8
    elif first.lower() in _PREPOSITIONS:
        cost -= 3
    if last.lower() in _WEAK_END:
        cost += 15
    if last[:1].isupper() and first[:1].isupper():
        cost += 6  # keep names together: "North | Korean" reads badly
    tail, head = left.rstrip()[-1:], right.lstrip()[:1]
    if _HIRAGANA.match(tail) and _JA_WORD.match(head):
        cost -= 4  # Japanese: kana then a kanji or katakana word is where a phrase (bunsetsu) ends: 線に | 向かって
    elif _HAN.match(tail) and _HIRAGANA.match(head):
        cost += 3  # a kanji keeps its kana ending: not 向 | かって
    return cost


def two_lines(text: str, columns: int) -> list[str]:
    """Best split of ``text`` (which fits in two lines) into one or two lines."""
    text = " ".join(text.split()) if not any(_is_wide(c) for c in text) else text.strip()
    if width(text) <= columns:
        return [text]
    toks = _fit(tokens(text), columns)
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(toks)):
        left, right = "".join(toks[:i]).rstrip(), "".join(toks[i:]).strip()
        if width(left) > columns or width(right) > columns:
            continue
        # Balanced lines read best; a bottom-heavy pyramid is preferred slightly.
        cost = abs(width(left) - width(right)) * 0.5 + _break_cost(left, right)
        cost += 2 if width(left) > width(right) else 0
        if best is None or cost < best[0]:
            best = (cost, [left, right])
    if best is None:  # no two lines hold it: word by word, however many lines that takes
        lines, start = [], 0
        while start < len(toks):
            end = max(start + 1, _greedy_lines(toks, start, columns, 1))
            lines.append("".join(toks[start:end]).strip())
            start = end
        return lines
    return best[1]


def _greedy_lines(toks: list[str], start: int, columns: int, lines: int) -> int:
    """How many tokens from ``start`` fit in ``lines`` lines of ``columns``
    filled word by word (the most a cue can hold without breaking a word)."""
    end, used = start, 0
    for _ in range(lines):
        line = ""
        while end < len(toks) and width((line + toks[end]).rstrip()) <= columns:
            line += toks[end]
            end += 1
        if not line:
            break
        used += 1
    return end


def _wrap(piece_toks: list[str], columns: int, lines: int) -> list[str]:
    """Balanced two lines when they hold the piece, else filled line by line."""
    piece = "".join(piece_toks).strip()
    parts = two_lines(piece, columns) if lines >= 2 else []
    if parts and len(parts) <= 2:
        return parts
    out: list[str] = []
    start = 0
    while start < len(piece_toks):
        end = max(start + 1, _greedy_lines(piece_toks, start, columns, 1))
        out.append("".join(piece_toks[start:end]).strip())
        start = end
    return out


def given_lines(text: str) -> list[str]:
    """The lines of a caption as written, blank ones left out (a cue cannot show an empty line)."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def chunks(text: str, columns: int, lines: int = 2) -> list[str]:
    """Split a caption into cue texts of at most ``lines`` lines of ``columns``
    characters, never inside a word (unless a word is longer than a line),
    preferring to end a cue at a sentence or clause end. Existing line breaks
    are kept when every line fits: a caption of more lines than a cue holds
    goes over consecutive cues, ``lines`` of its lines each (a 20-line list
    was reflowed into running text, a number parted from its word)."""
    given = given_lines(text)
    if given and all(width(ln) <= columns for ln in given):
        return ["\n".join(given[i:i + lines]) for i in range(0, len(given), lines)]
    toks = _fit(tokens(" ".join(given)), columns)
    out: list[str] = []
    start = 0
    while start < len(toks):
        most = max(start + 1, _greedy_lines(toks, start, columns, lines))
        best_end = most
        if most < len(toks):
            # Prefer a clause end in the fuller half of what fits; else take all that fits.
            full = width("".join(toks[start:most]))
            best_cost = float("inf")
            for end in range(start + 1, most + 1):
                fill = width("".join(toks[start:end]))
                if fill < full / 2:
                    continue
                cost = 2 * _break_cost("".join(toks[start:end]), toks[end]) - fill / 4
                if cost <= best_cost:
                    best_cost, best_end = cost, end
        out.append("\n".join(_wrap(toks[start:best_end], columns, lines)))
        start = best_end
    return [c for c in out if c]
