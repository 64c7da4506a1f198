"""CSV (``.csv``): a header row and one row per moment, for spreadsheets.

Columns: ``id, start, end, approximate, caption, quote, aligned_start,
alignment_kind, alignment_score, sentence, notes, tags, said`` (``said``: the
words a person says in the footage, as the article quotes them), and with
several videos ``footage`` (the id of the moment's video, every row naming
one; the file holds no video files: import lists the ids in the order rows
first name them, and a row that names none is on the first). Times are clock text
exact to the millisecond (``2:27.5``, ``1:02:03``); ``tags`` are separated by
``;``. Cells a spreadsheet would run as formulas get a leading ``'``.
On import only ``start`` is required; column names are case-insensitive and
``,``, ``;`` or tab separators are recognised (or named by Excel's ``sep=;``
first line); a byte order mark is skipped; a ``stated`` column (the old name of ``quote``) is read as
``quote``. A column named twice is refused; the cells of a column annotate
does not read are left out with a warning naming it.
A file starts with a UTF-8 byte order mark (:data:`FILE_PREFIX`, written by the path layer,
:func:`annotate.interchange.write`), as Excel's own "CSV UTF-8" does: without it Excel opens a double-clicked
``.csv`` in the system's ANSI code page, every Arabic, CJK, Cyrillic or accented caption garbled. LibreOffice,
Google Sheets and pandas' ``read_csv`` skip it; Python's ``csv`` module wants the file opened with
``encoding="utf-8-sig"``. Text for a pipe (:func:`dumps`, ``export -o -``) has none: there it would land in the
first field of ``cut``, ``awk`` or ``csv.DictReader`` (``'\ufeffid'``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from annotate.errors import InputError
from annotate.escape import CSV_BOM, csv_text, uncsv_cell
from annotate.interchange.common import notify, texts_not_kept, where
from annotate.model import Alignment, Footage, Moment, Timeline, video_id_problem
from annotate.timecode import format_editable, parse_time
from annotate.timeline.schema import RENAMED_MOMENT_FIELDS, new_names
from annotate.validate import MAX_MOMENTS

EXTENSIONS = (".csv",)
FILE_PREFIX = CSV_BOM  # what a file (not a pipe) starts with: Excel reads it as UTF-8 by it
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "approximate", "caption", "quote", "alignment", "sentence", "notes", "tags", "said")
COLUMNS = (
    "id", "start", "end", "approximate", "caption", "quote", "aligned_start", "alignment_kind",
    "alignment_score", "sentence", "notes", "tags", "said",
)
FOOTAGE_COLUMN = "footage"  # only with several videos: a one-video file is as it always was
_TRUE = {"true", "yes", "1", "y", "x"}
_FALSE = {"false", "no", "0", "n", ""}


def _row(m: Moment) -> list[str]:
    a = m.alignment
    return [
        m.id, format_editable(m.effective_start if m.start is None else m.start),
        format_editable(m.end) if m.end is not None else "",
        "true" if m.approximate else "", m.caption, m.quote,
        format_editable(a.start) if a and a.start is not None else "", a.kind if a else "",
        f"{a.score:.3g}" if a else "",
        m.sentence, m.notes, ";".join(m.tags), m.said,
    ]


def dumps(timeline: Timeline, **opts: Any) -> str:
    several = len(timeline.videos) > 1
    rows = []
    changed = []
    for m in timeline.moments:
        cells = _row(m) + ([timeline.video_id(m)] if several else [])
        if any("\x00" in cell for cell in cells):  # a file with a NUL is binary to every text reader (textio)
            changed.append(m.id)
            cells = [cell.replace("\x00", "") for cell in cells]
        rows.append(cells)
    texts_not_kept(changed, "a CSV file", "a NUL, which makes the file binary, unreadable as text",
                   "moment(s)' text")
    # RFC 4180 line ends; the byte order mark is the file's (FILE_PREFIX), not a pipe's
    return csv_text(COLUMNS + ((FOOTAGE_COLUMN,) if several else ()), rows, bom=False)


_SEP_LINE = re.compile(r"sep=(.)\r?\n?\Z", re.IGNORECASE)


def _delimiter(text: str) -> tuple[str, bool]:
    """The separator of the header line (spreadsheets in many locales save
    ``;``), and whether a first line ``sep=;`` names it (Excel writes and
    honours that line; the header follows it)."""
    first = next(iter(io.StringIO(text, newline="")), "")  # its line ends in \n, \r\n or \r
    named = _SEP_LINE.match(first.rstrip("\r\n"))
    if named:
        return named.group(1), True
    return (max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","), False


def _rows(reader: Any, origin: str | None) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as exc:  # e.g. a cell over the csv module's field size limit
        raise InputError(f"not valid CSV: {exc}", subject=where(origin, reader.line_num)) from None


def _header(rows: Iterator[list[str]], origin: str | None) -> list[str]:
    """The column names of the first row (lower case, an old name read as
    the new one), which must name a ``start`` column."""
    try:
        header = [h.strip().lower().replace(" ", "_") for h in next(rows)]
    except StopIteration:
        raise InputError("is empty: expected a header row with at least 'start'", subject=origin) from None
    new_names(dict.fromkeys(header), RENAMED_MOMENT_FIELDS,
              lambda message: InputError(f"header {message}", subject=where(origin, 1)))
    header = [RENAMED_MOMENT_FIELDS.get(h, h) for h in header]
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise InputError(f"header names the column {twice[0]!r} twice; which one holds it is not clear",
                         subject=where(origin, 1))
    if "start" not in header:
        raise InputError(f"header has no 'start' column (found: {', '.join(header) or 'nothing'})",
                         subject=where(origin, 1))
    return header


def _video(cells: dict[str, str], videos: dict[str, Footage], subject: str) -> str:
    """The row's video id (checked; listed in ``videos`` the first time it is named), or ""."""
    video_id = cells.get(FOOTAGE_COLUMN, "").strip()
    if video_id and (problem := video_id_problem(video_id)) is not None:
        raise InputError(problem, subject=subject)
    if video_id:
        videos.setdefault(video_id, Footage(id=video_id))
    return video_id


def _say_unread(header: list[str], filled: dict[int, int], origin: str | None) -> None:
    """Warn of the columns annotate does not read whose cells hold something."""
    if not filled:
        return
    names = ", ".join(f"{header[i]!r} ({n} row(s))" if header[i] else f"column {i + 1} (no name, {n} row(s))"
                      for i, n in sorted(filled.items()))
    notify(f"{origin or '<input>'}: left out the column(s) {names}: annotate reads only "
           f"{', '.join(COLUMNS + (FOOTAGE_COLUMN,))}; rename a column to one of those to keep it")


# A number written with a decimal comma (``1,5``): what a spreadsheet in a locale that separates fields with ``;``
# writes for a number cell. Only in such a file: in a comma-separated one the comma parts the fields.
_DECIMAL_COMMA = re.compile(r"[ \t]*\d+,\d+[ \t]*s?[ \t]*")


def _number(value: str, delimiter: str) -> str:
    """``value`` with its decimal comma read as a point, in a file whose fields are not parted by commas."""
    return value.replace(",", ".") if delimiter != "," and _DECIMAL_COMMA.fullmatch(value) else value


def _reader(text: str, origin: str | None) -> tuple[Any, Iterator[list[str]], str]:
    """The csv reader (it counts lines), its rows, from the header on (after the BOM :func:`dumps` writes), and
    its delimiter."""
    text = text.removeprefix(CSV_BOM)
    delimiter, sep_line = _delimiter(text)
    # The csv module refuses a cell over 131,072 characters (a process-wide limit): our own export of a long
    # caption came back "field larger than field limit". No cell is longer than the text; the limit only grows.
    if csv.field_size_limit() <= len(text):
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)  # rows end in \n, \r\n or \r
    rows = _rows(reader, origin)
    if sep_line:
        next(rows)
    return reader, rows, delimiter


def _count_filled(row: list[str], columns: list[int], filled: dict[int, int]) -> None:
    for i in columns:
        if i < len(row) and row[i].strip():
            filled[i] = filled.get(i, 0) + 1


def loads(text: str, *, origin: str | None = None) -> Timeline:
    reader, rows, delimiter = _reader(text, origin)
    header = _header(rows, origin)
    unread = [i for i, name in enumerate(header) if name not in COLUMNS + (FOOTAGE_COLUMN,)]
    filled: dict[int, int] = {}  # unread column -> rows with something in it
    moments: list[Moment] = []
    videos: dict[str, Footage] = {}
    for row in rows:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        _count_filled(row, unread, filled)
        if len(moments) == MAX_MOMENTS:  # refused at the edge, not after reading 300,000 rows
            raise InputError(f"has more than {MAX_MOMENTS} rows; a timeline holds at most {MAX_MOMENTS} moments",
                             subject=where(origin, line))
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):  # blank ones lose nothing
            raise InputError(f"{len(row)} fields but the header has {len(header)}", subject=where(origin, line))
        cells = {k: uncsv_cell(v) for k, v in zip(header, row, strict=False)}

        def time(name: str, *, required: bool = False, _c: dict[str, str] = cells, _l: int = line) -> float | None:
            value = _c.get(name, "").strip()
            if not value:
                if required:
                    raise InputError("is empty: a time is required", subject=where(origin, _l, name))
                return None
            return parse_time(_number(value, delimiter), subject=where(origin, _l, name))

        start = time("start", required=True)
        video_id = _video(cells, videos, where(origin, line, FOOTAGE_COLUMN))
        approximate = cells.get("approximate", "").strip().lower()
        if approximate not in _TRUE | _FALSE:
            raise InputError(f"expected true or false, got {approximate!r}", subject=where(origin, line, "approximate"))
        aligned = time("aligned_start")
        alignment = None
        if aligned is not None:
            score_text = _number(cells.get("alignment_score", "").strip(), delimiter) or "0"
            try:
                score = float(score_text)
            except ValueError:
                raise InputError(f"not a number: {score_text!r}",
                                 subject=where(origin, line, "alignment_score")) from None
        try:
            if aligned is not None:
                alignment = Alignment(start=aligned, kind=cells.get("alignment_kind", "").strip() or "none",
                                      score=score)
            moments.append(Moment(
                # (an id as written, spaces at its edges too: a WebVTT cue's id keeps them, as browsers read it)
                id=cells.get("id", "") if cells.get("id", "").strip() else f"m{len(moments) + 1}",
                start=start or 0.0, end=time("end"), approximate=approximate in _TRUE,
                caption=cells.get("caption", ""), quote=cells.get("quote", ""),
                sentence=cells.get("sentence", ""), notes=cells.get("notes", ""),
                tags=tuple(t.strip() for t in cells.get("tags", "").split(";") if t.strip()),
                alignment=alignment, said=cells.get("said", ""), footage=video_id,
            ))
        except InputError as exc:
            raise InputError(exc.message, subject=where(origin, line, getattr(exc, "field", None))) from None
    _say_unread(header, filled, origin)
    try:
        return Timeline(moments=tuple(moments), origin=origin, videos=tuple(videos.values()))
    except InputError as exc:
        # (the model names the file itself when it was given one: say it once)
        named = not origin or str(exc.subject).startswith(origin)
        raise InputError(exc.message, subject=exc.subject if named else f"{origin}, {exc.subject}") from None
