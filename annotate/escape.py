"""All escaping in one place: one function per target that hostile caption
text can reach (ffmpeg filter graphs, drawtext, ASS, SRT/VTT cues, HTML,
file names). Captions come from articles and may hold anything."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

# Characters that never belong in a caption: C0/C1 controls except tab/newline,
# lone surrogates (not encodable as UTF-8, so no file could hold them), and
# the noncharacters U+FFFE and U+FFFF (XML 1.0 cannot hold them: an FCP XML
# export failed and an MLT one was not well-formed, so melt refused it).
# U+2060 (word joiner) is removed too: the writers below insert it as an
# invisible escape, so readers can drop every one of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2060\ufffe\uffff]|[\ud800-\udfff]")
# What XML 1.0 cannot hold at all: C0 controls but tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")
# CRLF, CR and Unicode's own line and paragraph separators (which splitlines()
# and many players break on) all become LF, so blank-line rules see them.
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n\s*\n+")
MAX_FILENAME_BYTES = 80
_RESERVED_NAMES = {
    "con", "prn", "aux", "nul",
    *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)),
}


def clean_text(text: str) -> str:
    """Normalise caption text once, before any target: NFC, CRLF/CR/U+2028/U+2029 -> LF,
    no control characters or lone surrogates, no blank lines (a blank line
    ends an SRT/VTT cue), no trailing spaces."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", _LINE_BREAKS.sub("\n", text)))
    # (a line of format characters alone, a zero-width space or a bidi mark, shows nothing: it is a blank line, and
    # a caption of nothing else an empty one, left out with a word as one of spaces is)
    text = "\n".join("" if _draws_nothing(line) else line for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _draws_nothing(line: str) -> bool:
    """Whether ``line`` holds only spaces and format characters (Cf: soft hyphen, zero-width space, bidi marks)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in line)


def first_shown(*texts: str) -> str:
    """The first of ``texts`` that shows something, "" if none does: a caption of spaces and format characters alone
    (a zero-width space, a bidi mark, which :func:`clean_text` leaves empty) gives way to the quote, the sentence or
    the id after it as an empty caption does, in a clip's name, a cue and a marker alike."""
    return next((text for text in texts if not _draws_nothing(text)), "")


def loses_characters(text: str) -> bool:
    """Whether :func:`clean_text` (so every one-line and cue text made of it)
    leaves a character of ``text`` out: a control character, U+2060, U+FFFE,
    U+FFFF or a lone surrogate; a writer names such text in a warning."""
    return _CONTROL.search(text) is not None


def control_characters(text: str) -> list[str]:
    """The characters :func:`clean_text` leaves out of ``text`` (controls,
    U+2060, U+FFFE, U+FFFF, lone surrogates), once each, so a writer can say
    what its file lost."""
    return list(dict.fromkeys(_CONTROL.findall(text)))


def xml_text(text: str) -> str:
    """Text as an XML 1.0 file gives it back (an FCP 7 XML marker's name or
    comment, an FCPX marker's value): line breaks, tabs and spaces at the
    edges kept; what XML 1.0 cannot hold left out; CR and CRLF as LF, as
    every XML parser reads them."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def line_text(text: str) -> str:
    """Plain text that must stay on one line (a title, an EDL comment or clip
    name): cleaned, every run of white space (line breaks too) one space."""
    return " ".join(clean_text(text).split())


# White space that breaks or tabs a line, with the spaces around it.
_NOT_A_SPACE = re.compile(r" *[^\S ]\s*")


# A lone surrogate: in a file name, a byte that is not UTF-8 (os.fsdecode's surrogateescape, U+DC80-U+DCFF); in
# any text, a character no UTF-8 file can hold.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A lone surrogate that is no name's byte: os.fsdecode turns a byte that is not UTF-8 into U+DC80..U+DCFF only.
NOT_A_NAME_BYTE = re.compile(r"[\ud800-\udc7f\udd00-\udfff]")


def undecodable_name(name: str) -> bool:
    """Whether a file name holds a byte that is not UTF-8 (os.fsdecode's lone surrogate): every text field of the
    model drops it, so a timeline recording the name would name another file (``caf.txt``)."""
    return not name.isascii() and LONE_SURROGATE.search(name) is not None


def _shown_surrogate(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def terminal_line(text: str) -> str:
    """A message as one terminal line: no control character (ESC ] 0;... BEL
    retitles a terminal, ESC [ ... recolours it or moves the cursor), every
    line break or tab one space. Runs of spaces stay, so a name a message
    quotes (``'  spaced  '``) shows as it is. A file name's byte that is not
    UTF-8 shows as ``\\xe9`` (``caf\\xe9.txt``): dropped, the line named
    another file (``caf.txt``)."""
    return _NOT_A_SPACE.sub(" ", _CONTROL.sub("", LONE_SURROGATE.sub(_shown_surrogate, text))).strip()


def json_text(data: object, *, indent: int | None = None) -> str:
    """``data`` as JSON with its non-ASCII text as it is (readable), but each
    lone surrogate as a ``\\udce9`` escape: a file name's byte that is not
    UTF-8 (an output folder ``c\\xe9``) then reads back as the same name,
    where left raw it made the text unwritable to any UTF-8 file."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text if text.isascii() else LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


EDL_REEL_CHARS = 8


def edl_reel(text: str) -> str:
    """A CMX 3600 reel name from a footage name: letters and digits only, at
    most 8 (the event line is split on spaces, so ``my clip.mp4`` or a name
    of punctuation would shift or empty a field); ``AX`` (an auxiliary
    source) when nothing is left. A name that is itself one of the reel
    words readers reserve (``AX``: no reel; ``BL``, ``BLACK``: black, read as
    a gap) gets a ``1`` after it, or its event would be read as no file."""
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", text)
    reel = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", stem))[:EDL_REEL_CHARS]
    if reel.upper() in RESERVED_REELS:
        return reel + "1"
    return reel or "AX"


# Reel names the CMX 3600 reader (OpenTimelineIO's adapter) gives a meaning: an
# auxiliary source with no reel, and black.
RESERVED_REELS = frozenset({"AX", "BL", "BLACK"})


def edl_reels(names: Sequence[str]) -> list[str]:
    """One :func:`edl_reel` per name, made distinct (compared case-folded, as
    editors match reels): a repeat ends in ``2``, ``3``, ... instead of its
    last characters, still within the reel's 8 characters."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        reel = candidate = edl_reel(name)
        n = 1
        while candidate.casefold() in seen:
            n += 1
            candidate = reel[:EDL_REEL_CHARS - len(str(n))] + str(n)
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


# A SubRip timestamp as lenient readers find one anywhere in a line (``0:1:2.5`` too),
# up to its seconds: a word joiner after them breaks it without a visible change.
_SRT_STAMP = re.compile(r"(\d+:\d+:\d+)(?=[.,]\d)")


# Markup SRT players honour, as ffmpeg's SubRip decoder reads it (libass then
# draws the rest): HTML-like style tags, ASS override blocks ({\an8}, {\i1})
# up to the first "}", and MicroDVD-style blocks ({y:i}, {c:$0000ff}).
_SRT_BLOCK_OPENING = r"\{(?=\\|[CcFfoPSsYy]:)"
_SRT_TAG = re.compile(r"(?i:</?(?:b|i|u|s|font)(?:\s[^<>]*)?>)|\{\\[^}]*\}|\{[CcFfoPSsYy]:[^}]+\}")
_SRT_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def srt_text(text: str) -> str:
    """SRT cue text: no blank line, and no line that a parser could take for a
    timing line or a cue number, plus tags neutralised. SRT has no escape
    syntax, so a look-alike arrow (U+2192 is not used; we insert a zero-width
    joiner) keeps the visible text while breaking ``-->``; ``<`` before a
    letter gets a zero-width joiner so players don't take it as a tag."""
    text = clean_text(text)
    text = text.replace("-->", "--\u2060>")
    # pysubs2 takes any line holding two timestamps for a timing line, arrow or not.
    text = _SRT_STAMP.sub("\\1\u2060", text)
    text = re.sub(r"<(?=/?[A-Za-z])", "<\u2060", text)
    # {\an8} and MicroDVD's {y:i} are honoured by ffmpeg's SubRip decoder, and \N \n \h by libass after it.
    text = re.sub(_SRT_BLOCK_OPENING, "{\u2060", text)
    return re.sub(r"\\(?=[Nnh])", "\\\u2060", text)


def srt_styling(text: str) -> list[str]:
    """The markup of SRT cue text that styles it and that :func:`unsrt_markup`
    removes: each opening ``<b> <i> <u> <s> <font ...>`` tag, override block
    and MicroDVD block, as written (closing tags only end a style)."""
    return [m.group() for m in _SRT_TAG.finditer(text) if not m.group().startswith("</")]


def unsrt_markup(text: str) -> str:
    """What a viewer sees of SRT cue text, as ffmpeg's SubRip decoder and
    libass show it: ``<br>`` and ``\\N`` line breaks, ``\\n`` and ``\\h``
    spaces (libass's, under the WrapStyle ffmpeg writes), style tags and
    override blocks removed. Other ``<``/``{`` text stays, as players show it."""
    text = _SRT_TAG.sub("", _SRT_BREAK.sub("\n", text))
    return text.replace("\\N", "\n").replace("\\n", " ").replace("\\h", " ")


def vtt_text(text: str) -> str:
    """WebVTT cue text: the spec's own escapes for ``&``, ``<``, ``>``; ``-->``
    can then never appear (its ``>`` is escaped)."""
    return html.escape(clean_text(text), quote=False)


def unvtt_text(text: str) -> str:
    """Inverse of :func:`vtt_text` for reading cues back."""
    return html.unescape(text)


def ass_text(text: str, *, portable: bool = False) -> str:
    """ASS dialogue text as libass reads it: ``{`` and ``}`` escaped as ``\\{``
    and ``\\}`` so they never open an override block; a backslash is followed
    by a word joiner (U+2060) so ``\\N``, ``\\n`` and ``\\h`` stay literal (the
    trick mpv uses); newlines become ``\\N``. ``portable``, for a file other
    tools read: ``\\{`` is libass's alone (Aegisub, VSFilter and pysubs2 open a
    block at the ``{`` and hide the text up to ``}``), and ASS has no other
    escape, so braces stay as they are where no block can open and are
    written full-width (``｛ ｝``) in a text where one would (:func:`opens_block`)."""
    text = clean_text(text).replace("\\", "\\\u2060")
    if portable:
        text = text.translate(_FULL_BRACES) if opens_block(text) else text
    else:
        text = text.replace("{", "\\{").replace("}", "\\}")
    return text.replace("\n", "\\N")


def opens_block(text: str) -> bool:
    """A ``{`` with a ``}`` after it: an override block in every ASS renderer."""
    start = text.find("{")
    return start >= 0 and "}" in text[start:]


_FULL_BRACES = str.maketrans({"{": "\uff5b", "}": "\uff5d"})
_ASCII_BRACES = {ord(v): k for k, v in _FULL_BRACES.items()}


def unass_text(text: str, *, portable: bool = False) -> str:
    """Inverse of :func:`ass_text`; ``portable`` for a file written so (by
    annotate), whose full-width braces are turned back where they stood for
    a block-shaped ``{...}`` (elsewhere they are the caption's own)."""
    text = text.replace("\\N", "\n").replace("\\{", "{").replace("\\}", "}")
    if portable and "{" not in text and opens_block(back := text.translate(_ASCII_BRACES)):
        text = back
    return text.replace("\\\u2060", "\\")


# ASS fields before the text (Name, Effect, a style's font name) are split on
# commas and end at a line break; ``{ } \`` would open an override where the
# text is parsed (``\fn`` names a font inside a block). Full-width look-alikes
# keep what is shown readable and are turned back by unass_field.
_ASS_FIELD = str.maketrans({",": "\uff0c", "{": "\uff5b", "}": "\uff5d", "\\": "\uff3c"})
_UNASS_FIELD = {ord(v): k for k, v in _ASS_FIELD.items()}


def ass_field(text: str) -> str:
    """A value for an ASS field other than the text (an event's Name, a font
    name): one line, no commas, braces or backslashes."""
    return line_text(text).translate(_ASS_FIELD)


def unass_field(text: str) -> str:
    """Inverse of :func:`ass_field` for reading fields back."""
    return text.translate(_UNASS_FIELD)


def html_text(text: str) -> str:
    """Text (or an attribute value) inside HTML."""
    return html.escape(text, quote=True)


def filter_value(value: str) -> str:
    """A value for ``key=value`` inside an ffmpeg filter graph given as one
    argument (``-vf``/``-filter_complex``). ffmpeg parses it twice (see
    ffmpeg-filters, "Notes on filtergraph escaping"): the filter's option
    parser treats ``\\ ' :`` as special, then the graph parser ``\\ ' , ; [ ]``;
    so escape for the first, then escape that for the second. Leading and
    trailing spaces would be trimmed, so they are escaped too."""
    level1 = _keep_edge_spaces(re.sub(r"([\\':])", r"\\\1", value))
    return _keep_edge_spaces(re.sub(r"([\\',;\[\]])", r"\\\1", level1))


def _keep_edge_spaces(text: str) -> str:
    """ffmpeg's tokenizer trims unescaped white space at both ends; a trailing
    one is unescaped when an even number of backslashes precede it."""
    text = re.sub(r"^\s", lambda m: "\\" + m.group(0), text)
    m = re.search(r"(\\*)(\s)$", text)
    if m and len(m.group(1)) % 2 == 0:
        text = text[: m.start(2)] + "\\" + m.group(2)
    return text


def file_name(text: str, *, max_bytes: int = MAX_FILENAME_BYTES, fallback: str = "moment") -> str:
    """A safe file-name stem from caption text: Unicode kept (NFC) but no path
    separators, traversal, control or shell-awkward characters, no reserved
    device names, at most ``max_bytes`` UTF-8 bytes, never empty. Format characters (zero-width space, soft
    hyphen, joiners) are dropped, not made visible hyphens; Turkish ``İ`` is ``i`` (``lower()`` adds a dot
    above, U+0307), so ``İzmir`` and ``izmir`` are one name, as they look."""
    text = "".join(c for c in unicodedata.normalize("NFKC", clean_text(text)) if unicodedata.category(c) != "Cf")
    text = _kept_characters(text.lower().replace("i\u0307", "i"))
    text = re.sub(r"-{2,}", "-", text).strip("-_")
    text = _cut_to_bytes(text.lstrip("".join(_marks(text))), max_bytes).rstrip("-_")
    if not text or text in _RESERVED_NAMES:
        text = f"{fallback}-{text}" if text else fallback
    return text


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _marks(text: str) -> set[str]:
    return {c for c in text if _is_mark(c)}


def _kept_characters(text: str) -> str:
    """Word characters and hyphens kept, anything else a hyphen (/ \\ . : * ?
    " < > | and spaces among them); a combining mark (Mn, Mc, Me: Devanagari
    and Thai vowel signs, accents) is kept after a kept letter or mark, whose
    part it is, else it is a hyphen too."""
    out: list[str] = []
    after_letter = False
    for char in text:
        if char == "-" or re.match(r"\w", char):
            after_letter = char != "-"
            out.append(char)
        elif after_letter and _is_mark(char):
            out.append(char)
        else:
            after_letter = False
            out.append("-")
    return "".join(out)


def _cut_to_bytes(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes at a letter's end: a
    cut between a letter and its marks drops the whole letter."""
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    if _is_mark(text[len(cut)]):
        cut = cut.rstrip("".join(_marks(cut)))[:-1]
    return cut


_HASHED = re.compile(r"-[0-9a-f]{10}$")


def unique_file_name(text: str, *, max_bytes: int = MAX_FILENAME_BYTES, fallback: str = "moment") -> str:
    """A safe file-name stem like :func:`file_name` that never collides, even
    on a case-insensitive disk: distinct texts give distinct names (``A``,
    ``a`` and ``a.`` share ``file_name`` ``a``). A text that is already its
    own safe name is kept; any other gets a short hash of the exact text.
    Kept names are lower-case and never end like a hashed one, so the two
    kinds cannot meet."""
    import hashlib

    stem = file_name(text, max_bytes=max_bytes - 11, fallback=fallback)
    if stem == text and not _HASHED.search(stem):
        return stem
    return f"{stem}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


# What every CSV file annotate writes starts with: the UTF-8 byte order mark, by which Excel (the spreadsheet the
# formula guard below is for) reads a double-clicked .csv as UTF-8 rather than the system's ANSI code page.
CSV_BOM = "\ufeff"
# A cell starting with one of these is run as a formula by Excel, LibreOffice
# and Google Sheets (OWASP "CSV injection"); a leading apostrophe stops that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A spreadsheet-safe CSV cell: text a spreadsheet would run as a formula
    gets a leading ``'``, as OWASP recommends (the csv module does the quoting).
    Apostrophes already in front of a formula get one more, so
    :func:`uncsv_cell` can always remove exactly one. A file name's byte that
    is not UTF-8 shows as ``\\xe9``, as on the terminal: no UTF-8 file can hold
    it (a clips manifest's JSON keeps the name itself, escaped)."""
    if not text.isascii():
        text = LONE_SURROGATE.sub(_shown_surrogate, text)
    return "'" + text if text.lstrip("'").startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, line_end: str = "\r\n",
             bom: bool = True) -> str:
    """The one writer of annotate's CSV files: :data:`CSV_BOM` first (``bom``: a file's, not text for a pipe,
    where it would land in the first field), the ``header``, then ``rows``, each text cell through
    :func:`csv_cell` (``None`` an empty cell, numbers as they are). ``line_end``: RFC 4180's ``\r\n`` unless a
    file has long been written with ``\n``."""
    # Each row is written ending in \r\n and given ``line_end`` after: the csv module quotes a cell holding a
    # character of its line terminator only, and a lone \r left unquoted in a \n file ended the row for readers.
    row_text = io.StringIO()
    writer = csv.writer(row_text, lineterminator="\r\n")
    lines = [CSV_BOM] if bom else []
    for row in (header, *rows):
        row_text.seek(0)
        row_text.truncate()
        writer.writerow([csv_cell(c) if isinstance(c, str) else ("" if c is None else c) for c in row])
        lines.append(row_text.getvalue().removesuffix("\r\n") + line_end)
    return "".join(lines)


def uncsv_cell(text: str) -> str:
    """Inverse of :func:`csv_cell` for reading cells back."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START) else text


def youtube_text(text: str) -> str:
    """One line of a YouTube description (a chapter title): one line, and no
    ``<`` or ``>``, which YouTube refuses in descriptions; single angle
    quotation marks look the same."""
    return line_text(text).replace("<", "\u2039").replace(">", "\u203a")


def script_json(text: str) -> str:
    """JSON text to place inside ``<script type="application/json">``: ``<``,
    ``>`` and ``&`` as ``\\u003c`` etc. so no caption can close the element
    (``</script>``) or open a comment; U+2028/U+2029 escaped for old parsers.
    The result is still the same JSON value."""
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
