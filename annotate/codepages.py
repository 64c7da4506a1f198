"""Which legacy code page bytes are in, when they are neither UTF-8 nor marked by a BOM: uchardet and
charset-normalizer name candidates, and the reading with the fewest flaws a wrong code page leaves wins.
Subtitle files and articles written before UTF-8 (cp1252, cp1251, KOI8-R, ISO-8859-2, GB18030...) both
need it, and a wrong guess shows as mojibake in every caption."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Among guesses that read equally well (charset-normalizer often ties cp1252
# with cp1250/cp1257 on Western text), the encoding subtitle files in the wild
# most often use wins. (Named as codecs names them.)
_PREFERRED = ("cp1252", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "koi8-r", "koi8-u", "cp1250",
              "iso8859-2", "cp1256", "cp1253", "cp1255", "cp1254", "cp1257", "cp874", "iso8859-1")
# How much worse than the best guess (charset-normalizer's chaos, 0..1) a
# preferred encoding may read and still win.
CHAOS_SLACK = 0.1


def guess(raw: bytes) -> str | None:
    """The code page ``raw`` (not UTF-8, no BOM) most likely is in, or None when charset-normalizer knows none."""
    from charset_normalizer import from_bytes

    results = list(from_bytes(raw))
    if not results:
        return None
    best = results[0]
    # Each result stands for every code page that decodes these bytes to the
    # same text (``could_be_from_charset``): cp1252 often hides behind cp1250.
    close: list[str] = []
    for result in results:
        if result.chaos <= best.chaos + CHAOS_SLACK and result.coherence >= best.coherence - 0.01:
            close += [name for name in (result.encoding, *result.could_be_from_charset) if name not in close]
    ranked = [name for name in _PREFERRED if name in close] or [str(best.encoding)]
    # uchardet (Mozilla's detector) tells Turkish from Baltic and Western text by its letters' frequencies,
    # where charset-normalizer, on short text, often does not: its answer goes first, and wins unless it
    # reads with more flaws.
    ranked = [name for name in [_uchardet(raw)] if name] + ranked
    # On a short cue with one accented letter charset-normalizer may offer
    # only a wrong code page ("Gr\ue3eae" as gb18030, "H\u0434nde" as cp1251):
    # the common ones are tried too, and the guess gives way only to one that
    # reads with fewer flaws.
    ranked += [name for name in _PREFERRED if name not in ranked]
    ranked = list(dict.fromkeys(codecs.lookup(name).name for name in ranked))
    sample = _differing_lines(raw)
    readings = {name: sample.decode(name, errors="replace") for name in ranked}
    # Readings with as few flaws tie-break on signs inside words: an obscure
    # code page charset-normalizer may rank first (hp_roman8, cp775) gives
    # cp1252's letters as signs ("\xe4\xf6\xfc\xdf" as "\xf0\u2014\u25a0\xd4").
    chosen = min(ranked, key=lambda name: (_flaws(readings[name]), _signs_in_words(readings[name]),
                                           ranked.index(name)))
    # Of the code pages that read these bytes alike ("café" is the same in cp1252 and ISO-8859-2), the
    # warning names the most common.
    return next(name for name in (*_PREFERRED, chosen) if readings.get(name) == readings[chosen])


_WORD = re.compile(r"[^\W\d_]{2,}")
# Scripts written in words of letters, which a wrong code page mixes with
# Latin inside one word; ideographic scripts sit beside Latin in real text.
# Signs a Western code page gives the bytes of another's letters, which
# real words never hold (the middle dot of Catalan "l\xb7l" excepted).
_CODE_PAGE_SYMBOLS = (frozenset(chr(c) for c in range(0xA1, 0xC0) if c != 0xB7)
                      | frozenset("\xd7\xf7\u201a\u201e\u2020\u2021\u2030\u2039\u203a\u2022\u02dc\u2122"))
_ALPHABETS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", "ARMENIAN", "GEORGIAN"})


def _signs_in_words(text: str) -> int:
    """Non-ASCII signs touching a letter: few in real text (an apostrophe),
    many where a code page reads letters as signs. CJK punctuation ("\u3002", "\uff0c") is how those
    scripts end every clause, not a sign read from a letter."""
    return sum(1 for i, ch in enumerate(text)
               if not ch.isascii() and not ch.isalpha() and not ch.isspace() and not _cjk_punctuation(ch)
               and ((i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())))


def _cjk_punctuation(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff60" or "\u30fb" <= ch <= "\u30fc"


def _flaws(text: str) -> int:
    """What a wrong code page leaves: replacement, private-use and control
    characters, half-width katakana (what Shift_JIS makes of KOI8-R's
    letters), symbols between two letters ("Gr\xb3\xa4e"), words whose
    letters come from more than one alphabet, and words whose case turns up
    inside ("\u0440\u0422\u0419\u0427\u0415\u0424": KOI8-R and cp1251 read for each other swap the
    cases of every Cyrillic letter). Only the count across readings of the
    same bytes matters: their ASCII words are alike in each."""
    flaws = sum(1 for ch in text if unicodedata.category(ch) in ("Co", "Cs") or ch == "\ufffd"
                or (unicodedata.category(ch) == "Cc" and ch not in "\r\n\t") or "\uff61" <= ch <= "\uff9f")
    flaws += sum(1 for before, ch, after in zip(text, text[1:], text[2:])
                 if ch in _CODE_PAGE_SYMBOLS and before.isalpha() and after.isalpha())
    for word in _WORD.findall(text):
        alphabets = {"LATIN" if ch.isascii() else unicodedata.name(ch, "?").split(" ")[0] for ch in word}
        if len(alphabets & _ALPHABETS) > 1 or any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
            flaws += 1
    return flaws


def _uchardet(raw: bytes) -> str | None:
    """uchardet's code page for ``raw`` as Python names it, or None (no answer, or one Python lacks)."""
    import cchardet

    found = cchardet.detect(raw[:SAMPLE_BYTES * 4]).get("encoding")
    try:
        return codecs.lookup(found).name if isinstance(found, str) else None
    except LookupError:
        return None


SAMPLE_BYTES = 65_536


def _differing_lines(raw: bytes) -> bytes:
    """The lines of ``raw`` that hold a byte over 127, up to about SAMPLE_BYTES: the only ones the code pages
    read differently (each reads ASCII as ASCII), so judging them is judging the whole at a bounded cost (a
    10 MB article took three minutes). A long line is cut after a byte under 0x30 (space, punctuation), which
    no multi-byte code page uses inside a character, or else where the budget ends."""
    kept: list[bytes] = []
    size = 0
    for line in raw.splitlines(keepends=True):
        if size >= SAMPLE_BYTES:
            break
        if not line.isascii():
            if size + len(line) > SAMPLE_BYTES:
                budget = SAMPLE_BYTES - size
                cut = max(line.rfind(bytes([byte]), 0, budget) for byte in range(0x30))
                line = line[:cut + 1] if cut >= 0 else line[:budget]
            kept.append(line)
            size += len(line)
    return b"".join(kept)
