"""Which existing file an output may replace: an earlier file of the kind
being written (an older export, subtitle file or render, ours or another
tool's), or an empty one. Anything else is the user's (a ``.docx`` renamed
``story.srt``, ``notes.csv`` exported over with ``--format json``): it is
refused in one line naming it and what it holds, unless the command is
given ``--force``, as folders holding a user's files under our names are
refused (``annotate.clips.manifest``, the batch records) and a file that is
no timeline is never saved over as one (``annotate.timeline.document``).

Only the first bytes are read: the kinds are told by their signatures."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from annotate.atomic import refuse_input
from annotate.errors import OutputError, os_reason

HEAD_BYTES = 65536
FORCE_HINT = "remove it, name another file, or pass --force"


def _text(head: bytes) -> str:
    from annotate.textio import bom_of

    found = bom_of(head)
    if found is not None:
        bom, encoding = found
        return head[len(bom):].decode(encoding, errors="replace").lstrip()
    return head.decode("utf-8", errors="replace").lstrip()


def _starts(*prefixes: str) -> Callable[[bytes], bool]:
    return lambda head: _text(head).lower().startswith(prefixes)


def _holds(pattern: str) -> Callable[[bytes], bool]:
    found = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    return lambda head: found.search(_text(head)[:4096]) is not None


def _json_with(key: str) -> Callable[[bytes], bool]:
    return lambda head: _text(head).startswith("{") and f'"{key}"' in _text(head)


def _json_list_of(*keys: str) -> Callable[[bytes], bool]:
    """A JSON list of objects holding ``keys`` (what ``--json`` prints), or an empty one."""
    def looks(head: bytes) -> bool:
        text = _text(head)
        return text.startswith("[") and (text.rstrip() == "[]" or all(f'"{key}"' in text for key in keys))

    return looks


def _csv_of_moments(head: bytes) -> bool:
    """A CSV ``annotate import`` reads: a header (after Excel's ``sep=`` line) with a ``start`` column."""
    lines = _text(head).splitlines()[:2]
    if lines and lines[0].lower().startswith("sep="):
        lines = lines[1:]
    return bool(lines) and re.search(r"(^|[,;\t|])\s*\"?start\"?\s*([,;\t|]|$)", lines[0], re.IGNORECASE) is not None


def _iso_media(head: bytes) -> bool:
    """MP4, MOV, M4V: ISO base media boxes (``ftyp`` first, or ``moov``/``mdat``/``free`` in old QuickTime)."""
    return head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip")


_TIMING = _holds(r"^\s*\d+:\d\d:\d\d[,.]\d+\s*-->")  # a cue's timing line (some tools number no cue)
_VTT = _starts("webvtt")


def _srt(head: bytes) -> bool:
    return _TIMING(head) and not _VTT(head)


_XML_MLT = _holds(r"<mlt[\s>]")

# Output kind -> (what it is called, how its file starts). The export formats by their names in
# annotate.interchange.FORMATS (a test checks that each has one), and the media files commands write.
KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    "srt": ("an SRT subtitle file", _srt),
    "vtt": ("a WebVTT file", _VTT),
    "vtt-chapters": ("a WebVTT file", _VTT),
    "ass": ("an ASS/SSA subtitle file", _holds(r"^\[script info\]")),
    "otio": ("an OpenTimelineIO file", _json_with("OTIO_SCHEMA")),
    "edl": ("an EDL", _holds(r"^(TITLE|FCM):")),
    "fcp-xml": ("a Final Cut Pro 7 XML file", _holds(r"<xmeml[\s>]")),
    "fcpx": ("an FCPXML file", _holds(r"<fcpxml[\s>]")),
    "mlt": ("an MLT XML file", _XML_MLT),
    "kdenlive": ("a Kdenlive (MLT XML) file", _XML_MLT),
    "csv": ("a CSV of moments (with a 'start' column)", _csv_of_moments),
    "json": ("a JSON timeline (with 'moments')", _json_with("moments")),
    "youtube": ("a list of YouTube chapters", _holds(r"\A\(?\d{1,2}:\d\d(:\d\d)?\)?\s")),
    "mp4": ("an MP4/QuickTime video", _iso_media),
    "png": ("a PNG image", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    # The JSON reports commands print and ``annotate demo`` writes.
    "moments-json": ("a JSON list of moments (as extract --json prints)", _json_list_of("start", "quote")),
    "align-json": ("a JSON alignment report (as align --json prints)", _json_list_of("evidence", "stated_start")),
    "demo-json": ("the list of outputs annotate demo writes", _json_list_of("what", "path")),
}

# What else a user's file commonly is, to name it in the refusal.
_OTHERS: tuple[tuple[str, Callable[[bytes], bool]], ...] = (
    ("a ZIP archive (a .docx, .xlsx, .odt, ...)", lambda head: head.startswith(b"PK\x03\x04")),
    ("a PDF document", lambda head: head.startswith(b"%PDF")),
    ("a JPEG image", lambda head: head.startswith(b"\xff\xd8\xff")),
    ("a Matroska/WebM video", lambda head: head.startswith(b"\x1a\x45\xdf\xa3")),
    ("a YAML timeline", _holds(r"^(schema_version|moments):")),
)


def what_is(head: bytes) -> str | None:
    """What a file starting with ``head`` is, if it is one of the kinds named here."""
    for name, looks in (*((name, looks) for name, looks in KINDS.values()), *_OTHERS):
        if looks(head):
            return name
    return None


def check(target: str | os.PathLike[str], kind: str, *, force: bool = False) -> None:
    """Refuse to replace ``target`` unless it is missing, empty, not a regular
    file (links and special files are the writer's to judge), already a file
    of ``kind`` (a key of :data:`KINDS`), or ``force`` is given."""
    path = Path(target)
    head = _existing_head(path, HEAD_BYTES, force)
    want, looks = KINDS[kind]
    if head is None or looks(head):
        return
    found = what_is(head)
    holds = f"holds {found}" if found else "is not empty"
    raise OutputError(f"exists and {holds}, not {want}; refusing to replace it: {FORCE_HINT}", subject=path)


def holds(target: str | os.PathLike[str], kind: str) -> bool:
    """Whether ``target`` is an existing, non-empty regular file of ``kind`` (a key of :data:`KINDS`)."""
    head = _existing_head(Path(target), HEAD_BYTES, force=False)
    return head is not None and KINDS[kind][1](head)


def check_same(target: str | os.PathLike[str], text: str, what: str, *, force: bool = False) -> None:
    """Refuse to replace ``target`` unless it is missing, empty, not a regular
    file, already holds exactly ``text`` (UTF-8), or ``force`` is given: a
    plain text has no signature to tell its kind by, so it may replace only
    itself (``what`` names it in the error)."""
    path = Path(target)
    want = text.encode("utf-8")
    head = _existing_head(path, len(want) + 1, force)
    if head is not None and head != want:
        raise OutputError(f"exists and is not {what}; refusing to replace it: {FORCE_HINT}", subject=path)


def _existing_head(path: Path, size: int, force: bool) -> bytes | None:
    """The first ``size`` bytes of an existing output to judge, or None when
    there is nothing to judge (missing, empty, not a regular file, forced)."""
    refuse_input(path)  # (the graver fault, said first: the file is one the command reads)
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if force or not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise OutputError(f"exists and cannot be read to check what it is: {os_reason(exc)}; {FORCE_HINT}",
                          subject=path) from None
