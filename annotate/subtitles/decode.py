"""Bytes of a subtitle file to text: a BOM of any UTF says the encoding, else
UTF-8, else a guess by charset-normalizer that the reader reports, since a
wrong guess shows as mojibake in every caption."""

from __future__ import annotations

from dataclasses import dataclass

from annotate import codepages
from annotate.errors import InputError
from annotate.textio import control_heavy, decode_as, decode_by_bom


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
    guess = codepages.guess(raw)
    if guess is None:
        raise InputError("is neither UTF-8 nor any encoding charset-normalizer recognises; pass --encoding")
    return Decoded(raw.decode(guess, errors="replace"), guess, guessed=True)
