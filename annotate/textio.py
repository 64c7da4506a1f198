"""Reading an article (plain text, Markdown or HTML; a path or "-" for stdin) into text."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import AnnotateError, AnnotateWarning, InputError, os_reason
from annotate.frontmatter import split_front_matter
from annotate.inputs import note_input
from annotate.mimetext import MAX_HEAD_BYTES, MimePart, is_mime, read_mime
from annotate.pagetext import page_text

# Share of bytes that may be control characters before a file counts as binary.
MAX_CONTROL_RATIO = 0.10
# The control bytes text holds: tab, line feed, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))
SNIFF_BYTES = 8192
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
# The largest article read: extraction takes seconds per megabyte of densely
# timed text (README, "Reliability"), and no news article comes near this.
MAX_ARTICLE_BYTES = 10_000_000
# An email or a page saved as one MIME file may be larger: its attachments (the footage a source sent, a page's
# pictures) are not read, only its text parts, each at most MAX_ARTICLE_BYTES (a mail service sends 25 MB).
MAX_MIME_BYTES = 50_000_000

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_FRONT_MATTER_SUFFIXES = {"", *_MARKDOWN_SUFFIXES, *_HTML_SUFFIXES}



class ArticleWarning(AnnotateWarning):
    """An article was read with a guess (its encoding, a stray byte), or a time in it not as written (a clock time's
    impossible date or half of day): the result may differ from what was meant."""

@dataclass(frozen=True)
class Article:
    """An article's text as the extractor reads it: ``quote``/``span`` of every
    moment refer to ``text``, not to the bytes on disk."""

    text: str
    path: str
    format: str  # "text", "markdown" or "html"
    encoding: str
    warnings: tuple[str, ...] = ()
    title: str | None = None  # what the article's own metadata calls it (a post's front matter)


def bom_of(raw: bytes) -> tuple[bytes, str] | None:
    """The byte order mark ``raw`` starts with and the encoding it names, if any."""
    return next(((bom, name) for bom, name in BOMS if raw.startswith(bom)), None)


def decode_by_bom(raw: bytes, fail: Callable[[str], AnnotateError]) -> tuple[str, str] | None:
    """The text and encoding of ``raw`` when it starts with a byte order
    mark (None when it does not); bytes the mark's encoding cannot decode
    are one error from ``fail(message)``."""
    found = bom_of(raw)
    if found is None:
        return None
    bom, encoding = found
    try:
        return raw[len(bom):].decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise fail(f"starts with a {encoding} byte order mark but is not {encoding} text "
                   f"(byte {len(bom) + exc.start})") from None


def decode_as(raw: bytes, encoding: str, *, unknown: Callable[[str], AnnotateError],
              wrong: Callable[[str], AnnotateError]) -> str:
    """``raw`` decoded by the encoding a user or a file names (Python's codec
    of that name): an unknown name, or a codec that is not a text encoding
    (rot13, base64), is one error from ``unknown(message)``; bytes that
    encoding cannot decode one from ``wrong(message)``."""
    try:
        if not codecs.lookup(encoding)._is_text_encoding:
            raise unknown(f"{encoding!r} is not a text encoding")
    except LookupError:
        raise unknown(f"unknown encoding {encoding!r}") from None
    try:
        return raw.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise wrong(f"is not {encoding} text (byte {exc.start})") from None
    except UnicodeError:  # a codec that fails without a position (punycode, 'undefined')
        raise wrong(f"is not {encoding} text") from None


# The encoding an XML declaration names (XML 1.0, section 4.3.3): it comes
# first in the file, in ASCII, so it is read from the bytes before decoding.
_XML_ENCODING = re.compile(rb"""^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")


def declared_encoding(raw: bytes) -> str | None:
    """The encoding the XML declaration at the start of ``raw`` names, if any."""
    found = _XML_ENCODING.match(raw)
    return found.group(1).decode("ascii") if found else None


def _a(kind: str) -> str:
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} kB"


def regular_file(
    path: str | os.PathLike[str], *, kind: str, error: Callable[[str], AnnotateError] | None = None,
    stream_hint: str = "", ours: bool = False,
) -> os.stat_result:
    """Check, without opening it, that ``path`` is a regular file a reader
    may open: a missing path, a folder, a FIFO, device or socket (which
    would block or never end) and a failing stat (a 300-character name) are
    each one error from ``error(message)`` (default InputError on the path);
    ``stream_hint`` ends the message for a FIFO, device or socket. It is
    noted as an input of the command, which no output may replace, unless
    ``ours`` (a file of this tool's own that the command rewrites)."""
    make = error or (lambda message: InputError(message, subject=path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise make(f"no such file, expected {_a(kind)}") from None
    except OSError as exc:
        raise make(f"cannot read {kind}: {os_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise make(f"is a directory, expected {_a(kind)}")
    if not stat.S_ISREG(info.st_mode):
        raise make(f"is not a regular file (a pipe, device or socket), expected {_a(kind)}{stream_hint}")
    if not ours:
        note_input(info, kind, path)  # so no output of this command replaces it
    return info


# What standard input (a path given as ``-``) is called in messages: no file is named ``-``.
STDIN_NAME = "<stdin>"


def read_stdin(*, kind: str, max_bytes: int, subject: str = "-", empty_ok: bool = False) -> bytes:
    """Standard input's bytes (a path given as ``-``), at most ``max_bytes``: more is refused, as from a file;
    nothing at all too (unless ``empty_ok``): a pipe whose producer failed, not an empty file to import."""
    if sys.stdin is None:  # started with it closed (a cron job, a service): Python leaves it None
        raise InputError(f"standard input is closed: nothing to read; pass the {kind}'s file instead of -",
                         subject=subject)
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        # (footage is larger than any such file: say what it is rather than its size)
        raise InputError(misplaced_media(data, subject, _a(kind))
                         or f"is larger than {_size(max_bytes)}, the most {_a(kind)} may hold", subject=subject)
    if not data and not empty_ok:
        raise InputError(f"standard input is empty: no {kind} to read (did the command feeding it fail?)",
                         subject=subject)
    return data


def read_bytes(
    path: str | os.PathLike[str], *, kind: str, max_bytes: int,
    error: Callable[[str, Path], AnnotateError] | None = None, stream_hint: str = "", ours: bool = False,
    stdin: bool = False, head: int | None = None,
) -> bytes:
    """The bytes of a user's file, read the one safe way every reader uses:
    only a regular file (see :func:`regular_file`), at most ``max_bytes``
    (a larger file is refused, not read), and any OSError as one InputError
    naming the path. ``error(message, path)`` makes the error for a file
    that is too large; ``ours``: see :func:`regular_file`; ``stdin``: ``-``
    is standard input (:func:`read_stdin`); ``head``: only its first ``head`` bytes, whatever its size."""
    if stdin and str(path) == "-":
        return read_stdin(kind=kind, max_bytes=max_bytes)
    p = Path(path)
    make = error or (lambda message, where: InputError(message, subject=where))
    too_large = f"is larger than {_size(max_bytes)}, the most {_a(kind)} may hold"
    if regular_file(p, kind=kind, stream_hint=stream_hint, ours=ours).st_size > max_bytes and head is None:
        raise make(too_large, p)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open
        # does not wait for a writer; fstat then refuses it.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"is not a regular file, expected {_a(kind)}{stream_hint}", subject=p)
            data = handle.read(max_bytes + 1 if head is None else head)
    except OSError as exc:
        raise InputError(f"cannot read {kind}: {os_reason(exc)}", subject=p) from None
    if head is None and len(data) > max_bytes:  # it grew since the stat
        raise make(too_large, p)
    return data


def read_text_file(
    path: str | os.PathLike[str], *, kind: str, max_bytes: int,
    error: Callable[[str, Path], AnnotateError] | None = None, xml: bool = False, stdin: bool = False,
) -> str:
    """The UTF-8 text of a structured input (timeline, job file, theme,
    interchange file): read by :func:`read_bytes`, and one clear error
    naming ``path`` when it is binary or not UTF-8. A byte order mark says
    the encoding (a spreadsheet's "Unicode text" CSV is UTF-16, and XML and
    YAML may be too). With ``xml``, the encoding its XML declaration names
    does too (``ISO-8859-1``), as every XML reader honours it.
    ``error(message, path)`` makes the error for problems with the content
    (default InputError); ``stdin``: ``-`` is standard input."""
    p = Path(path)
    make = error or (lambda message, where: InputError(message, subject=where))
    try:
        raw = read_bytes(p, kind=kind, max_bytes=max_bytes, error=error, stdin=stdin)
    except AnnotateError:
        # (footage is often larger than any such file: say what it is rather than its size)
        if not (stdin and str(path) == "-") and (media := misplaced_media(
                read_bytes(p, kind=kind, max_bytes=max_bytes, head=VIDEO_HEAD_BYTES), str(path), _a(kind))):
            raise make(media, p) from None
        raise
    if media := misplaced_media(raw, str(path), _a(kind)):
        raise make(media, p)
    marked = decode_by_bom(raw, lambda message: make(message, p))
    if marked:
        return marked[0]
    if b"\x00" in raw:
        raise make(f"is binary, not {_a(kind)}", p)
    declared = declared_encoding(raw) if xml else None
    if declared is not None and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return decode_as(raw, declared, unknown=lambda message: make(f"{message} (named in its XML declaration)", p),
                         wrong=lambda message: make(f"{message}, the encoding its XML declaration names", p))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise make(f"is not UTF-8 text (byte {exc.start})", p) from None


def read_article(source: str | Path) -> Article:
    """Read ``source`` (a path, or ``"-"`` for stdin) and return its visible text.

    Raises InputError for a missing file, a directory, a pipe or device,
    a file over MAX_ARTICLE_BYTES or binary data. Text that is not UTF-8 is
    decoded with a fallback and reported in ``warnings``.
    """
    name = str(source)
    if name == "-":
        data = read_stdin(kind="article", max_bytes=MAX_MIME_BYTES, subject=STDIN_NAME, empty_ok=True)
        if len(data) > MAX_ARTICLE_BYTES and not is_mime(data):
            raise InputError(misplaced_media(data, STDIN_NAME, "an article")
                             or f"is larger than {_size(MAX_ARTICLE_BYTES)}, the most an article may hold",
                             subject=STDIN_NAME)
        suffix = ""
        name = STDIN_NAME
    else:
        data = _article_bytes(source)
        suffix = Path(source).suffix.lower()
    return parse_article(data, name=name, suffix=suffix)


def _article_bytes(source: str | Path) -> bytes:
    """An article file's bytes: at most MAX_ARTICLE_BYTES, or MAX_MIME_BYTES for an email or ``.mhtml`` page,
    known by its first bytes (a larger file of any other kind is refused unread)."""
    # /dev/stdin is a pipe or terminal, refused like any: "-" is how to read it.
    hint = "; to read standard input, pass -"
    kind = "article file"
    if regular_file(source, kind=kind, stream_hint=hint).st_size > MAX_ARTICLE_BYTES:
        head = read_bytes(source, kind=kind, max_bytes=MAX_ARTICLE_BYTES, head=MAX_HEAD_BYTES)
        if is_mime(head):
            return read_bytes(source, kind="email (MIME) file with its attachments", max_bytes=MAX_MIME_BYTES,
                              stream_hint=hint)
        # (footage is nearly always larger than an article: say what it is rather than its size)
        if media := misplaced_media(head, str(source), "an article"):
            raise InputError(media, subject=source)
    return read_bytes(source, kind=kind, max_bytes=MAX_ARTICLE_BYTES, stream_hint=hint)


def parse_article(data: bytes, *, name: str = "<text>", suffix: str = "") -> Article:
    """Decode and reduce ``data`` to text; the string-level core of :func:`read_article`."""
    if (kind := _document_kind(data)) is not None:
        raise InputError(f"is {kind}; save the article as plain text or HTML", subject=name)
    if media := misplaced_media(data, name, "an article"):
        raise InputError(media, subject=name)
    if looks_binary(data):
        raise InputError("looks like binary data, not an article (text, Markdown or HTML)", subject=name)
    if is_mime(data):
        return _from_mime(data, name)
    text, encoding, warnings = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _refuse_other_kinds(text, name)
    # (a static site generator's sources: Markdown, HTML pages, or a post given without a name; not a .txt)
    matter, text = split_front_matter(text) if suffix in _FRONT_MATTER_SUFFIXES else (None, text)
    if matter is not None and matter.problem is not None:
        warnings.append(f"{name}, lines 1-{matter.lines}: a block opening like {matter.language} front matter that "
                        f"could not be read as such ({matter.problem}): read as text")
        matter = None
    if matter is not None:
        keys = ", ".join(matter.keys[:8]) + (", ..." if len(matter.keys) > 8 else "")
        warnings.append(f"{name}, lines 1-{matter.lines}: {matter.language} front matter read as the post's "
                        f"metadata, not its text ({len(matter.keys)} key(s): {keys})")
    fmt = _detect_format(text, suffix)
    if fmt == "html":
        text = _page(text, name, warnings)
    return Article(text=text, path=name, format=fmt, encoding=encoding, warnings=tuple(warnings),
                   title=matter.title if matter else None)


def _from_mime(data: bytes, name: str) -> Article:
    """An email or a page saved as one MIME file: the parts a reader sees, each decoded, and a warning saying
    which were read."""
    try:
        read = read_mime(data, name)
    except RecursionError:  # (the email package walks nested parts recursively)
        raise InputError("is an email (MIME) whose parts are nested too deeply to read", subject=name) from None
    if read is None:
        raise InputError("is an email (MIME) with no text or HTML part to read", subject=name)
    said: list[str] = []
    texts: list[str] = []
    encodings: list[str] = []
    for part in read.parts:
        if len(part.raw) > MAX_ARTICLE_BYTES:
            raise InputError(f"its part {part.label} is larger than {_size(MAX_ARTICLE_BYTES)}, the most an article "
                             "may hold", subject=name)
        text, encoding = _mime_part_text(part, name, said)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        texts.append(_page(text, name, said) if part.html else text)
        encodings.append(encoding)
    text = "\n".join(piece if piece.endswith("\n") or not piece else piece + "\n" for piece in texts)
    return Article(text=text if len(texts) > 1 else texts[0], path=name, format="html" if read.html else "text",
                   encoding=encodings[0], warnings=(read.note, *said), title=read.subject)


def _mime_part_text(part: MimePart, name: str, said: list[str]) -> tuple[str, str]:
    """A MIME part's text and encoding: the charset it names, else as an article's bytes are decoded."""
    if part.charset is not None:
        try:  # the label as mail programs and browsers read it ("gb2312" holds GBK, "ks_c_5601-1987" Windows-949)
            encoding = codecs.lookup(_WEB_LABELS.get(part.charset.lower(), part.charset)).name
        except LookupError:  # a charset Python does not know: decoded as an article is
            encoding = ""
        if part.charset.lower() in ("us-ascii", "ascii") and not part.raw.isascii():
            try:  # (8-bit bytes cannot be ASCII: a mail program's UTF-8 under the default label, most likely)
                return part.raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        if encoding:
            try:
                return part.raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                line = part.raw[:exc.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
                said.append(f"{name}: {part.label}, line {line}: bytes that are not {part.charset}, the charset it "
                            "names, replaced by \ufffd")
                return part.raw.decode(encoding, errors="replace"), encoding
    text, encoding, notes = _decode(part.raw, name)
    said.extend(notes)
    return text, encoding


def _page(html: str, name: str, said: list[str]) -> str:
    """A page's story text; what of the page around it was left out added to ``said``."""
    page = page_text(html)
    if page.left_out:
        said.append(f"{name}: {page.left_out}")
    return page.text


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` (a file's first bytes will do) is binary: NULs without a UTF-16/32 BOM, or control-heavy."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        # UTF-16 and UTF-32 text has NULs too; the BOM says so.
        return bom_of(head) is None
    return control_heavy(head)


# Documents that are text on disk but markup to read: their control words would become captions. Each starts
# with its signature (as libmagic and their readers know them); a compressed PDF, DOCX or ODT is binary already.
_DOCUMENTS = ((b"{\\rtf", "RTF"), (b"%PDF-", "a PDF document"))


# Word and OpenDocument files are ZIP archives (known by their first member's name, as libmagic knows them), an
# old Word file an OLE2 compound file; a flat OpenDocument file (.fodt) is XML whose root is office:document.
_ZIP, _OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIPPED_DOCUMENTS = ((b"mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
                     (b"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file"),
                     (b"word/", "a Word document (.docx)"), (b"[Content_Types].xml", "an Office Open XML document"))
_FLAT_ODF = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<office:document\b", re.S)


def _document_kind(data: bytes) -> str | None:
    head = data.removeprefix(codecs.BOM_UTF8)
    if head.startswith(_ZIP):
        return next((kind for signature, kind in _ZIPPED_DOCUMENTS if signature in head[:SNIFF_BYTES]), None)
    if head.startswith(_OLE2):
        return "a Microsoft Office document (.doc)"
    if _FLAT_ODF.match(head[:SNIFF_BYTES]):
        return "a flat OpenDocument file (.fodt)"
    return next((kind for signature, kind in _DOCUMENTS if head.startswith(signature)), None)


# Media files by their first bytes (as libmagic knows them; an MP4 box's size starts with a NUL no text has), each
# with whether it is footage: a video or a picture or sound given where an article, a timeline or an editor's file
# was meant. Pictures come first: HEIF and AVIF stills are ISO boxes with an ftyp, as MP4 is.
_STILL_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")
_MEDIA: tuple[tuple[Callable[[bytes], bool], str, bool], ...] = (
    (lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"), "a PNG image", False),
    (lambda head: head.startswith(b"\xff\xd8\xff"), "a JPEG image", False),
    (lambda head: head[:6] in (b"GIF87a", b"GIF89a"), "a GIF image", False),
    (lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP", "a WebP image", False),
    (lambda head: head[:4] in (b"II*\x00", b"MM\x00*"), "a TIFF image", False),
    (lambda head: head[4:8] == b"ftyp" and head[8:12] in _STILL_BRANDS, "a HEIF/AVIF image", False),
    (lambda head: head[:1] == b"\x00" and head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip"),
     "an MP4/QuickTime video", True),
    (lambda head: head.startswith(b"\x1a\x45\xdf\xa3"), "a Matroska/WebM video", True),
    (lambda head: head[:4] == b"RIFF" and head[8:12] == b"AVI ", "an AVI video", True),
    (lambda head: head.startswith(b"FLV\x01"), "an FLV video", True),
    (lambda head: len(head) > 376 and head[0] == head[188] == head[376] == 0x47, "an MPEG transport stream", True),
    (lambda head: head.startswith(b"\x00\x00\x01\xba"), "an MPEG program stream", True),
    (lambda head: head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"), "a Windows Media (ASF) video", True),
    # (MXF, the broadcast and newsroom container of Avid and XDCAM, opens with its header partition pack's key)
    (lambda head: head.startswith(b"\x06\x0e\x2b\x34\x02\x05\x01\x01\x0d\x01\x02"), "an MXF video", True),
    (lambda head: head.startswith(b"OggS") and b"\x80theora" in head, "an Ogg (Theora) video", True),
    (lambda head: head.startswith(b"OggS"), "an Ogg audio file", False),
    (lambda head: head[:3] == b"ID3" and head[3:4] in (b"\x02", b"\x03", b"\x04"), "an MP3 audio file", False),
    (lambda head: head[:4] == b"RIFF" and head[8:12] == b"WAVE", "a WAV audio file", False),
    (lambda head: head.startswith(b"fLaC"), "a FLAC audio file", False),
)
VIDEO_HEAD_BYTES = 512


def misplaced_media(head: bytes, given: str, wanted: str) -> str | None:
    """The line for a media file starting with ``head`` (its first VIDEO_HEAD_BYTES) given as ``given`` where
    ``wanted`` was meant, else None: a video is footage (the option that takes it; from standard input, ``-``, it
    must be saved first: footage is read by name), a picture or sound is neither. A head with no control byte is
    text whatever its first word ("GIF89a files loop forever."): every media file has binary bytes in its header."""
    head = head[:VIDEO_HEAD_BYTES]
    found = next(((kind, footage) for looks, kind, footage in _MEDIA if looks(head)), None)
    if found is None or not any(byte < 32 and byte not in _TEXT_CONTROLS for byte in head):
        return None
    kind, footage = found
    if not footage:
        return f"is {kind}, not {wanted}"
    if given in ("-", STDIN_NAME):
        return f"is {kind}, not {wanted}; footage cannot come from standard input: save it to a file and give it " \
               "as `--footage FILE`"
    return f"is {kind}, not {wanted}; a video is a timeline's footage: `annotate timeline ARTICLE --footage " \
           f"{given} -o TIMELINE`"


# Files another command reads, known by how they start (after a BOM and blank lines), whatever their name: an SRT
# given where its import was meant became moments captioned with its timing lines. Each pattern wants the
# structure, not a word an article might start with: a cue's timing line (after its index), the WebVTT header, the
# ASS section, an EDL's title then an event, the root element of an editor's XML, OTIO's schema key, a timeline's.
_TIMING = r"[ \t]*\d+:\d{2}(?::\d{2})?[,.]\d{1,3}[ \t]*-->[ \t]*\d+:\d{2}(?::\d{2})?[,.]\d{1,3}"
# A SubRip cue: its timing line alone on its line (SRT's optional X1:.. box aside), then its text, then the end or a
# blank line and the next cue's timing line; an article quoting a timing line in a sentence is no cue.
_SRT_LINE = rf"{_TIMING}(?:[ \t]+[XY][12]:\d+)*[ \t]*"
_SRT = rf"(?:\d+[ \t]*\n)?{_SRT_LINE}(?:\n[^\n]*\S[^\n]*)*(?:\s*\Z|\n[ \t]*\n\s*(?:\d+[ \t]*\n)?{_SRT_LINE}\n)"
# WebVTT as webvtt-py and the W3C parser know it: "WEBVTT" alone or followed by a space and text holding no "-->",
# header lines, a blank line, then a cue's timing line (mm:ss.ttt, hours optional) somewhere in the blocks; or
# "WEBVTT" and nothing else. A post starting "WEBVTT vs SRT" with a "File --> Export" in its prose is neither.
_VTT_STAMP = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_VTT_HEADER = r"WEBVTT(?:[ \t](?:(?!-->)[^\n])*)?"
_VTT = (rf"{_VTT_HEADER}(?:\n(?:(?!-->)[^\n])*\S(?:(?!-->)[^\n])*)*\n[ \t]*\n(?:[^\n]*\n)*?"
        rf"[ \t]*{_VTT_STAMP}[ \t]+-->[ \t]+{_VTT_STAMP}(?:\s|\Z)|WEBVTT\s*\Z")
_OTHER_KINDS = (
    (re.compile(_SRT), "a SubRip subtitle file"),
    (re.compile(_VTT), "a WebVTT subtitle file"),
    (re.compile(r"\[Script Info\][ \t]*(?:\n|$)", re.I), "an ASS subtitle file"),
    (re.compile(r"TITLE:[^\n]*\n(?:[^\n]*\n){0,20}?[ \t]*\d{3,}[ \t]+\S+[ \t]+\S+[ \t]+(?:C|D|W\d*|K[ \t]*[BO]?)\b"),
     "a CMX 3600 EDL"),
    (re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:xmeml|fcpxml)\b", re.S),
     "a Final Cut Pro XML file"),
    (re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<mlt\b", re.S), "an MLT (Shotcut, Kdenlive) file"),
    (re.compile(r"\{\s*\"OTIO_SCHEMA\"\s*:"), "an OpenTimelineIO file"),
    # annotate's own exports: the JSON's first keys, the CSV's header (short comma-separated names only, with a
    # start and a caption column): an article's first line is no such list.
    # (only by its format key: a timeline may be written in YAML's JSON style, {"schema_version": 1, ...})
    (re.compile(r"\{\s*\"format\"\s*:\s*\"annotate-"), "an annotate JSON export"),
    (re.compile(r"(?=[^\n]*(?:^|,)\"?start\"?(?:,|\n|\Z))(?=[^\n]*(?:^|,)\"?caption\"?(?:,|\n|\Z))"
                r"\"?[\w -]{1,40}\"?(?:,\"?[\w -]{0,40}\"?)+[ \t]*(?:\n|\Z)"), "an annotate CSV export"),
)
# Kinds `annotate import` cannot read: the way out is another export of the editor's.
_NOT_IMPORTABLE = {"an MLT (Shotcut, Kdenlive) file": "annotate cannot import MLT; export the project as "
                   "OpenTimelineIO (Kdenlive) or as an EDL (Shotcut) and import that"}


def import_advice(kind: str, given: str, lead: str = "read it into a timeline with") -> str:
    """What to do with a file of ``kind`` (from :func:`other_kind`) given where an article or timeline was
    meant: the import command that reads it (after ``lead``), or why none does."""
    return _NOT_IMPORTABLE.get(kind) or f"{lead} `annotate import {given} -o TIMELINE`"
_TIMELINE = re.compile(r"# annotate timeline\b|(?:#[^\n]*\n|[ \t]*\n)*schema_version:[ \t]*\d+[ \t]*(?:#[^\n]*)?\n")


def other_kind(text: str) -> str | None:
    """The kind of subtitle or editor file ``text`` is ("a SubRip subtitle file"), by how it starts, else None;
    its line breaks may be any (Windows' CRLF: most SRT files in the world)."""
    head = text[:SNIFF_BYTES].replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").lstrip()
    return next((kind for pattern, kind in _OTHER_KINDS if pattern.match(head)), None)


# A sentence's run of words (letters of any script, a comma or such between), or a web page's start: what an
# article holds and no subtitle, editor's or data file starts with (those are known first, by other_kind).
_PROSE = re.compile(r"(?:[^\W\d_]+[,;:'’]?[ \t]+){5}[^\W\d_]|\s*<(?:!doctype html|html)\b", re.I)


def looks_like_article(text: str) -> bool:
    """Whether ``text`` (a file's first bytes decoded, not of a kind :func:`other_kind` knows) reads as an
    article: prose or a web page, which ``annotate timeline`` reads, given to a command that reads other files."""
    return _PROSE.search(text[:SNIFF_BYTES]) is not None


def is_timeline(text: str) -> bool:
    """Whether ``text`` starts as an annotate timeline does (its header, or ``schema_version:`` first)."""
    return _TIMELINE.match(text[:SNIFF_BYTES].lstrip("\ufeff")) is not None


def not_footage(head: bytes, given: str) -> str | None:
    """The line for a file of another kind this tool reads (a timeline, a subtitle or editor's file, an article),
    known by its first bytes ``head``, given as ``given`` where footage was meant, else None."""
    if looks_binary(head):
        return None
    text = head[:SNIFF_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")
    if is_timeline(text):
        return f"is an annotate timeline, not footage; give it as TIMELINE: `annotate align {given} --footage VIDEO`"
    if (kind := other_kind(text)) is not None:
        return f"is {kind}, not footage; {import_advice(kind, given)}"
    if looks_like_article(text):
        return f"not a media file (it looks like an article): `annotate timeline {given} --footage VIDEO " \
               "-o TIMELINE` reads it"
    return None


def _refuse_other_kinds(text: str, name: str) -> None:
    """Refuse a subtitle, editor or timeline file given as the article, naming the command that reads it."""
    head = text[:SNIFF_BYTES].lstrip("\ufeff")
    if is_timeline(head):
        raise InputError("is an annotate timeline, not an article; give `annotate timeline` the article it was made "
                         "from, or use the timeline with align, subtitles, export or clips", subject=name)
    kind = other_kind(head)
    if kind is not None:
        given = "-" if name == STDIN_NAME else name
        raise InputError(f"is {kind}, not an article; {import_advice(kind, given)}", subject=name)


def control_heavy(data: bytes) -> bool:
    """More than MAX_CONTROL_RATIO of the first SNIFF_BYTES of ``data`` are
    control bytes (tab, line breaks, form feed and escape aside): binary
    data (a video, an image), not text with a stray control character."""
    head = data[:SNIFF_BYTES]
    control = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return bool(head) and control / len(head) > MAX_CONTROL_RATIO


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """A BOM says the encoding, else UTF-8, else what a page's ``<meta charset>`` names (as a browser reads
    a saved page), else a guess of the code page, said in a warning."""
    if not data.startswith(codecs.BOM_UTF8):  # stray bytes after a UTF-8 one fall back below, as without it
        marked = decode_by_bom(data, lambda message: InputError(message, subject=name))
        if marked:
            return marked[0], marked[1], []
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    said: list[str] = []
    declared = _meta_charset(data)
    if declared is not None:
        try:
            encoding = codecs.lookup(_WEB_LABELS.get(declared.lower(), declared)).name
            return data.decode(encoding), encoding, []
        except LookupError:
            said.append(f"{name}: its <meta charset> names {declared!r}, which is no encoding known here")
        except UnicodeDecodeError as exc:
            said.append(f"{name}: not {declared} as its <meta charset> says (byte {exc.start})")
    from annotate import codepages

    guessed = codepages.guess(data)
    if guessed is not None:
        return data.decode(guessed, errors="replace"), guessed, [*said, (
            f"{name}: not valid UTF-8 (first bad byte at offset {first_bad}); read as {guessed}, a guess "
            "(save the article as UTF-8 if its text looks wrong)")]
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, [
            *said, f"{name}: not valid UTF-8 (first bad byte at offset {first_bad}); read as {encoding}"
        ]
    # latin-1 decodes any byte, so this is unreachable; kept for clarity.
    return data.decode("utf-8", errors="replace"), "utf-8", [f"{name}: undecodable bytes replaced"]


# ``<meta charset="...">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=...">`` in the
# first bytes of a page, where browsers look for it.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
META_SNIFF_BYTES = 4096
# Labels browsers read as another, wider encoding (the WHATWG Encoding Standard): a page that says
# ISO-8859-1 is read as windows-1252, GB2312 as GB18030.
# Mail programs label the same way: Outlook sends Windows-949 as "ks_c_5601-1987", Big5 mail is Windows-950.
_WEB_LABELS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
               "iso-8859-9": "cp1254", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
               "gb_2312-80": "gb18030", "tis-620": "cp874", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
               "ks_c_5601-1989": "cp949", "ksc5601": "cp949", "ksc_5601": "cp949", "big5": "cp950",
               "x-x-big5": "cp950", "shift_jis": "cp932", "x-sjis": "cp932", "x-mac-roman": "mac-roman",
               "csmacintosh": "mac-roman", "mac": "mac-roman", "x-mac-cyrillic": "mac-cyrillic",
               "x-mac-ukrainian": "mac-cyrillic"}


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    return found.group(1).decode("ascii") if found else None


def _detect_format(text: str, suffix: str) -> str:
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(?:body|p|div|article)\b[^>]*>", head):
        return "html"
    return "text"
