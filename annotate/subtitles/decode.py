"""Bytes of a subtitle file to text: a BOM of any UTF says the encoding, else
UTF-8, else a guess by charset-normalizer that the reader reports, since a
wrong guess shows as mojibake in every caption."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotate.errors import InputError
from annotate.textio import control_heavy, decode_as, decode_by_bom

# Among guesses that read equally well (charset-normalizer often ties cp1252
# with cp1250/cp1257 on Western text), the encoding subtitle files in the wild
# most often use wins.
_PREFERRED = ("cp1252", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "cp1250", "cp1256", "cp1253",
              "cp1255", "cp1254", "cp874", "latin_1")
# How much worse than the best guess (charset-normalizer's chaos, 0..1) a
# preferred encoding may read and still win.
CHAOS_SLACK = 0.1


@dataclass(frozen=True)
class Decoded:
    """The text, the encoding used, and whether that encoding was a guess."""

    text: str
    encoding: str
    guessed: bool = False


def decode(raw: bytes, encoding: str | None = None) -> Decoded:
    """Text of a subtitle file's bytes; ``encoding`` overrides any detection."""
    if encoding:
        text = decode_as(raw, encoding, unknown=lambda message: InputError(message, subject="--encoding"),
                         wrong=InputError)
        return Decoded(text, encoding)
    marked = decode_by_bom(raw, InputError)
    if marked:
        return Decoded(*marked)
    if b"\x00" in raw:
        # pysrt, srt and pysubs2 read a UTF-8 file with a stray NUL (the
        # reader says what became of it); a video or image is neither UTF-8
        # nor mostly text. UTF-16/32 without a BOM is too rare to tell apart.
        if control_heavy(raw):
            raise InputError("is binary, not a subtitle file (control bytes throughout, no byte order mark)")
        try:
            return Decoded(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            raise InputError("is binary, not a subtitle file (NUL bytes, and not UTF-8 text; "
                             "if it is text, pass --encoding)") from None
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    guess = _guess(raw)
    if guess is None:
        raise InputError("is neither UTF-8 nor any encoding charset-normalizer recognises; pass --encoding")
    return Decoded(raw.decode(guess, errors="replace"), guess, guessed=True)


def _guess(raw: bytes) -> str | None:
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
    # On a short cue with one accented letter charset-normalizer may offer
    # only a wrong code page ("Gr\ue3eae" as gb18030, "H\u0434nde" as cp1251):
    # the common ones are tried too, and the guess gives way only to one that
    # reads with fewer flaws.
    ranked += [name for name in _PREFERRED if name not in ranked]
    readings = {name: raw.decode(name, errors="replace") for name in ranked}
    # Readings with as few flaws tie-break on signs inside words: an obscure
    # code page charset-normalizer may rank first (hp_roman8, cp775) gives
    # cp1252's letters as signs ("\xe4\xf6\xfc\xdf" as "\xf0\u2014\u25a0\xd4").
    return min(ranked, key=lambda name: (_flaws(readings[name]), _signs_in_words(readings[name]),
                                         ranked.index(name)))


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
    many where a code page reads letters as signs."""
    return sum(1 for i, ch in enumerate(text)
               if not ch.isascii() and not ch.isalpha() and not ch.isspace()
               and ((i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())))


def _flaws(text: str) -> int:
    """What a wrong code page leaves: replacement, private-use and control
    characters, symbols between two letters ("Gr\xb3\xa4e"), and words whose
    letters come from more than one alphabet."""
    flaws = sum(1 for ch in text if unicodedata.category(ch) in ("Co", "Cs") or ch == "\ufffd"
                or (unicodedata.category(ch) == "Cc" and ch not in "\r\n\t"))
    flaws += sum(1 for before, ch, after in zip(text, text[1:], text[2:])
                 if ch in _CODE_PAGE_SYMBOLS and before.isalpha() and after.isalpha())
    for word in _WORD.findall(text):
        alphabets = {"LATIN" if ch.isascii() else unicodedata.name(ch, "?").split(" ")[0] for ch in word}
        if len(alphabets & _ALPHABETS) > 1:
            flaws += 1
    return flaws
