"""An email (``.eml``) or a page saved as one file (``.mht``/``.mhtml``) given as the article: MIME, read by
Python's ``email`` package as a mail reader reads it.

Read as plain text, its quoted-printable escapes (``=E2=80=94``) and soft line breaks went into captions, a time
split by a soft break was lost, its text and HTML parts gave every moment twice, and a base64 body gave none.
"""

from __future__ import annotations

import binascii
import email
import email.errors
import email.policy
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage

# The header block a mail program or browser writes first: header lines only (folded lines indented), up to a
# blank line, naming MIME or a mail's own fields, so an article opening "From: our correspondent" stays prose.
_HEADER_LINE = rb"[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n"
_HEAD = re.compile(rb"(?:%s)+\r?\n" % _HEADER_LINE)
# An mbox's separator line before the headers ("From - Sat Dec 05 10:00:00 2026", as mutt's save and formail write
# it): Python's mail parser skips it as the Unix "From " line, so the header block is looked for after it.
_MBOX_FROM = re.compile(rb"From [^\r\n]*\r?\n")
# Where the next message of an mbox starts: a separator line followed by a header block (as mutt, Thunderbird and
# Python's ``mailbox.mbox`` split the file; a body line opening "From " with no headers below it stays prose).
_MBOX_NEXT = re.compile(rb"(?<=\n)From [^\r\n]*\r?\n(?=(?:%s)+\r?\n)" % _HEADER_LINE)
_MIME_FIELD = re.compile(rb"^(?:mime-version|content-type|content-transfer-encoding)[ \t]*:", re.I | re.M)
_MAIL_FIELDS = (b"from", b"date", b"subject", b"to", b"received", b"message-id")
# How much of a large file is read to find its header block: a mail that crossed several relays or a mailing list
# carries dozens of Received lines and DKIM and ARC signatures above its own fields, past 8 KB.
MAX_HEAD_BYTES = 1_000_000


@dataclass(frozen=True)
class MimePart:
    """One text part a mail reader shows: its bytes (transfer encoding undone), whether it is HTML, the charset it
    names (None: its bytes are decoded as an article's are, a page's ``<meta charset>`` first) and what it is."""

    raw: bytes
    html: bool
    charset: str | None
    label: str  # "its text/plain part", "the forwarded message 'JSA story' (text/plain)"


@dataclass(frozen=True)
class MimeText:
    """The parts read out of a MIME file, in the order a mail reader shows them, its subject, and a note saying
    what was read and what was not."""

    parts: tuple[MimePart, ...]
    subject: str | None
    note: str

    @property
    def html(self) -> bool:
        return self.parts[0].html


def is_mime(data: bytes) -> bool:
    """``data`` opens with a mail header block that declares MIME, or holds three of a mail's own fields."""
    separator = _MBOX_FROM.match(data)
    head = _HEAD.match(data, separator.end() if separator else 0)
    if head is None:
        return False
    block = head.group(0)
    if _MIME_FIELD.search(block):
        return True
    names = {line.split(b":", 1)[0].strip().lower() for line in block.splitlines() if line[:1] not in b" \t"}
    return len(names.intersection(_MAIL_FIELDS)) >= 3


def read_mime(data: bytes, name: str) -> MimeText | None:
    """The text parts a reader of ``data`` is shown, in order: the body (text/plain, else HTML, in each
    ``multipart/alternative``; the HTML when the plain part is a stub of it), then each text part attached or
    inline and each forwarded message's (``message/rfc822``) body; None when it holds none. Other parts
    (pictures, footage) are counted as not read."""
    guessed: list[str] = []
    messages = [_parse(piece, guessed) for piece in _mbox_messages(data)]
    shown: list[MimePart] = []
    stubs: list[str] = []
    for number, message in enumerate(messages, 1):
        parts: list[MimePart] = []
        _shown(message, parts, stubs, forwarded=None)
        if len(messages) > 1:
            about_it = f"message {number} ({_subject(message)!r})" if _subject(message) else f"message {number}"
            parts = [replace(part, label=f"{about_it}: {part.label}") for part in parts]
        shown.extend(parts)
    if not shown:
        return None
    others = sum(1 for message in messages for part in message.walk() if not part.is_multipart()
                 and part.get_content_type() != "message/rfc822") - len(shown)
    subject = _subject(messages[0])
    left = f"; {others} other part(s) not read" if others > 0 else ""
    about = (f" (an mbox of {len(messages)} messages)" if len(messages) > 1
             else f" (subject {subject!r})" if subject else "")
    read = ", ".join(part.label for part in shown)
    stub = ("; its text/plain part is far shorter than its HTML part (a stub): read the HTML instead"
            if stubs else "")
    return MimeText(parts=tuple(shown), subject=subject,
                    note=f"{name}: a MIME message{about}: read {read}, decoded{left}{stub}{''.join(guessed)}")


# A plain part this many times shorter than its HTML twin's text is a stub ("open it in a mail program that shows
# HTML"), not the same message in plain text.
_STUB_RATIO = 3


# A forwarded message in a transfer encoding: RFC 2046 allows only 7bit, 8bit and binary there, but mail programs
# send it base64 or quoted-printable, and Thunderbird and Apple Mail decode it before reading the message.
_TRANSFER_DECODERS: dict[str, Callable[[bytes], bytes]] = {"base64": binascii.a2b_base64,
                                                           "quoted-printable": quopri.decodestring}


# The boundary line a multipart's body opens with, when its Content-Type names none.
_OPENING_BOUNDARY = re.compile(r"\s*--([ -~]{0,69}[!-~])[ \t]*\r?\n")
# How many times a message is parsed again with a boundary guessed (each level of parts nested in parts once).
_BOUNDARY_GUESSES = 8


def _parse(data: bytes, guessed: list[str] | None = None) -> EmailMessage:
    """``data`` parsed; a multipart naming no boundary is read by the boundary line its body opens with, as mail
    readers do (Python keeps such a body as one string, its parts unread), each guess said in ``guessed``."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    for _ in range(_BOUNDARY_GUESSES if guessed is not None else 0):
        found = False
        for part in message.walk():
            boundary = _opening_boundary(part)
            if boundary is not None:
                part.set_boundary(boundary)
                assert guessed is not None
                guessed.append(f"; its {part.get_content_type()} part names no boundary: its '--{boundary}' lines read "
                               "as one, a guess")
                found = True
        if not found:
            break
        message = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
    return message


def _opening_boundary(part: EmailMessage) -> str | None:
    """The boundary line a multipart that names none opens its body with (None: it names one, or opens otherwise)."""
    body = part.get_payload()
    if (part.get_content_maintype() != "multipart" or not isinstance(body, str)
            or not any(isinstance(defect, email.errors.NoBoundaryInMultipartDefect) for defect in part.defects)):
        return None
    opening = _OPENING_BOUNDARY.match(body)
    return opening.group(1) if opening else None


def _mbox_messages(data: bytes) -> list[bytes]:
    """The messages of ``data``: each after its separator line in an mbox, else ``data`` whole."""
    if not _MBOX_FROM.match(data):
        return [data]
    starts = [0, *(found.start() for found in _MBOX_NEXT.finditer(data))]
    return [data[begin:end] for begin, end in zip(starts, [*starts[1:], len(data)])]


def _subject(message: EmailMessage) -> str | None:
    return " ".join(str(message.get("subject", "")).split()) or None


def _shown(part: EmailMessage, into: list[MimePart], stubs: list[str], *, forwarded: str | None) -> None:
    """Append the text parts of ``part`` a mail reader shows, in order (``forwarded``: the subject of the
    forwarded message it is in)."""
    kind = part.get_content_type()
    if kind == "message/rfc822":
        for inner in part.iter_parts():
            assert isinstance(inner, EmailMessage)
            decode = _TRANSFER_DECODERS.get(str(part.get("content-transfer-encoding", "")).strip().lower())
            if decode is not None:  # (the parser read the encoded text as the message: its raw base64 as the body)
                try:
                    inner = _parse(decode(inner.as_bytes()))
                except (binascii.Error, ValueError):  # not that encoding: left unread, counted as not read
                    continue
            _shown(inner, into, stubs, forwarded=_subject(inner) or "")
        return
    if part.is_multipart():
        children = [child for child in part.iter_parts() if isinstance(child, EmailMessage)]
        subtype = part.get_content_subtype()
        if subtype == "alternative":
            best = _alternative(part, stubs)
            children = [best] if best is not None else []
        elif subtype == "related":  # the page or message; the rest are its pictures and frames
            children = children[:1]
        for child in children:
            _shown(child, into, stubs, forwarded=forwarded)
        return
    if kind in ("text/plain", "text/html"):
        raw = part.get_payload(decode=True)
        into.append(MimePart(raw=raw if isinstance(raw, bytes) else b"", html=kind == "text/html",
                             charset=part.get_content_charset(), label=_label(part, kind, not into, forwarded)))


def _label(part: EmailMessage, kind: str, first: bool, forwarded: str | None) -> str:
    if forwarded is not None:
        return f"the forwarded message {forwarded!r} ({kind})" if forwarded else f"a forwarded message ({kind})"
    filename = part.get_filename()
    if filename:
        return f"the attached {filename!r} ({kind})"
    return f"its {kind} part" if first else f"an inline {kind} part"


def _alternative(part: EmailMessage, stubs: list[str]) -> EmailMessage | None:
    """The representation a reader shows: the plain text, unless it is a stub of the HTML (far shorter)."""
    plain = part.get_body(preferencelist=("plain",))
    html = part.get_body(preferencelist=("html",))
    if not isinstance(html, EmailMessage):
        return plain if isinstance(plain, EmailMessage) else None
    if not isinstance(plain, EmailMessage):
        return html
    if _is_stub(plain, html):
        stubs.append(str(plain.get_content_type()))
        return html
    return plain


def _is_stub(plain: EmailMessage, html: EmailMessage) -> bool:
    from annotate.pagetext import html_to_text

    try:
        plain_text, html_text = plain.get_content(), html.get_content()
    except (LookupError, ValueError, UnicodeError):  # a charset Python does not know: no stub told
        return False
    if not isinstance(plain_text, str) or not isinstance(html_text, str):
        return False
    return len(plain_text.strip()) * _STUB_RATIO < len(html_to_text(html_text).strip())
