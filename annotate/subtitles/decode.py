"""Bytes of a subtitle file to text: a BOM of any UTF says the encoding, else
UTF-8, else a guess by charset-normalizer that the reader reports, since a
wrong guess shows as mojibake in every caption."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from annotate.errors import InputError

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
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
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", subject="--encoding") from None
        try:
            return Decoded(raw.decode(encoding).lstrip("\ufeff"), encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"is not {encoding} text (byte {exc.start})") from None
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom):].decode(name), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {name} byte order mark but is not {name} (byte {exc.start})") \
                    from None
    if b"\x00" in raw:  # UTF-16/32 without a BOM is too rare to tell from a binary file
        raise InputError("is binary, not a subtitle file (NUL bytes and no byte order mark)")
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
    close = [r.encoding for r in results
             if r.chaos <= best.chaos + CHAOS_SLACK and r.coherence >= best.coherence - 0.01]
    for name in _PREFERRED:
        if name in close:
            return name
    return str(best.encoding)
