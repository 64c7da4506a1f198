"""An email (``.eml``) or a page saved as one file (``.mht``/``.mhtml``) given as the article: MIME, read by
Python's ``email`` package as a mail reader reads it.

Read as plain text, its quoted-printable escapes (``=E2=80=94``) and soft line breaks went into captions, a time
split by a soft break was lost, its text and HTML parts gave every moment twice, and a base64 body gave none.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage

# The header block a mail program or browser writes first: header lines only (folded lines indented), up to a
# blank line, naming MIME or a mail's own fields, so an article opening "From: our correspondent" stays prose.
_HEADER_LINE = rb"[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n"
_HEAD = re.compile(rb"(?:%s)+\r?\n" % _HEADER_LINE)
_MIME_FIELD = re.compile(rb"^(?:mime-version|content-type|content-transfer-encoding)[ \t]*:", re.I | re.M)
_MAIL_FIELDS = (b"from", b"date", b"subject", b"to", b"received", b"message-id")


@dataclass(frozen=True)
class MimeText:
    """The part read out of a MIME file: its text or bytes, whether it is HTML, its charset, its subject, and a
    note saying what was read."""

    text: str | None  # None when the part names no charset Python reads: ``raw`` is then decoded as an article
    raw: bytes
    html: bool
    charset: str | None
    subject: str | None
    note: str


def is_mime(data: bytes) -> bool:
    """``data`` opens with a mail header block that declares MIME, or holds three of a mail's own fields."""
    head = _HEAD.match(data)
    if head is None:
        return False
    block = head.group(0)
    if _MIME_FIELD.search(block):
        return True
    names = {line.split(b":", 1)[0].strip().lower() for line in block.splitlines() if line[:1] not in b" \t"}
    return len(names.intersection(_MAIL_FIELDS)) >= 3


def read_mime(data: bytes, name: str) -> MimeText | None:
    """The part a reader of ``data`` sees: its text/plain part, else its HTML part, its transfer encoding and
    the charset it names decoded; None when it holds neither."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(preferencelist=("plain", "html"))
    if not isinstance(body, EmailMessage):
        return None
    raw = body.get_payload(decode=True)
    text: str | None = None
    if body.get_param("charset") is not None:  # else the bytes are read as an article's are (a page's <meta charset>)
        try:
            content = body.get_content()
            text = content if isinstance(content, str) else None
        except (LookupError, ValueError, UnicodeError):  # a charset Python does not know
            text = None
    kind = body.get_content_type()
    others = sum(1 for part in message.walk() if not part.is_multipart()) - 1
    subject = " ".join(str(message.get("subject", "")).split()) or None
    left = f"; {others} other part(s) not read" if others else ""
    about = f" (subject {subject!r})" if subject else ""
    note = f"{name}: a MIME message{about}: read its {kind} part, decoded{left}"
    return MimeText(text=text, raw=raw if isinstance(raw, bytes) else b"", html=kind == "text/html",
                    charset=body.get_content_charset() if text is not None else None, subject=subject, note=note)
